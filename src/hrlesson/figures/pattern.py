"""The one regular expression that finds figure candidates, and the scan that applies it.

Each form of figure is a named group of :data:`PATTERN` (``dmy``, ``ago``, ``tally``,
``percent``, ``num``, ...). At a given position the first alternative that matches wins,
so full dates come before the numbers they contain, percentages and tallies before plain
numbers; ``time`` (10 a.m., 14:30) is matched only to be skipped. The rules that turn a
match into a figure (or drop it) are in :mod:`hrlesson.figures.kinds`.

>>> [m.lastgroup for m in iter_matches("On 9 August 2020, 12-13% and S/2023/709 at 10 a.m.")]
['dmy', 'percent', 'ident', 'time']
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..dateline import MONTHS
from .words import CARDINALS, CURRENCIES, HYPHEN_UNITS, ORDINALS, TENS, WEEKDAYS

__all__ = ["PATTERN", "iter_matches"]


def _alternatives(words) -> str:
    """Longest first, so that "seventeen" wins over "seven"; spaces as ``[ ]``."""
    ordered = sorted(words, key=lambda w: (-len(w), w))
    return "|".join(re.escape(w).replace(r"\ ", "[ ]") for w in ordered)


_UNITS_1_9 = [w for w, v in CARDINALS.items() if v < 10]
_WORDNUM = rf"(?:(?:{_alternatives(TENS)})(?:-(?:{_alternatives(_UNITS_1_9)}))?|{_alternatives(CARDINALS)})"
_WORDNUM_FULL = (
    rf"(?i:{_WORDNUM}(?:[ ]hundred(?:[ ](?:and[ ])?{_WORDNUM})?)?"
    r"(?:[ ](?:thousand|million|billion|trillion))?(?:[ ]dozen)?)"
)
#: Digits with comma or space thousands separators ("4,644", "400 000") or none.
_DIGITS = r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:[ \u00a0\u202f]\d{3}(?!\d))+|\d+(?:\.\d+)?)"
_NUMBER = (
    r"(?:[Aa][ ]dozen|(?:[Hh]alf[ ]a|[Hh]alf|[Aa])[ ](?:hundred|thousand|million|billion)"
    rf"|{_DIGITS}(?:[ ](?:hundred|thousand|million|billion|trillion)|bn)?|{_WORDNUM_FULL})"
)
#: Month names from the one month table (hrlesson.dateline.MONTHS): the longest name of each
#: month is its full name, the others are abbreviations ("Sept", "Sep").
_FULL_MONTHS = [max((m for m in MONTHS if MONTHS[m] == n), key=len) for n in range(1, 13)]
_MONTH_FULL = "|".join(m.capitalize() for m in _FULL_MONTHS)
_MONTH_ABBREVIATIONS = _alternatives(m.capitalize() for m in MONTHS if m not in _FULL_MONTHS)
_MONTH_ANY = rf"(?:(?:{_MONTH_FULL})|(?:{_MONTH_ABBREVIATIONS})\.?)"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]|20)\d\d(?!\d)"
_WEEKDAY = "|".join(WEEKDAYS)
_QUAL = r"(?:[Ll]ast|[Nn]ext|[Tt]his|[Ee]arly|[Ll]ate|[Mm]id)"
#: "14 July last year": a day and month dated by a relative year.
_REL_YEAR = r"(?:[Ll]ast|[Tt]his|[Nn]ext)[ ]year(?![\w-])"
_TIME_UNIT = "years?|months?|weeks?|days?|hours?|minutes?|decades?|century|centuries"
_CURRENCY_SIGNS = [c for c in CURRENCIES if not c[-1].isalpha()]
_CURRENCY_WORDS = [c for c in CURRENCIES if c[-1].isalpha()]

_DATES = (
    rf"(?P<dmy>(?:(?:{_WEEKDAY}),?[ ])?(?P<dmy_d>{_DAY})(?:[-–]{_DAY})?(?:[ ]of)?[ ](?P<dmy_m>{_MONTH_ANY})"
    rf"(?:,?[ ](?P<dmy_y>{_YEAR})|[ ](?P<dmy_ry>{_REL_YEAR}))?(?![\w]))"
    rf"|(?P<my>(?:(?P<my_q>{_QUAL})(?:[ ]|-))?(?P<my_m>{_MONTH_ANY}),?[ ](?P<my_y>{_YEAR})(?![-–]\d))"
    rf"|(?P<mdy>(?:(?:{_WEEKDAY}),?[ ])?(?P<mdy_m>{_MONTH_ANY})[ ](?P<mdy_d>{_DAY})(?:[-–]{_DAY})?"
    rf"(?![\w]|[.,]\d)(?:,?[ ](?P<mdy_y>{_YEAR})|[ ](?P<mdy_ry>{_REL_YEAR}))?)"
    # the first day of "from 4 to 15 December": a date in the month (and year) of the second
    rf"|(?P<dstart>{_DAY}(?=[ ](?:to|and|until|till|through)[ ]{_DAY}[ ](?P<ds_m>{_MONTH_ANY})"
    rf"(?:,?[ ](?P<ds_y>{_YEAR}))?(?![\w])))"
    r"|(?P<iso>(?P<iso_y>\d{4})-(?P<iso_m>\d\d)-(?P<iso_d>\d\d)(?![\w-]))"
    r"|(?P<slash>(?P<sl_a>\d{1,2})/(?P<sl_b>\d{1,2})/(?P<sl_y>\d{4})(?![\w/]))"
    # a dotted numeric date is day-first wherever it is used ("05.03.2025" in a byline)
    r"|(?P<dot>(?P<dt_d>[0-3]\d)\.(?P<dt_m>[01]\d)\.(?P<dt_y>(?:19|20)\d\d)(?![\w]|\.\d))"
    r"|(?P<fy>FY[ ]?(?P<fy_y>(?:19|20)\d\d|\d\d)(?![\w-]))"
    rf"|(?P<quarter>Q[1-4](?:[ ](?P<qu_y>{_YEAR}))?(?![\w-]))"
    rf"|(?P<yrange>(?P<yr_a>{_YEAR})[-–](?P<yr_b>{_YEAR}|\d\d)(?![\w-]))"
    rf"|(?P<yq>(?P<yq_q>[Ee]arly|[Ll]ate|[Mm]id)(?:[ ]|-)(?P<yq_y>{_YEAR})(?![\w-]))"
    r"|(?P<decade>(?:(?:[Ee]arly|[Mm]id|[Ll]ate)[ -])?(?P<dec_y>(?:1[89]|20)\d0)s(?![\w]))"
    rf"|(?P<monthq>(?:(?P<mq>{_QUAL})(?:[ ]|-))?(?P<mq_m>{_MONTH_FULL})(?![\w-]))"
    rf"|(?P<ago>(?P<ago_n>{_NUMBER}|[Aa]n?)[ ](?P<ago_u>{_TIME_UNIT})[ ](?:ago|earlier)(?![\w]))"
    r"|(?P<aunit>[Aa]n?[ ](?P<au_u>year|month|week|day|decade|century)(?![\w-]))"
    rf"|(?P<weekday>(?:(?P<wq>[Ll]ast|[Nn]ext|[Tt]his)[ ])?(?P<wd>{_WEEKDAY})(?![\w-]))"
    # "late last year", "early next month": the part of a relative year or month is in the span
    r"|(?P<relunit>(?:(?:[Ee]arly|[Ll]ate)[ ](?=(?:last|this|next)[ ](?:year|month)\b))?"
    r"(?P<rq>(?:[Ee]arlier|[Ll]ater)[ ]this|[Ll]ast|[Nn]ext|[Tt]his|(?<=the[ ])(?:past|previous))[ ]"
    r"(?P<ru>week|month|year|decade|century|weekend)(?![\w-]))"
)
_PERCENT = (
    rf"(?P<percent>(?P<pc_n>{_NUMBER})(?P<pc_range>%?[-–]{_DIGITS})?[ ]?"
    r"(?:%|percentage[ ]points?(?![\w])|percent(?![\w])|per[ ]cent(?![\w])))"
)
_OTHER = (
    r"|(?P<tally>\d{1,3}[-–]\d{1,3}(?![\w/-]|\.\d))"
    # document symbols: "S/2023/709", "A/HRC/46/4", "A/78/L.108"; "45/1" (a resolution number)
    r"|(?P<ident>(?:[A-Z]{1,5}/)+(?:[A-Za-z0-9.]+/)*(?:[A-Z]{1,3}\.)?\d+(?:/\w+(?:\.\w+)*)*"
    r"|\d+/\d+(?:/\d+)?(?![\w/]))"
    rf"|(?P<mult>(?:[Tt]wice|(?P<mu_n>{_WORDNUM_FULL}|\d+)[ ]times)(?=[ ](?:as|more|the|than|higher"
    r"|larger|greater|bigger|lower|smaller|fewer)\b))"
    r"|(?P<unitlong>(?P<ul_u>(?i:decade|year|month|week|day|century))-long(?![\w-]))"
    rf"|(?P<ratio>(?:(?P<ra_n>(?i:{_WORDNUM})|\d{{1,3}})[ ]in(?:[ ]every)?|(?P<ra_n2>{_WORDNUM_FULL}|{_DIGITS})[ ]out[ ]of)[ ]"
    rf"(?P<ra_d>{_WORDNUM}|\d{{1,3}}(?:,\d{{3}})*)(?![\w-]|[.,]\d|[ ](?:{_TIME_UNIT})\b))"
    r"|(?P<part>(?:[Aa]|[Oo]ne)[ ](?P<pa_d>third|quarter|fifth|tenth)(?=[ ](?:of|on|in|by|to|at|when|since|"
    r"and|or|but|as|than|for|from|with|after|before)[ ]|[,.;:)]))"
    r"|(?P<half>[Hh]alf(?=[ ]of[ ](?:the|them|those|these|all|its|his|her|their|our|a|an|what|[A-Z])\b))"
    r"|(?P<frac>(?i:(?P<fr_n>one)[ -](?P<fr_d>half|third|quarter|fifth|sixth|tenth)|(?P<fr_n2>two|three"
    r"|four|five|six|seven|eight|nine)[ -](?P<fr_d2>halves|thirds|quarters|fifths|sixths|tenths))(?![\w-]))"
    rf"|(?P<money>(?P<mo_c>{_alternatives(_CURRENCY_SIGNS)})[ ]?(?P<mo_n>{_DIGITS}(?:[ ]?(?:million|billion|trillion|bn)"
    rf"(?![\w]))?)|(?P<mo_n2>{_NUMBER})[ ](?P<mo_c2>{_alternatives(_CURRENCY_WORDS)})(?![\w]))"
    rf"|(?P<hyph>(?:(?P<hy_n>{_DIGITS})-(?P<hy_u>[a-z]+)|(?P<hy_w>(?i:{_WORDNUM}))(?P<hy_h>-and-a-half)?-"
    rf"(?P<hy_u2>(?:{_alternatives(HYPHEN_UNITS)})s?))(?:-(?P<hy_s>long|old|strong|plus))?(?![\w-]))"
    r"|(?P<vague>(?i:(?:tens|hundreds|thousands|millions|dozens|scores)[ ]of[ ]"
    r"(?:thousands|hundreds|millions|billions)|hundreds|thousands|millions|billions|dozens"
    r"|scores(?=[ ]of[ ])|(?:several|a[ ]few)[ ](?:hundred|thousand|million|billion|dozen))"
    r"(?![\w-]))"
    r"|(?P<ord>\d+(?:st|nd|rd|th)(?![\w])"
    rf"|(?i:(?:(?:{_alternatives(TENS)})-)?(?:{_alternatives(ORDINALS)}))"
    r"(?:-ever)?(?![\w-]))"
    rf"|(?P<num>{_NUMBER}(?![\w-]|[.,]\d))"
)

#: One pattern, one named group per form of figure (see the module docstring).
PATTERN = re.compile(
    r"(?<![\w$€£.,/-])(?:"
    r"(?P<time>\d{1,2}(?::\d\d)?[ ]?(?:a\.m\.|p\.m\.|am|pm|GMT|UTC)(?![\w])|\d{1,2}:\d\d(?!\d))"
    rf"|{_DATES}|{_PERCENT}{_OTHER})"
)

#: Where a match can start: a digit, a currency sign, or one of the starter words.
#: A run of digits and currency signs is tried at its first character only: PATTERN's
#: lookbehind refuses a start right after a digit or a sign.
_CANDIDATE = re.compile(r"[\d$€£]+|[A-Za-z]+")
_STARTERS = frozenset(
    [*CARDINALS, *TENS, *ORDINALS, *MONTHS, *(w.lower() for w in WEEKDAYS)]
) | frozenset(
    (
        "last", "next", "this", "early", "late", "mid", "earlier", "later", "a", "an", "half",
        "tens", "hundreds", "thousands", "millions", "billions", "dozens", "scores", "several",
        "past", "previous", "twice", "fy", "q", "decade", "year", "month", "week", "day",
        "century",
    )
)  # fmt: skip


def _may_start(text: str, word: str, end: int) -> bool:
    """Can a figure start at this word? A starter word, "US$", or a document symbol's
    upper-case prefix ("GA/12601", "S/2023/709")."""
    if word.lower() in _STARTERS or word == "US":
        return True
    return word.isupper() and len(word) <= 5 and text.startswith("/", end)


def iter_matches(text: str) -> Iterator[re.Match[str]]:
    """``PATTERN.finditer(text)``, but trying only where a figure can start (5x faster).

    >>> [m.group(0) for m in iter_matches("GA/12601: 400 000 people, half million")]
    ['GA/12601', '400 000', 'half million']
    """
    pos = 0
    for c in _CANDIDATE.finditer(text):
        at = c.start()
        if at < pos:
            continue
        word = c.group(0)
        if word[0].isalpha() and not _may_start(text, word, c.end()):
            continue
        m = PATTERN.match(text, at)
        if m:
            pos = m.end()
            yield m
