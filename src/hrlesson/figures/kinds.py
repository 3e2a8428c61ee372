"""From a pattern match to a figure: its kind, value and unit, one small rule per form.

:func:`build_record` looks up the rule for the match's group in :data:`RULES`. Dates get
their ``resolved_date`` later (:mod:`hrlesson.figures.dates`), once the clause tense is
known; the other kinds are complete here.

>>> from hrlesson.figures.pattern import iter_matches
>>> def read(text):
...     return [(text[r["start"]:r["end"]], r["kind"], r["value"]) for m in iter_matches(text)
...             if (r := build_record(text, m, None))]
>>> read("It lasted nearly a year, 12-13% said, a day after GA/12601.")
[('nearly a year', 'duration', 1.0), ('12-13%', 'other', None), ('a day', 'duration', 1.0), ('GA/12601', 'other', None)]
>>> read("It began almost 30 years ago; two years ago it ended.")
[('almost 30 years', 'duration', 30.0), ('two years ago', 'date', None)]
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from .counts import (
    APPROX,
    Record,
    extend_approx,
    hyphen_record,
    new_record,
    number_record,
    ordinal_record,
)
from .dates import month_number
from .numbers import parse_number, prev_word
from .words import CURRENCIES, FRACTIONS, MONTH_CONTEXT, NOT_HALF_BEFORE, TIME_UNITS, word_list

__all__ = ["RULES", "build_record"]

#: Approximators that make "N units ago" a duration rather than a date.
_VAGUE_AGO = re.compile(
    r"(?<![\w])(?:(?:more|less|fewer)[ ]than|at[ ]least|just[ ](?:over|under)|close[ ]to|"
    r"nearly|almost|about|around|some|over|roughly|approximately)[ ]$",
    re.IGNORECASE,
)
_NEXT_WORD = re.compile(r"[ ]([a-z]+)")

Rule = Callable[[str, re.Match[str], "dt.date | None"], "Record | None"]


def _date(text: str, m: re.Match[str], base: dt.date | None) -> Record:
    """A calendar or relative date, resolved later; a day and month without a year are
    kept for ranges ("from May 1 to December 20, 2020")."""
    rec = new_record(*m.span(), "date", None, None, "")
    group = m.lastgroup
    if group in ("dmy", "mdy") and not m.group(f"{group}_y") and not m.group(f"{group}_ry"):
        day = int(re.match(r"\d+", m.group(f"{group}_d")).group(0))
        rec["month_day"] = (month_number(m.group(f"{group}_m")), day)
    return rec


def month_name(text: str, m: re.Match[str], base: dt.date | None) -> Record | None:
    """A month name ("June", "last August"); "May" and "March" only after a date word.

    >>> from hrlesson.figures.pattern import PATTERN
    >>> month_name("we may go", PATTERN.match("May"), None) is None
    True
    """
    bare = m.group("mq_m") in ("May", "March") and not m.group("mq")
    if bare and prev_word(text, m.start()) not in MONTH_CONTEXT:
        return None  # "may" the verb, "march" the noun
    rec = new_record(*m.span(), "date", None, None, "")
    if not m.group("mq"):
        rec["month_day"] = (month_number(m.group("mq_m")), None)
    return rec


def ago(text: str, m: re.Match[str], base: dt.date | None) -> Record:
    """ "two years ago" is a date; with an approximator it is a duration without "ago"
    ("almost 30 years ago" -> "almost 30 years", "more than a decade ago").

    >>> from hrlesson.figures.pattern import PATTERN
    >>> t = "more than a decade ago"
    >>> r = ago(t, PATTERN.match(t, 10), None)
    >>> t[r["start"]:r["end"]], r["kind"]
    ('more than a decade', 'duration')
    """
    start = m.start()
    if not _VAGUE_AGO.search(text, max(0, start - 24), start):
        return new_record(*m.span(), "date", None, None, "")
    amount, unit = m.group("ago_n"), TIME_UNITS[m.group("ago_u").lower()]
    value = 1.0 if amount.lower() in ("a", "an") else parse_number(amount)
    rec = new_record(start, m.end("ago_u"), "duration", value, unit, "duration")
    extend_approx(text, rec)
    return rec


def a_unit(text: str, m: re.Match[str], base: dt.date | None) -> Record | None:
    """ "a year", "a decade" as a duration: after an approximator ("nearly a year", "more
    than a decade"), after "for"/"within"/"lasted" ..., or before "after"/"before"/"later"
    ("a day after"). Elsewhere ("once a year", "a day of mourning") it is no figure.

    >>> from hrlesson.figures.pattern import PATTERN
    >>> [bool(a_unit(t, PATTERN.search(t, t.index("a ")), None))
    ...  for t in ("for a year", "a day after", "once a year", "a day of action")]
    [True, True, False, False]
    """
    start, end = m.span()
    rec = new_record(start, end, "duration", 1.0, TIME_UNITS[m.group("au_u")], "a_unit")
    if APPROX.search(text, max(0, start - 24), start):
        extend_approx(text, rec)
        return rec
    nxt = _NEXT_WORD.match(text, end)
    if nxt and nxt.group(1) in word_list("duration_after"):
        return rec
    if prev_word(text, start) in word_list("duration_before"):
        return rec
    return None


def _year_range(text: str, m: re.Match[str], base: dt.date | None) -> Record:
    """ "2020-21", "2022-2023": one date span that resolves to its first year."""
    rec = new_record(*m.span(), "date", None, None, "year_range")
    rec.update(resolved=m.group("yr_a"), granularity="year")
    return rec


def _fiscal_year(text: str, m: re.Match[str], base: dt.date | None) -> Record:
    """ "FY2023", "FY 23": the calendar year it is named after."""
    year = m.group("fy_y")
    rec = new_record(*m.span(), "date", None, None, "fiscal_year")
    rec.update(resolved=year if len(year) == 4 else "20" + year, granularity="year")
    return rec


def _quarter(text: str, m: re.Match[str], base: dt.date | None) -> Record:
    """ "Q2 2023": its year; "Q2" alone: the article's year."""
    year = m.group("qu_y") or (str(base.year) if base else None)
    rec = new_record(*m.span(), "date", None, None, "quarter")
    rec.update(resolved=year, granularity="year")
    return rec


def _multiplier(text: str, m: re.Match[str], base: dt.date | None) -> Record:
    """ "twice as many", "three times the": a ratio."""
    n = 2.0 if m.group(0).lower() == "twice" else parse_number(m.group("mu_n"))
    rec = new_record(*m.span(), "other", n, "ratio", "multiplier")
    extend_approx(text, rec)
    return rec


def _unit_long(text: str, m: re.Match[str], base: dt.date | None) -> Record:
    """ "a decade-long career": a duration of one unit."""
    unit = TIME_UNITS[m.group("ul_u").lower()]
    return new_record(*m.span(), "duration", 1.0, unit, "hyphen_unit")


def _ratio(text: str, m: re.Match[str], base: dt.date | None) -> Record:
    """ "one in four", "three out of 10"."""
    n = parse_number(m.group("ra_n") or m.group("ra_n2")) or 0.0
    d = parse_number(m.group("ra_d"))
    rec = new_record(*m.span(), "other", round(n / d, 4) if d else None, "ratio", "ratio")
    extend_approx(text, rec)  # "about one in six"
    return rec


def _part(text: str, m: re.Match[str], base: dt.date | None) -> Record:
    """ "a third of", "one quarter on": a fraction."""
    value = round(1 / FRACTIONS[m.group("pa_d")], 4)
    rec = new_record(*m.span(), "other", value, "fraction", "fraction")
    extend_approx(text, rec)  # "nearly a third"
    return rec


def _half(text: str, m: re.Match[str], base: dt.date | None) -> Record | None:
    """ "half of the population"; not "the second half of 2023" (a period)."""
    if prev_word(text, m.start()) in NOT_HALF_BEFORE:
        return None
    rec = new_record(*m.span(), "other", 0.5, "fraction", "fraction")
    extend_approx(text, rec)
    return rec


def _fraction(text: str, m: re.Match[str], base: dt.date | None) -> Record:
    """ "one-third", "two thirds"."""
    n = parse_number(m.group("fr_n") or m.group("fr_n2"))
    d = FRACTIONS[(m.group("fr_d") or m.group("fr_d2")).lower()]
    rec = new_record(*m.span(), "other", round(n / d, 4) if n else None, "fraction", "fraction")
    extend_approx(text, rec)
    return rec


def percent(text: str, m: re.Match[str], base: dt.date | None) -> Record:
    """ "53%", "12 percent"; a range "12-13%" is one span with no single value.

    >>> from hrlesson.figures.pattern import PATTERN
    >>> [percent(t, PATTERN.match(t), None)["value"] for t in ("53%", "12-13%", "27.5%-28.5%")]
    [53.0, None, None]
    """
    if m.group("pc_range"):
        rec = new_record(*m.span(), "other", None, "percent", "percent_range")
    else:
        rec = new_record(*m.span(), "other", parse_number(m.group("pc_n")), "percent", "percent")
    extend_approx(text, rec)
    return rec


def _money(text: str, m: re.Match[str], base: dt.date | None) -> Record:
    """ "$300 billion", "5,000 euros": the amount, the currency as unit."""
    amount = m.group("mo_n") or m.group("mo_n2")
    currency = CURRENCIES[m.group("mo_c") or m.group("mo_c2")]
    rec = new_record(*m.span(), "other", parse_number(amount), currency, "money")
    extend_approx(text, rec)
    return rec


def _constant(kind: str, unit: str | None, rule: str) -> Rule:
    def build(text: str, m: re.Match[str], base: dt.date | None) -> Record:
        return new_record(*m.span(), kind, None, unit, rule)

    return build


#: The rule for each group of :data:`hrlesson.figures.pattern.PATTERN` ("time" has none).
RULES: dict[str, Rule] = {
    **dict.fromkeys(
        ("dmy", "mdy", "my", "iso", "slash", "dot", "yq", "decade", "weekday", "relunit", "dstart"),
        _date,
    ),
    "monthq": month_name,
    "ago": ago,
    "aunit": a_unit,
    "yrange": _year_range,
    "fy": _fiscal_year,
    "quarter": _quarter,
    "mult": _multiplier,
    "unitlong": _unit_long,
    "tally": _constant("other", "votes", "tally"),
    "ident": _constant("other", None, "identifier"),
    "ratio": _ratio,
    "part": _part,
    "half": _half,
    "frac": _fraction,
    "percent": percent,
    "money": _money,
    "hyph": lambda text, m, base: hyphen_record(m),
    "vague": _constant("vague_quantity", None, "vague"),
    "ord": lambda text, m, base: ordinal_record(text, m),
    "num": lambda text, m, base: number_record(text, m),
}


def build_record(text: str, m: re.Match[str], base: dt.date | None) -> Record | None:
    """The figure for one match, or None (a time of day, or a rule that rejects it)."""
    rule = RULES.get(m.lastgroup)
    return rule(text, m, base) if rule else None
