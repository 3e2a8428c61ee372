"""A minister's portfolio may list several fields set off by commas before the holder's name.

"Minister for Forest, Ecology & Environment, Javed Ahmed Rana, today impressed ...", "The
Minister of State for Power, Housing and Transport, Suleiman Zarma, has secured ...": the
title runs from "Minister" to the comma before the name; the fields inside it ("Ecology &
Environment") name no person, and the name after the list holds the whole title.
"""

from __future__ import annotations

from ..tokens import Token
from ..vocabulary import TITLE_HEADS

#: Words that join the fields of a portfolio ("Power, Housing and Transport").
_JOINERS = frozenset([",", "&", "and"])


def portfolio_list_start(toks: list[Token], j: int) -> int | None:
    """The index of the "of"/"for" that opens a title's list of capitalised fields ending at
    ``toks[j]`` (a joiner: ",", "&" or "and", inside the list), or None.

    The walk to the left passes capitalised words, joiners and the "of"/"for" of a compound
    portfolio ("Minister of State for Power"), and stops at the "of"/"for" right after a title
    word; a lower-case word or another sentence ends it with no list.

    >>> from ..tokens import tokenize
    >>> ws = tokenize("Minister for Forest, Ecology & Environment, Javed Ahmed Rana, said", [0])
    >>> portfolio_list_start(ws, 5)
    1
    >>> ws = tokenize("The Minister of State for Power, Housing and Transport, Suleiman Zarma,", [0])
    >>> portfolio_list_start(ws, 8)
    2
    >>> ws = tokenize("He met farmers in Kent, Surrey and Sussex, John Smith said", [0])
    >>> portfolio_list_start(ws, 7) is None
    True
    """
    if j < 2 or toks[j].lower not in _JOINERS:
        return None
    sent = toks[j].sent
    joined = False
    k = j
    while k > 0 and j - k < 14 and toks[k].sent == sent:
        t = toks[k]
        if t.lower in ("of", "for") and toks[k - 1].lower in TITLE_HEADS and toks[k - 1].cap:
            return k if joined and toks[k + 1].cap else None
        if t.lower in _JOINERS:
            joined = True
        elif not (t.cap or t.lower in ("of", "for")):
            return None
        k -= 1
    return None


def portfolio_field(toks: list[Token], a: int, b: int) -> bool:
    """The capitalised run ``toks[a:b]`` is a field joined by "&" inside a title's list,
    after the title's comma and before another comma ("Minister of Climate Change
    Adaptation, Meteorology & Geo-Hazards, Energy ..."): no person's name.

    >>> from ..tokens import tokenize
    >>> ws = tokenize("Minister for Forest, Ecology & Environment, Javed Ahmed Rana, said", [0])
    >>> portfolio_field(ws, 4, 7), portfolio_field(ws, 8, 11)
    (True, False)
    """
    if not any(t.text == "&" for t in toks[a:b]) or b >= len(toks) or toks[b].text != ",":
        return False
    return a >= 2 and portfolio_list_start(toks, a - 1) is not None
