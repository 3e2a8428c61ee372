"""Word lists and small word tables shipped as data files, read by one cached loader.

Every list lives in ``src/hrlesson/data/words/``: a ``.txt`` file holds one entry a line
(lower case, sorted, no duplicates; lines starting with ``#`` are comments), a ``.csv``
file holds a table with a header row. ``tests/test_wordlists.py`` checks every file.

>>> "january" in word_set("months")
True
>>> word_table("gender_words")[0]
{'word': 'boy', 'gender': 'm'}
"""

from __future__ import annotations

import csv
import io
from functools import cache
from importlib import resources

__all__ = ["WORDS_FOLDER", "list_names", "word_list", "word_set", "word_table"]

#: The folder of the word lists, inside the package data.
WORDS_FOLDER = ("data", "words")


def _read(filename: str) -> str:
    path = resources.files("hrlesson").joinpath(*WORDS_FOLDER, filename)
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise KeyError(f"no word list {filename!r} in hrlesson/data/words") from None


@cache
def word_list(name: str) -> tuple[str, ...]:
    """The entries of ``data/words/<name>.txt``, in file order (comments and blanks left out)."""
    lines = (line.strip() for line in _read(f"{name}.txt").splitlines())
    return tuple(line for line in lines if line and not line.startswith("#"))


def word_set(name: str) -> frozenset[str]:
    """The entries of ``data/words/<name>.txt`` as a set."""
    return _word_set(name)


@cache
def _word_set(name: str) -> frozenset[str]:
    return frozenset(word_list(name))


@cache
def word_table(name: str) -> tuple[dict[str, str], ...]:
    """The rows of ``data/words/<name>.csv`` as dicts (empty cells are ``""``)."""
    reader = csv.DictReader(io.StringIO(_read(f"{name}.csv")))
    return tuple({k: (v or "").strip() for k, v in row.items()} for row in reader)


def list_names() -> list[str]:
    """The file names (with extension) of every shipped word list and table, sorted."""
    folder = resources.files("hrlesson").joinpath(*WORDS_FOLDER)
    return sorted(p.name for p in folder.iterdir() if p.name.endswith((".txt", ".csv")))
