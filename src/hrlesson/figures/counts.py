"""Numbers that count: plain numbers, ordinals and hyphenated compounds, and their spans.

A figure's span grows by small rules: an approximator before it ("more than 300"), the
counted noun right after it ("246 people"). Other rules decide that a number counts
nothing and drop it (a list marker "1:", "one" in "one big prison", "a first step").

>>> import re
>>> from hrlesson.figures.pattern import PATTERN
>>> text = "Police said more than 246 people and the Seventy-eighth Session met."
>>> number_record(text, PATTERN.search(text, 12))["end"] == text.index(" and")
True
"""

from __future__ import annotations

import re
from typing import Any

from .numbers import (
    is_content,
    is_plural_noun,
    is_singular_noun,
    ordinal_value,
    parse_number,
    prev_word,
)
from .words import IDENTIFIER_WORDS, NOUN_MODIFIERS, TIME_UNITS, YEAR_CONTEXT, word_list

__all__ = [
    "Record",
    "extend_approx",
    "hyphen_record",
    "new_record",
    "number_record",
    "ordinal_record",
]

#: One figure while it is being built: start, end, kind, value, unit, rule, resolved, ...
Record = dict[str, Any]

APPROX = re.compile(
    r"(?<![\w])(?:(?:more|less|fewer)[ ]than|at[ ](?:least|most)|up[ ]to|as[ ]many[ ]as|"
    r"upwards[ ]of|close[ ]to|just[ ](?:over|under)|(?:an[ ])?estimated|nearly|almost|about|"
    r"around|some|over|roughly|approximately|under)[ ]$",
    re.IGNORECASE,
)
_NEXT_WORDS = re.compile(r"[ ]([A-Za-z]+(?:[-'’][A-Za-z]+)*)(?:[ ]([A-Za-z]+))?")
_DETERMINER_BEFORE = re.compile(
    r"(?:\b(?:the|a|an|its|his|her|their|our|whose|every|each)|['’]s)[ ]$", re.IGNORECASE
)
_INDEFINITE_BEFORE = re.compile(r"\b[Aa]n?[ ]$")
_AFTER_FIGURE = re.compile(r"(?:\d|\b(?:hundred|thousand|million|billion|trillion|bn))[ ]$")
_PREV_WORD = re.compile(r"([A-Za-z][\w.]*)[ ]+$")
_AGE_BEFORE = re.compile(
    r"\b(?:aged|ages?[ ]of|(?:children|minors|girls|boys)[ ](?:under|over|below|above))[ ]$",
    re.IGNORECASE,
)
_AGE_UNDER_BE = re.compile(r"\b(?:was|were|is|are|be|been|being)[ ](?:under|below)[ ]$")
_UNIT_AFTER_MODIFIER = re.compile(
    r"[ ](?:more|additional|further|extra|consecutive|successive|straight)[ ]"
    r"(years?|months?|weeks?|days?|hours?|decades?)(?![\w-])"
)
_AGE_APPOSITION_BEFORE = re.compile(r"[^\W\d_],[ ]$")
_LIST_MARKER_AFTER = re.compile(r":[ ]|[.)][ ](?=[A-Z])")
_YEAR = re.compile(r"(?:1[89]|20)\d\d")


def new_record(
    start: int, end: int, kind: str, value: float | None, unit: str | None, rule: str
) -> Record:
    """A fresh figure record (no resolved date, no range, not approximated)."""
    return {
        "start": start,
        "end": end,
        "kind": kind,
        "value": value,
        "unit": unit,
        "rule": rule,
        "resolved": None,
        "granularity": None,
        "range_id": None,
        "approx": False,
    }


def extend_approx(text: str, rec: Record) -> None:
    """Take a preceding approximator into the span ("more than 300", "nearly a third").

    After another figure or a plural noun, "over"/"under" is a preposition: "$3.2 million
    over two years", "412 interviews over eight months", "children under 18".

    >>> rec = new_record(10, 13, "count", 300.0, None, "digits")
    >>> extend_approx("more than 300 died", rec)
    >>> rec["start"], rec["approx"]
    (0, True)
    """
    m = APPROX.search(text, max(0, rec["start"] - 24), rec["start"])
    if not m:
        return
    if m.group(0).lower().startswith(("over", "under")):
        if _AFTER_FIGURE.search(text, max(0, m.start() - 12), m.start()):
            return
        before = _PREV_WORD.search(text, max(0, m.start() - 30), m.start())
        if before and is_plural_noun(before.group(1)):
            return
    rec["start"] = m.start()
    rec["approx"] = True


