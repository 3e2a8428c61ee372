"""The figures table: one row per figure, with the columns of :data:`COLUMNS`.

Rows are cached on the Article (``article._cache["figures"]``); :func:`figures` returns a
fresh DataFrame each call.
"""

from __future__ import annotations

import bisect
import re
from typing import Any

from .. import typed_columns
from ..article import Article
from ..errors import InputError
from ..export import Table
from ..facts import fact_spans
from .counts import Record
from .quote_context import quote_context
from .scan import scan

__all__ = ["COLUMNS", "GOLD_FIELDS", "KINDS", "TABLE", "figures"]

#: The kinds of figure, as in the evaluation guideline.
KINDS = ("count", "date", "duration", "ordinal", "vague_quantity", "other")

#: Column order of the figures table (and of figures.csv).
COLUMNS = [
    "text",
    "kind",
    "value",
    "resolved_date",
    "start",
    "end",
    "figure_id",
    "unit",
    "granularity",
    "rule",
    "sentence_id",
    "paragraph_id",
    "attributed_to",
    "in_quote",
    "hedged",
    "verification",
    "fact_id",
    "range_id",
]

_HEDGES = re.compile(
    r"\b(?:reportedly|allegedly|alleged|purportedly|apparently|unconfirmed|estimated|"
    r"estimates?|believed|suspected|claim(?:s|ed)?|thought to|said to be|unverified)\b",
    re.IGNORECASE,
)
_DTYPES = {
    "value": "Float64",
    "start": "int64",
    "end": "int64",
    "figure_id": "int64",
    "sentence_id": "Int64",
    "paragraph_id": "Int64",
    "in_quote": "bool",
    "hedged": "bool",
    "range_id": "Int64",
}


#: How each dtype of :data:`_DTYPES` is built (the arrays ``pandas.array`` would give).
_BUILDERS = {
    "Float64": typed_columns.nullable_floats,
    "Int64": typed_columns.nullable_ints,
    "int64": typed_columns.ints,
    "bool": typed_columns.bools,
}


def _is_hedged(text: str, rec: Record, sentence: tuple | None) -> bool:
    """An approximator, a vague quantity, or a hedge word ("reportedly") in the same
    sentence within 40 characters before or 30 after."""
    if rec["approx"] or rec["kind"] == "vague_quantity":
        return True
    if sentence is None:
        return False
    lo, hi = max(sentence[3], rec["start"] - 40), min(sentence[4], rec["end"] + 30)
    return bool(_HEDGES.search(text, lo, hi))


def _fact_at(facts: list[tuple[int, int, str, str]], start: int, end: int) -> tuple:
    """(fact_id, verification) of the first reference fact whose anchor holds the span."""
    for f_start, f_end, f_id, f_verification in facts:
        if f_start <= start and end <= f_end:
            return f_id, f_verification
    return None, None


def _rows(article: Article) -> list[tuple]:
    cached = article._cache.get("figures")
    if cached is not None:
        return cached
    text = article.text
    in_quote_and_speaker = quote_context(article)
    facts = fact_spans(article)
    sentences = article._segments()[1]
    s_starts = [s[3] for s in sentences]
    rows = []
    for number, rec in enumerate(scan(article), start=1):
        start, end, value = rec["start"], rec["end"], rec["value"]
        i = bisect.bisect_right(s_starts, start) - 1
        sentence = sentences[i] if i >= 0 else None
        in_quote, speaker = in_quote_and_speaker(start, end)
        fact_id, verification = _fact_at(facts, start, end)
        rows.append(
            (text[start:end], rec["kind"], None if value is None else float(value),
             rec["resolved"], start, end, number, rec["unit"], rec["granularity"], rec["rule"],
             sentence[0] if sentence else None, sentence[1] if sentence else None,
             speaker or "reporter", in_quote, _is_hedged(text, rec, sentence),
             verification, fact_id, rec["range_id"])
        )  # fmt: skip
    article._cache["figures"] = rows
    return rows


def _check_article(article: Any, function: str) -> None:
    if not isinstance(article, Article):
        raise InputError(
            f"{function}() needs an Article, not {type(article).__name__}: use "
            "hrlesson.load_article(path) or hrlesson.article_from_text(text)"
        )


