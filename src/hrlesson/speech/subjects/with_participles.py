"""A participle right after "with" and a short plural noun phrase has that phrase as its
subject, with no comma before "with" too ("frustrated with witnesses saying “I don’t
recall”": the witnesses; "a fierce reaction from customers with one describing it as":
one of them), not the subject of the clause around it."""

from __future__ import annotations

from ..reading import DISPLAY_NOUNS
from ..tokens import Token, last_index_of
from ..vocabulary import (
    ADVERBS,
    AUXILIARIES,
    CONJUNCTIONS,
    DOCUMENT_NOUNS,
    PREPOSITIONS,
    PRONOUNS,
)

#: The most words between "with" and the participle ("with many angry residents").
MAX_WORDS = 3

#: Words that count people out of a crowd and stand for them ("with one describing it").
COUNTING_HEADS = frozenset(["one", "some", "many", "others", "several", "most", "both"])

#: Words no short noun phrase before a verb holds (here and in :mod:`.free_relatives`): an
#: auxiliary, an adverb, a pronoun, a preposition, a link.
NOT_IN_NOUN_PHRASE = AUXILIARIES | ADVERBS | set(PRONOUNS) | PREPOSITIONS | CONJUNCTIONS


def with_people_phrase(left_words: list[Token]) -> int | None:
    """The index of a "with" in ``left_words`` (the words before an -ing cue) followed by
    one to three words that end it, a plural noun phrase of people or a counting word, or
    None. A document or a display is no such subject ("responded with a statement
    describing": the issuer; "with signs saying": the carriers, read elsewhere).

    >>> from ..tokens import tokenize
    >>> with_people_phrase(tokenize("they were frustrated with witnesses", [0]))
    3
    >>> with_people_phrase(tokenize("a reaction from customers with one", [0]))
    4
    >>> with_people_phrase(tokenize("it responded with a statement", [0])) is None
    True
    >>> with_people_phrase(tokenize("workers gathered with signs", [0])) is None
    True
    """
    k = last_index_of(left_words, ("with",))
    if k is None or k == 0 or not 1 <= len(left_words) - k - 1 <= MAX_WORDS:
        return None
    phrase = left_words[k + 1 :]
    if any(w.lower in NOT_IN_NOUN_PHRASE or not w.text.islower() for w in phrase):
        return None
    head = phrase[-1].lower
    if head in DOCUMENT_NOUNS or head in DISPLAY_NOUNS or head.removesuffix("s") in DISPLAY_NOUNS:
        return None
    if (
        head in COUNTING_HEADS
        or head == "people"
        or (head.endswith("s") and not head.endswith("ss"))
    ):
        return k
    return None


#: The most words between "with" and a name that ends right before the participle.
MAX_NAME_WORDS = 7


def with_name_phrase(text: str, index, left_words: list[Token], cue_start: int) -> int | None:
    """The index of a "with" in ``left_words`` (the words before an -ing cue) followed, with
    no punctuation, by words that end in a name the actor ``index`` holds, right before the
    participle: that name is the participle's subject, not the clause's ("The battle of words
    moved to social media with former Sri Lanka skipper Mahela Jayawardene tweeting: "Q"";
    "attracted anger towards Lloyds Banking Group with the union Unite saying"). None
    otherwise, and when a comma stands before the participle ("met with US Attorney General
    William Barr, saying": the clause's subject)."""
    k = last_index_of(left_words, ("with",))
    if k is None or k == 0 or not 1 <= len(left_words) - k - 1 <= MAX_NAME_WORDS:
        return None
    first, last = left_words[k + 1], left_words[-1]
    if any(not ch.isalnum() and not ch.isspace() for ch in text[first.start : cue_start]):
        return None  # "with its minister, X, calling": read by absolute_with
    if any(w.lower in AUXILIARIES or w.lower in PRONOUNS for w in left_words[k + 1 :]):
        return None
    named = any(m.end == last.end for m in index.mentions_in(first.start, last.end))
    return k if named and last.cap else None
