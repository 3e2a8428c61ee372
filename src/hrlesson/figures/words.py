"""The word lists the figure rules use, read from ``hrlesson/data/figures/`` (cached).

Each list is a data file: one word a line (``*.txt``, sorted, lower case) or a two-column
CSV (``*.csv``: a word and its value, such as ``twenty,20`` or ``weeks,week``). The
rules import the constants below; nothing else in :mod:`hrlesson.figures` spells out a
list of words.

>>> CARDINALS["seven"], TENS["ninety"], ORDINALS["thirtieth"], TIME_UNITS["decades"]
(7, 90, 30, 'decade')
>>> "people" in IRREGULAR_PLURALS, WEEKDAYS[3]
(True, 'Thursday')
"""

from __future__ import annotations

import csv
import functools
from importlib import resources

__all__ = [
    "CARDINALS",
    "CURRENCIES",
    "FRACTIONS",
    "FUNCTION_WORDS",
    "HYPHEN_UNITS",
    "IDENTIFIER_WORDS",
    "IRREGULAR_PLURALS",
    "MONTH_CONTEXT",
    "NOT_HALF_BEFORE",
    "NOT_SINGULAR_NOUNS",
    "NOUN_MODIFIERS",
    "ORDINALS",
    "SCALES",
    "TENS",
    "TIME_DEICTICS",
    "TIME_UNITS",
    "WEEKDAYS",
    "YEAR_CONTEXT",
    "word_list",
    "word_table",
]


@functools.cache
def word_list(name: str) -> frozenset[str]:
    """The words of ``data/figures/<name>.txt`` (one a line; blank lines skipped).

    >>> sorted(word_list("not_half_before"))[:3]
    ['each', 'first', 'former']
    """
    path = resources.files("hrlesson").joinpath("data", "figures", f"{name}.txt")
    with path.open(encoding="utf-8") as f:
        return frozenset(line.strip() for line in f if line.strip())


@functools.cache
def word_table(name: str) -> tuple[tuple[str, str], ...]:
    """The (word, value) rows of ``data/figures/<name>.csv`` in file order (header skipped).

    >>> word_table("scales")[:2]
    (('hundred', '100'), ('thousand', '1000'))
    """
    path = resources.files("hrlesson").joinpath("data", "figures", f"{name}.csv")
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    return tuple((row[0], row[1]) for row in rows[1:])


def _numbers(name: str) -> dict[str, int]:
    return {word: int(value) for word, value in word_table(name)}


#: Number words one to nineteen, tens, scales (hundred ... trillion, "bn").
CARDINALS = _numbers("cardinals")
TENS = _numbers("tens")
SCALES = _numbers("scales")
#: Ordinal words ("first" ... "thousandth") and their values.
ORDINALS = _numbers("ordinals")
#: Fraction words and their denominators ("half" 2, "thirds" 3).
FRACTIONS = _numbers("fractions")
#: Time nouns and the unit they name ("weeks" -> "week").
TIME_UNITS = dict(word_table("time_units"))
#: Currency signs and names and their code ("$" -> "USD"; "dinars" -> "dinars").
CURRENCIES = dict(word_table("currencies"))
#: Weekday names, Monday first (index = ``date.weekday()``).
WEEKDAYS = tuple(word for word, _ in sorted(word_table("weekdays"), key=lambda r: int(r[1])))
#: Nouns allowed after a number word and a hyphen ("one-day", "three-member").
HYPHEN_UNITS = word_list("hyphen_units")
#: Words that are not the counted noun after a number (function words, verbs, adverbs).
FUNCTION_WORDS = word_list("function_words")
#: Plural nouns that do not end in -s ("people", "police").
IRREGULAR_PLURALS = word_list("irregular_plurals")
#: Words that look like a singular noun but are not counted ("another", "way").
NOT_SINGULAR_NOUNS = word_list("not_singular_nouns")
#: Words before a bare number that make it an identifier ("resolution 2334", "Article 19").
IDENTIFIER_WORDS = word_list("identifier_words")
#: Words before "May" or "March" that make it a month.
MONTH_CONTEXT = word_list("month_context")
#: Words before a four-digit number that make it a year even before a plural noun.
YEAR_CONTEXT = word_list("year_context")
#: Words before "half of" that make it a period or a name rather than a share.
NOT_HALF_BEFORE = word_list("not_half_before")
#: Lower-case words after a figure's noun that do not belong to it ("... next September").
TIME_DEICTICS = word_list("time_deictics")
#: Nouns that modify a following plural noun ("47 member states", "12 aid workers").
NOUN_MODIFIERS = word_list("noun_modifiers")