def figures(article: Article):
    """Every checkable number and date in ``article``, one row per occurrence.

    Parameters
    ----------
    article : an :class:`~hrlesson.article.Article` (``hrlesson.load_article()``).

    Returns
    -------
    pandas.DataFrame with the columns of :data:`COLUMNS` (described in ``TABLE``), in
    document order; ``article.text[start:end] == text`` for every row.

    >>> import hrlesson
    >>> df = figures(hrlesson.load_article())
    >>> df.kind.value_counts().to_dict()
    {'date': 10, 'count': 3, 'vague_quantity': 2, 'duration': 1, 'ordinal': 1}
    >>> df.loc[df.text == "last August", ["resolved_date", "rule", "verification"]].values.tolist()
    [['2020-08', 'last_month_name', 'S2: consistent']]
    """
    import pandas as pd

    _check_article(article, "figures")
    rows = _rows(article)
    columns = list(zip(*rows, strict=True)) if rows else [()] * len(COLUMNS)
    data = {}
    text = typed_columns.text_dtype()
    for name, values in zip(COLUMNS, columns, strict=True):
        dtype = _DTYPES.get(name)
        data[name] = _BUILDERS[dtype](values) if dtype else typed_columns.texts(values, text)
    if not rows:
        return pd.DataFrame(data, copy=False)  # keys in COLUMNS order
    return typed_columns.frame(data)


TABLE = Table(
    "figures",
    "Every checkable number and date (counts, durations, ordinals, vague quantities, dates, "
    "tallies), with relative dates resolved against the article date.",
    figures,
    (
        (
            "text",
            "string",
            (
                "The figure as written, exactly text[start:end] (with approximator "
                "and counted noun when adjacent: 'more than 300', '246 people')."
            ),
        ),
        (
            "kind",
            "string",
            (
                "count, date, duration, ordinal, vague_quantity or other "
                "(tallies, percentages, money, identifiers)."
            ),
        ),
        (
            "value",
            "number",
            (
                "The number for counts, durations, ordinals, percentages and money; "
                "empty for dates, vague quantities, tallies and identifiers."
            ),
        ),
        (
            "resolved_date",
            "string",
            (
                "For dates: YYYY-MM-DD, YYYY-MM (month) or YYYY (year, "
                "decade start); a week is given by its Monday. Empty when unresolved."
            ),
        ),
        ("start", "integer", "Offset of the first character in the cleaned text."),
        ("end", "integer", "Offset just after the last character."),
        ("figure_id", "integer", "Figure number in document order, from 1."),
        ("unit", "string", "Counted noun or unit (people, votes, year, percent, USD, ...)."),
        ("granularity", "string", "For dates: day, week, weekend, month, year, decade or century."),
        (
            "rule",
            "string",
            (
                "How the figure was read or the date resolved (explicit, dateline, "
                "weekday_same_week, last_month_name, month_day_nearest, range_year, digits, a_unit, "
                "percent_range, ...); date_out_of_range when a relative date would fall "
                "outside years 1-9999 (then resolved_date is empty)."
            ),
        ),
        ("sentence_id", "integer", "Sentence that holds the figure."),
        ("paragraph_id", "integer", "Paragraph that holds the figure."),
        (
            "attributed_to",
            "string",
            (
                "Who makes the claim: the speaker when the figure is in a "
                "quote or reported speech, else 'reporter'."
            ),
        ),
        (
            "in_quote",
            "boolean",
            "True when the figure lies inside a quotation of the quotes table (not a label).",
        ),
        (
            "hedged",
            "boolean",
            (
                "True with an approximator ('about', 'more than'), a vague "
                "quantity, or a hedge ('reportedly', 'allegedly') in the same sentence within 40 "
                "characters before or 30 after."
            ),
        ),
        (
            "verification",
            "string",
            (
                "Bundled article only: the sources and status of the matching "
                "reference fact (e.g. 'S2: consistent'); empty otherwise."
            ),
        ),
        ("fact_id", "string", "Bundled article only: id of the matching reference fact."),
        ("range_id", "integer", "Shared by the two ends of a range ('last May to December 20')."),
    ),
)

#: Description and columns of the hand-made gold file annotations/gold_figures.csv.
GOLD_FIELDS = (
    (
        "Every figure of the bundled article, annotated by hand following the evaluation "
        "guideline (offsets into the cleaned text)."
    ),
    (
        ("text", "string", "The figure as written, exactly text[start:end]."),
        ("kind", "string", "count, date, duration, ordinal, vague_quantity or other."),
        ("value", "number", "The number (empty for dates and vague quantities)."),
        ("resolved_date", "string", "For dates: the date the annotator reads (ISO)."),
        ("start", "integer", "Offset of the first character in the cleaned text."),
        ("end", "integer", "Offset just after the last character."),
        ("note", "string", "Why the item is annotated this way (for debatable items)."),
    ),
)
