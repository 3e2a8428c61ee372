"""Answers as ``.hrlesson-checks.json`` stores them: normalised, hashed, described by form.

An answer is normalised to ``(kind, canonical form)`` (:func:`normalise`), and only salted,
key-stretched hashes (PBKDF2-HMAC-SHA256, :data:`HASH_ROUNDS` rounds) of whole answers are
stored: the answer itself and a few variants of the
*whole* answer that ``check()`` recognises as "close" (a number rounded more coarsely,
x100, ±1; text without punctuation or accents; a list's items sorted). No hash covers a part
of an answer (a word, an item, a length), so no part can be found on its own by trying
candidates. Besides the hashes, each question stores its answer's *form* — what the question
already tells the student: for text whether it is a date, one word or several words; for a
number how many decimals it has; for a list what kind its items are. ``check()`` reads the
form to word its feedback for the question (``write it as YYYY-MM-DD``, ``round it to 2
decimals``).

>>> normalise("  “Michelle  Bachelet.” ")
('text', 'michelle bachelet')
>>> answer_form(*normalise("2021-02-25")), answer_form(*normalise(0.33))
({'text': 'date'}, {'decimals': 2})
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import math
import numbers
import re
import unicodedata
from collections.abc import Mapping, Sequence
from typing import Any

from .errors import ExerciseError

__all__ = [
    "DATE_FORM",
    "HASH_ROUNDS",
    "answer_entry",
    "answer_form",
    "answer_hash",
    "canonical_dump",
    "decimals",
    "entry_from_canonical",
    "loose_text",
    "normalise",
    "number_text",
    "plain_value",
]

#: A date written as the lessons ask: a day, a month or a year.
DATE_FORM = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")
#: Key-stretching rounds of every hash (PBKDF2-HMAC-SHA256): a check costs a few
#: milliseconds, and trying candidates costs that much per candidate.
HASH_ROUNDS = 2000
#: Numbers are compared at this many decimals.
_PLACES = 4


def _text(value: str) -> str:
    text = unicodedata.normalize("NFKC", value)
    for curly, straight in (("‘", "'"), ("’", "'"), ("“", '"'), ("”", '"'), ("–", "-"), ("—", "-")):
        text = text.replace(curly, straight)
    text = re.sub(r"\s+", " ", text).strip().casefold()
    while len(text) > 1 and text[0] == text[-1] and text[0] in "\"'":
        text = text[1:-1].strip()
    return text.removesuffix(".").strip()


def loose_text(text: str) -> str:
    """Normalised text without accents, punctuation, spaces or underscores.

    >>> loose_text("vague quantity"), loose_text("Vague_Quantity")
    ('vaguequantity', 'VagueQuantity')
    """
    decomposed = unicodedata.normalize("NFKD", text)
    letters = "".join(c for c in decomposed if not unicodedata.combining(c))
    return re.sub(r"[\W_]+", "", letters)


def number_text(value: float) -> str:
    """A number as compared: whole numbers without decimals, others at 4 decimals.

    >>> number_text(7.0), number_text(0.123456), number_text(float("nan"))
    ('7', '0.1235', 'nan')
    """
    if isinstance(value, numbers.Integral):
        return str(int(value))
    x = float(value)
    if math.isnan(x):
        return "nan"
    if math.isinf(x):
        return "inf" if x > 0 else "-inf"
    r = round(x, _PLACES)
    if r == int(r):
        return str(int(r))
    return repr(r)


def decimals(canon: str) -> int:
    """How many decimals a canonical number has (``"0.33"`` → 2, ``"7"`` → 0)."""
    return len(canon.partition(".")[2]) if re.fullmatch(r"-?\d+\.\d+", canon) else 0


def plain_value(value: Any) -> Any:
    """Turn NumPy scalars, arrays, pandas Series/Index and dates into Python values.

    A date (or a timestamp at midnight) becomes its ISO text, ``"2021-02-25"``.
    """
    if type(value).__module__.startswith(("numpy", "pandas")):
        if hasattr(value, "columns"):
            return value  # a DataFrame: not supported, reported by the caller
        if hasattr(value, "to_pydatetime") and not hasattr(value, "tolist"):
            value = value.to_pydatetime()  # a pandas Timestamp
        elif hasattr(value, "tolist"):
            return value.tolist()
        elif hasattr(value, "item"):
            return value.item()
    if isinstance(value, dt.datetime):
        midnight = value.time() == dt.time(0) and value.tzinfo is None
        return value.date().isoformat() if midnight else value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def normalise(value: Any) -> tuple[str, Any]:
    """Return ``(kind, canonical form)`` of an answer, the form that gets hashed.

    Raises
    ------
    ExerciseError : the value cannot be checked (e.g. a DataFrame or a function).

    >>> normalise(7.0), normalise(0.123456)
    (('integer', '7'), ('number', '0.1235'))
    >>> normalise({"b": 2, "a": 1})
    ('mapping', [['text', 'a', 'integer', '1'], ['text', 'b', 'integer', '2']])
    >>> normalise(dt.date(2021, 2, 25))
    ('text', '2021-02-25')
    """
    value = plain_value(value)
    if isinstance(value, bool):
        return "yes/no", "true" if value else "false"
    if isinstance(value, numbers.Integral):
        return "integer", str(int(value))
    if isinstance(value, numbers.Real):
        text = number_text(value)
        return ("integer" if re.fullmatch(r"-?\d+", text) else "number"), text
    if isinstance(value, str):
        return "text", _text(value)
    if isinstance(value, Mapping):
        items = [[*normalise(k), *normalise(v)] for k, v in value.items()]
        return "mapping", sorted(items, key=canonical_dump)
    if isinstance(value, (set, frozenset)):
        return "set", sorted((list(normalise(v)) for v in value), key=canonical_dump)
    if isinstance(value, Sequence) and not isinstance(value, (bytes, bytearray)):
        return "list", [list(normalise(v)) for v in value]
    raise ExerciseError(
        f"cannot check a value of type {type(value).__name__}: give text, a number, True/False, "
        "a list, a set or a dict (e.g. use .tolist() or .to_dict() on a pandas column)"
    )


def canonical_dump(canon: Any) -> str:
    """The canonical form as compact JSON (what gets hashed, and the sort key of items)."""
    return json.dumps(canon, ensure_ascii=False, separators=(",", ":"))


def answer_hash(salt: str, qid: str, label: str, canon: Any, rounds: int = HASH_ROUNDS) -> str:
    """The salted hash of one whole answer (``label``: "exact" or the name of a variant).

    PBKDF2-HMAC-SHA256 with ``rounds`` rounds, so that every guess costs as much as
    ``rounds`` plain hashes; ``rounds=0`` is the single SHA-256 of checks files of format 1.
    """
    payload = f"{salt}\x00{qid}\x00{label}\x00{canonical_dump(canon)}".encode()
    if rounds <= 0:
        return hashlib.sha256(payload).hexdigest()[:32]
    key = hashlib.pbkdf2_hmac("sha256", payload, f"hrlesson\x00{salt}".encode(), rounds)
    return key.hex()[:32]


def _kind_of_items(kinds: list[str]) -> str:
    return kinds[0] if kinds and len(set(kinds)) == 1 else ("mixed" if kinds else "none")


def _is_date_item(item: Any) -> bool:
    return item[0] == "text" and bool(DATE_FORM.fullmatch(item[1]))


def answer_form(kind: str, canon: Any) -> dict[str, Any]:
    """What the question tells about its answer's form, used to word feedback.

    Text: ``date`` (YYYY-MM-DD, YYYY-MM or YYYY), ``word`` (one word, e.g. a category
    label) or ``words``; a number: its decimals; a list or set: the kind of its items (and
    the places of its items that are dates, ``dates``); a dict: the kinds of its keys and
    values.

    >>> answer_form("text", "michelle bachelet"), answer_form("list", [["text", "a"]])
    ({'text': 'words'}, {'items': 'text'})
    """
    if kind == "text":
        if DATE_FORM.fullmatch(canon):
            return {"text": "date"}
        return {"text": "word" if len(canon.split()) <= 1 else "words"}
    if kind in ("integer", "number"):
        return {"decimals": decimals(canon)}
    if kind in ("list", "set"):
        form: dict[str, Any] = {"items": _kind_of_items([item[0] for item in canon])}
        dates = [i for i, item in enumerate(canon) if _is_date_item(item)]
        if dates:  # where the dates are (not what they are): asked for as YYYY-MM-DD
            form["dates"] = dates
        return form
    if kind == "mapping":
        return {
            "keys": _kind_of_items([item[0] for item in canon]),
            "values": _kind_of_items([item[2] for item in canon]),
        }
    return {}


def answer_entry(qid: str, value: Any, salt: str, notebook: str = "") -> dict[str, Any]:
    """The hashed record of one expected answer (what ``.hrlesson-checks.json`` stores).

    >>> entry = answer_entry("demo-speaker", "Michelle Bachelet", salt="s")
    >>> entry["kind"], entry["form"], sorted(entry["close"])
    ('text', {'text': 'words'}, ['loose'])
    >>> "bachelet" in json.dumps(entry).lower()
    False
    """
    kind, canon = normalise(value)
    return entry_from_canonical(qid, kind, canon, salt, notebook)


def entry_from_canonical(
    qid: str, kind: str, canon: Any, salt: str, notebook: str = ""
) -> dict[str, Any]:
    """:func:`answer_entry` for an answer already normalised (``kind``, ``canon``)."""
    entry: dict[str, Any] = {"notebook": notebook, "kind": kind, "form": answer_form(kind, canon)}
    entry["answer"] = answer_hash(salt, qid, "exact", [kind, canon])
    close: dict[str, Any] = {}
    if kind in ("integer", "number") and canon not in ("nan", "inf", "-inf"):
        x = float(canon)
        coarser = {number_text(round(x, d)) for d in range(min(decimals(canon), _PLACES))}
        if coarser:
            close["rounded"] = sorted(answer_hash(salt, qid, "rounded", c) for c in coarser)
        close["scaled"] = sorted(
            {answer_hash(salt, qid, "scaled", number_text(x * f)) for f in (100, 0.01)}
        )
        if kind == "integer":
            close["off_by_one"] = sorted(
                {answer_hash(salt, qid, "off_by_one", number_text(x + d)) for d in (-1, 1)}
            )
    elif kind == "text":
        close["loose"] = answer_hash(salt, qid, "loose", loose_text(canon))
    elif kind == "list":
        close["sorted"] = answer_hash(salt, qid, "sorted", sorted(canon, key=canonical_dump))
    entry["close"] = close
    return entry
