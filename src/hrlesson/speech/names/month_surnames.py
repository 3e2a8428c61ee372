"""Months that are surnames: "Theresa May", "Ms May" (a name, not a date); months that are dates."""

from __future__ import annotations

from ..tokens import Token
from ..vocabulary import (
    COUNTRIES,
    FIRST_NAMES,
    HONORIFICS,
    MONTHS,
    STOP_WORDS,
    TITLE_HEADS,
    unaccented,
)


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
    if j == k - 1 and before.text[:1].isupper() and unaccented(before.lower) in FIRST_NAMES:
        return True
    return j == k - 1 and month_after_titled_word(toks, k)


def month_after_titled_word(toks: list[Token], k: int) -> bool:
    """A month word after one capitalised word that a title heads, right before it or across
    a comma, is a surname, that word the given name no list knows: "Balaklava Show
    president, Callum March, said" (country_shows_cancelled_march_schiller_plainsproducer),
    "club captain Callum March told"; not a date ("the president, in March", "the minister
    on March 4"), nor after a listed word ("the president, Since March").

    >>> from hrlesson.speech.tokens import tokenize
    >>> toks = tokenize("Show president, Callum March, said", [0])
    >>> month_after_titled_word(toks, 4), month_after_titled_word(tokenize("the president In March", [0]), 3)
    (True, False)
    """
    given = toks[k - 1]
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    if nxt is not None and nxt.text[0].isdigit():
        return False
    if not given.cap or given.text.isupper() or given.lower in STOP_WORDS:
        return False
    if given.lower in COUNTRIES or given.lower in TITLE_HEADS or k < 2:
        return False
    t = k - 3 if toks[k - 2].text == "," and k >= 3 else k - 2
    title = toks[t]
    return title.sent == toks[k].sent and title.lower in TITLE_HEADS


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
