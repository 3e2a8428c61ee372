"""Student self-checks: ``check()``, ``progress()`` and seeded variants with ``pick()``.

The expected answers are stored beside the notebooks in ``.hrlesson-checks.json`` as
salted SHA-256 hashes of whole normalised answers (plus hashes of a few "close" variants
of the whole answer, never of its parts), so the student folder never holds an answer in
plain text (see :mod:`hrlesson.answer_hashes`). ``hrlesson exercises build`` writes that
file by running the answer key with ``check()`` in *record mode*.

Feedback is worded for the question's kind of answer (:mod:`hrlesson.answer_feedback`).
In a notebook, ``check()`` also reads IPython's history (:mod:`hrlesson.answer_cells`): when
the answer cell above stopped with an error it says so instead of judging the old value.

When grading (``$HRLESSON_CHECK_RAISE`` is ``1``, or nbgrader's autograder or validator runs
the notebook and that variable is not ``0``), ``check()`` raises ``AssertionError`` for any
answer that is not correct, and when it cannot check at all (no checks file, a question the
file does not know).

>>> import os, tempfile
>>> a = load_article()
>>> path = os.path.join(tempfile.mkdtemp(), CHECKS_FILE)
>>> _ = write_checks_file(path, {"demo-place": a.meta["place"]}, salt="demo")
>>> check("demo-place", "geneva", checks=path)
✔ demo-place: correct.
>>> check("demo-place", ..., checks=path)
… demo-place: not answered yet. Replace ... with your answer, then run the cell again.
>>> check("demo-place", 3, checks=path)
✘ demo-place: wrong type. The answer is one word of text in quotation marks, but you gave a whole number (an int).
"""

from __future__ import annotations

import hashlib
import json
import numbers
import os
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from .answer_cells import answer_cell_state
from .answer_feedback import Feedback, judge, show
from .answer_hashes import (
    HASH_ROUNDS,
    answer_entry,
    entry_from_canonical,
    normalise,
    plain_value,
)
from .article import load_article  # noqa: F401  (used in the doctests)
from .errors import ExerciseError

__all__ = [
    "CHECKS_FILE",
    "CHECKS_FORMAT",
    "LEGACY_CHECKS_FILE",
    "NBGRADER_ENV",
    "RAISE_ENV",
    "RECORD_ENV",
    "answer_entry",
    "check",
    "checks_json",
    "checks_path",
    "grading",
    "normalise",
    "pick",
    "progress",
    "write_checks_file",
]

#: Name of the hashed-answers file beside the notebooks: a dot-file, so that JupyterLab's
#: file browser does not show it among the student's notebooks.
CHECKS_FILE = ".hrlesson-checks.json"
#: Its name before: still read beside notebooks handed out by older versions.
LEGACY_CHECKS_FILE = "hrlesson-checks.json"
#: Format tag written into that file. Version 2 dropped the hashes of single words, items
#: and list lengths and added each answer's form; files of version 1 are still read.
CHECKS_FORMAT = "hrlesson-checks/2"
_READABLE_FORMATS = ("hrlesson-checks/1", CHECKS_FORMAT)
#: Environment variable: a JSON-lines file to which ``check()`` appends what it receives
#: (record mode, used while the answer key runs during ``hrlesson exercises build``).
RECORD_ENV = "HRLESSON_RECORD"
#: Environment variable: another path of the hashed-answers file.
CHECKS_ENV = "HRLESSON_CHECKS"
#: Environment variable: "1" makes ``check()`` raise AssertionError unless the answer is
#: correct (grading mode); "0" turns grading mode off even under nbgrader.
RAISE_ENV = "HRLESSON_CHECK_RAISE"
#: Environment variable that nbgrader sets while ``autograde`` or ``validate`` runs a notebook.
NBGRADER_ENV = "NBGRADER_EXECUTION"

_ID = re.compile(r"^[a-z0-9][a-z0-9_.-]{0,79}$")

# The latest result of each question checked in this Python session: id -> status.
_SESSION: dict[str, str] = {}
_LOADED: dict[str, tuple[float, dict[str, Any]]] = {}


# --------------------------------------------------------------------------- the checks file


