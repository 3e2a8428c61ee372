"""Months that are surnames: "Theresa May", "Ms May" (a name, not a date)."""

from __future__ import annotations

from .tokens import Token
from .vocabulary import FIRST_NAMES, HONORIFICS, unaccented


def month_as_surname(toks: list[Token], k: int) -> bool:
    """A month word right after a known first name or an honorific is a surname, not a
    date: "Theresa May said", "Ms May told MPs", "Mrs. May"; but "in May", "Thursday May 4".

    >>> from hrlesson.speech.tokens import tokenize
    >>> [month_as_surname(tokenize(s, [0]), 1) for s in ("Theresa May said", "Ms May said")]
    [True, True]
    >>> month_as_surname(tokenize("in May 2020", [0]), 1)
    False
    """
    j = k - 2 if k >= 2 and toks[k - 1].text == "." else k - 1
    if j < 0 or toks[j].sent != toks[k].sent:
        return False
    before = toks[j]
    if before.lower in HONORIFICS:
        return True
    return j == k - 1 and before.text[:1].isupper() and unaccented(before.lower) in FIRST_NAMES
