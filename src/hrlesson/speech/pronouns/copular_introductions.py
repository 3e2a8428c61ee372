"""A person introduced as the complement of "is" that closes a sentence ("One of the new
employees is 18-year-old Tsukamoto Yurika."): the person the next sentence's "she" is about,
though no reporting verb or subject position names her."""

from __future__ import annotations

from ..tokens import Token
from ..vocabulary import AGE_WORD, FINITE_BE


def introduced_by_be(tokens: list[Token], a: int, b: int) -> bool:
    """Is the name of tokens ``a`` to ``b`` (end exclusive) the complement of a finite "be"
    right before it, at most an age between, and the end of its sentence?

    >>> from ..tokens import tokenize
    >>> toks = tokenize("One of the new employees is 18-year-old Tsukamoto Yurika. She", [0])
    >>> introduced_by_be(toks, 7, 9)
    True
    >>> toks = tokenize("The director is Inoue Naoki, who said", [0])
    >>> introduced_by_be(toks, 3, 5)
    False
    """
    k = a - 1
    if k >= 0 and AGE_WORD.match(tokens[k].lower):
        k -= 1
    if k < 0 or tokens[k].lower not in FINITE_BE or tokens[k].sent != tokens[a].sent:
        return False
    return b < len(tokens) and tokens[b].text == "." and tokens[b].sent == tokens[a].sent