def write_checks_file(
    path: str | os.PathLike[str],
    answers: Mapping[str, Any],
    *,
    salt: str,
    notebooks: Mapping[str, str] | None = None,
    scope: str = "exercises",
) -> Path:
    """Write ``.hrlesson-checks.json`` for the expected ``answers`` (question id -> value).

    Parameters
    ----------
    path : the file to write.
    answers : the expected answer of each question, in notebook order.
    salt : mixed into every hash (the build derives it from the article and the seed).
    notebooks : question id -> notebook name, for ``progress()``.
    scope : "exercises" (unknown question ids are an error) or "source" (the
        instructor's notebooks, where a new question may not be built yet).

    Returns
    -------
    Path : the file written.
    """
    target = Path(path)
    target.write_text(checks_json(answers, salt=salt, notebooks=notebooks, scope=scope), "utf-8")
    return target


def checks_json(
    answers: Mapping[str, Any],
    *,
    salt: str,
    notebooks: Mapping[str, str] | None = None,
    scope: str = "exercises",
    canonical: bool = False,
) -> str:
    """The text of ``.hrlesson-checks.json`` (see :func:`write_checks_file`).

    With ``canonical=True`` the values of ``answers`` are ``(kind, canonical form)``
    pairs from :func:`normalise` (what record mode stores) instead of raw answers.
    """
    notebooks = notebooks or {}
    doc = {
        "format": CHECKS_FORMAT,
        "about": "Salted hashes of the expected answers, used by hrlesson.check(). "
        "The answers themselves are not stored here.",
        "scope": scope,
        "salt": salt,
        "hash_rounds": HASH_ROUNDS,
        "questions": {
            qid: (
                entry_from_canonical(qid, value[0], value[1], salt, notebooks.get(qid, ""))
                if canonical
                else answer_entry(qid, value, salt, notebooks.get(qid, ""))
            )
            for qid, value in answers.items()
        },
    }
    return json.dumps(doc, indent=1, ensure_ascii=False) + "\n"


# --------------------------------------------------------------------------- checking


def checks_path(folder: str | os.PathLike[str]) -> Path:
    """The checks file in ``folder``: :data:`CHECKS_FILE`, or the legacy name if only that
    exists (a folder built by an older version)."""
    path = Path(folder) / CHECKS_FILE
    legacy = Path(folder) / LEGACY_CHECKS_FILE
    return legacy if not path.exists() and legacy.exists() else path


def _find_checks(checks: str | os.PathLike[str] | None) -> Path:
    if checks is not None:
        return Path(checks)
    if os.environ.get(CHECKS_ENV):
        return Path(os.environ[CHECKS_ENV])
    return checks_path(Path.cwd())


def _is_checks_document(doc: Any) -> bool:
    if not isinstance(doc, dict) or doc.get("format") not in _READABLE_FORMATS:
        return False
    rounds = doc.get("hash_rounds", 0)
    return isinstance(rounds, int) and not isinstance(rounds, bool) and rounds >= 0


def _load_checks(path: Path) -> dict[str, Any] | None:
    try:
        stamp = path.stat().st_mtime
    except OSError:
        return None
    key = str(path.resolve())
    cached = _LOADED.get(key)
    if cached and cached[0] == stamp:
        return cached[1]
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ExerciseError(f"{path}: cannot be read as a checks file ({exc})") from None
    if not _is_checks_document(doc):
        raise ExerciseError(
            f"{path}: not an hrlesson checks file (expected format {CHECKS_FORMAT!r}); "
            "rebuild it with `hrlesson exercises build`"
        )
    _LOADED[key] = (stamp, doc)
    return doc


def _say(symbol: str, qid: str, message: str) -> None:
    show(Feedback(symbol, qid, message))


def _record(qid: str, answer: Any, path: str) -> None:
    if answer is ... or answer is None:
        raise ExerciseError(
            f"the answer key gives no answer for {qid!r} ({answer!r}): the solution must "
            "assign the answer before check() is called"
        )
    kind, canon = normalise(answer)
    line = {"id": qid, "kind": kind, "value": canon, "shown": _shown(answer)}
    with open(path, "a", encoding="utf-8") as fh:
        fh.write(json.dumps(line, ensure_ascii=False, default=str) + "\n")


