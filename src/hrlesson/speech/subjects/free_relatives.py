"""A noun phrase between "what" and its reporting verb is that verb's subject
("by what the company called “voice and data issues”", "they suffered what anti-smoking
campaigners described as a “crushing defeat”"), not the subject of the sentence around it;
so is the subject of a relative clause with no relative word ("other equipment the agency
said would improve": the agency)."""

from __future__ import annotations

from ..cues import CUE_FORMS
from ..frames import by_rule
from ..records import SpeakerRef
from ..tokens import Token, last_index_of
from ..vocabulary import (
    AUXILIARIES,
    COMMON_VERBS,
    DETERMINERS,
    FINITE_VERBS,
    TIME_WORDS,
)
from .with_participles import NOT_IN_NOUN_PHRASE

#: The words that open such a clause.
OPENERS = ("what",)

#: The most words the noun phrase takes ("the local newspaper Svalbardposten").
MAX_WORDS = 4

#: The determiners that open the subject of a relative clause with no relative word.
_CONTACT_DETERMINERS = frozenset(["the", "a", "an", "its", "their", "his", "her"])

#: Words that stand before a determiner and are no noun a relative clause qualifies.
_NOT_BEFORE_CONTACT = (
    NOT_IN_NOUN_PHRASE | FINITE_VERBS | COMMON_VERBS | CUE_FORMS.keys() | DETERMINERS | TIME_WORDS
)

#: The evidence of a subject this rule read.
FREE_RELATIVE = "the noun phrase after 'what'"


def plain_noun_phrase(phrase: list[Token]) -> bool:
    """``phrase`` holds only words, none of them an auxiliary ("what has been described"), an
    adverb ("what is wrongly called"), a pronoun, a preposition or a link
    (:data:`.with_participles.NOT_IN_NOUN_PHRASE`).

    >>> from ..tokens import tokenize
    >>> plain_noun_phrase(tokenize("the company", [0])), plain_noun_phrase(tokenize("has been", [0]))
    (True, False)
    """
    return not any(w.lower in NOT_IN_NOUN_PHRASE or not w.text[0].isalnum() for w in phrase)


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
    k = last_index_of(words, OPENERS)
    if k is None or not 1 <= len(words) - k - 1 <= MAX_WORDS:
        return None
    phrase = words[k + 1 :]
    if not plain_noun_phrase(phrase):
        return None
    if any(w.lower.endswith("ed") and w.text.islower() for w in phrase):
        return None  # "what was then reported", a verb of its own
    return phrase


def contact_clause_subject(words: list[Token]) -> list[Token] | None:
    """The noun phrase that opens a relative clause with no relative word right after the
    noun it qualifies ("other equipment the agency said would improve": the agency), or
    None: a determiner and one to three words before the verb, after a lower-case noun (no
    preposition, verb, auxiliary, adverb, pronoun or link before the determiner).

    >>> from ..tokens import tokenize
    >>> [t.text for t in contact_clause_subject(tokenize("and other equipment the agency", [0]))]
    ['the', 'agency']
    >>> contact_clause_subject(tokenize("sales to the agency", [0])) is None
    True
    """
    k = next(
        (k for k in range(len(words) - 1, 0, -1) if words[k].lower in _CONTACT_DETERMINERS), None
    )
    if k is None or not 1 <= len(words) - k - 1 <= MAX_WORDS - 1:
        return None
    prev, phrase = words[k - 1], words[k + 1 :]
    if not plain_noun_phrase(phrase):
        return None
    if not prev.text.isalpha() or not prev.text.islower() or prev.lower in _NOT_BEFORE_CONTACT:
        return None
    if words[k].start - prev.end != 1:
        return None  # "In a statement, a spokesman": a comma between, no relative clause
    if prev.lower.endswith(("ed", "ing", "ly")):
        return None  # "gave the agency", "calling the company"
    return words[k:]


def free_relative_start(words: list[Token], bound: int, after: Token | None = None) -> int:
    """Where the subject of the verb after ``words`` starts: at the noun phrase after
    "what" (:func:`free_relative_subject`), or at the subject of a relative clause with no
    relative word when an auxiliary follows the verb (``after``, the word after it; the
    verb's object is the noun before: :func:`contact_clause_subject`), else at ``bound``.

    >>> from ..tokens import tokenize
    >>> free_relative_start(tokenize("they suffered what campaigners", [0]), 0)
    19
    """
    phrase = free_relative_subject(words)
    if phrase is None and after is not None and after.lower in AUXILIARIES:
        phrase = contact_clause_subject(words)  # "equipment the agency said would improve"
    return phrase[0].start if phrase else bound


def free_relative_ref(ref: SpeakerRef | None, start: int, bound: int) -> SpeakerRef | None:
    """``ref``, its evidence naming this rule when :func:`free_relative_start` moved its
    subject's start (after "what", or to a relative clause's own subject): ``start`` is not
    the clause's ``bound``."""
    return by_rule(ref, FREE_RELATIVE) if start != bound else ref
