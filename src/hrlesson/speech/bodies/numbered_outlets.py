"""Broadcasters named with their channel number: "News Channel 34", "KRQE News 13".

A capitalised run stops at a number, so "News Channel 34 in Binghamton reports" would read
as a body "News Channel" and a stray "34". A number of one to three digits written right
after a run that ends in a broadcaster's word (data/words/numbered_outlet_words.txt:
"Channel", "News", "Radio", "TV") is the channel's number and part of its name.
"""

from __future__ import annotations

from ...wordlists import word_set
from ..tokens import Token

#: Words that end a broadcaster's name before its number: data/words/numbered_outlet_words.txt.
NUMBERED_OUTLET_WORDS = word_set("numbered_outlet_words")

#: What after the number makes it a quantity or a part of a number, not a channel's.
_QUANTITY_AFTER = frozenset(["%", "per", "percent", ".", ":", "/"])


def channel_number_after(text: str, toks: list[Token], a: int, b: int) -> int:
    """1 when the run ``toks[a:b]`` ends in a broadcaster's word and a channel number of
    one to three digits follows it after one space in the same sentence; 0 otherwise.

    >>> from hrlesson.speech.tokens import tokenize
    >>> s = "News Channel 34 in Binghamton reports that"
    >>> channel_number_after(s, tokenize(s, [0]), 0, 2)
    1
    >>> s = "KRQE News 13 reported"
    >>> channel_number_after(s, tokenize(s, [0]), 0, 2)
    1
    >>> s = "Reuters News 2023 and Sky News 40% of"
    >>> t = tokenize(s, [0])
    >>> channel_number_after(s, t, 0, 2), channel_number_after(s, t, 4, 6)
    (0, 0)
    """
    if b >= len(toks) or toks[b - 1].lower not in NUMBERED_OUTLET_WORDS:
        return 0
    num = toks[b]
    if not (num.text.isdigit() and len(num.text) <= 3) or num.sent != toks[a].sent:
        return 0
    if text[toks[b - 1].end : num.start] != " " or toks[b - 1].poss:
        return 0
    after = toks[b + 1] if b + 1 < len(toks) else None
    glued = after is not None and after.start == num.end and after.text not in (",", ")")
    quantity = after is not None and (after.lower in _QUANTITY_AFTER or glued)
    return 0 if quantity else 1