def _shown(answer: Any) -> Any:
    plain = plain_value(answer)
    if isinstance(plain, (set, frozenset)):
        return sorted(plain, key=repr)
    if isinstance(plain, Mapping):
        return {str(k): v for k, v in plain.items()}
    if isinstance(plain, tuple):
        return list(plain)
    return plain


def grading() -> bool:
    """Whether ``check()`` is in grading mode (raises unless the answer is correct).

    On when ``$HRLESSON_CHECK_RAISE`` is set (``1``), or when nbgrader's ``autograde`` or
    ``validate`` runs the notebook (it sets ``$NBGRADER_EXECUTION``); off when
    ``$HRLESSON_CHECK_RAISE`` is ``0`` (or ``false``, ``no``, ``off``), even under nbgrader.
    """
    setting = os.environ.get(RAISE_ENV, "").strip().lower()
    if setting in ("0", "false", "no", "off"):
        return False
    return bool(setting) or bool(os.environ.get(NBGRADER_ENV))


def _cannot_check(question: str, message: str) -> None:
    _SESSION[question] = "not checked"
    _say("?", question, message)
    if grading():
        raise AssertionError(f"{question}: {message}")


def check(
    question: str,
    answer: Any,
    hint: str | None = None,
    *,
    checks: str | os.PathLike[str] | None = None,
) -> None:
    """Check a student's answer and print feedback (never the expected answer).

    Parameters
    ----------
    question : the question id, e.g. ``"l2-most-quoted"``.
    answer : the student's answer; ``...`` (not answered yet) is fine.
    hint : shown when the answer is not correct.
    checks : the hashed-answers file; default ``.hrlesson-checks.json`` in the working
        folder (the notebook's folder), or the file named by ``$HRLESSON_CHECKS``.

    Raises
    ------
    ExerciseError : the question id is unknown, or the checks file is unreadable.
    AssertionError : in grading mode (see :func:`grading`), unless the answer is correct.
    """
    if not isinstance(question, str) or not _ID.match(question):
        raise ExerciseError(
            f"question id {question!r} is not valid: use lower-case letters, digits and '-', "
            "e.g. 'l2-most-quoted'"
        )
    record = os.environ.get(RECORD_ENV)
    if record:
        _record(question, answer, record)
        _SESSION[question] = "correct"
        _say("✔", question, "correct.")
        return
    path = _find_checks(checks)
    doc = _load_checks(path)
    if doc is None:
        _cannot_check(
            question,
            f"cannot check: no {path.name} beside this notebook. "
            "Run `hrlesson exercises build` to create it.",
        )
        return
    entry = doc.get("questions", {}).get(question)
    if entry is None:
        if doc.get("scope") == "source":
            _cannot_check(question, f"not in {path.name} yet. Run `hrlesson exercises build`.")
            return
        known = ", ".join(sorted(doc.get("questions", {}))) or "none"
        raise ExerciseError(f"unknown question id {question!r} in {path} (known: {known})")
    status, message = _judge_cell(
        question, answer, entry, doc.get("salt", ""), doc.get("hash_rounds", 0)
    )
    if status not in ("correct", "not answered", "error") and hint:
        message += f" Hint: {hint}"
    _SESSION[question] = status
    symbol = {"correct": "✔", "close": "≈", "not answered": "…"}.get(status, "✘")
    _say(symbol, question, message)
    if status != "correct" and grading():
        raise AssertionError(f"{question} ({status}): {message}")


def _judge_cell(
    question: str, answer: Any, entry: Mapping[str, Any], salt: str, rounds: int
) -> tuple[str, str]:
    """Judge the answer, unless the answer cell above failed or only showed a bare value."""
    state = answer_cell_state(question)
    name = state.name if state else None
    if state and state.failed:
        cell = (
            "your answer cell above"
            if state.failed_cell == "answer"
            else "the cell you ran just before this check"
        )
        return "error", (
            f"{cell} stopped with an error ({state.failed}), so "
            f"{f'`{name}`' if name else 'the answer'} may still hold an old value: fix the "
            "cell and run it again, then run this check."
        )
    status, message = judge(question, answer, entry, salt, name, rounds=rounds)
    if status == "not answered" and answer is ... and state and state.bare and name:
        message = (
            f"not answered yet: the cell above shows {state.bare} but does not store it. "
            f"Write `{name} = {state.bare}` there, run it, then run this check."
        )
    return status, message


