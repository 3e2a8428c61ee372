"""Student self-checks: ``check()``, ``progress()`` and seeded variants with ``pick()``.

The expected answers are stored beside the notebooks in ``hrlesson-checks.json`` as
salted SHA-256 hashes of normalised answers (plus hashes of a few "close" variants), so
the student folder never holds an answer in plain text. ``hrlesson exercises build``
writes that file by running the answer key with ``check()`` in *record mode*.

>>> import os, tempfile
>>> a = load_article()
>>> path = os.path.join(tempfile.mkdtemp(), CHECKS_FILE)
>>> _ = write_checks_file(path, {"demo-place": a.meta["place"]}, salt="demo")
>>> check("demo-place", "geneva", checks=path)
✔ demo-place: correct.
>>> check("demo-place", ..., checks=path)
… demo-place: not answered yet. Replace ... with your answer, then run the cell again.
>>> check("demo-place", 3, checks=path)
✘ demo-place: wrong type. The answer is text (a str), but you gave a whole number (an int).
"""

from __future__ import annotations

import hashlib
import json
import math
import numbers
import os
import re
import unicodedata
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from .article import load_article  # noqa: F401  (used in the doctests)
from .errors import ExerciseError

__all__ = [
    "CHECKS_FILE",
    "CHECKS_FORMAT",
    "RAISE_ENV",
    "RECORD_ENV",
    "answer_entry",
    "check",
    "normalise",
    "pick",
    "progress",
    "write_checks_file",
]

#: Name of the hashed-answers file beside the notebooks.
CHECKS_FILE = "hrlesson-checks.json"
#: Format tag written into that file.
CHECKS_FORMAT = "hrlesson-checks/1"
#: Environment variable: a JSON-lines file to which ``check()`` appends what it receives
#: (record mode, used while the answer key runs during ``hrlesson exercises build``).
RECORD_ENV = "HRLESSON_RECORD"
#: Environment variable: another path of the hashed-answers file.
CHECKS_ENV = "HRLESSON_CHECKS"
#: Environment variable: when "1", ``check()`` raises AssertionError unless the answer is
#: correct (for nbgrader's autograder).
RAISE_ENV = "HRLESSON_CHECK_RAISE"

_ID = re.compile(r"^[a-z0-9][a-z0-9_.-]{0,79}$")

_KIND_NAMES = {
    "text": "text (a str)",
    "integer": "a whole number (an int)",
    "number": "a number (an int or float)",
    "yes/no": "True or False (a bool)",
    "list": "a list (order matters)",
    "set": "a set (order does not matter)",
    "mapping": "a dict",
}

# The latest result of each question checked in this Python session: id -> status.
_SESSION: dict[str, str] = {}
_LOADED: dict[str, tuple[float, dict[str, Any]]] = {}


# --------------------------------------------------------------------------- normalising


def _text(value: str) -> str:
    text = unicodedata.normalize("NFKC", value)
    for curly, straight in (("‘", "'"), ("’", "'"), ("“", '"'), ("”", '"'), ("–", "-"), ("—", "-")):
        text = text.replace(curly, straight)
    text = re.sub(r"\s+", " ", text).strip().casefold()
    while len(text) > 1 and text[0] == text[-1] and text[0] in "\"'":
        text = text[1:-1].strip()
    return text.removesuffix(".").strip()