def extend_counted_noun(text: str, rec: Record, value: float | None) -> bool:
    """Add the counted noun when it follows directly ("246 people"); True if added.

    A plural noun that modifies another is not taken ("four Reuters journalists" keeps
    "four"), except a listed noun modifier ("47 member states").
    """
    m = _NEXT_WORDS.match(text, rec["end"])
    if not m:
        return False
    word, after = m.group(1), m.group(2)
    if value == 1:
        ok = is_singular_noun(word) and not is_content(after)
    else:
        modifier = bool(after) and after.endswith("s") and after.islower() and is_plural_noun(after)
        ok = is_plural_noun(word) and not modifier
        if not ok and word.lower() in NOUN_MODIFIERS and after and is_plural_noun(after):
            rec["end"] = m.end(2)
            rec["unit"] = f"{word} {after}".lower()
            return True
    if ok:
        rec["end"] = m.end(1)
        rec["unit"] = word.lower()
    return ok


def is_list_marker(text: str, start: int, end: int) -> bool:
    """A small number that numbers a list item: "ruled 1: unanimously ... and 2: ...", or
    "1." / "1)" at the start of a line.

    >>> is_list_marker("the Court ruled 1: unanimously", 16, 17)
    True
    >>> is_list_marker("1. The Council", 0, 1), is_list_marker("a vote of 12. The", 10, 12)
    (True, False)
    """
    if end - start > 2 or not text[start:end].isdigit():
        return False
    m = _LIST_MARKER_AFTER.match(text, end)
    if not m:
        return False
    return m.group(0)[0] == ":" or start == 0 or text[start - 1] == "\n"


def is_emphatic_one(text: str, raw: str, next_word: str) -> bool:
    """ "one" before an emphatic adjective counts nothing: "one big prison", "one single".

    >>> is_emphatic_one("as one big prison", "one", "big"), is_emphatic_one("", "one", "young")
    (True, False)
    """
    return raw.lower() == "one" and next_word.lower() in word_list("emphatic_adjectives")


def _age(text: str, start: int, end: int, raw: str, value: float) -> bool:
    """An age: "aged 22", "children under 10", or between commas after a name
    ("Lena Okafor, 58, said")."""
    if _AGE_BEFORE.search(text, max(0, start - 16), start):
        return True
    return (
        raw.isdigit()
        and value <= 120
        and text.startswith((",", "."), end)
        and bool(_AGE_APPOSITION_BEFORE.search(text, max(0, start - 3), start))
    )


def _not_a_count(text: str, start: int, end: int, raw: str, next_word: str) -> bool:
    """ "one" as a pronoun or determiner, list markers, "one big ..."."""
    if is_list_marker(text, start, end) or is_emphatic_one(text, raw, next_word):
        return True
    if raw.lower() == "one":
        before = prev_word(text, start)
        if before in word_list("pronoun_one_after"):
            return True  # "no one", "the one", "at one": a pronoun
        return not (next_word and is_singular_noun(next_word))
    return False


def number_record(text: str, m: re.Match[str]) -> Record | None:
    """A plain number: count, duration, age, year or identifier (None if not a figure).

    >>> from hrlesson.figures.pattern import PATTERN
    >>> def read(t, at=0):
    ...     r = number_record(t, PATTERN.search(t, at))
    ...     return r and (t[r["start"]:r["end"]], r["kind"], r["rule"])
    >>> read("resolution 2334 passed", 11), read("400 000 people fled"), read("for two years")
    (('2334', 'other', 'identifier'), ('400 000 people', 'count', 'digits'), ('two years', 'duration', 'duration'))
    >>> read("one big prison"), read("ruled 1: unanimously", 6)
    (None, None)
    """
    start, end = m.span()
    raw = m.group(0)
    value = parse_number(raw)
    if value is None:
        return None
    prev = prev_word(text, start)
    is_digits = raw[0].isdigit()
    if is_digits and prev in IDENTIFIER_WORDS:
        return new_record(start, end, "other", None, prev.rstrip("."), "identifier")
    nxt = _NEXT_WORDS.match(text, end)
    next_word = nxt.group(1) if nxt else ""
    if next_word.lower() in TIME_UNITS:
        unit = TIME_UNITS[next_word.lower()]
        rec = new_record(start, nxt.end(1), "duration", value, unit, "duration")
        extend_approx(text, rec)
        return rec
    is_year = _YEAR.fullmatch(raw) is not None
    if is_year and next_word == "Agenda":
        return None  # a name, not a date: "the 2030 Agenda" (for Sustainable Development)
    if is_year and (prev in YEAR_CONTEXT or not is_plural_noun(next_word)):
        rec = new_record(start, end, "date", None, None, "explicit")
        rec.update(resolved=raw, granularity="year")
        return rec
    if _not_a_count(text, start, end, raw, next_word):
        return None
    return _count(text, start, end, raw, value)


