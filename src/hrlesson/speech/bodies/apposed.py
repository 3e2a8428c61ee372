"""A body named in apposition after its owner's description of it: in "Italy’s data
protection authority, the Garante per la protezione dei dati personali, imposed" (or
"Romania’s regulator, ANCOM, struck") the name, however foreign its words, is the body the
description means (part of the index)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..vocabulary import GROUP_NOUNS, STOP_WORDS

#: "<Owner>'s [up to three lower-case modifiers] <noun> [in <place>], [the] <Name ...>,": the
#: description (group 1, its noun group 2; a place it serves may follow the noun: "the UN's
#: mission in the country, MONUSCO,") and the name in apposition (group 3, up to eight words).
_APPOSED = re.compile(
    r"\b((?:[A-Z][\w.-]*\s+)?[A-Z][\w.-]*[’']s\s+(?:[a-z][\w-]*\s+){0,3}?([a-z]+)"
    r"(?:\s+in\s+(?:the\s+)?(?:country|region|[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}))?),\s+(?:the\s+)?"
    r"([A-Z][\w-]*(?:\s+[\w-]+){0,7}?),"
)


def apposed_body_names(text: str) -> Iterator[tuple[tuple[int, int], tuple[int, int]]]:
    """The spans of each owned body description and of the name set in apposition after
    it: a body noun (a singular group noun) heads the description, and the name's later
    words are no English function words (a clause would be: "the X which said").

    >>> s = "Italy’s data protection authority, the Garante per la protezione, imposed"
    >>> [(s[a:b], s[c:d]) for (a, b), (c, d) in apposed_body_names(s)]
    [('Italy’s data protection authority', 'Garante per la protezione')]
    >>> s = "The UN’s mission in the country, MONUSCO, condemned"
    >>> [(s[a:b], s[c:d]) for (a, b), (c, d) in apposed_body_names(s)]
    [('The UN’s mission in the country', 'MONUSCO')]
    >>> s = "Romania’s regulator, ANCOM, struck a similar tone"
    >>> [(s[a:b], s[c:d]) for (a, b), (c, d) in apposed_body_names(s)]
    [('Romania’s regulator', 'ANCOM')]
    >>> list(apposed_body_names("Jordan’s king, the Hashemite ruler, said"))
    []
    >>> list(apposed_body_names("Italy’s regulator, the Garante which said, imposed"))
    []
    """
    for m in _APPOSED.finditer(text):
        noun = m.group(2)
        if noun not in GROUP_NOUNS or noun.endswith("s"):
            continue
        if any(w.lower() in STOP_WORDS for w in m.group(3).split()[1:]):
            continue
        yield m.span(1), m.span(3)
