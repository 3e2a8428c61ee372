"""Find and parse a news dateline: place, source (agency) and date.

>>> d = parse_dateline("Geneva, (APP - UrduPoint / Pakistan Point News - 25th Feb, 2021): The UN ...")
>>> d.place, d.source, d.date.isoformat(), d.date_text
('Geneva', 'APP - UrduPoint / Pakistan Point News', '2021-02-25', '25th Feb, 2021')
>>> parse_dateline("GENEVA (AP) — The U.N. human rights chief said ...").source
'AP'
>>> parse_dateline("Kinshasa, Jun 14 (EFE).- Human Rights Watch said ...").source
'EFE'
>>> parse_dateline("The U.N. human rights chief said on Friday ...") is None
True
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

__all__ = ["MONTHS", "Dateline", "parse_date", "parse_dateline"]

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip

_MONTH = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_DAY = r"(?:[0-3]?\d)(?:st|nd|rd|th)?"
_DATE = re.compile(
    rf"(?P<dmy>(?P<d1>{_DAY})\s+(?P<m1>{_MONTH}),?\s+(?P<y1>\d{{4}}))"
    rf"|(?P<mdy>(?P<m2>{_MONTH})\s+(?P<d2>{_DAY}),?\s+(?P<y2>\d{{4}}))"
    r"|(?P<iso>(?P<y3>\d{4})-(?P<m3>\d{2})-(?P<d3>\d{2}))",
    re.IGNORECASE,
)
_PLACE = r"(?P<place>[A-Z][A-Za-z'’.\-]+(?:[ -][A-Z][A-Za-z'’.\-]+){0,3})"
_PAREN_DATELINE = re.compile(
    rf"^{_PLACE},?\s*(?P<pre>[^()\n]{{0,30}}?)\s*\((?P<inside>[^()\n]{{1,120}})\)\.?\s*(?P<sep>[:\-–—•]+)\s*"
)
_BARE_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z'’.\-]+(?: [A-Z][A-Z'’.\-]+){0,3}),?\s*(?P<sep>[•—–]|--)\s*"
)


@dataclass(frozen=True)
class Dateline:
    """A parsed dateline. ``start``/``end`` are offsets of the whole dateline."""

    text: str
    start: int
    end: int
    place: str
    source: str | None
    date: dt.date | None
    date_text: str | None
    date_start: int | None
    date_end: int | None


def parse_date(text: str) -> tuple[dt.date, re.Match[str]] | None:
    """Find the first full calendar date (day, month, year) in ``text``.

    >>> parse_date("on 25th Feb, 2021 in")[0]
    datetime.date(2021, 2, 25)
    """
    for m in _DATE.finditer(text):
        if m.group("iso"):
            y, mo, d = int(m.group("y3")), int(m.group("m3")), int(m.group("d3"))
        elif m.group("dmy"):
            y, mo, d = int(m.group("y1")), _month(m.group("m1")), _day(m.group("d1"))
        else:
            y, mo, d = int(m.group("y2")), _month(m.group("m2")), _day(m.group("d2"))
        try:
            return dt.date(y, mo, d), m
        except ValueError:
            continue
    return None


def _month(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")]


def _day(text: str) -> int:
    return int(re.match(r"\d+", text).group(0))


def parse_dateline(text: str, offset: int = 0) -> Dateline | None:
    """Parse a dateline at the start of ``text`` (the article's first body paragraph)."""
    m = _PAREN_DATELINE.match(text)
    if m:
        inside = m.group("inside")
        inside_start = m.start("inside")
        found = parse_date(inside)
        if found is None and m.group("pre"):
            found_pre = parse_date(m.group("pre"))
            date, dm, base = (
                (found_pre[0], found_pre[1], m.start("pre")) if found_pre else (None, None, 0)
            )
        elif found is not None:
            date, dm, base = found[0], found[1], inside_start
        else:
            date, dm, base = None, None, 0
        source = inside
        if dm is not None and base == inside_start:
            source = (inside[: dm.start()] + inside[dm.end() :]).strip(" -–—,/")
        source = re.sub(r"\s+", " ", source).strip() or None
        if not _looks_like_source(source):
            return None
        return Dateline(
            text=m.group(0).rstrip(),
            start=offset,
            end=offset + len(m.group(0).rstrip()),
            place=_place(m.group("place")),
            source=source,
            date=date,
            date_text=dm.group(0) if dm else None,
            date_start=offset + base + dm.start() if dm else None,
            date_end=offset + base + dm.end() if dm else None,
        )
    m = _BARE_DATELINE.match(text)
    if m and len(m.group("place")) >= 3:
        return Dateline(
            m.group(0).rstrip(),
            offset,
            offset + len(m.group(0).rstrip()),
            _place(m.group("place")),
            None,
            None,
            None,
            None,
            None,
        )
    return None


def _place(text: str) -> str:
    """Normalise a place name: 'GENEVA' -> 'Geneva' (mixed case is kept)."""
    text = text.rstrip(",")
    return text.title() if text.isupper() else text


def _looks_like_source(source: str | None) -> bool:
    """An agency/outlet name: short, starts with a capital, not a sentence."""
    if source is None:
        return True
    words = source.split()
    return 0 < len(words) <= 12 and source[0].isupper()
