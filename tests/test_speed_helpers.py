"""The speed helpers change nothing: quick checks never skip a pattern that matches, and
typed columns equal what ``pandas.array`` gives."""

from __future__ import annotations

import random
import unicodedata

import pandas as pd

from hrlesson import clean, typed_columns
from hrlesson.text_encoding import implausible_ratio

PIECES = [
    *"abcXYZ .,;:!?()\"'”’“‘-–—\n\t\r\x0b\x0c\x85\u2028\u00a0\u200b\u00ad\x01",
    *("  ", " \n", "\n ", ".\n\n.", "\n- ", 'said."The', "end.The", "( x", " )", "é"),
]


def _texts(n: int = 3000):
    rng = random.Random(7)
    for _ in range(n):
        yield "".join(rng.choice(PIECES) for _ in range(rng.randrange(0, 40)))


def test_quick_checks_are_necessary_conditions() -> None:
    for text in _texts():
        for pattern, check in clean._QUICK_CHECKS.items():
            if pattern.search(text):
                assert check(text), (pattern.pattern, text)


def test_typed_columns_equal_pandas_array() -> None:
    rng = random.Random(3)
    for _ in range(300):
        n = rng.randrange(0, 12)
        ints = [None if rng.random() < 0.3 else rng.randrange(-(10**9), 10**9) for _ in range(n)]
        assert typed_columns.nullable_ints(ints).equals(pd.array(ints, dtype="Int64"))
        floats = [None if rng.random() < 0.3 else rng.random() * 1e6 for _ in range(n)]
        assert typed_columns.nullable_floats(floats).equals(pd.array(floats, dtype="Float64"))


def _implausible_ratio_per_character(text: str) -> float:
    sample = text[:20000]
    bad = sum(
        1
        for ch in sample
        if (ord(ch) < 32 and ch not in "\n\r\t\x00\x0c")
        or unicodedata.category(ch) in ("Cn", "Co", "Cs")
    )
    return bad / max(1, len(sample))


def test_implausible_ratio_counts_as_a_per_character_scan() -> None:
    rng = random.Random(5)
    for _ in range(200):
        text = "".join(
            chr(rng.randrange(0x110000)) if rng.random() < 0.2 else chr(rng.randrange(160))
            for _ in range(rng.randrange(0, 200))
        )
        assert implausible_ratio(text) == _implausible_ratio_per_character(text)
