"""Real news excerpts with hand-made gold quotes (tests/fixtures/quote_cases/*.json).

Each file holds an excerpt (sentences unedited, source ``url``), its ``date`` (null when
the page gives none) and its gold
``quotes`` in the development scorer's format (``text``, ``speaker``, ``cue`` and character
offsets ``start``/``end``). A gold quote with an ``xfail`` reason, and a file with a
``no_spurious_xfail`` reason, are known gaps: strict, as pytest's strict xfails are (a gap
the kit closes must lose its mark). One test per page, not per quote: the suite holds
about 18,000 gold quotes, and a test for each cost CI minutes in pytest's own bookkeeping.

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


def _pages() -> list[str]:
    return [path.stem for path in sorted(CASES.glob("*.json"))]


@functools.cache  # extract each page once per worker
def _quotes(name: str):
    case = _load(CASES / f"{name}.json")
    with warnings.catch_warnings():
        if case["date"] is None:  # a page without a date: the kit warns, as it should
            warnings.simplefilter("ignore", hrlesson.HrlessonWarning)
        article = hrlesson.article_from_text(case["text"], date=case["date"])
    for gold in case["quotes"]:
        gold["span"] = cleaned_span(article.text, gold["start"], gold["end"], gold["text"])
    return case, hrlesson.quotes(article)


def _quote_problem(gold: dict, got) -> str | None:
    """Why the kit's answer for one gold quote is wrong (None: exact span, speaker and cue)."""
    start, end = gold["span"]
    row = got[(got["start"] == start) & (got["end"] == end)]
    if len(row) != 1:
        return "quote not found"
    speaker, cue = row["speaker"].iloc[0], row["cue"].iloc[0]
    speaker = speaker if isinstance(speaker, str) else None  # no speaker: NaN/None
    if speaker != gold["speaker"]:
        return f"speaker {speaker!r}, gold {gold['speaker']!r}"
    cue = cue if isinstance(cue, str) else None
    if cue != gold["cue"]:
        return f"cue {cue!r}, gold {gold['cue']!r}"
    return None


@pytest.mark.parametrize("name", _pages())
def test_quote_case(name):
    """Every gold quote of the page found with its speaker and cue, and nothing else, except the
    known gaps the page marks (``xfail`` on a quote, ``no_spurious_xfail`` on the page). The
    marks are strict: a marked gap that the kit now gets right fails the test too, so that its
    mark is dropped (``tools/mark_known_gaps.py --apply``)."""
    case, got = _quotes(name)
    wrong = []
    for i, gold in enumerate(case["quotes"]):
        assert case["text"][gold["start"] : gold["end"]] == gold["text"], f"gold {i} offsets"
        problem = _quote_problem(gold, got)
        if problem and "xfail" not in gold:
            wrong.append(f"quote {i} {gold['text'][:40]!r}: {problem}")
        elif not problem and "xfail" in gold:
            wrong.append(f"quote {i} {gold['text'][:40]!r}: now right, but marked xfail")
    spans = {g["span"] for g in case["quotes"]}
    extra = [
        t
        for s, e, t in zip(got["start"], got["end"], got["text"], strict=True)
        if (s, e) not in spans
    ]
    if extra and "no_spurious_xfail" not in case:
        wrong.append(f"quotes the gold does not have: {[t[:40] for t in extra]}")
    elif not extra and "no_spurious_xfail" in case:
        wrong.append("no quote the gold lacks, but marked no_spurious_xfail")
    hint = "(if the kit is right now: python tools/mark_known_gaps.py --apply sets the marks)"
    assert not wrong, "\n".join([*wrong, hint])
