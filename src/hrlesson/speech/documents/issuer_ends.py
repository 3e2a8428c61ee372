"""Where an issuer's phrase after "from" ends: before a time phrase or a clause that tells
when the document came out ("said a statement from the four Grand Slam tournaments on
Sunday after she was fined": the tournaments, not "she")."""

from __future__ import annotations

import re

from ..vocabulary import TIME_WORDS

#: Words that open a clause telling when a document came out ("after she was fined").
_TIME_CLAUSE_OPENERS = ("after", "before", "when", "while", "following")

#: Prepositions and determiners that open a time phrase before a time word ("on Sunday").
_TIME_PHRASE_OPENERS = ("on", "last", "this", "late", "early", "earlier", "later")

_STOP = re.compile(
    rf"\s(?:(?:{'|'.join(_TIME_PHRASE_OPENERS)})\s+([A-Za-z]+)|(?:{'|'.join(_TIME_CLAUSE_OPENERS)})\s)"
)


def time_phrase_start(text: str, start: int, end: int) -> int:
    """The offset in ``text[start:end]`` (an issuer's phrase after "from") where a time
    phrase ("on Sunday", "last week") or a clause of time ("after she was fined") begins,
    else ``end``: that phrase says when the document came out and names no issuer.

    >>> s = "the four Grand Slam tournaments on Sunday after she was fined"
    >>> s[: time_phrase_start(s, 0, len(s))]
    'the four Grand Slam tournaments'
    >>> s = "the ministry after she was fined"
    >>> s[: time_phrase_start(s, 0, len(s))]
    'the ministry'
    >>> s = "the Office on Violence Against Women"
    >>> time_phrase_start(s, 0, len(s)) == len(s)
    True
    """
    for m in _STOP.finditer(text, start, end):
        if m.group(1) is None or m.group(1).lower() in TIME_WORDS:
            return m.start()
    return end