def _loose_text(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    letters = "".join(c for c in decomposed if not unicodedata.combining(c))
    return re.sub(r"[\W_]+", "", letters)


def _number(value: float) -> str:
    if isinstance(value, numbers.Integral):
        return str(int(value))
    x = float(value)
    if math.isnan(x):
        return "nan"
    if math.isinf(x):
        return "inf" if x > 0 else "-inf"
    r = round(x, 4)
    if r == int(r):
        return str(int(r))
    return repr(r)


def _plain(value: Any) -> Any:
    """Turn NumPy scalars, arrays and pandas Series/Index into Python values."""
    if type(value).__module__.startswith(("numpy", "pandas")):
        if hasattr(value, "columns"):
            return value  # a DataFrame: not supported, reported by the caller
        if hasattr(value, "tolist"):
            return value.tolist()
        if hasattr(value, "item"):
            return value.item()
    return value


def normalise(value: Any) -> tuple[str, Any]:
    """Return ``(kind, canonical form)`` of an answer, the form that gets hashed.

    Raises
    ------
    ExerciseError : the value cannot be checked (e.g. a DataFrame or a function).

    >>> normalise("  “Michelle  Bachelet.” ")
    ('text', 'michelle bachelet')
    >>> normalise(7.0), normalise(0.123456)
    (('integer', '7'), ('number', '0.1235'))
    >>> normalise({"b": 2, "a": 1})
    ('mapping', [['text', 'a', 'integer', '1'], ['text', 'b', 'integer', '2']])
    """
    value = _plain(value)
    if isinstance(value, bool):
        return "yes/no", "true" if value else "false"
    if isinstance(value, numbers.Integral):
        return "integer", str(int(value))
    if isinstance(value, numbers.Real):
        text = _number(value)
        return ("integer" if re.fullmatch(r"-?\d+", text) else "number"), text
    if isinstance(value, str):
        return "text", _text(value)
    if isinstance(value, Mapping):
        items = [[*normalise(k), *normalise(v)] for k, v in value.items()]
        return "mapping", sorted(items, key=_dump)
    if isinstance(value, (set, frozenset)):
        return "set", sorted((list(normalise(v)) for v in value), key=_dump)
    if isinstance(value, Sequence) and not isinstance(value, (bytes, bytearray)):
        return "list", [list(normalise(v)) for v in value]
    raise ExerciseError(
        f"cannot check a value of type {type(value).__name__}: give text, a number, True/False, "
        "a list, a set or a dict (e.g. use .tolist() or .to_dict() on a pandas column)"
    )


def _dump(canon: Any) -> str:
    return json.dumps(canon, ensure_ascii=False, separators=(",", ":"))


def _hash(salt: str, qid: str, label: str, canon: Any) -> str:
    payload = f"{salt}\x00{qid}\x00{label}\x00{_dump(canon)}"
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:32]


# --------------------------------------------------------------------------- expected answers


def answer_entry(qid: str, value: Any, salt: str, notebook: str = "") -> dict[str, Any]:
    """The hashed record of one expected answer (what ``hrlesson-checks.json`` stores).

    >>> entry = answer_entry("demo-speaker", "Michelle Bachelet", salt="s")
    >>> entry["kind"], sorted(entry["close"])
    ('text', ['loose', 'words'])
    >>> "bachelet" in json.dumps(entry).lower()
    False
    """
    kind, canon = normalise(value)
    return _entry(qid, kind, canon, salt, notebook)


def _entry(qid: str, kind: str, canon: Any, salt: str, notebook: str) -> dict[str, Any]:
    entry: dict[str, Any] = {"notebook": notebook, "kind": kind}
    entry["answer"] = _hash(salt, qid, "exact", [kind, canon])
    close: dict[str, Any] = {}
    if kind in ("integer", "number"):
        x = float(canon) if canon not in ("nan", "inf", "-inf") else None
        if x is not None:
            close["rounded"] = sorted(
                {_hash(salt, qid, "rounded", _number(round(x, d))) for d in (2, 1, 0)}
            )
            close["scaled"] = sorted(
                {_hash(salt, qid, "scaled", _number(x * f)) for f in (100, 0.01)}
            )
            if kind == "integer":
                close["off_by_one"] = sorted(
                    {_hash(salt, qid, "off_by_one", _number(x + d)) for d in (-1, 1)}
                )
    elif kind == "text":
        close["loose"] = _hash(salt, qid, "loose", _loose_text(canon))
        close["words"] = sorted({_hash(salt, qid, "word", w) for w in _words(canon)})
    elif kind in ("list", "set", "mapping"):
        close["sorted"] = _hash(salt, qid, "sorted", sorted(canon, key=_dump))
        close["items"] = sorted({_hash(salt, qid, "item", item) for item in canon})
        close["length"] = _hash(salt, qid, "length", len(canon))
        if kind == "mapping":
            close["keys"] = _hash(salt, qid, "keys", sorted((i[:2] for i in canon), key=_dump))
    entry["close"] = close
    return entry


