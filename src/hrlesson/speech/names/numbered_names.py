"""A number word that opens a body's name: "Eight Mile Style", "First Great Western".

A capitalised number word before a run of capitalised words is usually a count ("Three
Palestinians", "Two Russian Officials Say"), and the run's trimming drops it as a stop
word; but when two or more capitalised singular words follow, none a title, a function
word or a plural, the number is the first word of a company's or a group's name.
"""

from __future__ import annotations

from ...wordlists import word_set
from ..tokens import Token
from ..vocabulary import CAPITALISED_TITLES, STOP_WORDS, TITLE_HEADS

#: Number words a writer counts with: data/words/number_words.txt, and the first ordinal.
_NAME_NUMBERS = word_set("number_words") | frozenset(["first"])


def _singular_name_word(tok: Token) -> bool:
    """``tok`` is a capitalised word that can carry a name, not a plural a count would
    head ("Style", "Western"; not "Nations", "Officials", "In", "Minister")."""
    low = tok.lower
    return (
        tok.cap
        and tok.text.isalpha()
        and low not in STOP_WORDS
        and low not in TITLE_HEADS
        and low not in CAPITALISED_TITLES
        and (not low.endswith("s") or low.endswith("ss"))
    )


def numbered_name_start(toks: list[Token], a: int, b: int) -> bool:
    """The number word at ``toks[a]`` opens the name of the run ``a:b``: two or more
    capitalised singular words, neither title nor function word, follow it in the run.

    >>> from ..tokens import tokenize
    >>> toks = tokenize("Eight Mile Style asserts", [0])
    >>> numbered_name_start(toks, 0, 3)
    True
    >>> toks = tokenize("Two Russian Officials Say", [0])
    >>> numbered_name_start(toks, 0, 4)
    False
    >>> toks = tokenize("First Minister Nicola Sturgeon", [0])
    >>> numbered_name_start(toks, 0, 4)
    False
    """
    if toks[a].lower not in _NAME_NUMBERS or b - a < 3 or not toks[a].cap:
        return False
    if any(toks[k].start - toks[k - 1].end != 1 for k in range(a + 1, b)):
        return False
    return all(_singular_name_word(toks[k]) for k in range(a + 1, b))
