"""A sovereign's title closing a brand's name: "Greene King says", "Burger King said".

Two capitalised words, the second "King" or "Queen" (data/words/brand_sovereign_titles.txt)
and the first a plain word no list knows (no given name, title, place, demonym, month or
stop word), are one body's name: a sovereign is styled with a title before the name ("King
Charles") or a country's adjective ("Dutch King"), not after a plain word.
"""

from __future__ import annotations

from ...wordlists import word_set
from ..tokens import Token, plain_capitalised
from ..vocabulary import (
    CAPITALISED_TITLES,
    COUNTRIES,
    DEMONYMS,
    FIRST_NAMES,
    MONTHS,
    STOP_WORDS,
    TITLE_HEADS,
    TITLE_MODIFIERS,
)

#: Sovereigns' titles that close a brand's name ("Burger King").
BRAND_SOVEREIGN_TITLES = word_set("brand_sovereign_titles")

#: Lists of words that make the first word no plain brand's word (a title, a given name,
#: a month, a stop word, a country or a demonym: "Former King", "Stephen King").
_KNOWN = (
    CAPITALISED_TITLES,
    TITLE_HEADS,
    TITLE_MODIFIERS,
    FIRST_NAMES,
    MONTHS,
    STOP_WORDS,
    COUNTRIES,
    DEMONYMS,
)


def sovereign_title_brand(toks: list[Token], a: int, b: int) -> bool:
    """The run ``toks[a:b]`` is a plain unknown word and "King"/"Queen": a brand.

    >>> from ..tokens import tokenize
    >>> sovereign_title_brand(tokenize("Greene King says", [0]), 0, 2)
    True
    >>> [sovereign_title_brand(tokenize(s, [0]), 0, 2)
    ...  for s in ("Dutch King", "Stephen King", "Former King", "Prime Minister")]
    [False, False, False, False]
    """
    if b - a != 2 or toks[b - 1].lower not in BRAND_SOVEREIGN_TITLES:
        return False
    first = toks[a]
    return plain_capitalised(first.text) and not any(first.lower in known for known in _KNOWN)
