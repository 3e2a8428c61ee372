"""Syllable counts for the readability formulas: textstat's rule, from a compact table.

textstat (0.7.9 and later) counts the syllables of an English word as the stressed
vowels of its first pronunciation in the CMU Pronouncing Dictionary, loaded through
NLTK, and guesses words not in it with pyphen (hyphenation points + 1). Loading the
dictionary through NLTK takes about 2 s, and importing textstat imports NLTK.

hrlesson applies the same rule from a compact table built once from its bundled NLTK
corpus (``data/cmudict_syllables.txt``, made by ``tools/make_cmudict.py``): loading it
takes about 20 ms, nothing is downloaded, and NLTK's folder permission checks do not
matter. A test checks that the counts equal ``textstat.syllable_count`` word for word.
The ``source`` of a counter says how the syllables were counted; readability records it
next to every score.

>>> counter = syllable_counter()
>>> counter("diplomacy"), counter("anti-government"), counter("U.N.")
(4, 5, 1)
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from ._nltk_data import SYLLABLE_SOURCE

__all__ = [
    "SyllableCounter",
    "hyphen_parts",
    "load_syllable_table",
    "normalised_part",
    "syllable_counter",
    "textstat_version",
    "textstat_version_text",
]

_TABLE_FILE = "cmudict_syllables.txt"
_HYPHENS = re.compile(r"[-‐‑–]+")
_NOT_WORD = re.compile(r"[^\w']+")
# textstat keeps an apostrophe only before a contraction ending (don't, it's, we've, ...).
_NON_CONTRACTION_APOSTROPHE = re.compile(r"'(?![tsd]|ve|ll|re)")


@dataclass
class SyllableCounter:
    """Counts the syllables of one word; ``source`` says how (recorded on every row)."""

    source: str
    _count_part: Callable[[str], int] = field(repr=False)
    _cache: dict[str, int] = field(default_factory=dict, repr=False)

    def __call__(self, word: str) -> int:
        """Syllables of ``word``; the parts of a hyphenated word are counted separately."""
        if word not in self._cache:
            parts = [normalised_part(p) for p in hyphen_parts(word)]
            self._cache[word] = sum(self._count_part(p) for p in parts if p)
        return self._cache[word]


def hyphen_parts(word: str) -> list[str]:
    """The parts of a hyphenated word, counted separately ("anti-government" = 2 + 3)."""
    return _HYPHENS.split(word)


def normalised_part(part: str) -> str:
    """Lower case, typographic apostrophe to ``'``, other punctuation removed ("U.N." -> "un").

    >>> normalised_part("Government’s")
    "government's"
    """
    return _NOT_WORD.sub("", part.lower().replace("’", "'")).strip("'")


def syllable_counter() -> SyllableCounter:
    """Return the syllable counter readability uses, without ever downloading anything.

    In order: the compact CMU table with pyphen for the rest (textstat's rule);
    textstat itself when it is older than 0.7.9 (pyphen only, as it counts); pyphen
    alone if the table cannot be read.

    >>> syllable_counter().source == SYLLABLE_SOURCE
    True
    """
    version = textstat_version()
    if version is not None and version < (0, 7, 9):
        return SyllableCounter(
            "pyphen, through textstat < 0.7.9 (which does not use the CMU dictionary)",
            _textstat_count,
        )
    table = load_syllable_table()
    if table is None:
        return SyllableCounter(
            "pyphen only (no CMU Pronouncing Dictionary could be read)", _pyphen_count
        )

    def count_part(part: str) -> int:
        total = 0
        for word in _NON_CONTRACTION_APOSTROPHE.sub("", part).split():
            known = table.get(word)
            total += known if known is not None else _pyphen_count(word)
        return total

    return SyllableCounter(SYLLABLE_SOURCE, count_part)


@lru_cache(maxsize=1)
def load_syllable_table() -> dict[str, int] | None:
    """``{word: syllables of its first CMU pronunciation}`` (lower case), or None if unreadable.

    >>> load_syllable_table()["geneva"]
    3
    """
    try:
        text = resources.files("hrlesson").joinpath("data", _TABLE_FILE).read_text("utf-8")
    except OSError:
        return None
    table: dict[str, int] = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            count, _, words = line.partition(" ")
            syllables = int(count)
            for word in words.split():  # a plain loop: twice as fast as dict.fromkeys here
                table[word] = syllables
    return table


def textstat_version() -> tuple[int, ...] | None:
    """The installed textstat's version as numbers, or None when it is not installed."""
    text = textstat_version_text()
    if text == "not installed":
        return None
    return tuple(int(n) for n in re.findall(r"\d+", text)[:3])


@lru_cache(maxsize=1)
def textstat_version_text() -> str:
    """The installed textstat's version (recorded next to every score).

    >>> textstat_version_text() == __import__("importlib.metadata").metadata.version("textstat")
    True
    """
    return _version_beside_package("textstat") or _version_from_metadata("textstat")


def _version_beside_package(name: str) -> str | None:
    """The version in the ``<name>-<version>.dist-info`` folder next to the package, if any.

    ``importlib.metadata`` finds the same file but costs about 15 ms to import and search
    every path entry, and ``hrlesson extract`` asks once per process.
    """
    from importlib.util import find_spec

    spec = find_spec(name)
    if spec is None or not spec.origin:
        return None
    site = Path(spec.origin).parent.parent
    folders = sorted(site.glob(f"{name}-*.dist-info"))
    if len(folders) != 1:
        return None  # none, or leftovers of several installs: let importlib.metadata choose
    try:
        head = (folders[0] / "METADATA").read_text("utf-8", errors="replace")
    except OSError:
        return None
    for line in head.splitlines():
        if line.startswith("Version:"):
            return line.partition(":")[2].strip() or None
        if not line:
            break  # the headers end at the first blank line
    return None


def _version_from_metadata(name: str) -> str:
    from importlib import metadata

    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "not installed"


def _textstat_count(part: str) -> int:
    import textstat

    return int(textstat.syllable_count(part))


def _pyphen_count(part: str) -> int:
    """textstat's guess for a word outside the dictionary: hyphenation points + 1."""
    return len(_pyphen().positions(part)) + 1


@lru_cache(maxsize=1)
def _pyphen() -> Any:
    import pyphen

    return pyphen.Pyphen(lang="en_US")
