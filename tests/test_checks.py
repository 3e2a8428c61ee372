"""Student self-checks: normalising answers, hashed expected answers, feedback, progress, pick.

The expected answers below are constructed by us; they are not facts about the article
unless the test loads the article.
"""

from __future__ import annotations

import ast
import datetime as dt
import functools
import json
from pathlib import Path

import pandas as pd
import pytest

from hrlesson import ExerciseError, load_article
from hrlesson import checks as checks_module
from hrlesson.answer_hashes import answer_hash
from hrlesson.checks import (
    CHECKS_FILE,
    LEGACY_CHECKS_FILE,
    NBGRADER_ENV,
    RAISE_ENV,
    RECORD_ENV,
    check,
    checks_json,
    normalise,
    pick,
    progress,
    write_checks_file,
)


@pytest.fixture(autouse=True)
def _fresh_session(monkeypatch):
    """Each test starts with no checks run and no record/raise mode."""
    monkeypatch.setattr(checks_module, "_SESSION", {})
    monkeypatch.delenv(RECORD_ENV, raising=False)
    monkeypatch.delenv(RAISE_ENV, raising=False)
    monkeypatch.delenv(NBGRADER_ENV, raising=False)
    monkeypatch.delenv("HRLESSON_CHECKS", raising=False)


def _file(tmp_path, answers, *, scope="exercises"):
    path = tmp_path / CHECKS_FILE
    write_checks_file(
        path, answers, salt="test-salt", notebooks={q: "01-demo" for q in answers}, scope=scope
    )
    return path


def _run(capsys, path, qid, answer, **kw):
    check(qid, answer, checks=path, **kw)
    return capsys.readouterr().out.strip()


NORMALISED = [
    ("Bachelet", ("text", "bachelet")),
    ("  “Michelle   Bachelet.”  ", ("text", "michelle bachelet")),
    ("‘said’", ("text", "said")),
    (7, ("integer", "7")),
    (7.0, ("integer", "7")),
    (0.123456, ("number", "0.1235")),
    (True, ("yes/no", "true")),
    (("a", 1), ("list", [["text", "a"], ["integer", "1"]])),
    ({"B", "a"}, ("set", [["text", "a"], ["text", "b"]])),
    ({"x": 1.0}, ("mapping", [["text", "x", "integer", "1"]])),
    (pd.Series([1, 2]), ("list", [["integer", "1"], ["integer", "2"]])),
]


@pytest.mark.parametrize(("value", "expected"), NORMALISED)
def test_normalise(value, expected):
    assert normalise(value) == expected


def test_normalise_rejects_tables():
    with pytest.raises(ExerciseError, match="cannot check"):
        normalise(pd.DataFrame({"a": [1]}))


def _feedback_cases():
    """Rows of tests/fixtures/check_feedback.tsv: (expected, answer, starts_with, never)."""
    path = Path(__file__).parent / "fixtures" / "check_feedback.tsv"
    rows = [
        line.split("\t")
        for line in path.read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#")
    ]
    assert rows[0] == ["expected", "answer", "starts_with", "never"]
    return [
        pytest.param(
            ast.literal_eval(expected), ast.literal_eval(answer), starts, never, id=f"{n}-{answer}"
        )
        for n, (expected, answer, starts, never) in enumerate(rows[1:], start=2)
    ]


@pytest.mark.parametrize(("expected", "answer", "starts_with", "never"), _feedback_cases())
def test_feedback(tmp_path, capsys, expected, answer, starts_with, never):
    path = _file(tmp_path, {"q": expected})
    out = _run(capsys, path, "q", answer)
    assert out.startswith(starts_with), out
    assert not never or never not in out, out


@pytest.mark.parametrize(("expected", "answer"), [("Michelle Bachelet", "Bachelet"), (26, 27)])
def test_feedback_never_shows_the_answer(tmp_path, capsys, expected, answer):
    path = _file(tmp_path, {"q": expected})
    out = _run(capsys, path, "q", answer, hint="Count again.")
    assert str(expected) not in out
    assert out.endswith("Hint: Count again.")


def test_hint_not_shown_when_correct(tmp_path, capsys):
    path = _file(tmp_path, {"q": 3})
    assert _run(capsys, path, "q", 3, hint="Count again.") == "✔ q: correct."


def test_checks_file_holds_no_answer_in_plain_text(tmp_path):
    article = load_article()
    answers = {"l9-place": article.meta["place"], "l9-source": "UrduPoint", "l9-n": 12345}
    text = _file(tmp_path, answers).read_text(encoding="utf-8").lower()
    for value in ("geneva", "urdupoint", "12345"):
        assert value not in text


