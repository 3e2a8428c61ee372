"""A place written before a described name modifies it: "said Wichita Falls, Texas farmer
Fred Dwyer" names the farmer, not a person called Wichita Falls."""

from __future__ import annotations

from .person_appositions import person_noun
from .tokens import Token


def name_after_place_description(toks: list[Token], a: int) -> int | None:
    """``Wichita Falls, Texas farmer Fred Dwyer``: from ``a`` (the word after the comma), one
    to three capitalised words (a region), one or two lower-case nouns that describe a
    person, then a capitalised name: the index of the name's first word, else None.

    >>> from .tokens import tokenize
    >>> toks = tokenize("Wichita Falls, Texas farmer Fred Dwyer.", [0])
    >>> name_after_place_description(toks, 3)
    5
    >>> name_after_place_description(tokenize("Ann Lee, Texas and Fred Dwyer.", [0]), 3) is None
    True
    """
    if a >= len(toks) or not toks[a].cap:
        return None
    sent = toks[a].sent
    k = a
    while k < len(toks) and k < a + 3 and toks[k].cap and not toks[k].poss:
        k += 1
    nouns = k
    while k < len(toks) and k < nouns + 2 and person_noun(toks[k]):
        k += 1
    if k == nouns or k >= len(toks) or toks[k].sent != sent or not toks[k].cap:
        return None
    return k


def place_before_described_name(toks: list[Token], b: int) -> bool:
    """The run that ends at ``b`` is followed by a comma and a region's description of a
    named person ("said Wichita Falls, Texas farmer Fred Dwyer"): the run is a place.

    >>> from .tokens import tokenize
    >>> place_before_described_name(tokenize("said Wichita Falls, Texas farmer Fred Dwyer.", [0]), 3)
    True
    >>> place_before_described_name(tokenize("said Fred Dwyer, a farmer.", [0]), 3)
    False
    """
    return (
        b + 1 < len(toks)
        and toks[b].text == ","
        and toks[b].sent == toks[b + 1].sent
        and name_after_place_description(toks, b + 1) is not None
    )


#: Prepositions that place an event or a body ("in Davos", "at Geneva").
_LOCATIVE = frozenset(["in", "at", "near", "from", "outside"])


def place_after_place(prev: list[Token], seg: list[Token]) -> bool:
    """``... the World Economic Forum in Davos, Switzerland, the NGO led``: the comma segment
    ``seg`` (one to three capitalised words) follows a segment ``prev`` that ends in a
    place after a locative preposition: it names the region of that place, no subject.

    >>> from .tokens import tokenize
    >>> prev = tokenize("a report released ahead of the Forum in Davos", [0])
    >>> place_after_place(prev, tokenize("Switzerland", [0]))
    True
    >>> place_after_place(tokenize("In a report", [0]), tokenize("Oxfam", [0]))
    False
    """
    if not seg or len(seg) > 3 or not all(t.cap for t in seg) or len(prev) < 2:
        return False
    k = len(prev) - 1
    while k > 0 and k > len(prev) - 4 and prev[k].cap:
        k -= 1
    return k < len(prev) - 1 and prev[k].lower in _LOCATIVE