def _words(text: str) -> list[str]:
    return [w for w in re.findall(r"\w+", text) if len(w) > 1]


def write_checks_file(
    path: str | os.PathLike[str],
    answers: Mapping[str, Any],
    *,
    salt: str,
    notebooks: Mapping[str, str] | None = None,
    scope: str = "exercises",
) -> Path:
    """Write ``hrlesson-checks.json`` for the expected ``answers`` (question id -> value).

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
    """The text of ``hrlesson-checks.json`` (see :func:`write_checks_file`).

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
        "questions": {
            qid: (
                _entry(qid, value[0], value[1], salt, notebooks.get(qid, ""))
                if canonical
                else answer_entry(qid, value, salt, notebooks.get(qid, ""))
            )
            for qid, value in answers.items()
        },
    }
    return json.dumps(doc, indent=1, ensure_ascii=False) + "\n"


# --------------------------------------------------------------------------- checking


def _find_checks(checks: str | os.PathLike[str] | None) -> Path:
    if checks is not None:
        return Path(checks)
    if os.environ.get(CHECKS_ENV):
        return Path(os.environ[CHECKS_ENV])
    return Path.cwd() / CHECKS_FILE


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
    if not isinstance(doc, dict) or doc.get("format") != CHECKS_FORMAT:
        raise ExerciseError(
            f"{path}: not an hrlesson checks file (expected format {CHECKS_FORMAT!r}); "
            "rebuild it with `hrlesson exercises build`"
        )
    _LOADED[key] = (stamp, doc)
    return doc