def _count(text: str, start: int, end: int, raw: str, value: float) -> Record:
    """A count, an age, or a duration whose unit follows a modifier ("two more years")."""
    is_digits = raw[0].isdigit()
    rule = "digits" if is_digits else "number_words"
    if is_digits and not re.fullmatch(r"[\d,. \u00a0\u202f]+", raw):
        rule = "digits_scale"
    rec = new_record(start, end, "count", value, None, rule)
    if _age(text, start, end, raw, value):
        rec.update(kind="duration", unit="year", rule="age")
    else:
        extend_counted_noun(text, rec, value)
    unit_after = _UNIT_AFTER_MODIFIER.match(text, end)
    if rec["kind"] == "count" and not rec["unit"] and unit_after:
        # "two more years": a duration whose unit is separated by a modifier (number alone)
        rec.update(kind="duration", unit=TIME_UNITS[unit_after.group(1).lower()])
    if (
        rec["kind"] == "count"
        and not rec["unit"]
        and value < 100
        and _AGE_UNDER_BE.search(text, max(0, start - 16), start)
    ):
        # "two were under 18": an age; "under" is then not an approximator
        rec.update(kind="duration", unit="year", rule="age")
        return rec
    extend_approx(text, rec)
    return rec


def ordinal_record(text: str, m: re.Match[str]) -> Record | None:
    """An ordinal ("sixth term", "48th session", "the first", "Seventy-eighth Session").

    Not a figure: part of a name ("Third Committee", "First Lady"), an adverb ("she first
    visited", "at first"), an idiom with "a" ("for a second", "a first step towards").

    >>> from hrlesson.figures.pattern import PATTERN
    >>> def read(t, at=0):
    ...     r = ordinal_record(t, PATTERN.search(t, at))
    ...     return r and t[r["start"]:r["end"]]
    >>> read("Seventy-eighth Session"), read("Third Committee"), read("a first step", 2)
    ('Seventy-eighth Session', None, None)
    >>> read("wait for a second", 11), read("a second term", 2), read("the first", 4)
    (None, 'second term', 'first')
    """
    start, end = m.span()
    raw = m.group(0)
    nxt = _NEXT_WORDS.match(text, end)
    noun = nxt.group(1) if nxt else ""
    rule = "ordinal_suffix" if raw[0].isdigit() else "ordinal_word"
    numbered_event = noun.lower() in word_list("numbered_events")
    if raw[0].isupper() and noun[:1].isupper() and not numbered_event:
        return None  # part of a name: "Third Committee", "First Lady"
    indefinite = rule == "ordinal_word" and _INDEFINITE_BEFORE.search(
        text, max(0, start - 3), start
    )
    if indefinite and raw.lower() == "first":
        return None  # "a first step towards": states no rank (but "a first-ever treaty")
    rec = new_record(start, end, "ordinal", float(ordinal_value(raw)), None, rule)
    if nxt and (is_singular_noun(noun) or numbered_event) and not is_content(nxt.group(2)):
        rec["end"] = nxt.end(1)
        rec["unit"] = noun.lower()
    elif indefinite:
        return None  # "for a second": an idiom
    elif rule == "ordinal_word" and not _DETERMINER_BEFORE.search(text, max(0, start - 12), start):
        return None  # an adverb: "she first visited", "at first", "First, ..."
    return rec


def hyphen_record(m: re.Match[str]) -> Record:
    """A number joined to its unit by a hyphen: "47-member" (count), "one-day" (duration),
    "22-year-old" (age), "three-and-a-half-hour".

    >>> from hrlesson.figures.pattern import PATTERN
    >>> r = hyphen_record(PATTERN.match("22-year-old"))
    >>> r["kind"], r["value"], r["unit"], r["rule"]
    ('duration', 22.0, 'year', 'age')
    """
    start, end = m.span()
    number = m.group("hy_n") or m.group("hy_w")
    unit = (m.group("hy_u") or m.group("hy_u2")).lower()
    value = parse_number(number)
    if m.group("hy_h") and value is not None:  # "three-and-a-half-hour"
        value += 0.5
    suffix = m.group("hy_s")
    base_unit = TIME_UNITS.get(unit, TIME_UNITS.get(unit + "s"))
    if suffix == "old":
        return new_record(start, end, "duration", value, base_unit or unit, "age")
    if base_unit:
        return new_record(start, end, "duration", value, base_unit, "hyphen_unit")
    return new_record(start, end, "count", value, unit, "hyphen_unit")
