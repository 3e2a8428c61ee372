"""Months that are surnames: "Theresa May", "Ms May" (a name, not a date); months that are dates."""

from __future__ import annotations

from ..tokens import Token
from ..vocabulary import FIRST_NAMES, HONORIFICS, MONTHS, TITLE_HEADS, unaccented


def month_as_surname(toks: list[Token], k: int) -> bool:
    """A month word right after a known first name, an honorific or a capitalised title is
    a surname, not a date: "Theresa May said", "Ms May told MPs", "Mrs. May", "Prime
    Minister May told the room"; but "in May", "Thursday May 4", "Minister May 4".

    >>> from hrlesson.speech.tokens import tokenize
    >>> [month_as_surname(tokenize(s, [0]), 1) for s in ("Theresa May said", "Ms May said")]
    [True, True]
    >>> month_as_surname(tokenize("in May 2020", [0]), 1)
    False
    >>> [month_as_surname(tokenize(s, [0]), 2) for s in ("Prime Minister May told", "the minister May 4")]
    [True, False]
    """
    j = k - 2 if k >= 2 and toks[k - 1].text == "." else k - 1
    if j < 0 or toks[j].sent != toks[k].sent:
        return False
    before = toks[j]
    if before.lower in HONORIFICS:
        return True
    if j == k - 1 and toks[k].lower in MONTHS and before.cap and before.lower in TITLE_HEADS:
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        return nxt is None or not nxt.text[0].isdigit()  # "Prime Minister May", not "May 4"
    return j == k - 1 and before.text[:1].isupper() and unaccented(before.lower) in FIRST_NAMES


def month_date(toks: list[Token], k: int) -> bool:
    """The month word ``toks[k]`` is a date: 'March 4', 'Jan. 9', 'in May'; 'Jan Kowal' is a
    name, and so is "Theresa May".

    >>> from hrlesson.speech.tokens import tokenize
    >>> [month_date(tokenize(s, [0]), 1) for s in ("on March 4", "Theresa May said", "on Jan. 9")]
    [True, False, True]
    """
    tok = toks[k]
    if tok.lower not in MONTHS or month_as_surname(toks, k):
        return False
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    if nxt is not None and nxt.text[0].isdigit():
        return True
    if nxt is not None and nxt.text == ".":
        # "Jan. 9", "5 Jun. 2020"; but "said Zhang Jun." ends a name and a sentence
        after = toks[k + 2] if k + 2 < len(toks) else None
        before = toks[k - 1] if k else None
        return (after is not None and after.text[0].isdigit()) or (
            before is not None and before.text[0].isdigit()
        )
    return len(tok.lower) > 3 or tok.lower == "may"