def _say(symbol: str, qid: str, message: str) -> None:
    print(f"{symbol} {qid}: {message}")


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
    plain = _plain(answer)
    if isinstance(plain, (set, frozenset)):
        return sorted(plain, key=repr)
    if isinstance(plain, Mapping):
        return {str(k): v for k, v in plain.items()}
    if isinstance(plain, tuple):
        return list(plain)
    return plain


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
    checks : the hashed-answers file; default ``hrlesson-checks.json`` in the working
        folder (the notebook's folder), or the file named by ``$HRLESSON_CHECKS``.

    Raises
    ------
    ExerciseError : the question id is unknown, or the checks file is unreadable.
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
        _SESSION[question] = "not checked"
        _say(
            "?",
            question,
            f"cannot check: no {path.name} beside this notebook. "
            "Run `hrlesson exercises build` to create it.",
        )
        return
    entry = doc.get("questions", {}).get(question)
    if entry is None:
        if doc.get("scope") == "source":
            _SESSION[question] = "not checked"
            _say("?", question, f"not in {path.name} yet. Run `hrlesson exercises build`.")
            return
        known = ", ".join(sorted(doc.get("questions", {}))) or "none"
        raise ExerciseError(f"unknown question id {question!r} in {path} (known: {known})")
    status, message = _compare(question, answer, entry, doc.get("salt", ""))
    if status not in ("correct", "not answered") and hint:
        message += f" Hint: {hint}"
    _SESSION[question] = status
    symbol = {"correct": "✔", "close": "≈", "not answered": "…"}.get(status, "✘")
    _say(symbol, question, message)
    if os.environ.get(RAISE_ENV) == "1" and status != "correct":
        raise AssertionError(f"{question}: {status}")


def _compare(qid: str, answer: Any, entry: Mapping[str, Any], salt: str) -> tuple[str, str]:
    expected = entry.get("kind", "")
    if answer is ...:
        return (
            "not answered",
            "not answered yet. Replace ... with your answer, then run the cell again.",
        )
    if answer is None:
        return (
            "not answered",
            (
                "not answered yet (the answer is None). Assign your answer to the variable, "
                "then run the cell again."
            ),
        )
    try:
        answer = _as_expected(_plain(answer), expected)
        kind, canon = normalise(answer)
    except ExerciseError:
        return "wrong type", (
            f"wrong type. The answer is {_KIND_NAMES.get(expected, expected)}, but you gave "
            f"a {type(answer).__name__}."
        )
    numeric = {"integer", "number"}
    if kind == "list" and expected == "set":
        kind, canon = "set", sorted(canon, key=_dump)
    if kind != expected and not (kind in numeric and expected in numeric):
        return "wrong type", (
            f"wrong type. The answer is {_KIND_NAMES.get(expected, expected)}, but you gave "
            f"{_KIND_NAMES.get(kind, kind)}."
        )
    if _hash(salt, qid, "exact", [expected, canon]) == entry["answer"]:
        return "correct", "correct."
    return _close(qid, kind, canon, entry, salt)


def _as_expected(answer: Any, expected: str) -> Any:
    """Read a student's answer the way the question expects (a tuple as a list, ...)."""
    if expected in ("list", "set") and isinstance(answer, Mapping):
        return list(answer)
    if expected == "mapping" and isinstance(answer, Sequence) and not isinstance(answer, str):
        pairs = [p for p in answer if isinstance(p, Sequence) and len(p) == 2]
        if pairs and len(pairs) == len(answer):
            return dict(pairs)
    return answer


def _close(qid: str, kind: str, canon: Any, entry: Mapping[str, Any], salt: str) -> tuple[str, str]:
    close = entry.get("close", {})
    if kind in ("integer", "number") and canon not in ("nan", "inf", "-inf"):
        x = float(canon)
        rounded = set(close.get("rounded", []))
        if any(_hash(salt, qid, "rounded", _number(round(x, d))) in rounded for d in (2, 1, 0)):
            return "close", (
                "close but not exact: the value is near the expected one. Do not round "
                "it yourself, and compute it from the exercise article."
            )
        if _hash(salt, qid, "off_by_one", _number(x)) in close.get("off_by_one", []):
            return "close", (
                "close but not exact: off by one. Check the first and last items, and "
                "whether the title or dateline should count."
            )
        if _hash(salt, qid, "scaled", _number(x)) in close.get("scaled", []):
            return "close", (
                "close but not exact: a factor of 100 away. Is it a percentage where a "
                "fraction is expected, or the other way round?"
            )
    if kind == "text":
        if _hash(salt, qid, "loose", _loose_text(canon)) == close.get("loose"):
            return "close", (
                "close but not exact: check the spelling, hyphens and punctuation "
                "against the article."
            )
        words = set(close.get("words", []))
        mine = {_hash(salt, qid, "word", w) for w in _words(canon)}
        if mine and words and (mine <= words or words <= mine):
            return "close", (
                "close but not exact: part of your answer matches. Give it exactly as "
                "the question asks (e.g. the full name as written in the article)."
            )
    if kind in ("list", "set", "mapping"):
        if kind == "mapping" and _hash(
            salt, qid, "keys", sorted((i[:2] for i in canon), key=_dump)
        ) == close.get("keys"):
            return "close", "close but not exact: the keys are right, but some values are not."
        if kind == "list" and _hash(salt, qid, "sorted", sorted(canon, key=_dump)) == close.get(
            "sorted"
        ):
            return "close", "close but not exact: the right items, in the wrong order."
        items = set(close.get("items", []))
        right = sum(_hash(salt, qid, "item", item) in items for item in canon)
        same_length = _hash(salt, qid, "length", len(canon)) == close.get("length")
        if right and (right < len(canon) or not same_length):
            extra = " The number of items is right." if same_length else ""
            return (
                "close",
                f"close but not exact: {right} of your {len(canon)} items are right.{extra}",
            )
        if same_length:
            return "wrong", "not quite: the number of items is right, but the items are not."
    return "wrong", "not quite. Look again at the question and the data."


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
        values = list(_plain(items)) if not isinstance(items, str) else None
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
