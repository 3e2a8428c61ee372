"""Judge a student's answer against its hashed record, and word the feedback for the question.

:func:`judge` returns a status (``correct``, ``close``, ``wrong``, ``wrong type``,
``not answered``) and a message. The message depends on the kind and form of the expected
answer (see :func:`hrlesson.answer_hashes.answer_form`) and on the student's own value, never
on the expected value itself: a date is asked for as ``YYYY-MM-DD``, a number written as
text is asked for without quotation marks, a plural category name is "close" with a word on
singular and plural.

>>> from hrlesson.answer_hashes import answer_entry
>>> entry = answer_entry("demo-kind", "vague_quantity", salt="s")
>>> judge("demo-kind", "vague quantities", entry, "s")[0]
'close'
>>> judge("demo-kind", 3, entry, "s", name="kind")[1]
'wrong type. The answer is one word of text in quotation marks, but you gave a whole number (an int).'
"""

from __future__ import annotations

import datetime as dt
import html
import re
import sys
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from .answer_hashes import (
    DATE_FORM,
    HASH_ROUNDS,
    answer_hash,
    canonical_dump,
    loose_text,
    normalise,
    number_text,
    plain_value,
)
from .errors import ExerciseError

__all__ = ["KIND_NAMES", "Feedback", "judge", "show"]

#: How feedback names each kind of answer.
KIND_NAMES = {
    "text": "text (a str)",
    "integer": "a whole number (an int)",
    "number": "a number (an int or float)",
    "yes/no": "True or False (a bool)",
    "list": "a list (order matters)",
    "set": "a set (order does not matter)",
    "mapping": "a dict",
}
_TEXT_FORMS = {
    "date": 'a date written as text in quotation marks: "YYYY-MM-DD" for a day, "YYYY-MM" '
    'for a month, "YYYY" for a year',
    "word": "one word of text in quotation marks",
    "words": "text of several words in quotation marks",
}
_WRITE_DATE = 'write the date as "YYYY-MM-DD" (a day), "YYYY-MM" (a month) or "YYYY" (a year)'
_DATE_INPUTS = {
    "day": ("%d %B %Y", "%d %b %Y", "%B %d %Y", "%b %d %Y", "%d/%m/%Y", "%d.%m.%Y", "%Y/%m/%d"),
    "month": ("%B %Y", "%b %Y", "%m/%Y", "%Y/%m"),
}
_NUMERIC = {"integer", "number"}
#: digest(label, canonical form) -> the salted hash of one whole answer of this question.
_Digest = Callable[[str, Any], str]


def judge(
    qid: str,
    answer: Any,
    entry: Mapping[str, Any],
    salt: str,
    name: str | None = None,
    *,
    rounds: int = HASH_ROUNDS,
) -> tuple[str, str]:
    """Compare ``answer`` with the hashed ``entry`` of question ``qid``.

    Parameters
    ----------
    qid, salt : the question id and the checks file's salt (both go into the hashes).
    answer : the student's value.
    entry : the question's record in ``.hrlesson-checks.json``.
    name : the variable that holds the answer, when known (quoted in the advice).
    rounds : the checks file's key-stretching rounds (0 for files of format 1).

    Returns
    -------
    (status, message)
    """
    expected = entry.get("kind", "")
    form = entry.get("form") or {}

    def digest(label: str, canon: Any) -> str:
        return answer_hash(salt, qid, label, canon, rounds)

    if answer is ...:
        where = f"the ... in `{name} = ...`" if name else "..."
        return (
            "not answered",
            f"not answered yet. Replace {where} with your answer, then run the cell again.",
        )
    if answer is None:
        return "not answered", (
            "not answered yet (the answer is None). Assign your answer to the variable, "
            "then run the cell again."
        )
    try:
        value = _as_expected(plain_value(answer), expected)
        kind, canon = normalise(value)
    except ExerciseError:
        return "wrong type", (
            f"wrong type. The answer is {_expected_name(expected, form)}, but you gave "
            f"a {type(answer).__name__}."
        )
    if kind == "list" and expected == "set":
        kind, canon = "set", sorted(canon, key=canonical_dump)
    if kind != expected and not (kind in _NUMERIC and expected in _NUMERIC):
        return "wrong type", _wrong_type(expected, form, kind, canon, name)
    if digest("exact", [expected, canon]) == entry.get("answer"):
        return "correct", "correct."
    if kind in _NUMERIC:
        return _judge_number(digest, canon, entry)
    if kind == "text":
        return _judge_text(digest, canon, entry)
    return _judge_collection(digest, kind, canon, entry)


def _expected_name(expected: str, form: Mapping[str, Any]) -> str:
    if expected == "text" and form.get("text") in _TEXT_FORMS:
        return _TEXT_FORMS[form["text"]]
    return KIND_NAMES.get(expected, expected)


