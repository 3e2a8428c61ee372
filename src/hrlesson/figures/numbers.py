"""Reading numbers and the words around them: values, ordinals, counted nouns.

>>> parse_number("two hundred and fifty thousand"), ordinal_value("Seventy-eighth")
(250000.0, 78)
>>> is_plural_noun("journalists"), is_plural_noun("crisis"), is_singular_noun("journalist")
(True, False, True)
"""

from __future__ import annotations

import re

from .words import (
    CARDINALS,
    FUNCTION_WORDS,
    IRREGULAR_PLURALS,
    NOT_SINGULAR_NOUNS,
    ORDINALS,
    SCALES,
    TENS,
    TIME_DEICTICS,
    TIME_UNITS,
)

__all__ = [
    "is_content",
    "is_plural_noun",
    "is_singular_noun",
    "ordinal_value",
    "parse_number",
    "prev_word",
]

_DECIMAL = re.compile(r"\d+(?:\.\d+)?")
_BILLIONS = re.compile(r"\d+(?:\.\d+)?bn")
_PREV_WORD = re.compile(r"([A-Za-z][\w.]*)[ ]+$")
#: A space used as a thousands separator ("400 000"): removed before reading the digits.
_SPACED_THOUSANDS = re.compile(r"(?<=\d)[ \u00a0\u202f](?=\d{3}(?!\d))")


def parse_number(text: str) -> float | None:
    """Read a number written in digits or words; None if it is not one.

    Parameters
    ----------
    text : "246", "4,644", "400 000", "1.2 million", "two", "twenty-one", "a dozen".

    Returns
    -------
    The value as a float (None for text that is not a number).

    >>> [parse_number(t) for t in ("4,644", "1.2 million", "Eleven", "twenty-one", "a dozen")]
    [4644.0, 1200000.0, 11.0, 21.0, 12.0]
    >>> parse_number("two hundred and fifty thousand"), parse_number("half a million")
    (250000.0, 500000.0)
    >>> parse_number("400 000"), parse_number("half million")
    (400000.0, 500000.0)
    >>> parse_number("several") is None
    True
    """
    text = _SPACED_THOUSANDS.sub("", text)
    words = text.lower().replace(",", "").replace("-", " ").replace("half a ", "half ").split()
    if not words:
        return None
    total = current = 0.0
    seen = False
    for word in words:
        if word == "and":
            continue
        if word in ("a", "half") and not seen:
            current, seen = (0.5 if word == "half" else 1.0), True
        elif word == "dozen":
            current, seen = (current or 1.0) * 12, True
        elif _DECIMAL.fullmatch(word):
            current, seen = current + float(word), True
        elif word in CARDINALS or word in TENS:
            current, seen = current + (CARDINALS.get(word) or TENS[word]), True
        elif word in SCALES and seen:
            if SCALES[word] == 100:
                current *= 100
            else:
                total, current = total + current * SCALES[word], 0.0
        elif _BILLIONS.fullmatch(word):
            current, seen = current + float(word[:-2]) * 10**9, True
        else:
            return None
    return total + current if seen else None


def ordinal_value(text: str) -> int:
    """The value of an ordinal in digits or words, hyphenated tens included.

    >>> [ordinal_value(t) for t in ("48th", "first-ever", "twenty-third", "Seventy-eighth")]
    [48, 1, 23, 78]
    """
    low = text.lower().removesuffix("-ever")  # "first-ever"
    digits = re.match(r"\d+", low)
    if digits:
        return int(digits.group(0))
    if "-" in low:
        tens, unit = low.split("-", 1)
        return TENS[tens] + ORDINALS[unit]
    return ORDINALS[low]


def is_plural_noun(word: str) -> bool:
    """Could ``word`` be the plural noun a number counts?

    >>> [is_plural_noun(w) for w in ("people", "Yemenis", "votes", "crisis", "years", "the")]
    [True, True, True, False, False, False]
    """
    low = word.lower()
    if low in FUNCTION_WORDS or low in TIME_UNITS:
        return False
    if low in IRREGULAR_PLURALS:
        return True
    last = low.rsplit("-", 1)[-1]
    return (
        len(last) > 3
        and last.endswith("s")
        and not last.endswith(("ss", "us", "ous", "'s", "’s"))
        and (word[0].isupper() or not last.endswith("is"))  # Yemenis, but not crisis
        and (word[0].islower() or "-" not in word)
    )


def is_singular_noun(word: str) -> bool:
    """Could ``word`` be the singular noun after "one" or an ordinal?

    >>> [is_singular_noun(w) for w in ("journalist", "term", "quickly", "other", "Council")]
    [True, True, False, False, False]
    """
    low = word.lower()
    return (
        word.isalpha()
        and word.islower()
        and low not in FUNCTION_WORDS
        and low not in NOT_SINGULAR_NOUNS
        and not low.endswith(("ly", "ed"))
        and (not low.endswith("s") or low.endswith(("ss", "us", "is")))
    )


def is_content(word: str | None) -> bool:
    """A lower-case content word (not a function word, not "next", "ago" ...).

    >>> is_content("report"), is_content("next"), is_content("Geneva"), is_content(None)
    (True, False, False, False)
    """
    low = (word or "").lower()
    return (
        bool(word) and word[0].islower() and low not in FUNCTION_WORDS and low not in TIME_DEICTICS
    )


def prev_word(text: str, start: int) -> str:
    """The word just before ``start`` (lower case, within 30 characters), or "".

    >>> prev_word("under resolution 2334", 17)
    'resolution'
    """
    m = _PREV_WORD.search(text, max(0, start - 30), start)
    return m.group(1).lower() if m else ""
