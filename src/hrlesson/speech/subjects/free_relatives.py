"""A noun phrase between "what" and its reporting verb is that verb's subject
("by what the company called “voice and data issues”", "they suffered what anti-smoking
campaigners described as a “crushing defeat”"), not the subject of the sentence around it."""

from __future__ import annotations

from ..frames import by_rule
from ..records import SpeakerRef
from ..tokens import Token
from ..vocabulary import ADVERBS, AUXILIARIES, CONJUNCTIONS, PREPOSITIONS, PRONOUNS

#: The words that open such a clause.
OPENERS = ("what",)

#: The most words the noun phrase takes ("the local newspaper Svalbardposten").
MAX_WORDS = 4

#: Words no such short noun phrase holds: a verb's auxiliary ("what has been described"), an
#: adverb ("what is wrongly called"), a pronoun, a preposition, a link.
_NOT_IN_PHRASE = AUXILIARIES | ADVERBS | set(PRONOUNS) | PREPOSITIONS | CONJUNCTIONS

#: The evidence of a subject this rule read.
FREE_RELATIVE = "the noun phrase after 'what'"


def free_relative_subject(words: list[Token]) -> list[Token] | None:
    """The words of the noun phrase between the last "what" of ``words`` (the words before a
    reporting verb) and the verb, or None: one to four words, no auxiliary, adverb, pronoun,
    preposition or link among them ("what has been described", "what it called": the pronoun
    rule's). Not "which": "X, which represents grocery store workers, alleged" has a verb of
    its own no word list knows.

    >>> from ..tokens import tokenize
    >>> words = tokenize("service was interrupted by what the company", [0])
    >>> [t.text for t in free_relative_subject(words)]
    ['the', 'company']
    >>> free_relative_subject(tokenize("in what has been", [0])) is None
    True
    >>> free_relative_subject(tokenize("the report which USCIRF", [0])) is None
    True
    """
    k = next((k for k in range(len(words) - 1, -1, -1) if words[k].lower in OPENERS), None)
    if k is None or not 1 <= len(words) - k - 1 <= MAX_WORDS:
        return None
    phrase = words[k + 1 :]
    if any(w.lower in _NOT_IN_PHRASE or not w.text[0].isalnum() for w in phrase):
        return None
    if any(w.lower.endswith("ed") and w.text.islower() for w in phrase):
        return None  # "what was then reported", a verb of its own
    return phrase


def free_relative_start(words: list[Token], bound: int) -> int:
    """Where the subject of the verb after ``words`` starts: at the noun phrase after
    "what" (:func:`free_relative_subject`), else at ``bound``.

    >>> from ..tokens import tokenize
    >>> free_relative_start(tokenize("they suffered what campaigners", [0]), 0)
    19
    """
    phrase = free_relative_subject(words)
    return phrase[0].start if phrase else bound


def free_relative_ref(ref: SpeakerRef | None, start: int, bound: int) -> SpeakerRef | None:
    """``ref``, its evidence naming this rule when its subject started after "what"
    (``start`` past the clause's ``bound``)."""
    return by_rule(ref, FREE_RELATIVE) if start != bound else ref
