"""Tests for hrlesson.figures: numbers and dates, their kinds, values and resolved dates.

The cases are data in tests/fixtures/figures/: sentence_rules.json (CONSTRUCTED sentences,
written by us), out_of_sample_{1,2,3}.json (hand annotations of the CONSTRUCTED articles in
tests/articles) and error_classes.json (the error classes of issue 10: real sentences with
their URL, constructed ones marked as such). The bundled article is checked against its gold.
"""

from __future__ import annotations

import csv
import datetime as dt
import importlib
import json
import math
import warnings
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import hrlesson
from hrlesson.data import annotation_path
from hrlesson.errors import HrlessonWarning, InputError
from hrlesson.figures import COLUMNS, TABLE, figures, parse_number
from hrlesson.figures.dates import resolve_date
from hrlesson.figures.pattern import PATTERN

# the module (hrlesson.figures may also be exported as the function of the same name)
figures_module = importlib.import_module("hrlesson.figures")

#: Article date for the constructed sentences: Thursday 25 February 2021.
DATE = "2021-02-25"
#: Test cases as data: sentences and articles with their hand-annotated figures.
_FIXTURES = Path(__file__).parent / "fixtures" / "figures"


def _sentence_cases(table: str) -> list[tuple[str, list[tuple]]]:
    """(sentence, expected figures) of one table of fixtures/figures/sentence_rules.json."""
    data = json.loads((_FIXTURES / "sentence_rules.json").read_text(encoding="utf-8"))
    return [(c["text"], [tuple(f) for f in c["figures"]]) for c in data["tables"][table]["cases"]]


def _rows(text: str, date: str | None = DATE) -> list[tuple]:
    """(text, kind, value, resolved_date) of every figure in a constructed text."""
    article = hrlesson.article_from_text(text, date=date)
    df = figures(article)
    out = []
    for r in df.itertuples():
        value = None if _missing(r.value) else float(r.value)
        resolved = None if _missing(r.resolved_date) else r.resolved_date
        out.append((r.text, r.kind, value, resolved))
    return out


def _missing(value) -> bool:
    import pandas as pd

    return value is None or bool(pd.isna(value))


KIND_CASES = _sentence_cases("kind")


@pytest.mark.parametrize(("text", "expected"), KIND_CASES)
def test_kinds_and_values(text: str, expected: list[tuple]) -> None:
    got = _rows(text)
    assert [(t, k) for t, k, _, _ in got] == [(t, k) for t, k, _, _ in expected]
    for (_, _, value, _), (_, _, want, _) in zip(got, expected, strict=True):
        if want is None:
            assert value is None
        else:
            assert value == pytest.approx(want, rel=1e-3)


DATE_CASES = _sentence_cases("date")


@pytest.mark.parametrize(("text", "expected"), DATE_CASES)
def test_date_resolution_rules(text: str, expected: list[tuple]) -> None:
    df = figures(hrlesson.article_from_text(text, date=DATE))
    dates = df[df.kind == "date"]
    got = list(zip(dates.text, dates.resolved_date, dates.rule, strict=True))
    assert got == expected


def test_granularity() -> None:
    df = figures(
        hrlesson.article_from_text(
            "On Thursday, last August, in 2015, last week and in the 1990s.", date=DATE
        )
    )
    assert df.granularity.tolist() == ["day", "month", "year", "week", "decade"]


RANGE_CASES = _sentence_cases("range")


@pytest.mark.parametrize(("text", "expected"), RANGE_CASES)
def test_ranges_share_a_range_id(text: str, expected: list[tuple]) -> None:
    df = figures(hrlesson.article_from_text(text, date=DATE))
    assert df.range_id.notna().all()
    assert set(df.range_id) == {df.range_id.iloc[0]}
    got = [(t, None if _missing(d) else d) for t, d in zip(df.text, df.resolved_date, strict=True)]
    assert got == expected


def test_votes_are_not_a_range() -> None:
    df = figures(hrlesson.article_from_text("It passed by 25 votes to six votes.", date=DATE))
    assert df.text.tolist() == ["25 votes", "six votes"]
    assert df.range_id.isna().all()