def _wrong_type(
    expected: str, form: Mapping[str, Any], kind: str, canon: Any, name: str | None
) -> str:
    message = (
        f"wrong type. The answer is {_expected_name(expected, form)}, but you gave "
        f"{KIND_NAMES.get(kind, kind)}."
    )
    if expected in _NUMERIC and kind == "text" and re.fullmatch(r"-?\d+(?:\.\d+)?", canon):
        example = f"`{name} = {canon}`" if name else f"{canon}, not '{canon}'"
        message += f" Write the number without quotation marks: {example}."
    return message


def _as_expected(answer: Any, expected: str) -> Any:
    """Read a student's answer the way the question expects (a tuple as a list, ...)."""
    if expected in ("list", "set") and isinstance(answer, Mapping):
        return list(answer)
    if expected == "mapping" and isinstance(answer, Sequence) and not isinstance(answer, str):
        pairs = [p for p in answer if isinstance(p, Sequence) and len(p) == 2]
        if pairs and len(pairs) == len(answer):
            return dict(pairs)
    return answer


# --------------------------------------------------------------------------- showing


class Feedback:
    """One check's feedback: plain text, and HTML that JupyterLab shows in a normal font.

    Printed text is monospace in JupyterLab and wraps in the middle of a word; the HTML
    version wraps at spaces. ``str()`` and the ``text/plain`` output are the same text.

    >>> note = Feedback("✘", "q", "not quite. Write `answer = 22` <here>.")
    >>> str(note)
    '✘ q: not quite. Write `answer = 22` <here>.'
    >>> print(note._repr_html_())
    <div class="hrlesson-feedback" style="white-space: normal; word-break: normal; overflow-wrap: break-word"><span class="hrlesson-mark">✘</span> <strong>q</strong>: not quite. Write <code>answer = 22</code> &lt;here&gt;.</div>
    """

    def __init__(self, mark: str, question: str, message: str) -> None:
        self.mark, self.question, self.message = mark, question, message

    @property
    def text(self) -> str:
        """The feedback as one line of plain text (what ``print`` shows)."""
        return f"{self.mark} {self.question}: {self.message}"

    def __str__(self) -> str:
        return self.text

    def __repr__(self) -> str:
        return self.text

    def _repr_html_(self) -> str:
        parts = self.message.split("`")
        if len(parts) % 2 == 0:  # an unpaired backtick: show it as it is
            parts = [self.message]
        body = "".join(
            f"<code>{html.escape(p)}</code>" if i % 2 else html.escape(p)
            for i, p in enumerate(parts)
        )
        return (
            '<div class="hrlesson-feedback" style="white-space: normal; word-break: normal; '
            f'overflow-wrap: break-word"><span class="hrlesson-mark">{html.escape(self.mark)}'
            f"</span> <strong>{html.escape(self.question)}</strong>: {body}</div>"
        )


def show(note: Feedback) -> None:
    """Show ``note`` as rich output in IPython (text/plain and text/html), else print it."""
    shell = None
    if "IPython" in sys.modules:  # never import IPython just to find there is no shell
        from IPython import get_ipython

        shell = get_ipython()
    if shell is None:
        print(note.text)
        return
    from IPython.display import display

    display(note)


# --------------------------------------------------------------------------- numbers


def _judge_number(digest: _Digest, canon: str, entry: Mapping[str, Any]) -> tuple[str, str]:
    close = entry.get("close", {})
    places = (entry.get("form") or {}).get("decimals")
    if canon in ("nan", "inf", "-inf"):
        return "wrong", "not quite. Look again at the question and the data."
    x = float(canon)
    exact = entry.get("answer")
    if isinstance(places, int) and digest(
        "exact", [entry.get("kind"), number_text(round(x, places))]
    ) in (exact,):
        if places == 0:
            return "close", "close but not exact: the answer is a whole number."
        return "close", (
            f"close but not exact: rounded to {places} decimal{'s' * (places > 1)}, your value "
            "would be right. Round only as the question asks."
        )
    coarser = set(close.get("rounded", []))
    if digest("rounded", canon) in coarser:
        more = (
            "do not round it yourself"
            if not isinstance(places, int) or places >= 4
            else f"give {places} decimal{'s' * (places > 1)}"
        )
        return "close", f"close but not exact: your value is rounded too much: {more}."
    if any(digest("rounded", number_text(round(x, d))) in coarser for d in range(4)):
        return "close", (
            "close but not exact: the value is near the expected one. Compute it from the "
            "exercise article, and round only as the question asks."
        )
    if digest("off_by_one", canon) in close.get("off_by_one", []):
        return "close", (
            "close but not exact: off by one. Did you leave out or add one row, or count "
            "from 0 instead of from 1?"
        )
    if digest("scaled", canon) in close.get("scaled", []):
        return "close", (
            "close but not exact: a factor of 100 away. Is it a percentage where a "
            "fraction is expected, or the other way round?"
        )
    return "wrong", "not quite. Look again at the question and the data."


# --------------------------------------------------------------------------- text


