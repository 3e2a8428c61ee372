"""Newspapers named for how often they appear: "The Daily Mail", "Daily Sabah".

A run that opens with a word of periodicity (data/words/periodical_words.txt) and goes on
with one or two capitalised words is a newspaper's name, one outlet: not a person "Daily"
or "Mail" that a later "It" goes back to.
"""

from __future__ import annotations

from ...wordlists import word_set
from ..tokens import Token

#: Words of periodicity that open a newspaper's name.
PERIODICAL_WORDS = word_set("periodical_words")


def periodical_outlet(toks: list[Token], a: int, b: int) -> bool:
    """The run ``toks[a:b]`` (after a "The") is "Daily"/"Weekly" and one or two more
    capitalised words: a newspaper.

    >>> from ..tokens import tokenize
    >>> toks = tokenize("The Daily Mail led with the same issue", [0])
    >>> periodical_outlet(toks, 0, 3), periodical_outlet(toks, 1, 3)
    (True, True)
    >>> periodical_outlet(tokenize("Daily Life Goes On", [0]), 0, 4)
    False
    """
    if a < b and toks[a].lower == "the":
        a += 1
    return 2 <= b - a <= 3 and toks[a].lower in PERIODICAL_WORDS and toks[a].text[:1].isupper()