def test_no_article_date_leaves_relative_dates_unresolved() -> None:
    text = "Bachelet said on Thursday that since last August, and in March 2011, 246 people died."
    with pytest.warns(HrlessonWarning, match="no article date"):
        article = hrlesson.article_from_text(text)
    df = figures(article).set_index("text")
    assert _missing(df.loc["Thursday", "resolved_date"])
    assert _missing(df.loc["last August", "resolved_date"])
    assert df.loc["last August", "rule"] == "last_month_name"
    assert df.loc["March 2011", "resolved_date"] == "2011-03"  # explicit dates still resolve
    assert df.loc["246 people", "value"] == 246


def test_dateline_date_resolves_relative_dates() -> None:
    article = hrlesson.article_from_text(
        "Geneva, (APP - 25th Feb, 2021): The UN rights chief on Thursday spoke."
    )
    df = figures(article)
    assert df[["text", "resolved_date", "rule"]].values.tolist() == [
        ["25th Feb, 2021", "2021-02-25", "dateline"],
        ["Thursday", "2021-02-25", "weekday_same_week"],
    ]


def test_hedged_and_in_quote() -> None:
    text = (
        'Turk said there had reportedly been protests in "over 150 cities" and that 300 died.\n\n'
        "Officials said 12 people were held."
    )
    df = figures(hrlesson.article_from_text(text, date=DATE)).set_index("text")
    assert df.loc["over 150 cities", "hedged"]
    assert df.loc["over 150 cities", "in_quote"]
    assert not df.loc["300", "in_quote"]
    assert not df.loc["12 people", "hedged"]
    assert set(df.attributed_to) <= {"Turk", "reporter"} | set(df.attributed_to.dropna())
    assert df.attributed_to.notna().all()
    assert df.loc["12 people", "attributed_to"] in ("reporter", "Officials")


def test_vague_quantities_are_hedged() -> None:
    df = figures(hrlesson.article_from_text("Hundreds were held.", date=DATE))
    assert df.hedged.tolist() == [True]
    assert _missing(df.value.iloc[0])


_AGREEMENT_ARTICLES = [
    None,  # the bundled article
    "constructed_figures_ap",
    "constructed_figures2_afp",
    "constructed_genre2_bbc",
]


@pytest.mark.parametrize("name", _AGREEMENT_ARTICLES, ids=lambda n: n or "bundled")
def test_in_quote_and_speaker_agree_with_the_quotes_table(name: str | None) -> None:
    """A figure is in_quote exactly when a row of quotes() holds it, and then its
    attributed_to is that quote's speaker (the reporter for a heading)."""
    if name is None:
        article = hrlesson.load_article()
    else:
        article = hrlesson.load_article(
            Path(__file__).parent / "articles" / f"{name}.txt", date=DATE
        )
    table = hrlesson.quotes(article)
    spans = list(zip(table.start, table.end, table.speaker, strict=True))
    df = figures(article)
    for row in df.itertuples():
        holder = [sp for s, e, sp in spans if s <= row.start and row.end <= e]
        assert row.in_quote == bool(holder), row.text
        if holder:
            assert row.attributed_to == (holder[0] if isinstance(holder[0], str) else "reporter")


def test_without_speaker_at_quoted_figures_keep_the_quote_speaker(monkeypatch) -> None:
    """The adapter needs only quotes(); without quotes.speaker_at a figure outside
    quotation marks is the reporter's."""
    monkeypatch.delattr(importlib.import_module("hrlesson.quotes"), "speaker_at")
    text = 'Lena Okafor said 12 people were held.\n\n"We counted 300 graves," Lena Okafor said.'
    df = figures(hrlesson.article_from_text(text, date=DATE)).set_index("text")
    assert df.loc["12 people", "attributed_to"] == "reporter"
    assert df.loc["300 graves", "attributed_to"] == "Lena Okafor"


