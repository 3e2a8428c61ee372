"""A given name written like a stop word or a month opens a person's name: "Will Hedden,
dealer at London Capital Group, said", "said April Sutherland, one of the organizers",
"added Will Wright, partner at KPMG" (part of the index).

Such a word is trimmed from the start of a capitalised run as a function word ("Will the
government act", "in April"); before one plain surname, not after a capitalised word (a
title-case heading's "EU Will Fight") nor after a preposition of time ("in April
Congress"), it stays the first word of the name.
"""

from __future__ import annotations

from ...wordlists import word_set
from ..tokens import Token, plain_capitalised
from ..vocabulary import COUNTRIES, PREPOSITIONS, STOP_WORDS, first_name_gender

#: Given names that are also stop words or months: data/words/stop_word_given_names.txt.
STOP_WORD_GIVEN_NAMES = word_set("stop_word_given_names")

#: Words before a month that make it a date ("last April", "early June").
_TIME_WORDS = frozenset(["last", "next", "early", "late", "mid", "this", "every"])


def given_name_opening(toks: list[Token], a: int, b: int) -> bool:
    """The run ``a:b`` is a given name like "Will" or "April" and one plain surname.

    >>> from ..tokens import tokenize
    >>> s = "said Will Hedden, dealer at the group"
    >>> given_name_opening(tokenize(s, [0]), 1, 3)
    True
    >>> s = "Von der Leyen Vows EU Will Fight Hungary"
    >>> given_name_opening(tokenize(s, [0]), 5, 7)
    False
    >>> s = "in April Congress passed it"
    >>> given_name_opening(tokenize(s, [0]), 1, 3)
    False
    >>> s = "said Capt. Will McQuillen, chairman of the union"
    >>> given_name_opening(tokenize(s, [0]), 3, 5)
    True
    >>> s = "Will Britain leave?"
    >>> given_name_opening(tokenize(s, [0]), 0, 2)
    False
    """
    if b - a != 2 or toks[a].lower not in STOP_WORD_GIVEN_NAMES:
        return False
    surname = toks[a + 1]
    if not surname_cased(surname.text) or surname.lower in STOP_WORDS or surname.lower in COUNTRIES:
        return False
    if a == 0 or toks[a - 1].sent != toks[a].sent:
        return not _question(toks, a)
    before = toks[a - 1]
    if before.text[:1].isalpha() and before.text[:1].isupper():
        return False  # "EU Will Fight", "Everything Will Swallow You": a heading's verb
    return before.lower not in PREPOSITIONS and before.lower not in _TIME_WORDS


def _question(toks: list[Token], a: int) -> bool:
    """The sentence opened at ``toks[a]`` ends with a question mark ("Will Britain go?")."""
    k = a
    while k + 1 < len(toks) and toks[k + 1].sent == toks[a].sent:
        k += 1
    return toks[k].text == "?"


def surname_cased(word: str) -> bool:
    """``word`` is written as a surname: "Hedden", or with a capital after a "Mc"/"Mac"
    prefix ("McQuillen", "MacLeod").

    >>> [surname_cased(w) for w in ("Hedden", "McQuillen", "MacLeod", "MP", "McC")]
    [True, True, True, False, False]
    """
    if plain_capitalised(word):
        return True
    for prefix in ("Mc", "Mac"):
        rest = word.removeprefix(prefix)
        if rest != word and len(rest) > 1 and plain_capitalised(rest):
            return True
    return False


def known_given_name(toks: list[Token], k: int, b: int) -> bool:
    """``toks[k]`` is a given name the lists know ("Nicolás"), or a stop word written as one
    before its surname, the run ending at ``b`` ('"Q," Will Hedden, dealer at X said').

    >>> from ..tokens import tokenize
    >>> s = "Q, Will Hedden, dealer at the group said"
    >>> known_given_name(tokenize(s, [0]), 2, 4)
    True
    """
    return first_name_gender(toks[k].lower) is not None or given_name_opening(toks, k, b)
