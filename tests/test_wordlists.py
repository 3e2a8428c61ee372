"""Every word list under src/hrlesson/data/words/ is clean data, and every one is used."""

from __future__ import annotations

import csv
import io
import unicodedata
from importlib import resources
from pathlib import Path

import pytest

from hrlesson.wordlists import list_names, word_list, word_set, word_table

SRC = Path(__file__).resolve().parents[1] / "src" / "hrlesson"
TEXT_LISTS = [n.removesuffix(".txt") for n in list_names() if n.endswith(".txt")]
TABLES = [n.removesuffix(".csv") for n in list_names() if n.endswith(".csv")]

#: Lists that must share no entry (a word is one thing or the other).
DISJOINT = [
    ("female_first_names", "male_first_names"),
    ("months", "weekdays"),
    ("months", "month_abbreviations"),
    ("weekdays", "month_abbreviations"),
    ("time_words", "weekdays"),
    ("stop_words", "months"),
    ("stop_words", "weekdays"),
    ("determiners", "prepositions"),
    ("auxiliaries", "prepositions"),
    ("anonymous_roles", "kin_speakers"),
    ("organisation_words", "title_heads"),
    ("group_nouns", "document_nouns"),
    ("agencies", "movements"),
]

#: Lists that must lie inside another one.
SUBSETS = [
    ("name_starters", "stop_words"),
    ("place_name_starts", "stop_words"),
    ("courtesy_titles", "honorifics"),
]


def test_there_are_lists_and_tables():
    assert len(TEXT_LISTS) > 30
    assert {"countries", "acronyms", "gender_words"} <= set(TABLES)


@pytest.mark.parametrize("name", TEXT_LISTS)
def test_list_is_normalised_sorted_and_unique(name):
    words = word_list(name)
    assert words, f"{name} is empty"
    for w in words:
        assert w == w.strip().lower(), (name, w)
        assert " " not in w, (name, w)
        assert unicodedata.normalize("NFC", w) == w, (name, w)
    assert list(words) == sorted(words), f"{name} is not sorted"
    assert len(set(words)) == len(words), f"{name} has duplicates"


@pytest.mark.parametrize("name", TABLES)
def test_table_is_trimmed_sorted_and_unique_by_its_first_column(name):
    text = resources.files("hrlesson").joinpath("data", "words", f"{name}.csv").read_text("utf-8")
    rows = list(csv.reader(io.StringIO(text)))
    header, body = rows[0], rows[1:]
    assert body, name
    assert all(len(r) == len(header) for r in body), name
    assert all(cell == cell.strip() for r in body for cell in r), name
    keys = [r[0] for r in body]
    assert keys == sorted(keys, key=str.lower), f"{name} is not sorted by {header[0]}"
    assert len({k.lower() for k in keys}) == len(keys), f"{name} repeats a {header[0]}"
    assert word_table(name)[0] == dict(zip(header, body[0], strict=True))


@pytest.mark.parametrize(("first", "second"), DISJOINT)
def test_lists_meant_to_be_disjoint_share_nothing(first, second):
    assert not word_set(first) & word_set(second)


@pytest.mark.parametrize(("part", "whole"), SUBSETS)
def test_lists_meant_to_be_nested_are(part, whole):
    assert word_set(part) <= word_set(whole)


def test_country_cells_list_forms_with_a_bar():
    for row in word_table("countries"):
        for column in ("demonyms", "capitals", "other_names"):
            assert "," not in row[column], (row["country"], column)


@pytest.mark.parametrize("name", TEXT_LISTS + TABLES)
def test_every_list_is_read_by_the_code(name):
    code = "\n".join(p.read_text(encoding="utf-8") for p in SRC.rglob("*.py"))
    assert f'"{name}"' in code, f"data/words/{name} is read nowhere"


def test_clause_word_classes_are_known_and_used():
    from hrlesson.speech.clause_words import CLASSES, clause_words

    for name in CLASSES:
        assert clause_words(name), f"no word of class {name} in clause_words.csv"
    with pytest.raises(KeyError, match="no class"):
        clause_words("no_such_class")


def test_unknown_list_is_a_clear_error():
    with pytest.raises(KeyError, match="no word list"):
        word_list("no_such_list")
