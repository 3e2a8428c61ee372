"""Real news excerpts with hand-made gold quotes (tests/fixtures/quote_cases/*.json).

Each file holds an excerpt (sentences unedited, source ``url``), its ``date`` (null when
the page gives none) and its gold
``quotes`` in the development scorer's format (``text``, ``speaker``, ``cue`` and character
offsets ``start``/``end``). A gold quote with an ``xfail`` reason, and a file with a
``no_spurious_xfail`` reason, are known gaps (strict xfails).

Gold offsets point into the page as published; the kit's point into its cleaned text, which
can be a few characters shorter or longer (a restored paragraph break, a dropped stray space).
So each gold quote is first placed in the cleaned text
(:func:`hrlesson.gold_spans.cleaned_span`): the same words, at the nearest place.
"""

from __future__ import annotations

import functools
import json
import warnings
from pathlib import Path

import pytest

import hrlesson
from hrlesson.gold_spans import cleaned_span

CASES = Path(__file__).parent / "fixtures" / "quote_cases"


def _load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def _params() -> list:
    params = []
    for path in sorted(CASES.glob("*.json")):
        case = _load(path)
        for i, gold in enumerate(case["quotes"]):
            marks = (
                [pytest.mark.xfail(strict=True, reason=gold["xfail"])] if "xfail" in gold else []
            )
            params.append(pytest.param(path.stem, i, id=f"{path.stem}-{i}", marks=marks))
    return params


@functools.cache  # extract each page once per worker, not once per gold quote
def _quotes(name: str):
    case = _load(CASES / f"{name}.json")
    with warnings.catch_warnings():
        if case["date"] is None:  # a page without a date: the kit warns, as it should
            warnings.simplefilter("ignore", hrlesson.HrlessonWarning)
        article = hrlesson.article_from_text(case["text"], date=case["date"])
    for gold in case["quotes"]:
        gold["span"] = cleaned_span(article.text, gold["start"], gold["end"], gold["text"])
    return case, hrlesson.quotes(article)


@pytest.mark.parametrize(("name", "i"), _params())
def test_quote_case(name, i):
    case, got = _quotes(name)
    gold = case["quotes"][i]
    assert case["text"][gold["start"] : gold["end"]] == gold["text"]
    start, end = gold["span"]
    row = got[(got["start"] == start) & (got["end"] == end)]
    assert len(row) == 1, f"quote not found: {gold['text']!r}"
    speaker = row["speaker"].iloc[0]
    assert (speaker if isinstance(speaker, str) else None) == gold["speaker"]  # none: NaN/None
    assert (row["cue"].iloc[0] if isinstance(row["cue"].iloc[0], str) else None) == gold["cue"]


def _spurious_params() -> list:
    params = []
    for path in sorted(CASES.glob("*.json")):
        reason = _load(path).get("no_spurious_xfail")
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
        params.append(pytest.param(path.stem, id=path.stem, marks=marks))
    return params


@pytest.mark.parametrize("name", _spurious_params())
def test_quote_case_no_spurious_quotes(name):
    case, got = _quotes(name)
    spans = {g["span"] for g in case["quotes"]}
    assert set(zip(got["start"], got["end"], strict=True)) <= spans
