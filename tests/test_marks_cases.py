"""Quote detection on real sentences (tests/fixtures/quote_detection_cases.json).

Each case is a real excerpt (sentences unedited, source ``url``) that shows one way news copy
types or uses quotation marks: a closing mark typed as two apostrophes, a “ closed by », a
quoted clause opening with a verb, short quoted fragments that are speech and not scare
quotes, reporting verbs the lexicon must know. The kit must find exactly the case's ``quotes``
(and the ``speaker`` and ``cue`` when given).
"""

from __future__ import annotations

import json
import warnings
from pathlib import Path

import pytest

import hrlesson
from hrlesson.speech.marks import pair_quotation_marks

CASES = json.loads(
    (Path(__file__).parent / "fixtures" / "quote_detection_cases.json").read_text(encoding="utf-8")
)["cases"]


def _quotes(case: dict):
    with warnings.catch_warnings():
        if case["date"] is None:  # a page without a date: the kit warns, as it should
            warnings.simplefilter("ignore", hrlesson.HrlessonWarning)
        article = hrlesson.article_from_text(case["text"], date=case["date"])
    return hrlesson.quotes(article)


@pytest.mark.parametrize("case", CASES, ids=[c["case"] for c in CASES])
def test_detects_exactly_the_quotes(case):
    got = _quotes(case)
    assert got.text.tolist() == [q["text"] for q in case["quotes"]]
    for q, row in zip(case["quotes"], got.itertuples(), strict=True):
        assert case["text"][row.start : row.end] == q["text"]
        if "speaker" in q:
            assert row.speaker == q["speaker"]
        if "cue" in q:  # null: no reporting verb
            assert (row.cue if isinstance(row.cue, str) else None) == q["cue"]


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("“We refuse,’’ he said.", ["We refuse,"]),  # two apostrophes close a “
        ("He said ‘‘no’’ twice.", ["no"]),  # and open one
        ("''Yes,'' she said.", ["Yes,"]),
        ("``Yes,'' she said.", ["Yes,"]),  # old wire copy
        ("«Nous refusons», a-t-il dit.", ["Nous refusons"]),
        ("« Oui » et « non ».", [" Oui ", " non "]),  # French spacing inside the marks
        ("“The crisis of the century. »", ["The crisis of the century. "]),
        ("«A crisis”, she said.", ["A crisis"]),
        ("«He said “no” today»", ["He said “no” today"]),  # » still closes its own «
        ("He backed ‘the ministers’’ plan.", ["the ministers"]),  # an apostrophe, then ’
    ],
)
def test_mark_pairing(text, quoted):
    marks = pair_quotation_marks(text, [(0, 0, 0, len(text))])
    assert [text[p.open + 1 : p.close] for p in marks.top] == quoted
    assert marks.warnings == []


def test_doubled_apostrophe_after_a_plural_is_not_an_opening_mark():
    text = "The ministers'' talks ended."
    marks = pair_quotation_marks(text, [(0, 0, 0, len(text))])
    assert marks.top == []
