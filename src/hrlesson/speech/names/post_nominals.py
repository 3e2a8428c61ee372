"""A title written after a name ends no name: "Zarah Sultana MP said" names Zarah Sultana."""

from __future__ import annotations

from ...wordlists import word_set
from ..tokens import Token

#: Titles written after a name: data/words/post_nominal_titles.txt.
POST_NOMINAL_TITLES = word_set("post_nominal_titles")


def post_nominal_end(toks: list[Token], a: int, b: int) -> int:
    """Where the name ends in the capitalised run ``toks[a:b]``: before a post-nominal
    title in capitals after two or more words, else at ``b``.

    >>> from ..tokens import tokenize
    >>> toks = tokenize("Zarah Sultana MP said", [0])
    >>> post_nominal_end(toks, 0, 3)
    2
    >>> post_nominal_end(toks, 1, 3)  # one word before the title: no name to read
    3
    """
    last = toks[b - 1]
    if b - a < 3 or not last.text.isupper() or last.lower not in POST_NOMINAL_TITLES:
        return b
    return b if toks[b - 2].poss else b - 1
