"""Relatives of one person listed together as a subject speak as that person's family: ``His
wife, Linda, and children, Alex, Sarah, Rosa and Jack, said: "Q"`` is "his family" (Bob
Hoskins's), not his wife alone."""

from __future__ import annotations

from itertools import pairwise

from ..records import SpeakerRef
from ..relation_holders import relation_word
from ..tokens import Token

#: Possessives that open a list of relatives ("His wife ... and children").
_OWNERS = frozenset(["his", "her", "their"])

#: The evidence for a speaker placed by :func:`listed_family`.
LISTED_FAMILY = "relatives of one person listed as the subject: the family"


def family_list(words: list[Token]) -> bool:
    """``words`` (a subject's words, punctuation aside) are a possessive, then relatives'
    nouns joined by "and", each with its people's names at most: "His wife, Linda, and
    children, Alex, Sarah, Rosa and Jack".

    >>> from ..tokens import tokenize
    >>> ws = lambda s: [t for t in tokenize(s, [0]) if t.text[0].isalnum()]
    >>> family_list(ws("His wife, Linda, and children, Alex, Sarah, Rosa and Jack"))
    True
    >>> family_list(ws("His wife, Linda")), family_list(ws("His wife and the police"))
    (False, False)
    """
    if len(words) < 4 or words[0].lower not in _OWNERS or not relation_word(words[1].lower):
        return False
    kin = 0
    for prev, w in pairwise(words[1:]):
        if w.lower == "and" or (w.cap and w.text[0].isupper()):
            continue
        if not (w.text.islower() and relation_word(w.lower) and prev.lower == "and"):
            return False
        kin += 1
    return kin > 0


def listed_family(reader, toks: list[Token]) -> SpeakerRef | None:
    """The family the relatives' list (:func:`family_list`) in ``toks`` (a subject's
    tokens) makes up, named as the article's own "his family" would be; else None.
    ``reader`` is the :class:`Attributor`."""
    words = [t for t in toks if t.text[0].isalnum()]
    if not family_list(words):
        return None
    actor = reader.unnamed_person(f"{words[0].lower} family", None)
    reader.note_span(actor, words[0].start, words[-1].end)
    return SpeakerRef(actor, None, words[0].start, words[-1].end, True, LISTED_FAMILY)