def progress(notebook: str | None = None, *, checks: str | os.PathLike[str] | None = None) -> None:
    """Print which checks of this notebook pass so far (in this Python session).

    Parameters
    ----------
    notebook : the notebook name (file name without ``.ipynb``); default: the notebooks
        whose questions were checked in this session.
    checks : the hashed-answers file (see :func:`check`).
    """
    path = _find_checks(checks)
    doc = None if os.environ.get(RECORD_ENV) else _load_checks(path)
    questions: dict[str, Any] = (doc or {}).get("questions", {})
    if notebook is not None:
        wanted = {notebook.removesuffix(".ipynb")}
    else:
        wanted = {questions[q].get("notebook", "") for q in _SESSION if q in questions}
    ids = [q for q, e in questions.items() if e.get("notebook", "") in wanted]
    ids += [q for q in _SESSION if q not in ids and (notebook is None or q not in questions)]
    if not ids:
        print(
            "No checks have run yet in this session. Run the cells above "
            "(Run > Run All Cells), then run progress() again."
        )
        return
    labels = {
        "correct": "✔ correct",
        "close": "≈ close but not exact",
        "wrong": "✘ not quite",
        "wrong type": "✘ wrong type",
        "error": "✘ the answer cell stopped with an error",
        "not answered": "… not answered yet",
        "not checked": "? cannot check",
    }
    done = sum(_SESSION.get(q) == "correct" for q in ids)
    print(f"Progress: {done} of {len(ids)} checks correct")
    width = max(len(q) for q in ids)
    for q in ids:
        print(f"  {q.ljust(width)}  {labels.get(_SESSION.get(q, ''), '· not checked yet')}")


# --------------------------------------------------------------------------- variants


def pick(items: Any, seed: int = 0, key: str = "", k: int | None = None) -> Any:
    """Choose one item (or ``k`` items) deterministically from ``seed`` and ``key``.

    The choice is the same on every machine and Python version; different seeds or
    keys give different, independent choices. With ``k`` the chosen items come back
    as a list in their original order.

    Parameters
    ----------
    items : a list, tuple, pandas Series/Index or NumPy array (a DataFrame gives rows).
    seed : the exercise variant (``SEED`` in the lesson's parameters cell).
    key : names the choice, usually the question id, so two picks are independent.
    k : how many items; None returns a single item.

    >>> a = load_article()
    >>> pick(a.sentences.text, seed=0, key="demo") == pick(a.sentences.text, seed=0, key="demo")
    True
    >>> pick(["said", "warned", "added"], seed=1, key="demo-verb", k=2)
    ['warned', 'added']
    """
    if isinstance(seed, bool) or not isinstance(seed, numbers.Integral):
        raise ExerciseError(f"seed must be a whole number, not {seed!r}")
    rows = None
    if hasattr(items, "columns") and hasattr(items, "iloc"):
        rows, values = items, list(range(len(items)))
    elif isinstance(items, (set, frozenset, Mapping)):
        raise ExerciseError("pick() needs items in a fixed order (a list), not a set or dict")
    else:
        values = list(plain_value(items)) if not isinstance(items, str) else None
        if values is None:
            raise ExerciseError("pick() needs a list of items, not a single string")
    n = len(values)
    count = 1 if k is None else k
    if n == 0 or count < 1 or count > n:
        raise ExerciseError(f"pick() cannot choose {count} of {n} items")
    score = sorted(
        range(n),
        key=lambda i: hashlib.sha256(f"{key}\x00{int(seed)}\x00{i}".encode()).hexdigest(),
    )
    chosen = sorted(score[:count])
    if rows is not None:
        return rows.iloc[chosen[0]] if k is None else rows.iloc[chosen]
    return values[chosen[0]] if k is None else [values[i] for i in chosen]