def test_checks_json_is_deterministic():
    one = checks_json({"q": ["a", "b"], "r": 2.5}, salt="s")
    assert one == checks_json({"q": ["a", "b"], "r": 2.5}, salt="s")
    assert one != checks_json({"q": ["a", "b"], "r": 2.5}, salt="t")


def test_unknown_question_id_is_an_error(tmp_path):
    path = _file(tmp_path, {"l1-known": 1})
    with pytest.raises(ExerciseError, match=r"unknown question id 'l1-other'.*l1-known"):
        check("l1-other", 1, checks=path)


@pytest.mark.parametrize("qid", ["", "L1 Bad", 3, "x" * 81])
def test_invalid_question_id_is_an_error(tmp_path, qid):
    with pytest.raises(ExerciseError, match="not valid"):
        check(qid, 1, checks=_file(tmp_path, {"q": 1}))


def test_source_scope_reports_questions_not_built_yet(tmp_path, capsys):
    path = _file(tmp_path, {"l1-known": 1}, scope="source")
    assert f"not in {CHECKS_FILE} yet" in _run(capsys, path, "l1-new", 1)


def test_missing_checks_file_prints_and_does_not_raise(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    check("l1-q", 1)
    assert f"cannot check: no {CHECKS_FILE}" in capsys.readouterr().out


def test_checks_file_found_in_working_folder(tmp_path, capsys, monkeypatch):
    _file(tmp_path, {"l1-q": 1})
    monkeypatch.chdir(tmp_path)
    check("l1-q", 1)
    assert capsys.readouterr().out == "✔ l1-q: correct.\n"


def test_damaged_checks_file_is_an_error(tmp_path):
    path = tmp_path / CHECKS_FILE
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(ExerciseError, match="cannot be read as a checks file"):
        check("l1-q", 1, checks=path)


@pytest.mark.parametrize("rounds", [-1, "2000", True])
def test_checks_file_with_bad_hash_rounds_is_an_error(tmp_path, rounds):
    path = _file(tmp_path, {"q": 1})
    doc = json.loads(path.read_text(encoding="utf-8"))
    doc["hash_rounds"] = rounds
    path.write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(ExerciseError, match="not an hrlesson checks file"):
        check("q", 1, checks=path)


def test_record_mode_stores_normalised_answers(tmp_path, capsys, monkeypatch):
    record = tmp_path / "record.jsonl"
    monkeypatch.setenv(RECORD_ENV, str(record))
    check("l1-words", ("Said", "warned"))
    check("l1-set", {3, 1})
    assert capsys.readouterr().out == "✔ l1-words: correct.\n✔ l1-set: correct.\n"
    lines = [json.loads(line) for line in record.read_text(encoding="utf-8").splitlines()]
    assert lines[0] == {
        "id": "l1-words",
        "kind": "list",
        "value": [["text", "said"], ["text", "warned"]],
        "shown": ["Said", "warned"],
    }
    assert lines[1]["kind"] == "set"
    assert lines[1]["shown"] == [1, 3]


@pytest.mark.parametrize("answer", [..., None])
def test_record_mode_refuses_a_missing_key_answer(tmp_path, monkeypatch, answer):
    monkeypatch.setenv(RECORD_ENV, str(tmp_path / "record.jsonl"))
    with pytest.raises(ExerciseError, match="no answer"):
        check("l1-q", answer)


@pytest.mark.parametrize("setting", ["1", "true", "yes"])
def test_raise_mode_for_autograders(tmp_path, capsys, monkeypatch, setting):
    path = _file(tmp_path, {"q": 2})
    monkeypatch.setenv(RAISE_ENV, setting)
    check("q", 2, checks=path)
    with pytest.raises(AssertionError, match=r"q \(wrong\): not quite"):
        check("q", 5, checks=path)
    capsys.readouterr()


@pytest.mark.parametrize("mode", ["autograde", "validate"])
def test_nbgrader_runs_are_graded(tmp_path, capsys, monkeypatch, mode):
    path = _file(tmp_path, {"q": 2})
    monkeypatch.setenv(NBGRADER_ENV, mode)
    check("q", 2, checks=path)
    with pytest.raises(AssertionError, match=r"q \(not answered\): not answered yet"):
        check("q", ..., checks=path)
    capsys.readouterr()


@pytest.mark.parametrize("setting", ["0", "false", " Off "])
def test_raise_setting_0_turns_grading_off_under_nbgrader(tmp_path, capsys, monkeypatch, setting):
    monkeypatch.setenv(NBGRADER_ENV, "autograde")
    monkeypatch.setenv(RAISE_ENV, setting)
    check("q", 5, checks=_file(tmp_path, {"q": 2}))
    assert capsys.readouterr().out.startswith("✘ q: not quite")


@pytest.mark.parametrize("env", [{RAISE_ENV: "1"}, {NBGRADER_ENV: "autograde"}])
def test_grading_fails_without_checks_file(tmp_path, capsys, monkeypatch, env):
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    monkeypatch.chdir(tmp_path)
    with pytest.raises(AssertionError, match=r"cannot check: no \.hrlesson-checks\.json"):
        check("l1-q", 1)
    assert "? l1-q: cannot check" in capsys.readouterr().out


def test_grading_fails_on_a_question_not_built_yet(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv(NBGRADER_ENV, "autograde")
    path = _file(tmp_path, {"l1-known": 1}, scope="source")
    with pytest.raises(AssertionError, match=r"not in \.hrlesson-checks\.json yet"):
        check("l1-new", 1, checks=path)
    capsys.readouterr()


def test_grading_fails_on_an_unknown_question(tmp_path, monkeypatch):
    monkeypatch.setenv(NBGRADER_ENV, "autograde")
    with pytest.raises(ExerciseError, match="unknown question id"):
        check("l1-other", 1, checks=_file(tmp_path, {"l1-known": 1}))


@pytest.mark.parametrize(
    "answer", [dt.date(2021, 2, 25), dt.datetime(2021, 2, 25), pd.Timestamp("2021-02-25")]
)
def test_date_objects_are_read_as_iso_dates(tmp_path, capsys, answer):
    path = _file(tmp_path, {"q": "2021-02-25"})
    assert _run(capsys, path, "q", answer) == "✔ q: correct."


# Every part of an answer that a brute-force search could find on its own, and every label
# the checks file ever hashed with (format 1 hashed single words, items, lengths and keys).
_PARTS = {
    "l9-name": ("Michelle Bachelet", ["michelle", "bachelet", ["text", "michelle"], 2, 17]),
    "l9-list": (["said", "warned", "added"], [["text", "said"], ["text", "added"], 3]),
    "l9-map": (
        {"a": 1, "b": 2},
        [["text", "a", "integer", "1"], [["text", "a"], ["text", "b"]], 2],
    ),
}
_LABELS = ("exact", "word", "item", "length", "keys", "loose", "sorted", "rounded", "scaled")


def test_checks_file_hashes_no_part_of_an_answer(tmp_path):
    path = _file(tmp_path, {qid: answer for qid, (answer, _) in _PARTS.items()})
    text = path.read_text(encoding="utf-8")
    for qid, (_, parts) in _PARTS.items():
        for part in parts:
            for label in _LABELS:
                assert answer_hash("test-salt", qid, label, part) not in text, (qid, part, label)
    doc = json.loads(text)
    assert doc["format"] == "hrlesson-checks/2"
    assert doc["hash_rounds"] >= 1000
    for entry in doc["questions"].values():
        assert set(entry["close"]) <= {"rounded", "scaled", "off_by_one", "loose", "sorted"}


def test_checks_file_of_format_1_is_still_read(tmp_path, capsys):
    path = _file(tmp_path, {"q": "Michelle Bachelet", "r": 26})
    doc = json.loads(path.read_text(encoding="utf-8"))
    doc["format"] = "hrlesson-checks/1"  # format 1: one plain SHA-256, no form
    del doc["hash_rounds"]
    for entry in doc["questions"].values():
        del entry["form"]
    v1 = functools.partial(answer_hash, "test-salt", rounds=0)
    doc["questions"]["q"]["answer"] = v1("q", "exact", ["text", "michelle bachelet"])
    doc["questions"]["r"]["answer"] = v1("r", "exact", ["integer", "26"])
    doc["questions"]["r"]["close"]["off_by_one"] = [v1("r", "off_by_one", "27")]
    path.write_text(json.dumps(doc), encoding="utf-8")
    assert _run(capsys, path, "q", "michelle bachelet") == "✔ q: correct."
    assert _run(capsys, path, "r", 27).startswith("≈ r: close but not exact: off by one")
    assert (
        _run(capsys, path, "q", "Bachelet")
        == "✘ q: not quite. Look again at the question and the data."
    )


def test_progress(tmp_path, capsys):
    path = _file(tmp_path, {"l1-a": 1, "l1-b": "x", "l1-c": [1]})
    progress(checks=path)
    assert capsys.readouterr().out.startswith("No checks have run yet")
    check("l1-a", 1, checks=path)
    check("l1-b", ..., checks=path)
    capsys.readouterr()
    progress(checks=path)
    assert capsys.readouterr().out == (
        "Progress: 1 of 3 checks correct\n"
        "  l1-a  ✔ correct\n"
        "  l1-b  … not answered yet\n"
        "  l1-c  · not checked yet\n"
    )


def test_progress_for_a_named_notebook(tmp_path, capsys):
    path = _file(tmp_path, {"l1-a": 1})
    progress("01-demo.ipynb", checks=path)
    assert capsys.readouterr().out.startswith("Progress: 0 of 1 checks correct")


def test_pick_is_deterministic_and_seed_dependent():
    items = [f"item {i}" for i in range(20)]
    assert pick(items, seed=3, key="l3-x") == pick(items, seed=3, key="l3-x")
    assert len({pick(items, seed=s, key="l3-x") for s in range(10)}) > 3
    assert pick(items, seed=3, key="l3-x") in items


def test_pick_several_keeps_order():
    items = list(range(10))
    chosen = pick(items, seed=1, key="k", k=4)
    assert chosen == sorted(chosen)
    assert len(set(chosen)) == 4


def test_pick_from_article_tables():
    a = load_article()
    sentence = pick(a.sentences.text, seed=0, key="demo")
    assert sentence in a.sentences.text.tolist()
    row = pick(a.sentences, seed=0, key="demo")
    assert row.text == sentence
    rows = pick(a.sentences, seed=0, key="demo", k=2)
    assert len(rows) == 2


@pytest.mark.parametrize(
    ("items", "kwargs", "message"),
    [
        ([], {}, "cannot choose 1 of 0"),
        ([1, 2], {"k": 3}, "cannot choose 3 of 2"),
        ({1, 2}, {}, "fixed order"),
        ("text", {}, "not a single string"),
        ([1, 2], {"seed": "0"}, "whole number"),
        ([1, 2], {"seed": True}, "whole number"),
    ],
)
def test_pick_bad_input(items, kwargs, message):
    with pytest.raises(ExerciseError, match=message):
        pick(items, **kwargs)


# --------------------------------------------------------------------------- the HTML view


def test_feedback_html_is_escaped_whole_words_and_marked():
    from hrlesson.answer_feedback import Feedback

    note = Feedback("✘", "l1-q", 'not quite: write `answer = "<b>"` & run the cell again.')
    assert str(note) == repr(note) == note.text
    assert note.text == '✘ l1-q: not quite: write `answer = "<b>"` & run the cell again.'
    html = note._repr_html_()
    assert "<b>" not in html
    assert "&lt;b&gt;" in html
    assert "&amp; run" in html
    assert "<code>answer = &quot;&lt;b&gt;&quot;</code>" in html
    assert "run the cell again." in html  # whole words, no soft hyphens or breaks inserted
    assert "word-break: normal" in html
    assert "white-space: normal" in html
    assert '<span class="hrlesson-mark">✘</span> <strong>l1-q</strong>:' in html
    assert (
        Feedback("✔", "q", "correct.")._repr_html_() == Feedback("✔", "q", "correct.")._repr_html_()
    )
    assert '<span class="hrlesson-mark">✔</span>' in Feedback("✔", "q", "correct.")._repr_html_()
    # an unpaired backtick stays as typed
    assert "<code>" not in Feedback("✘", "q", "a ` b")._repr_html_()


@pytest.mark.parametrize(
    ("expected", "answer"),
    [
        (("Geneva", "2024-03-14"), ("Paris", "14 March 2024")),
        (("Geneva", "2024-03-14"), ("Geneva", "15 March 2024")),
        (["2023-10-01", "2023-10-05"], ["1 October 2023", "5 October 2023"]),
    ],
)
def test_date_item_feedback_never_shows_the_answer(tmp_path, capsys, expected, answer):
    path = _file(tmp_path, {"q": expected})
    out = _run(capsys, path, "q", answer)
    assert "YYYY-MM-DD" in out
    for item in expected:
        assert item not in out
        assert item.lower() not in (tmp_path / CHECKS_FILE).read_text(encoding="utf-8").lower()


def test_checks_file_of_an_older_build_is_still_found(tmp_path, capsys, monkeypatch):
    """Folders handed out before the checks file became a dot-file keep working."""
    write_checks_file(tmp_path / LEGACY_CHECKS_FILE, {"l1-q": 1}, salt="s")
    monkeypatch.chdir(tmp_path)
    check("l1-q", 1)
    assert capsys.readouterr().out == "✔ l1-q: correct.\n"
    write_checks_file(tmp_path / CHECKS_FILE, {"l1-q": 2}, salt="s")  # the new name wins
    check("l1-q", 2)
    assert capsys.readouterr().out == "✔ l1-q: correct.\n"
    assert CHECKS_FILE.startswith(".")  # hidden in JupyterLab's file browser