def test_a_label_in_quotation_marks_is_not_in_quote() -> None:
    text = (
        'The operation, dubbed "Plan 2030", began on Thursday.\n\n'
        '"We counted 300 graves," Lena Okafor said.'
    )
    df = figures(hrlesson.article_from_text(text, date=DATE)).set_index("text")
    assert not df.loc["2030", "in_quote"]  # a name in quotation marks: a label, not a quote
    assert df.loc["300 graves", "in_quote"]
    assert df.loc["300 graves", "attributed_to"] == "Lena Okafor"


def test_reported_speech_outside_quotes_goes_to_the_speaker() -> None:
    df = figures(hrlesson.article_from_text("Bachelet said 246 people were held.", date=DATE))
    assert df.attributed_to.tolist() == ["Bachelet"]
    assert df.in_quote.tolist() == [False]


def test_columns_and_table() -> None:
    df = figures(hrlesson.load_article())
    assert list(df.columns) == COLUMNS
    assert [f[0] for f in TABLE.fields] == COLUMNS
    assert COLUMNS[:6] == ["text", "kind", "value", "resolved_date", "start", "end"]
    assert TABLE.name == "figures"
    assert all(description for _, _, description in TABLE.fields)
    assert set(df.kind) <= set(figures_module.KINDS)
    assert df.figure_id.tolist() == list(range(1, len(df) + 1))


def test_offsets_point_into_the_cleaned_text() -> None:
    article = hrlesson.load_article()
    df = figures(article)
    for row in df.itertuples():
        assert article.text[row.start : row.end] == row.text
        assert article.sentence_at(row.start) == row.sentence_id
        assert article.paragraph_at(row.start) == row.paragraph_id


def test_each_call_returns_a_fresh_table() -> None:
    article = hrlesson.load_article()
    df = figures(article)
    df.loc[0, "text"] = "changed"
    assert figures(article).loc[0, "text"] == "25th Feb, 2021"


def _gold() -> list[dict]:
    with open(annotation_path("gold_figures.csv"), encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def test_bundled_article_matches_gold() -> None:
    article = hrlesson.load_article()
    df = figures(article)
    gold = _gold()
    got = [(r.text, r.kind, None if _missing(r.value) else float(r.value)) for r in df.itertuples()]
    want = [(g["text"], g["kind"], float(g["value"]) if g["value"] else None) for g in gold]
    assert got == want
    assert [(r.start, r.end) for r in df.itertuples()] == [
        (int(g["start"]), int(g["end"])) for g in gold
    ]
    resolved = [None if _missing(d) else d for d in df.resolved_date]
    assert resolved == [g["resolved_date"] or None for g in gold]


def test_gold_offsets_are_valid() -> None:
    text = hrlesson.load_article().text
    for g in _gold():
        assert text[int(g["start"]) : int(g["end"])] == g["text"]


def test_bundled_verification_links_reference_facts() -> None:
    df = figures(hrlesson.load_article()).set_index("figure_id")
    by_text = df.drop_duplicates("text").set_index("text")
    assert by_text.loc["last August", "verification"] == "S2: consistent"
    assert by_text.loc["246 people", "fact_id"] == "F05"
    assert by_text.loc["sixth term", "fact_id"] == "F09"
    hundreds = df[df.text == "hundreds"]
    assert hundreds.fact_id.tolist() == ["F06", "F08"]
    assert "4,644" not in " ".join(df.text)  # the source's number is not in the article
    assert df.loc[df.text == "42", "verification"].item() == "open"


def test_bundled_article_by_path_is_verified_too() -> None:
    from hrlesson.article import bundled_path

    article = hrlesson.load_article(bundled_path(), name="copy")
    assert figures(article).verification.notna().sum() > 10


def test_other_articles_have_no_verification() -> None:
    df = figures(hrlesson.article_from_text("Last August 246 people died.", date=DATE))
    assert df.verification.isna().all()
    assert df.fact_id.isna().all()


def test_bundled_relative_dates() -> None:
    df = figures(hrlesson.load_article())
    assert df.loc[df.text == "Last week", "granularity"].item() == "week"
    assert df[df.range_id.notna()].text.tolist() == ["last May", "December 20"]
    quoted = df[df.in_quote]
    assert quoted.text.tolist() == ["hundreds", "December 20"]


def test_not_an_article_is_a_clear_error() -> None:
    with pytest.raises(InputError, match="needs an Article"):
        figures("246 people")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("4,644", 4644),
        ("2.5", 2.5),
        ("1.2 million", 1_200_000),
        ("two", 2),
        ("Eleven", 11),
        ("twenty-one", 21),
        ("one hundred and fifty", 150),
        ("two hundred thousand", 200_000),
        ("four million", 4_000_000),
        ("a dozen", 12),
        ("two dozen", 24),
        ("half a million", 500_000),
        ("$4bn".removeprefix("$"), 4e9),
        ("several", None),
        ("", None),
    ],
)
def test_parse_number(text: str, value: float | None) -> None:
    assert parse_number(text) == value


