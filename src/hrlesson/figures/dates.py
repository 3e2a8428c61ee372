"""Resolving dates against the article date: one small named rule per form.

Each rule returns ``(resolved_date, granularity, rule)``; the rule name goes to the
``rule`` column. Without an article date a relative date stays unresolved. A date that
would fall outside the calendar (years 1 to 9999, e.g. "last week" in an article dated
0001-01-01) is left unresolved with the rule ``date_out_of_range``.

>>> import datetime as dt
>>> from hrlesson.figures.pattern import PATTERN
>>> base = dt.date(2021, 2, 25)  # a Thursday
>>> def read(text, tense=None):
...     m = PATTERN.match(text)
...     return resolve_date(m, m.lastgroup, base, tense)
>>> read("9 August 2020"), read("last August"), read("Thursday")
(('2020-08-09', 'day', 'explicit'), ('2020-08', 'month', 'last_month_name'), ('2021-02-25', 'day', 'weekday_same_week'))
>>> read("June", "future"), read("two years ago"), read("last week")
(('2021-06', 'month', 'month_future'), ('2019', 'year', 'ago'), ('2021-02-15', 'week', 'last_week'))
>>> m = PATTERN.match("last week")
>>> resolve_date(m, "relunit", dt.date(1, 1, 1), None)
(None, 'week', 'date_out_of_range')
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from ..dateline import MONTHS
from .numbers import parse_number
from .words import TIME_UNITS, WEEKDAYS

__all__ = ["iso_month", "month_number", "resolve_date", "valid_day"]

Resolved = tuple[str | None, str, str]
#: The rule name for a date that would fall outside years 1-9999.
OUT_OF_RANGE = "date_out_of_range"


def shift_months(year: int, month: int, delta: int) -> tuple[int, int]:
    """(year, month) ``delta`` months later (earlier when negative).

    >>> shift_months(2021, 1, -1)
    (2020, 12)
    """
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def iso_month(year: int, month: int) -> str:
    """ "YYYY-MM".

    >>> iso_month(2020, 5)
    '2020-05'
    """
    return f"{year:04d}-{month:02d}"


def valid_day(year: int, month: int, day: int) -> dt.date | None:
    """The date, or None when there is no such day (31 April, year 0).

    >>> valid_day(2021, 2, 29) is None, valid_day(2020, 2, 29)
    (True, datetime.date(2020, 2, 29))
    """
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def month_number(name: str) -> int:
    """The number of a month name or abbreviation.

    >>> month_number("Sept.")
    9
    """
    return MONTHS[name.lower().rstrip(".")]


def _monday(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def _pick(options: list[tuple[int, Any]], here: int, tense: str | None) -> tuple[Any, str]:
    """Choose among (position, value) options: the nearest to ``here`` (ties to the past),
    the next one for the future tense, the previous one when the past tense rules out
    a nearest option that lies ahead. Returns (value, rule suffix).

    >>> _pick([(1, "a"), (5, "b"), (9, "c")], 6, None), _pick([(1, "a"), (5, "b")], 4, "past")
    (('b', 'nearest'), ('a', 'past'))
    """
    if tense == "future":
        ahead = [o for o in options if o[0] >= here]
        if ahead:
            return min(ahead)[1], "future"
    nearest = min(options, key=lambda o: (abs(o[0] - here), o[0] > here))
    if tense == "past" and nearest[0] > here:
        return max(o for o in options if o[0] <= here)[1], "past"
    return nearest[1], "nearest"


def month_day_without_year(
    base: dt.date | None, month: int, day: int, tense: str | None
) -> Resolved:
    """ "February 9" without a year: the nearest such date, or by tense.

    >>> month_day_without_year(dt.date(2021, 2, 25), 12, 20, None)
    ('2020-12-20', 'day', 'month_day_nearest')
    >>> month_day_without_year(dt.date(2021, 2, 25), 3, 9, "past")
    ('2020-03-09', 'day', 'month_day_past')
    """
    if base is None:
        return None, "day", "month_day_nearest"
    years = (base.year - 1, base.year, base.year + 1)
    days = [d for y in years if (d := valid_day(y, month, day))]
    if not days:
        return None, "day", "month_day_nearest"
    d, how = _pick([(x.toordinal(), x) for x in days], base.toordinal(), tense)
    return d.isoformat(), "day", f"month_day_{how}"


def month_name(
    qualifier: str | None, month: int, base: dt.date | None, tense: str | None
) -> Resolved:
    """ "last August", "next May", "this June", or a bare "June" (nearest, or by tense).

    >>> month_name("last", 8, dt.date(2021, 2, 25), None)
    ('2020-08', 'month', 'last_month_name')
    >>> month_name(None, 6, dt.date(2021, 2, 25), "past")
    ('2020-06', 'month', 'month_past')
    """
    q = (qualifier or "").lower()
    rule = {"last": "last_month_name", "next": "next_month_name", "this": "this_month_name"}.get(
        q, "month_nearest"
    )
    if base is None:
        return None, "month", rule
    if rule == "last_month_name":
        year = base.year if month < base.month else base.year - 1
    elif rule == "next_month_name":
        year = base.year if month > base.month else base.year + 1
    elif rule == "this_month_name":
        year = base.year
    else:
        here = base.year * 12 + base.month - 1
        years = (base.year - 1, base.year, base.year + 1)
        year, how = _pick([(y * 12 + month - 1, y) for y in years], here, tense)
        rule = f"month_{how}"
    return iso_month(year, month), "month", rule


def weekday(qualifier: str | None, number: int, base: dt.date | None, future: bool) -> Resolved:
    """ "Thursday" (this week, or the nearest past one), "last/next/this Monday".

    >>> weekday(None, 0, dt.date(2021, 2, 25), False), weekday("next", 0, dt.date(2021, 2, 25), False)
    (('2021-02-22', 'day', 'weekday_same_week'), ('2021-03-01', 'day', 'next_weekday'))
    """
    q = (qualifier or "").lower()
    rule = {"last": "last_weekday", "next": "next_weekday", "this": "this_weekday"}.get(
        q, "weekday_future" if future else "weekday_same_week"
    )
    if base is None:
        return None, "day", rule
    here = base.weekday()
    if rule == "last_weekday":
        d = base - dt.timedelta(days=(here - number) % 7 or 7)
    elif rule == "next_weekday":
        d = base + dt.timedelta(days=(number - here) % 7 or 7)
    elif rule == "this_weekday":
        d = _monday(base) + dt.timedelta(days=number)
    elif rule == "weekday_future":
        d = base + dt.timedelta(days=(number - here) % 7)
    else:
        d = base - dt.timedelta(days=(here - number) % 7)
    return d.isoformat(), "day", rule


def relative_unit(qualifier: str, unit: str, base: dt.date | None) -> Resolved:
    """ "last week", "this month", "next year", "the past decade", "last weekend".

    >>> relative_unit("last", "year", dt.date(2021, 2, 25)), relative_unit("this", "week", dt.date(2021, 2, 25))
    (('2020', 'year', 'last_year'), ('2021-02-22', 'week', 'this_week'))
    """
    q = qualifier.lower().split()[0]
    step = {"last": -1, "next": 1, "past": -1, "previous": -1}.get(q, 0)
    rule = f"{'this' if step == 0 else q}_{unit}"
    if base is None:
        return None, unit, rule
    if unit == "week":
        return (_monday(base) + dt.timedelta(weeks=step)).isoformat(), unit, rule
    if unit == "weekend":
        saturday = _monday(base) + dt.timedelta(days=5, weeks=step)
        if step == -1 and base.weekday() >= 5:
            saturday += dt.timedelta(weeks=1)
        return saturday.isoformat(), unit, rule
    if unit == "month":
        return iso_month(*shift_months(base.year, base.month, step)), unit, rule
    if unit == "year":
        return str(base.year + step), unit, rule
    if unit == "decade":
        return str(base.year // 10 * 10 + 10 * step), unit, rule
    return str(base.year // 100 * 100 + 100 * step), unit, rule


def ago(amount: str, unit: str, base: dt.date | None) -> Resolved:
    """ "two years ago", "a week ago", "three days earlier": counted back from the article date.

    >>> ago("a", "week", dt.date(2021, 2, 25)), ago("two", "days", dt.date(2021, 2, 25))
    (('2021-02-15', 'week', 'ago'), ('2021-02-23', 'day', 'ago'))
    """
    n = 1 if amount.lower() in ("a", "an") else int(parse_number(amount) or 0)
    unit = TIME_UNITS[unit.lower()]
    granularity = {"hour": "day", "minute": "day"}.get(unit, unit)
    if base is None:
        return None, granularity, "ago"
    if unit in ("day", "hour", "minute"):
        days = n if unit == "day" else 0
        return (base - dt.timedelta(days=days)).isoformat(), granularity, "ago"
    if unit == "week":
        return _monday(base - dt.timedelta(weeks=n)).isoformat(), granularity, "ago"
    if unit == "month":
        return iso_month(*shift_months(base.year, base.month, -n)), granularity, "ago"
    years = {"year": 1, "decade": 10, "century": 100}[unit] * n
    return str(base.year - years), "year", "ago"


def _day_of(m: re.Match[str], group: str) -> int:
    return int(re.match(r"\d+", m.group(group)).group(0))


def _explicit_day(year: int, month: int, day: int) -> Resolved:
    d = valid_day(year, month, day)
    return (d.isoformat() if d else None), "day", "explicit"


def _day_and_month(m: re.Match[str], p: str, base: dt.date | None, tense: str | None) -> Resolved:
    """ "9 August 2020", "Feb. 9", "14 July last year" (``p`` is "dmy" or "mdy")."""
    month, day = month_number(m.group(f"{p}_m")), _day_of(m, f"{p}_d")
    if m.group(f"{p}_y"):
        return _explicit_day(int(m.group(f"{p}_y")), month, day)
    if m.group(f"{p}_ry"):  # "14 July last year": the year named relative to the article
        if base is None:
            return None, "day", "month_day_relative_year"
        step = {"last": -1, "next": 1}.get(m.group(f"{p}_ry").split()[0].lower(), 0)
        d = valid_day(base.year + step, month, day)
        return (d.isoformat() if d else None), "day", "month_day_relative_year"
    return month_day_without_year(base, month, day, tense)


def _range_start(m: re.Match[str], base: dt.date | None, tense: str | None) -> Resolved:
    """ "4" in "from 4 to 15 December [2023]": a day of the month named after the range."""
    month, day = month_number(m.group("ds_m")), int(re.match(r"\d+", m.group(0)).group(0))
    if m.group("ds_y"):
        return _explicit_day(int(m.group("ds_y")), month, day)
    return month_day_without_year(base, month, day, tense)


def _slashed(m: re.Match[str]) -> Resolved:
    """ "25/02/2021" or "02/25/2021": read only when one side cannot be a month."""
    a, b, y = int(m.group("sl_a")), int(m.group("sl_b")), int(m.group("sl_y"))
    if a > 12 >= b:
        return _explicit_day(y, b, a)
    if b > 12 >= a:
        return _explicit_day(y, a, b)
    return None, "day", "numeric_date_ambiguous"


def _resolve(m: re.Match[str], group: str, base: dt.date | None, tense: str | None) -> Resolved:
    if group in ("dmy", "mdy"):
        return _day_and_month(m, group, base, tense)
    if group == "dstart":
        return _range_start(m, base, tense)
    if group == "my":
        return iso_month(int(m.group("my_y")), month_number(m.group("my_m"))), "month", "explicit"
    if group == "iso":
        return _explicit_day(int(m.group("iso_y")), int(m.group("iso_m")), int(m.group("iso_d")))
    if group == "slash":
        return _slashed(m)
    if group == "dot":
        return _explicit_day(int(m.group("dt_y")), int(m.group("dt_m")), int(m.group("dt_d")))
    if group == "yq":
        return m.group("yq_y"), "year", "explicit"
    if group == "decade":
        return m.group("dec_y"), "decade", "explicit"
    if group == "monthq":
        return month_name(m.group("mq"), month_number(m.group("mq_m")), base, tense)
    if group == "weekday":
        return weekday(m.group("wq"), WEEKDAYS.index(m.group("wd")), base, tense == "future")
    if group == "relunit":
        return relative_unit(m.group("rq"), m.group("ru"), base)
    if group == "ago":
        return ago(m.group("ago_n"), m.group("ago_u"), base)
    raise AssertionError(group)  # pragma: no cover


_CALENDAR_DATE = re.compile(r"(\d{4})(?:-\d\d(?:-\d\d)?)?")


def _in_calendar(resolved: str) -> bool:
    """A resolved date whose year is between 1 and 9999 ("0", "-1", "0000-08" are not).

    >>> _in_calendar("2020-08"), _in_calendar("0"), _in_calendar("0000-08")
    (True, False, False)
    """
    m = _CALENDAR_DATE.fullmatch(resolved)
    return m is not None and int(m.group(1)) >= 1


def resolve_date(m: re.Match[str], group: str, base: dt.date | None, tense: str | None) -> Resolved:
    """Return (resolved_date, granularity, rule) for a date match (see the module docstring)."""
    try:
        resolved, granularity, rule = _resolve(m, group, base, tense)
    except OverflowError:  # date arithmetic beyond year 1 or 9999
        _, granularity, _ = _resolve(m, group, None, tense)
        return None, granularity, OUT_OF_RANGE
    if resolved is not None and not _in_calendar(resolved):
        return None, granularity, OUT_OF_RANGE
    return resolved, granularity, rule
