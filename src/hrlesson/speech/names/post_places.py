"""A place or a body named inside a post, right before the holder's name.

News English writes a post with its place after a preposition and the name straight after it,
with no comma: "Russian Ambassador to Washington Anatoly Antonov", "police and crime
commissioner for Northamptonshire Adam Simmonds", "HSE head of operations in the Midlands Neil
Craig", "Hamas leader in the Gaza Strip Yahya Sinwar". The capitalised run then reads
"Washington Anatoly Antonov"; the place words before the given name belong to the post.
"""

from __future__ import annotations

from ..tokens import Token
from ..vocabulary import FIRST_NAMES, TITLE_HEADS

#: Prepositions that put a place or a body inside a post ("Ambassador to", "Director in").
POST_PLACE_PREPOSITIONS = frozenset(["to", "for", "in", "of", "at"])

#: How far before the preposition the post's head word may stand ("head of operations in").
POST_HEAD_REACH = 4

#: At most this many place words before the given name ("the Gaza Strip").
MOST_PLACE_WORDS = 3


def post_before_preposition(toks: list[Token], a: int) -> bool:
    """The run starting at ``toks[a]`` follows a post and a preposition, with or without
    "the": ``Ambassador to | Washington``, ``head of operations in the | Midlands``.

    >>> from hrlesson.speech.tokens import tokenize
    >>> toks = tokenize("Russian Ambassador to Washington Anatoly Antonov said", [0])
    >>> post_before_preposition(toks, 3)
    True
    >>> post_before_preposition(tokenize("He flew to Washington Anatoly said", [0]), 3)
    False
    """
    p = a - 1
    if p >= 0 and toks[p].lower == "the":
        p -= 1
    if p < 1 or toks[p].lower not in POST_PLACE_PREPOSITIONS or toks[p].sent != toks[a].sent:
        return False
    reach = range(max(0, p - POST_HEAD_REACH), p)
    return any(toks[k].lower in TITLE_HEADS and toks[k].sent == toks[a].sent for k in reach)


def place_words_before_name(toks: list[Token], a: int, b: int) -> int:
    """How many words open the name run ``toks[a:b]`` that name the post's place, not the
    person: the words before the first given name, when a post and a preposition stand before
    the run and two name words stay (``Ambassador to Washington Anatoly Antonov``: 1; ``leader
    in the Gaza Strip Yahya Sinwar``: 2). Else 0.

    >>> from hrlesson.speech.tokens import tokenize
    >>> # russian_diplomats_expelled_us_antonov_newspravda
    >>> toks = tokenize("according to Russian Ambassador to Washington Anatoly Antonov, no", [0])
    >>> place_words_before_name(toks, 5, 8)
    1
    >>> # hostage_exchange_sinwar_ynetnews
    >>> toks = tokenize("Hamas leader in the Gaza Strip Yahya Sinwar said", [0])
    >>> place_words_before_name(toks, 4, 8)
    2
    """
    if b - a < 3 or not post_before_preposition(toks, a):
        return 0
    for n in range(1, min(MOST_PLACE_WORDS, b - a - 2) + 1):
        if toks[a + n - 1].lower in FIRST_NAMES:
            return 0
        if toks[a + n].lower in FIRST_NAMES:
            return n
    return 0