def _iso_date(text: str) -> str | None:
    """A date written another way (``25 February 2021``, ``25/02/2021``) as ISO text."""
    cleaned = re.sub(r"(?<=\d)(st|nd|rd|th)\b", "", text.replace(",", " "))
    cleaned = re.sub(r"\s+", " ", cleaned).strip()
    for granularity, patterns in _DATE_INPUTS.items():
        for pattern in patterns:
            try:
                day = dt.datetime.strptime(cleaned, pattern).date()
            except ValueError:
                continue
            return day.isoformat() if granularity == "day" else day.isoformat()[:7]
    return None


def _number_variants(text: str) -> list[tuple[str, str]]:
    """The text with its last word in the singular or plural: [(variant, "singular"|"plural")]."""
    head, _, last = text.rpartition(" ")
    head = head + " " if head else ""
    found = []
    if last.endswith("ies") and len(last) > 4:
        found.append((last[:-3] + "y", "singular"))
    if last.endswith("es") and len(last) > 3:
        found.append((last[:-2], "singular"))
    if last.endswith("s") and not last.endswith("ss") and len(last) > 2:
        found.append((last[:-1], "singular"))
    if last.endswith("y") and len(last) > 2:
        found.append((last[:-1] + "ies", "plural"))
    if not last.endswith("s"):
        found += [(last + "s", "plural"), (last + "es", "plural")]
    return [(head + word, which) for word, which in found]


def _judge_text(digest: _Digest, canon: str, entry: Mapping[str, Any]) -> tuple[str, str]:
    shape = (entry.get("form") or {}).get("text")
    exact = entry.get("answer")

    def matches(text: str) -> bool:
        return digest("exact", ["text", text]) == exact

    if shape == "date" and not DATE_FORM.fullmatch(canon):
        iso = _iso_date(canon)
        if iso is not None and matches(iso):
            return "close", f"close but not exact: the right date, but {_WRITE_DATE}."
        return "wrong", f"not quite. Check the date, and {_WRITE_DATE}."
    if digest("loose", loose_text(canon)) == entry.get("close", {}).get("loose"):
        return "close", (
            "close but not exact: check the spelling, spaces, hyphens and underscores against "
            "the article or the table."
        )
    if shape != "date":
        loose = entry.get("close", {}).get("loose")
        for variant, which in _number_variants(canon):
            if matches(variant) or digest("loose", loose_text(variant)) == loose:
                return "close", (
                    f"close but not exact: write it in the {which}, exactly as the table "
                    "writes it (spaces, hyphens and underscores too)."
                )
    n_words = len(canon.split())
    if shape == "words" and n_words == 1:
        return "wrong", (
            "not quite. The answer has more than one word: give it in full, as the article "
            "or the table writes it."
        )
    if shape == "word" and n_words > 1:
        return "wrong", "not quite. The answer is a single word, as the table writes it."
    return "wrong", "not quite. Look again at the question and the data."


# --------------------------------------------------------------------------- collections


def _judge_collection(
    digest: _Digest, kind: str, canon: Any, entry: Mapping[str, Any]
) -> tuple[str, str]:
    close = entry.get("close", {})
    if kind == "list" and digest("sorted", sorted(canon, key=canonical_dump)) == close.get(
        "sorted"
    ):
        return "close", "close but not exact: the right items, in the wrong order."
    form = entry.get("form") or {}
    if kind in ("list", "set") and form.get("dates"):
        dated = _judge_dates(digest, kind, canon, entry)
        if dated is not None:
            return dated
    wanted = form.get("items") if kind in ("list", "set") else form.get("values")
    if wanted in KIND_NAMES and canon:
        mine = {item[0] if kind != "mapping" else item[2] for item in canon}
        if mine != {wanted} and not (mine <= _NUMERIC and wanted in _NUMERIC):
            part = "item" if kind != "mapping" else "value"
            return "wrong", f"not quite: each {part} should be {KIND_NAMES[wanted]}."
    return "wrong", "not quite. Look again at the question and the data."


def _judge_dates(
    digest: _Digest, kind: str, canon: list[Any], entry: Mapping[str, Any]
) -> tuple[str, str] | None:
    """A date written another way where the expected item is an ISO date (None if none is).

    In a list the item must be at a place where the expected answer has a date; in a set,
    anywhere (a set has no places).
    """
    places = set((entry.get("form") or {}).get("dates") or [])
    fixed, found = [], False
    for i, item in enumerate(canon):
        iso = None
        if item[0] == "text" and not DATE_FORM.fullmatch(item[1]):
            iso = _iso_date(item[1]) if kind == "set" or i in places else None
        found = found or iso is not None
        fixed.append(["text", iso] if iso is not None else item)
    if not found:
        return None
    if kind == "set":
        fixed = sorted(fixed, key=canonical_dump)
    if digest("exact", [kind, fixed]) == entry.get("answer"):
        return "close", f"close but not exact: the right items, but {_WRITE_DATE}."
    return "wrong", f"not quite. Check each item, and {_WRITE_DATE}."
