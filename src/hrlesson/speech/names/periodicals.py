"""Newspapers named for how often they appear: "The Daily Mail", "Daily Sabah".

A run that opens with a word of periodicity (data/words/periodical_words.txt) and goes on
with one or two capitalised words, or one or two capitalised words closed by it ("Apple
Daily", "China Daily"), is a newspaper's name, one outlet: not a person "Daily"
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
    >>> periodical_outlet(tokenize("Apple Daily reported", [0]), 0, 2)
    True
    """
    if a < b and toks[a].lower == "the":
        a += 1
    if not 2 <= b - a <= 3:
        return False
    return periodical_word(toks[a]) or periodical_word(toks[b - 1])


def periodical_word(tok: Token) -> bool:
    """A capitalised word of periodicity, opening or closing a newspaper's name ("Daily
    Sabah", "Apple Daily", "China Daily").

    >>> from ..tokens import tokenize
    >>> [periodical_word(t) for t in tokenize("China Daily daily", [0])]
    [False, True, False]
    """
    return tok.lower in PERIODICAL_WORDS and tok.text[:1].isupper()