_TOKENS = st.sampled_from(
    [
        "246", "4,644", "1.2", "million", "two", "Eleven", "one", "first", "48th", "twenty-third",
        "last", "next", "August", "May", "March", "Thursday", "February", "9", "25th", "Feb,",
        "2021", "2015", "1990s", "mid-", "early", "years", "year-old", "-", "–", "to", "and",
        "between", "from", "hundreds", "tens", "of", "thousands", "people", "votes", "about",
        "more", "than", "at", "least", "21-18", "45/1", "%", "$", "per", "cent", "ago", "week",
        "the", "said", ",", ".", '"', "“", "”", "'", "\n\n", " ", "a", "dozen", "half", "in",
    ]
)  # fmt: skip


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_TOKENS, min_size=1, max_size=40).map(" ".join) | st.text(min_size=1, max_size=120))
def test_property_no_crash_valid_offsets_deterministic(text: str) -> None:
    if not any(ch.isalnum() for ch in text):
        text = "x " + text
    try:
        article = hrlesson.article_from_text(text, date=DATE)
    except hrlesson.HrlessonError:
        return
    first = figures(article)
    again = figures(hrlesson.article_from_text(text, date=DATE))
    assert first.equals(again)
    for row in first.itertuples():
        assert 0 <= row.start < row.end <= len(article.text)
        assert article.text[row.start : row.end] == row.text
        assert row.kind in figures_module.KINDS
        if not _missing(row.value):
            assert math.isfinite(row.value)
    assert first.start.is_monotonic_increasing


# --------------------------------------------------------------------------- out of sample
#
# Three sets of CONSTRUCTED articles (tests/articles/constructed_figures*_*.txt, written by
# us), annotated by hand per the evaluation guideline BEFORE the rules were adjusted to them.
# The annotations, their decisions on debatable forms and the baselines are data:
# tests/fixtures/figures/out_of_sample_{1,2,3}.json.


def _out_of_sample(number: int) -> dict:
    return json.loads((_FIXTURES / f"out_of_sample_{number}.json").read_text(encoding="utf-8"))


def _assert_out_of_sample(number: int, name: str) -> None:
    """Figures of a constructed article equal its hand annotation (text, kind, value, date).

    A set's ``known_date_gaps`` lists resolved dates the rules still get wrong (the right
    date, the date the rules give now); the test expects the latter, so a fix shows up.
    """
    data = _out_of_sample(number)
    entry = data["articles"][name]
    gaps = {(g["article"], g["text"]): g["rules_give"] for g in data.get("known_date_gaps", [])}
    path = Path(__file__).parent / "articles" / f"{name}.txt"
    article = hrlesson.load_article(path, date=entry["date"])
    df = figures(article)
    assert (df.text == [article.text[s:e] for s, e in zip(df.start, df.end, strict=True)]).all()
    got = [
        (t, k, None if _missing(v) else round(float(v), 4), None if _missing(r) else r)
        for t, k, v, r in zip(df.text, df.kind, df.value, df.resolved_date, strict=True)
    ]
    want = [
        (t, k, None if v is None else round(float(v), 4), gaps.get((name, t), r))
        for t, k, v, r in entry["figures"]
    ]
    assert got == want


@pytest.mark.parametrize("name", sorted(_out_of_sample(1)["articles"]))
def test_out_of_sample_articles(name: str) -> None:
    _assert_out_of_sample(1, name)


