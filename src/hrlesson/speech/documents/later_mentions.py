"""A document that speaks first with no author (``A review, published on 11 July, said``)
and is named again later with its author in an aside: ``The review, carried out by the
Department for Environment, Food, and Rural Affairs (Defra), said ...``
(canal_grant_cut_volunteers_homeless_wood_bbc): the author of the later mention wrote it."""

from __future__ import annotations

from ...wordlists import word_set
from ..tokens import Token
from .authoring_verbs import AUTHORING_VERBS

#: "carried out", "conducted": data/words/conducting_verbs.txt.
CONDUCTING_VERBS = word_set("conducting_verbs")


def author_index_after_mention(lows: list[str], noun: str) -> int | None:
    """Index of the author's first word in a sentence (its lower-case words ``lows``,
    no punctuation) that opens "The <noun>, <participle> by X": else None.

    >>> lows = "the review carried out by the department said".split()
    >>> author_index_after_mention(lows, "review")
    5
    >>> author_index_after_mention("the review said it was by far".split(), "review") is None
    True
    """
    if len(lows) < 5 or lows[0] != "the" or lows[1] != noun:
        return None
    if lows[2] not in CONDUCTING_VERBS and lows[2] not in AUTHORING_VERBS:
        return None
    k = 4 if lows[3] == "out" else 3  # "carried out by", "read out by"
    return k + 1 if k + 1 < len(lows) and lows[k] == "by" else None


def author_after_mention(words: list[Token], noun: str) -> Token | None:
    """The author's first word in a sentence (its ``words``, no punctuation) that opens
    "The <noun>, carried out by X": see :func:`author_index_after_mention`."""
    k = author_index_after_mention([w.lower for w in words[:6]], noun)
    return None if k is None else words[k]
