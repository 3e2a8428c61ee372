"""A document owned by a plural possessive of people nobody named: "The voluntary
administrators' report released last week warned": the voluntary administrators wrote it,
not the report (ruapehu_skifields_liquidation_vote_mazey_newshub)."""

from __future__ import annotations

from ..records import SpeakerRef
from ..tokens import Token
from .issuers import possessive_before
from .unnamed_issuers import OWNED_BY_PLURAL

#: The most lower-case modifiers between "the" and the plural possessive.
_MAX_MODIFIERS = 3


def plural_possessor(words: list[Token], k: int) -> SpeakerRef | None:
    """``The voluntary administrators' report``: ``words[k]`` is a lower-case plural
    possessive ("administrators'") after "the" and at most three lower-case modifiers; that
    phrase, no name in it, is the document's owner, as a label without "the".

    >>> from hrlesson.speech.tokens import tokenize
    >>> words = tokenize("The voluntary administrators' report warned", [0])
    >>> plural_possessor(words, 2).label
    'voluntary administrators'
    >>> plural_possessor(tokenize("The minister's report", [0]), 1) is None
    True
    >>> plural_possessor(tokenize("last week's report", [0]), 1) is None
    True
    """
    tok = words[k]
    if not tok.poss or not tok.text.islower() or tok.text[-1] not in "'’":
        return None  # "the minister's": one person, read by the resolver
    for j in range(k - 1, max(-1, k - _MAX_MODIFIERS - 2), -1):
        if words[j].lower == "the":
            phrase = words[j + 1 : k + 1]
            label = " ".join(w.base for w in phrase)
            return SpeakerRef(None, label, phrase[0].start, tok.end, how=OWNED_BY_PLURAL)
        if not words[j].text.isalpha() or not words[j].text.islower():
            return None
    return None


def plural_owner(words: list[Token], i: int) -> SpeakerRef | None:
    """The plural possessive that owns the document noun ``words[i]``, over up to two
    lower-case modifiers ("the residents' joint letter"); see :func:`plural_possessor`.

    >>> from hrlesson.speech.tokens import tokenize
    >>> plural_owner(tokenize("the residents' joint letter", [0]), 3).label
    'residents'
    """
    return plural_possessor(words, possessive_before(words, i))
