"""Scan an article for figures: match, build, resolve dates, link ranges (document order).

One pass over the text; each figure costs a bounded amount of work (a binary search for
its sentence and clause, a look at a few characters around it), so the stage is n·log n
in the length of the text, however long a sentence is.

>>> import hrlesson
>>> a = hrlesson.article_from_text("From May 1 to December 20, 2020 some 300 people fled.",
...                                date="2021-02-25")
>>> [(r["start"], r["end"], r["kind"], r["resolved"], r["range_id"]) for r in scan(a)]
[(5, 10, 'date', '2020-05-01', 1), (14, 31, 'date', '2020-12-20', 1), (32, 47, 'count', None, None)]
"""

from __future__ import annotations

import bisect
import re

from ..article import Article
from .counts import Record
from .dates import iso_month, resolve_date, valid_day
from .kinds import build_record
from .pattern import iter_matches
from .tense import SentenceTense

__all__ = ["scan"]

_RANGE_JOIN = re.compile(r"\s*(?:to|until|till|through|and|-|–|—)\s*")
_RANGE_OPEN = re.compile(r"\b(?:from|between)\s+$", re.IGNORECASE)


class _Sentences:
    """Which sentence holds an offset, and the tense index of each sentence (built once,
    on the first date in it)."""

    def __init__(self, article: Article) -> None:
        self.rows = article._segments()[1]
        self.starts = [s[3] for s in self.rows]
        self.tenses: dict[int, SentenceTense] = {}

    def tense_at(self, offset: int) -> str | None:
        i = bisect.bisect_right(self.starts, offset) - 1
        if i < 0:
            return None
        if i not in self.tenses:
            self.tenses[i] = SentenceTense(self.rows[i][5])
        return self.tenses[i].at(offset - self.starts[i])


def scan(article: Article) -> list[Record]:
    """Find every figure (document order) with kind, value, unit and resolved date."""
    text, base, dateline = article.text, article.date, article.dateline
    sentences = _Sentences(article)
    records: list[Record] = []
    ranges = 0
    for m in iter_matches(text):
        rec = build_record(text, m, base)
        if rec is None:
            continue
        if rec["kind"] == "date" and not rec["rule"]:
            tense = sentences.tense_at(m.start())
            rec["resolved"], rec["granularity"], rec["rule"] = resolve_date(
                m, m.lastgroup, base, tense
            )
        if _in_dateline_date(dateline, rec["start"]):
            rec["rule"] = "dateline"
        records.append(rec)
        if len(records) > 1:
            _range_kind(records[-2], records[-1], text)
            if _is_range(records[-2], records[-1], text):
                ranges += 1
                _link_range(records[-2], records[-1], ranges)
    return records


def _in_dateline_date(dateline, offset: int) -> bool:
    """Is ``offset`` inside the date of the article's dateline ("25th Feb, 2021")?"""
    if dateline is None or dateline.date_start is None:
        return False
    return dateline.date_start <= offset < dateline.date_end


def _opens_range(text: str, rec: Record) -> bool:
    """ "from" or "between" just before the figure."""
    return bool(_RANGE_OPEN.search(text, max(0, rec["start"] - 12), rec["start"]))


def _range_kind(a: Record, b: Record, text: str) -> None:
    """In "between five and 20 years" or "the ages of 18 and 30" a bare count that opens a
    range takes the kind and unit of the duration that closes it (and the reverse);
    in "between 500 and 2,000 dinars" it takes the unit of the money or percentage."""
    if not _RANGE_JOIN.fullmatch(text[a["end"] : b["start"]]):
        return
    if a["kind"] == "count" and not a["unit"] and b["kind"] == "other" and b["unit"]:
        if _opens_range(text, a):
            a.update(kind="other", unit=b["unit"])
        return
    if {a["kind"], b["kind"]} != {"count", "duration"}:
        return
    count, duration = (a, b) if a["kind"] == "count" else (b, a)
    if count["unit"]:
        return
    if a["rule"] != "age" and not _opens_range(text, a):
        return
    count.update(kind="duration", unit=duration["unit"], rule=duration["rule"])


def _is_range(a: Record, b: Record, text: str) -> bool:
    """Do two neighbouring dates or counts form a range ("from 4 to 15 December",
    "between 10 and 20 people", "last May to December 20")?"""
    if a["kind"] != b["kind"] or a["kind"] not in ("date", "count") or a["range_id"]:
        return False
    between = text[a["end"] : b["start"]]
    if not _RANGE_JOIN.fullmatch(between):
        return False
    opener = _RANGE_OPEN.search(text, max(0, a["start"] - 12), a["start"])
    joiner = between.strip()
    if joiner == "and" and not (opener and opener.group(0).lower().startswith("between")):
        return False
    if a["kind"] == "count" and not opener:
        return False
    return not (a["kind"] == "date" and "-" in joiner and a["rule"] != "explicit")


def _link_range(a: Record, b: Record, range_id: int) -> None:
    """Give both ends the range id; the dates of a range share a year and keep order."""
    a["range_id"] = b["range_id"] = range_id
    if a["kind"] != "date":
        return
    _share_range_year(a, b)
    ra, rb = a["resolved"], b["resolved"]
    if ra and rb and len(ra) == len(rb) > 4 and ra > rb and a["rule"].startswith("month_"):
        a["resolved"], a["rule"] = str(int(ra[:4]) - 1) + ra[4:], "range_order"


def _share_range_year(a: Record, b: Record) -> None:
    """In "from May 1 to December 20, 2020" the start takes the end's year (and vice versa)."""
    for part, other, step in ((a, b, -1), (b, a, 1)):
        if part.get("month_day") is None or other["rule"] != "explicit" or not other["resolved"]:
            continue
        month, day = part["month_day"]
        year = int(other["resolved"][:4])
        for candidate in (year, year + step):
            if day and valid_day(candidate, month, day) is None:
                return
            iso = iso_month(candidate, month) + (f"-{day:02d}" if day else "")
            in_order = iso <= other["resolved"] if step == -1 else iso >= other["resolved"][:7]
            if in_order:
                part["resolved"], part["rule"] = iso, "range_year"
                return
