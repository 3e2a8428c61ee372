"""Newspapers named for a place after "of": "The Times of Israel", "Times of India".

A run that opens with a news organisation's word (data/words/media_words.txt: "Times",
"Post", "Herald" ...), then "of" and one or two capitalised words, is one outlet's name,
not a "Times" that is no one and a place ("Israel") that speaks.
"""

from __future__ import annotations

from ..kinds import MEDIA_WORDS
from ..tokens import Token


def outlet_of_place(toks: list[Token], a: int, b: int) -> bool:
    """The run ``toks[a:b]`` is "[The] <media word> of" and one or two capitalised words:
    a newspaper (``The Times of Israel writes``, ``Times of Malta reported``).

    >>> from ..tokens import tokenize
    >>> toks = tokenize("The Times of Israel writes", [0])
    >>> outlet_of_place(toks, 0, 4), outlet_of_place(toks, 1, 4)
    (True, True)
    >>> outlet_of_place(tokenize("Bishop of London", [0]), 0, 3)
    False
    >>> outlet_of_place(tokenize("Times of Israel Editor Ann Bee", [0]), 0, 6)
    False
    """
    k = a + 1 if toks[a].lower == "the" else a
    if not 3 <= b - k <= 4 or toks[k + 1].text != "of":
        return False
    head = toks[k]
    return head.cap and head.lower in MEDIA_WORDS and all(t.cap for t in toks[k + 2 : b])