@pytest.mark.parametrize("name", sorted(_out_of_sample(2)["articles"]))
def test_out_of_sample_articles_second_set(name: str) -> None:
    _assert_out_of_sample(2, name)


@pytest.mark.parametrize("name", sorted(_out_of_sample(3)["articles"]))
def test_out_of_sample_articles_third_set(name: str) -> None:
    _assert_out_of_sample(3, name)


GENERAL_RULE_CASES = _sentence_cases("general_rule")


@pytest.mark.parametrize(("text", "expected"), GENERAL_RULE_CASES)
def test_general_rules(text: str, expected: list[tuple]) -> None:
    got = [(t, k, r) for t, k, _, r in _rows(text)]
    assert got == expected


def _error_class_cases() -> list:
    cases = json.loads((_FIXTURES / "error_classes.json").read_text(encoding="utf-8"))["cases"]
    return [pytest.param(c, id=f"{c['class']}-{i}") for i, c in enumerate(cases)]


@pytest.mark.parametrize("case", _error_class_cases())
def test_error_classes(case: dict) -> None:
    """Figure error classes (issue 10) on real and constructed sentences, from a data file."""
    assert case["source"] in ("real", "constructed")
    assert (case["source"] == "real") == bool(case["url"])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", HrlessonWarning)  # cases with an unknown date
        rows = _rows(case["text"], date=case["date"])
    got = [(t, k, None if v is None else round(v, 4), r) for t, k, v, r in rows]
    want = [(t, k, None if v is None else round(float(v), 4), r) for t, k, v, r in case["figures"]]
    assert got == want


_WORD_LISTS = sorted(
    (Path(hrlesson.__file__).parent / "data" / "figures").glob("*.txt"), key=lambda p: p.name
)
_WORD_TABLES = sorted(
    (Path(hrlesson.__file__).parent / "data" / "figures").glob("*.csv"), key=lambda p: p.name
)


@pytest.mark.parametrize("path", _WORD_LISTS, ids=lambda p: p.name)
def test_word_lists_are_normalised_sorted_and_unique(path: Path) -> None:
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines, path.name
    assert all(line == line.strip().lower() and line for line in lines)
    assert lines == sorted(set(lines))


@pytest.mark.parametrize("path", _WORD_TABLES, ids=lambda p: p.name)
def test_word_tables_have_two_columns_and_unique_words(path: Path) -> None:
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0][0] == "word"
    assert len(rows[0]) == 2
    words = [r[0] for r in rows[1:]]
    assert all(len(r) == 2 and r[0] == r[0].strip() and r[1] for r in rows[1:])
    assert len(words) == len(set(words))


def test_word_lists_meant_to_be_disjoint_are() -> None:
    from hrlesson.figures import words

    assert not words.IRREGULAR_PLURALS & words.FUNCTION_WORDS
    assert not words.word_list("duration_after") & words.word_list("duration_before")
    assert not words.word_list("numbered_events") & words.FUNCTION_WORDS
    assert not set(words.CARDINALS) & set(words.TENS)


@pytest.mark.parametrize(
    ("base", "phrases"),
    [
        (dt.date(1, 1, 1), ["last year", "last week", "Thursday", "two days ago", "last August"]),
        (dt.date(9999, 12, 31), ["next week", "next year", "next Monday", "next decade"]),
    ],
)
def test_dates_outside_the_calendar_stay_unresolved(base: dt.date, phrases: list[str]) -> None:
    """A relative date that would fall before year 1 or after 9999 is left unresolved with
    the rule ``date_out_of_range`` (no OverflowError, no year "0")."""
    for phrase in phrases:
        m = PATTERN.match(phrase)
        assert m is not None, phrase
        resolved, _, rule = resolve_date(m, m.lastgroup, base, None)
        assert (resolved, rule) == (None, "date_out_of_range"), phrase


@pytest.mark.parametrize("date", ["0001-01-01", "9999-12-31"])
def test_article_dates_outside_the_supported_years_are_refused(date: str) -> None:
    with pytest.raises(hrlesson.ArticleError, match="out of range"):
        hrlesson.article_from_text("Last year, next week.", date=date)
