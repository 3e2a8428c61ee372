"""Verifiable figures: every checkable number and date in an article.

A *figure* is a quantity or a date a fact-checker could look up: counts ("246 people",
"two journalists"), durations and ages ("two years", "one-day", "22-year-old"),
ordinals ("sixth term", "48th session"), vague quantities ("hundreds", "tens of
thousands"), dates ("February 9", "last August", "Thursday", the dateline's date) and
other numbers (vote tallies "21-18", percentages, money, resolution numbers).

Relative dates are resolved against the article date (``article.date``) by small,
named rules (column ``rule``): a bare weekday is the publication day or the nearest
past one ("Thursday"), "last August" is the most recent August before the article's
month, a month and day without a year is the nearest such date (within six months),
and a range ("last May to December 20") gives two rows sharing a ``range_id``.
Without an article date relative dates stay unresolved (``resolved_date`` empty).

The rules follow the figure guideline of the project's evaluation set: an
approximator that precedes the number is part of the span ("more than 300"), so is the
counted noun when it follows directly ("246 people", but only "42" in "42 mainly
European countries"); "one" as a pronoun, "one-sided", quantifiers (several, many)
and deictic words (today, yesterday) are not figures.

>>> import hrlesson
>>> a = hrlesson.load_article()
>>> df = figures(a)
>>> df[["text", "kind", "resolved_date", "rule"]].head(3).values.tolist()
[['25th Feb, 2021', 'date', '2021-02-25', 'dateline'], ['Thursday', 'date', '2021-02-25', 'weekday_same_week'], ['Last week', 'date', '2021-02-15', 'last_week']]
>>> row = df[df.text == "246 people"].iloc[0]
>>> row.kind, float(row.value), row.attributed_to in ("Michelle Bachelet", "reporter")
('count', 246.0, True)
>>> df[df.range_id.notna()][["text", "resolved_date"]].values.tolist()
[['last May', '2020-05'], ['December 20', '2020-12-20']]
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Iterator
from typing import Any

from . import export
from .article import Article
from .dateline import MONTHS
from .errors import InputError

__all__ = ["COLUMNS", "GOLD_FIELDS", "KINDS", "TABLE", "figures", "parse_number"]

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

# --------------------------------------------------------------------------- words

_UNITS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
_SCALES = {"hundred": 100, "thousand": 1_000, "million": 10**6, "billion": 10**9, "bn": 10**9}
_SCALES["trillion"] = 10**12
_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
    "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 100,
    "thousandth": 1000,
}  # fmt: skip
_FRACTIONS = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
    "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "tenth": 10, "tenths": 10,
}  # fmt: skip
_TIME_UNITS = {
    "year": "year", "years": "year", "month": "month", "months": "month", "week": "week",
    "weeks": "week", "day": "day", "days": "day", "hour": "hour", "hours": "hour",
    "minute": "minute", "minutes": "minute", "decade": "decade", "decades": "decade",
    "century": "century", "centuries": "century",
}  # fmt: skip
#: Nouns allowed after a number word and a hyphen ("one-day", "three-member").
_HYPHEN_UNITS = (
    "year|month|week|day|hour|minute|decade|century|member|page|point|nation|country|seat|"
    "judge|person|man|woman|storey|story|bed|mile|kilometre|kilometer|metre|meter|acre|"
    "hectare|ton|tonne|article|step|stage|phase"
)
_CURRENCIES = {"$": "USD", "US$": "USD", "€": "EUR", "£": "GBP", "dollars": "USD"}
_CURRENCIES["US dollars"] = "USD"
_CURRENCIES.update({"euros": "EUR", "pounds": "GBP", "francs": "CHF", "Swiss francs": "CHF"})
#: Currencies named by a noun shared by several countries: the unit is the noun itself.
_CURRENCY_NOUNS = ("dinars", "rupees", "pesos", "roubles", "rubles", "shillings", "yuan", "yen")
_CURRENCIES.update({c: c for c in _CURRENCY_NOUNS})
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _wordset(words: str) -> frozenset[str]:
    return frozenset(words.split())


#: Words that are not the counted noun after a number (function words, verbs, adverbs).
_FUNCTION_WORDS = _wordset(
    """a an the of in on at to for from by with about against between into through during
    before after above below up down out off over under again further then once here there
    when where why how all any both each few more most other others some such no nor not only
    own same so than too very can will just should now and or but if because as until while
    that which who whom whose this these those am is are was were be been being have has had
    having do does did doing would could might must shall may its his her their our your my it
    they them he she we you i also however since per via amid among despite including
    across towards toward thus unless whereas perhaps always yes us less another else ago
    each every either neither already still yet even"""
)
_IRREGULAR_PLURALS = _wordset(
    "people men women children dead police staff personnel cattle persons refugees"
)
_NOT_SINGULAR_NOUNS = _wordset("another other more such way thing hand side")
#: Words before a bare number that make it an identifier ("resolution 2334", "Article 19").
_IDENTIFIER_WORDS = _wordset(
    "article articles resolution resolutions paragraph para section rule chapter no. no nos."
    " number protocol agenda page item case flight room code law decree order"
)
#: Words before "May" or "March" that make it a month.
_MONTH_CONTEXT = _wordset(
    "in since until till from by of before after during through between and to early late mid end"
    " the"
)
#: Words before a four-digit number that make it a year even before a plural noun.
_YEAR_CONTEXT = _wordset(
    "the a this that in since by until from before after during of between early late mid its"
    " his her their our"
)
_HEDGES = re.compile(
    r"\b(?:reportedly|allegedly|alleged|purportedly|apparently|unconfirmed|estimated|"
    r"estimates?|believed|suspected|claim(?:s|ed)?|thought to|said to be|unverified)\b",
    re.IGNORECASE,
)
_FUTURE = re.compile(
    r"\b(?:will|shall|is due|are due|is expected to|are expected to|is scheduled|"
    r"are scheduled|is set to|are set to|plans? to|upcoming)\b",
    re.IGNORECASE,
)
_PRESENT = re.compile(
    r"\b(?:is|are|runs|begins|ends|opens|closes|lasts|continues|starts|concludes|meets)\b"
)
_CLAUSE_MARKS = ",;()–—"
_PAST = re.compile(
    r"\b(?:was|were|had|did|said|began|took|held|told|came|fled|left|[a-z]{2,}(?<!e)ed)\b"
)
_APPROX = re.compile(
    r"(?<![\w])(?:(?:more|less|fewer)[ ]than|at[ ](?:least|most)|up[ ]to|as[ ]many[ ]as|"
    r"upwards[ ]of|close[ ]to|just[ ](?:over|under)|(?:an[ ])?estimated|nearly|almost|about|"
    r"around|some|over|roughly|approximately|under)[ ]$",
    re.IGNORECASE,
)
_NEXT_WORDS = re.compile(r"[ ]([A-Za-z]+(?:[-'’][A-Za-z]+)*)(?:[ ]([A-Za-z]+))?")
_PREV_WORD = re.compile(r"([A-Za-z][\w.]*)[ ]+$")
_DETERMINER_BEFORE = re.compile(
    r"(?:\b(?:the|a|an|its|his|her|their|our|whose|every|each)|['’]s)[ ]$", re.IGNORECASE
)
#: Words before "half of" that make it a period or a name rather than a share.
_NOT_HALF_BEFORE = _wordset("the first second latter former other this that each")
#: Lower-case words after a figure's noun that are not part of a compound noun
#: ("the 57th session next September").
_TIME_DEICTICS = _wordset("next last this earlier later ago alone today yesterday tomorrow")
#: Nouns that modify a following plural noun, so both are the counted noun ("47 member
#: states", "12 aid workers").
_NOUN_MODIFIERS = _wordset(
    "member aid police security rights opposition government army prison health media"
    " party staff state air drone missile"
)
_AFTER_FIGURE = re.compile(r"(?:\d|\b(?:hundred|thousand|million|billion|trillion|bn))[ ]$")
#: Words before a number that make it an age ("under the age of 10", "aged 22").
_AGE_BEFORE = re.compile(
    r"\b(?:aged|ages?[ ]of|(?:children|minors|girls|boys)[ ](?:under|over|below|above))[ ]$",
    re.IGNORECASE,
)
#: "two were under 18", "most are under 30": after a form of *be*, "under"/"below" and a
#: small bare number state an age (a toll "was under 300" is not: the number must be < 100).
_AGE_UNDER_BE = re.compile(r"\b(?:was|were|is|are|be|been|being)[ ](?:under|below)[ ]$")
#: A time unit after a modifier: "two more years", "three consecutive months".
_UNIT_AFTER_MODIFIER = re.compile(
    r"[ ](?:more|additional|further|extra|consecutive|successive|straight)[ ]"
    r"(years?|months?|weeks?|days?|hours?|decades?)(?![\w-])"
)
#: An age in apposition after a name or a role: "Lena Okafor, 58, said", "the president, 72,".
_AGE_APPOSITION_BEFORE = re.compile(r"[^\W\d_],[ ]$")
_RANGE_JOIN = re.compile(r"\s*(?:to|until|till|through|and|-|–|—)\s*")
_RANGE_OPEN = re.compile(r"\b(?:from|between)\s+$", re.IGNORECASE)

# --------------------------------------------------------------------------- the pattern

_WORDNUM = (
    rf"(?:(?:{'|'.join(_TENS)})(?:-(?:{'|'.join(list(_UNITS)[:9])}))?"
    rf"|{'|'.join(sorted(_UNITS, key=len, reverse=True))})"
)
_WORDNUM_FULL = (
    rf"(?i:{_WORDNUM}(?:[ ]hundred(?:[ ](?:and[ ])?{_WORDNUM})?)?"
    r"(?:[ ](?:thousand|million|billion|trillion))?(?:[ ]dozen)?)"
)
_DIGITS = r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
_NUMBER = (
    rf"(?:[Aa][ ]dozen|(?:[Hh]alf[ ]a|[Aa])[ ](?:hundred|thousand|million|billion)"
    rf"|{_DIGITS}(?:[ ](?:hundred|thousand|million|billion|trillion)|bn)?|{_WORDNUM_FULL})"
)
_MONTH_FULL = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
)
_MONTH_ANY = rf"(?:(?:{_MONTH_FULL})|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]|20)\d\d(?!\d)"
_WEEKDAY = "|".join(_WEEKDAYS)
_QUAL = r"(?:[Ll]ast|[Nn]ext|[Tt]his|[Ee]arly|[Ll]ate|[Mm]id)"
#: "14 July last year": a day and month dated by a relative year.
_REL_YEAR = r"(?:[Ll]ast|[Tt]his|[Nn]ext)[ ]year(?![\w-])"
_TIME_UNIT = "years?|months?|weeks?|days?|hours?|minutes?|decades?|century|centuries"

#: One pattern, one named group per form. At a given position the first alternative that
#: matches wins, so full dates come before the numbers they contain, tallies and
#: identifiers before plain numbers; "time" (10 a.m., 14:30) is matched only to be skipped.
_PATTERN = re.compile(
    r"(?<![\w$€£.,/-])(?:"
    rf"(?P<time>\d{{1,2}}(?::\d\d)?[ ]?(?:a\.m\.|p\.m\.|am|pm|GMT|UTC)(?![\w])|\d{{1,2}}:\d\d(?!\d))"
    rf"|(?P<dmy>(?:(?:{_WEEKDAY}),?[ ])?(?P<dmy_d>{_DAY})(?:[-–]{_DAY})?(?:[ ]of)?[ ](?P<dmy_m>{_MONTH_ANY})"
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
    # "FY2023", "Q2 2023" (fiscal years and quarters)
    r"|(?P<fy>FY[ ]?(?P<fy_y>(?:19|20)\d\d|\d\d)(?![\w-]))"
    rf"|(?P<quarter>Q[1-4](?:[ ](?P<qu_y>{_YEAR}))?(?![\w-]))"
    rf"|(?P<yrange>(?P<yr_a>{_YEAR})[-–](?P<yr_b>{_YEAR}|\d\d)(?![\w-]))"
    rf"|(?P<yq>(?P<yq_q>[Ee]arly|[Ll]ate|[Mm]id)(?:[ ]|-)(?P<yq_y>{_YEAR})(?![\w-]))"
    r"|(?P<decade>(?:(?:[Ee]arly|[Mm]id|[Ll]ate)[ -])?(?P<dec_y>(?:1[89]|20)\d0)s(?![\w]))"
    rf"|(?P<monthq>(?:(?P<mq>{_QUAL})(?:[ ]|-))?(?P<mq_m>{_MONTH_FULL})(?![\w-]))"
    rf"|(?P<ago>(?P<ago_n>{_NUMBER}|[Aa]n?)[ ](?P<ago_u>{_TIME_UNIT})[ ](?:ago|earlier)(?![\w]))"
    rf"|(?P<weekday>(?:(?P<wq>[Ll]ast|[Nn]ext|[Tt]his)[ ])?(?P<wd>{_WEEKDAY})(?![\w-]))"
    # "late last year", "early next month": the part of a relative year or month is in the span
    r"|(?P<relunit>(?:(?:[Ee]arly|[Ll]ate)[ ](?=(?:last|this|next)[ ](?:year|month)\b))?(?P<rq>(?:[Ee]arlier|[Ll]ater)[ ]this|[Ll]ast|[Nn]ext|[Tt]his|(?<=the[ ])(?:past|previous))[ ]"
    r"(?P<ru>week|month|year|decade|century|weekend)(?![\w-]))"
    r"|(?P<tally>\d{1,3}[-–]\d{1,3}(?![\w/-]|\.\d))"
    r"|(?P<ident>(?:[A-Z]{1,5}/)+(?:[A-Za-z0-9.]+/)*\d+(?:/\w+)*|\d+/\d+(?:/\d+)?(?![\w/]))"
    rf"|(?P<mult>(?:[Tt]wice|(?P<mu_n>{_WORDNUM_FULL}|\d+)[ ]times)(?=[ ](?:as|more|the|than|higher"
    r"|larger|greater|bigger|lower|smaller|fewer)\b))"
    rf"|(?P<unitlong>(?P<ul_u>(?i:decade|year|month|week|day|century))-long(?![\w-]))"
    rf"|(?P<ratio>(?:(?P<ra_n>(?i:{_WORDNUM})|\d{{1,3}})[ ]in(?:[ ]every)?|(?P<ra_n2>{_WORDNUM_FULL}|{_DIGITS})[ ]out[ ]of)[ ]"
    rf"(?P<ra_d>{_WORDNUM}|\d{{1,3}}(?:,\d{{3}})*)(?![\w-]|[.,]\d|[ ](?:{_TIME_UNIT})\b))"
    r"|(?P<part>(?:[Aa]|[Oo]ne)[ ](?P<pa_d>third|quarter|fifth|tenth)(?=[ ](?:of|on|in|by|to|at|when|since|"
    r"and|or|but|as|than|for|from|with|after|before)[ ]|[,.;:)]))"
    r"|(?P<half>[Hh]alf(?=[ ]of[ ](?:the|them|those|these|all|its|his|her|their|our|a|an|what|[A-Z])\b))"
    r"|(?P<frac>(?i:(?P<fr_n>one)[ -](?P<fr_d>half|third|quarter|fifth|sixth|tenth)|(?P<fr_n2>two|three"
    r"|four|five|six|seven|eight|nine)[ -](?P<fr_d2>halves|thirds|quarters|fifths|sixths|tenths))(?![\w-]))"
    rf"|(?P<percent>(?P<pc_n>{_NUMBER})[ ]?(?:%|percentage[ ]points?(?![\w])|percent(?![\w])|per[ ]cent(?![\w])))"
    rf"|(?P<money>(?P<mo_c>US\$|[$€£])[ ]?(?P<mo_n>{_DIGITS}(?:[ ]?(?:million|billion|trillion|bn)"
    rf"(?![\w]))?)|(?P<mo_n2>{_NUMBER})[ ](?P<mo_c2>dollars|US[ ]dollars|euros|pounds|Swiss[ ]francs|francs|{'|'.join(_CURRENCY_NOUNS)})"
    r"(?![\w]))"
    rf"|(?P<hyph>(?:(?P<hy_n>{_DIGITS})-(?P<hy_u>[a-z]+)|(?P<hy_w>(?i:{_WORDNUM}))(?P<hy_h>-and-a-half)?-"
    rf"(?P<hy_u2>(?:{_HYPHEN_UNITS})s?))(?:-(?P<hy_s>long|old|strong|plus))?(?![\w-]))"
    r"|(?P<vague>(?i:(?:tens|hundreds|thousands|millions|dozens|scores)[ ]of[ ]"
    r"(?:thousands|hundreds|millions|billions)|hundreds|thousands|millions|billions|dozens"
    r"|scores(?=[ ]of[ ])|(?:several|a[ ]few)[ ](?:hundred|thousand|million|billion|dozen))"
    r"(?![\w-]))"
    r"|(?P<ord>\d+(?:st|nd|rd|th)(?![\w])"
    rf"|(?i:(?:(?:{'|'.join(_TENS)})-)?(?:{'|'.join(sorted(_ORDINALS, key=len, reverse=True))}))"
    r"(?:-ever)?(?![\w-]))"
    rf"|(?P<num>{_NUMBER}(?![\w-]|[.,]\d))"
    r")"
)

#: Where a match can start: a digit, a currency sign, or one of these words.
_CANDIDATE = re.compile(r"[\d$€£]|[A-Za-z]+")
_STARTERS = frozenset(
    [*_UNITS, *_TENS, *_ORDINALS, *MONTHS, *(w.lower() for w in _WEEKDAYS)]
) | _wordset(
    "last next this early late mid earlier later a an half tens hundreds thousands millions"
    " billions dozens scores several past previous twice fy q decade year month week day century"
)

# --------------------------------------------------------------------------- numbers


def parse_number(text: str) -> float | None:
    """Read a number written in digits or words; None if it is not one.

    Parameters
    ----------
    text : "246", "4,644", "1.2 million", "two", "twenty-one", "four million", "a dozen".

    Returns
    -------
    The value as a float (None for text that is not a number).

    >>> [parse_number(t) for t in ("4,644", "1.2 million", "Eleven", "twenty-one", "a dozen")]
    [4644.0, 1200000.0, 11.0, 21.0, 12.0]
    >>> parse_number("two hundred and fifty thousand"), parse_number("half a million")
    (250000.0, 500000.0)
    >>> parse_number("several") is None
    True
    """
    words = text.lower().replace(",", "").replace("-", " ").replace("half a ", "half ").split()
    if not words:
        return None
    total = 0.0
    current = 0.0
    seen = False
    for word in words:
        if word == "and":
            continue
        if word in ("a", "half") and not seen:
            current = 0.5 if word == "half" else 1.0
            seen = True
        elif word == "dozen":
            current = (current or 1.0) * 12
            seen = True
        elif re.fullmatch(r"\d+(?:\.\d+)?", word):
            current += float(word)
            seen = True
        elif word in _UNITS or word in _TENS:
            current += _UNITS.get(word) or _TENS[word]
            seen = True
        elif word in _SCALES and seen:
            scale = _SCALES[word]
            if scale == 100:
                current *= scale
            else:
                total += current * scale
                current = 0.0
        elif word.endswith("bn") and re.fullmatch(r"\d+(?:\.\d+)?bn", word):
            current += float(word[:-2]) * 10**9
            seen = True
        else:
            return None
    return total + current if seen else None


def _ordinal_value(text: str) -> int:
    low = text.lower().removesuffix("-ever")  # "first-ever"
    digits = re.match(r"\d+", low)
    if digits:
        return int(digits.group(0))
    if "-" in low:
        tens, unit = low.split("-", 1)
        return _TENS[tens] + _ORDINALS[unit]
    return _ORDINALS[low]


def _is_plural_noun(word: str) -> bool:
    low = word.lower()
    if low in _FUNCTION_WORDS or low in _TIME_UNITS:
        return False
    if low in _IRREGULAR_PLURALS:
        return True
    last = low.rsplit("-", 1)[-1]
    return (
        len(last) > 3
        and last.endswith("s")
        and not last.endswith(("ss", "us", "ous", "'s", "’s"))
        and (word[0].isupper() or not last.endswith("is"))  # Yemenis, but not crisis
        and (word[0].islower() or "-" not in word)
    )


def _is_singular_noun(word: str) -> bool:
    low = word.lower()
    return (
        word.isalpha()
        and word.islower()
        and low not in _FUNCTION_WORDS
        and low not in _NOT_SINGULAR_NOUNS
        and not low.endswith(("ly", "ed"))
        and (not low.endswith("s") or low.endswith(("ss", "us", "is")))
    )


def _is_content(word: str | None) -> bool:
    low = (word or "").lower()
    return (
        bool(word)
        and word[0].islower()
        and low not in _FUNCTION_WORDS
        and low not in _TIME_DEICTICS
    )


def _prev_word(text: str, start: int) -> str:
    m = _PREV_WORD.search(text, max(0, start - 30), start)
    return m.group(1).lower() if m else ""


# --------------------------------------------------------------------------- dates


def _shift_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def _iso_month(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def _valid_day(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _pick(options: list[tuple[int, Any]], here: int, tense: str | None) -> tuple[Any, str]:
    """Choose among (position, value) options: the nearest to ``here`` (ties to the past),
    the next one for the future tense, the previous one when the past tense rules out
    a nearest option that lies ahead. Returns (value, rule suffix)."""
    if tense == "future":
        ahead = [o for o in options if o[0] >= here]
        if ahead:
            return min(ahead)[1], "future"
    nearest = min(options, key=lambda o: (abs(o[0] - here), o[0] > here))
    if tense == "past" and nearest[0] > here:
        return max(o for o in options if o[0] <= here)[1], "past"
    return nearest[1], "nearest"


def _month_day(
    base: dt.date, month: int, day: int, tense: str | None
) -> tuple[dt.date | None, str]:
    """ "February 9" without a year: the nearest such date, or by tense."""
    days = [
        d for y in (base.year - 1, base.year, base.year + 1) if (d := _valid_day(y, month, day))
    ]
    if not days:
        return None, "month_day_nearest"
    d, how = _pick([(x.toordinal(), x) for x in days], base.toordinal(), tense)
    return d, f"month_day_{how}"


def _month(base: dt.date, month: int, tense: str | None) -> tuple[int, str]:
    """ "June" without a year: the year of the nearest June, or by tense."""
    here = base.year * 12 + base.month - 1
    years = (base.year - 1, base.year, base.year + 1)
    year, how = _pick([(y * 12 + month - 1, y) for y in years], here, tense)
    return year, f"month_{how}"


def _tense(sentence: str) -> str | None:
    """ "future" (will, is due, ...), "past" (was, had, -ed verbs) or None (neither)."""
    if _FUTURE.search(sentence):
        return "future"
    return "past" if _PAST.search(sentence) else None


def _clause_tense(sentence: str, offset: int) -> str | None:
    """The tense of the clause around ``offset`` in a sentence, else of the sentence.

    A relative clause has its own tense: in "Addressing the session, which runs until
    July 13, she said ..." the date is read in the present ("runs"), not the past ("said").
    """
    left = max(sentence.rfind(c, 0, offset) for c in _CLAUSE_MARKS) + 1
    ends = [i for c in _CLAUSE_MARKS if (i := sentence.find(c, offset)) >= 0]
    clause = sentence[left : min(ends, default=len(sentence))]
    if _FUTURE.search(clause):
        return "future"
    if _PAST.search(clause):
        return "past"
    if _PRESENT.search(clause):
        return None
    return _tense(sentence)


def _monday(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def _month_number(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")]


def _resolve_date(
    m: re.Match[str], group: str, base: dt.date | None, tense: str | None
) -> tuple[str | None, str, str]:
    """Return (resolved_date, granularity, rule) for a date match."""
    if group in ("dmy", "mdy"):
        p = group
        month = _month_number(m.group(f"{p}_m"))
        day = int(re.match(r"\d+", m.group(f"{p}_d")).group(0))
        if m.group(f"{p}_y"):
            d = _valid_day(int(m.group(f"{p}_y")), month, day)
            return (d.isoformat() if d else None), "day", "explicit"
        if m.group(f"{p}_ry"):  # "14 July last year": the year named relative to the article
            if base is None:
                return None, "day", "month_day_relative_year"
            step = {"last": -1, "next": 1}.get(m.group(f"{p}_ry").split()[0].lower(), 0)
            d = _valid_day(base.year + step, month, day)
            return (d.isoformat() if d else None), "day", "month_day_relative_year"
        if base is None:
            return None, "day", "month_day_nearest"
        d, rule = _month_day(base, month, day, tense)
        return (d.isoformat() if d else None), "day", rule
    if group == "dstart":  # "4" in "from 4 to 15 December [2023]"
        month, day = _month_number(m.group("ds_m")), int(re.match(r"\d+", m.group(0)).group(0))
        if m.group("ds_y"):
            d = _valid_day(int(m.group("ds_y")), month, day)
            return (d.isoformat() if d else None), "day", "explicit"
        if base is None:
            return None, "day", "month_day_nearest"
        d, rule = _month_day(base, month, day, tense)
        return (d.isoformat() if d else None), "day", rule
    if group == "my":
        return _iso_month(int(m.group("my_y")), _month_number(m.group("my_m"))), "month", "explicit"
    if group == "iso":
        d = _valid_day(int(m.group("iso_y")), int(m.group("iso_m")), int(m.group("iso_d")))
        return (d.isoformat() if d else None), "day", "explicit"
    if group == "slash":
        a, b, y = int(m.group("sl_a")), int(m.group("sl_b")), int(m.group("sl_y"))
        if a > 12 >= b:
            d = _valid_day(y, b, a)
        elif b > 12 >= a:
            d = _valid_day(y, a, b)
        else:
            return None, "day", "numeric_date_ambiguous"
        return (d.isoformat() if d else None), "day", "explicit"
    if group == "dot":
        d = _valid_day(int(m.group("dt_y")), int(m.group("dt_m")), int(m.group("dt_d")))
        return (d.isoformat() if d else None), "day", "explicit"
    if group == "yq":
        return m.group("yq_y"), "year", "explicit"
    if group == "decade":
        return m.group("dec_y"), "decade", "explicit"
    if group == "monthq":
        return _resolve_month_name(m.group("mq"), _month_number(m.group("mq_m")), base, tense)
    if group == "weekday":
        weekday = _WEEKDAYS.index(m.group("wd"))
        return _resolve_weekday(m.group("wq"), weekday, base, tense == "future")
    if group == "relunit":
        return _resolve_relative_unit(m.group("rq"), m.group("ru"), base)
    if group == "ago":
        return _resolve_ago(m.group("ago_n"), m.group("ago_u"), base)
    raise AssertionError(group)  # pragma: no cover


def _resolve_month_name(
    qualifier: str | None, month: int, base: dt.date | None, tense: str | None
) -> tuple[str | None, str, str]:
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
        year, rule = _month(base, month, tense)
    return _iso_month(year, month), "month", rule


def _resolve_weekday(
    qualifier: str | None, weekday: int, base: dt.date | None, future: bool
) -> tuple[str | None, str, str]:
    q = (qualifier or "").lower()
    rule = {
        "last": "last_weekday",
        "next": "next_weekday",
        "this": "this_weekday",
    }.get(q, "weekday_future" if future else "weekday_same_week")
    if base is None:
        return None, "day", rule
    here = base.weekday()
    if rule == "last_weekday":
        d = base - dt.timedelta(days=(here - weekday) % 7 or 7)
    elif rule == "next_weekday":
        d = base + dt.timedelta(days=(weekday - here) % 7 or 7)
    elif rule == "this_weekday":
        d = _monday(base) + dt.timedelta(days=weekday)
    elif rule == "weekday_future":
        d = base + dt.timedelta(days=(weekday - here) % 7)
    else:
        d = base - dt.timedelta(days=(here - weekday) % 7)
    return d.isoformat(), "day", rule


def _resolve_relative_unit(
    qualifier: str, unit: str, base: dt.date | None
) -> tuple[str | None, str, str]:
    q = qualifier.lower().split()[0]
    step = {"last": -1, "next": 1, "past": -1, "previous": -1}.get(q, 0)
    granularity = unit
    rule = f"{'this' if step == 0 else q}_{unit}"
    if base is None:
        return None, granularity, rule
    if unit == "week":
        return (_monday(base) + dt.timedelta(weeks=step)).isoformat(), granularity, rule
    if unit == "weekend":
        saturday = _monday(base) + dt.timedelta(days=5, weeks=step)
        if step == -1 and base.weekday() >= 5:
            saturday += dt.timedelta(weeks=1)
        return saturday.isoformat(), granularity, rule
    if unit == "month":
        return _iso_month(*_shift_months(base.year, base.month, step)), granularity, rule
    if unit == "year":
        return str(base.year + step), granularity, rule
    if unit == "decade":
        return str(base.year // 10 * 10 + 10 * step), granularity, rule
    return str(base.year // 100 * 100 + 100 * step), granularity, rule


def _resolve_ago(amount: str, unit: str, base: dt.date | None) -> tuple[str | None, str, str]:
    n = 1 if amount.lower() in ("a", "an") else int(parse_number(amount) or 0)
    unit = _TIME_UNITS[unit.lower()]
    granularity = {"hour": "day", "minute": "day"}.get(unit, unit)
    if base is None:
        return None, granularity, "ago"
    if unit in ("day", "hour", "minute"):
        days = n if unit == "day" else 0
        return (base - dt.timedelta(days=days)).isoformat(), granularity, "ago"
    if unit == "week":
        return _monday(base - dt.timedelta(weeks=n)).isoformat(), granularity, "ago"
    if unit == "month":
        return _iso_month(*_shift_months(base.year, base.month, -n)), granularity, "ago"
    years = {"year": 1, "decade": 10, "century": 100}[unit] * n
    return str(base.year - years), "year", "ago"


# --------------------------------------------------------------------------- records

_Rec = dict[str, Any]


def _new(start: int, end: int, kind: str, value: float | None, unit: str | None, rule: str) -> _Rec:
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


def _extend_approx(text: str, rec: _Rec) -> None:
    m = _APPROX.search(text, max(0, rec["start"] - 24), rec["start"])
    if (
        m
        and m.group(0).lower().startswith(("over", "under"))
        and _AFTER_FIGURE.search(text, max(0, m.start() - 12), m.start())
    ):
        return  # "$3.2 million over two years": a preposition after another figure
    if m and m.group(0).lower().startswith(("over", "under")):
        before = _PREV_WORD.search(text, max(0, m.start() - 30), m.start())
        if before and _is_plural_noun(before.group(1)):
            # after a plural noun "over"/"under" is a preposition, not an approximator:
            # "412 interviews over eight months", "children under 18"
            return
    if m:
        rec["start"] = m.start()
        rec["approx"] = True


def _extend_counted_noun(text: str, rec: _Rec, value: float | None) -> bool:
    """Add the counted noun when it follows directly ("246 people"); True if added."""
    m = _NEXT_WORDS.match(text, rec["end"])
    if not m:
        return False
    word, after = m.group(1), m.group(2)
    if value == 1:
        ok = _is_singular_noun(word) and not _is_content(after)
    else:
        modifier = (
            bool(after) and after.endswith("s") and after.islower() and _is_plural_noun(after)
        )
        ok = _is_plural_noun(word) and not modifier  # "four Reuters journalists": modifier
        if not ok and word.lower() in _NOUN_MODIFIERS and after and _is_plural_noun(after):
            rec["end"] = m.end(2)  # a compound noun: "47 member states"
            rec["unit"] = f"{word} {after}".lower()
            return True
    if ok:
        rec["end"] = m.end(1)
        rec["unit"] = word.lower()
    return ok


def _number_record(text: str, m: re.Match[str]) -> _Rec | None:
    """A plain number: count, duration, year or identifier (None if not a figure)."""
    start, end = m.span()
    raw = m.group(0)
    value = parse_number(raw)
    if value is None:
        return None
    prev = _prev_word(text, start)
    is_digits = raw[0].isdigit()
    if is_digits and prev in _IDENTIFIER_WORDS:
        return _new(start, end, "other", None, prev.rstrip("."), "identifier")
    nxt = _NEXT_WORDS.match(text, end)
    next_word = nxt.group(1) if nxt else ""
    if next_word.lower() in _TIME_UNITS:
        rec = _new(start, nxt.end(1), "duration", value, _TIME_UNITS[next_word.lower()], "duration")
        _extend_approx(text, rec)
        return rec
    is_year = re.fullmatch(r"(?:1[89]|20)\d\d", raw) is not None
    if is_year and next_word == "Agenda":
        return None  # a name, not a date: "the 2030 Agenda" (for Sustainable Development)
    if is_year and (prev in _YEAR_CONTEXT or not _is_plural_noun(next_word)):
        rec = _new(start, end, "date", None, None, "explicit")
        rec.update(resolved=raw, granularity="year")
        return rec
    if raw.lower() == "one":
        if prev in ("no", "any", "every", "each", "at", "the", "this", "that", "which"):
            return None
        if not (nxt and _is_singular_noun(next_word)):
            return None
    rule = "digits" if is_digits else "number_words"
    if is_digits and not raw.replace(",", "").replace(".", "").isdigit():
        rule = "digits_scale"
    rec = _new(start, end, "count", value, None, rule)
    if _AGE_BEFORE.search(text, max(0, start - 16), start):
        rec.update(kind="duration", unit="year", rule="age")
    elif (
        is_digits
        and value <= 120
        and raw.isdigit()
        and text.startswith((",", "."), end)
        and _AGE_APPOSITION_BEFORE.search(text, max(0, start - 3), start)
    ):
        # a bare number between commas after a word is an age in apposition:
        # "Lena Okafor, 58, said", "the former president, 72, who"
        rec.update(kind="duration", unit="year", rule="age")
    else:
        _extend_counted_noun(text, rec, value)
    unit_after = _UNIT_AFTER_MODIFIER.match(text, end)
    if rec["kind"] == "count" and not rec["unit"] and unit_after:
        # "two more years", "three consecutive months": a duration whose unit is separated
        # by a modifier, so the span stays the number alone (guideline: "three successive")
        rec.update(kind="duration", unit=_TIME_UNITS[unit_after.group(1).lower()])
    if (
        rec["kind"] == "count"
        and not rec["unit"]
        and value < 100
        and _AGE_UNDER_BE.search(text, max(0, start - 16), start)
    ):
        # "two were under 18": an age; "under" is then not an approximator
        rec.update(kind="duration", unit="year", rule="age")
        return rec
    _extend_approx(text, rec)
    return rec


def _ordinal_record(text: str, m: re.Match[str]) -> _Rec | None:
    """An ordinal ("sixth term", "48th session", "the first"); None for "at first", names."""
    start, end = m.span()
    raw = m.group(0)
    nxt = _NEXT_WORDS.match(text, end)
    if raw[0].isupper() and nxt and nxt.group(1)[0].isupper():
        return None  # part of a name: "Third Committee", "First Lady"
    rule = "ordinal_suffix" if raw[0].isdigit() else "ordinal_word"
    rec = _new(start, end, "ordinal", float(_ordinal_value(raw)), None, rule)
    if nxt and _is_singular_noun(nxt.group(1)) and not _is_content(nxt.group(2)):
        rec["end"] = nxt.end(1)
        rec["unit"] = nxt.group(1).lower()
    elif rule == "ordinal_word" and not _DETERMINER_BEFORE.search(text, max(0, start - 12), start):
        return None  # an adverb: "she first visited", "at first", "First, ..."
    return rec


def _hyphen_record(m: re.Match[str]) -> _Rec:
    start, end = m.span()
    number = m.group("hy_n") or m.group("hy_w")
    unit = (m.group("hy_u") or m.group("hy_u2")).lower()
    value = parse_number(number)
    if m.group("hy_h") and value is not None:  # "three-and-a-half-hour"
        value += 0.5
    suffix = m.group("hy_s")
    base_unit = _TIME_UNITS.get(unit, _TIME_UNITS.get(unit + "s"))
    if suffix == "old":
        return _new(start, end, "duration", value, base_unit or unit, "age")
    if base_unit:
        return _new(start, end, "duration", value, base_unit, "hyphen_unit")
    return _new(start, end, "count", value, unit, "hyphen_unit")


def _iter_matches(text: str) -> Iterator[re.Match[str]]:
    """``_PATTERN.finditer(text)``, but trying only where a figure can start (5x faster)."""
    pos = 0
    for c in _CANDIDATE.finditer(text):
        at = c.start()
        if at < pos:
            continue
        word = c.group(0)
        if word[0].isalpha() and word.lower() not in _STARTERS and word != "US":
            continue
        m = _PATTERN.match(text, at)
        if m:
            pos = m.end()
            yield m


def _scan(article: Article) -> list[_Rec]:
    """Find every figure (document order) with kind, value, unit and resolved date."""
    text = article.text
    base = article.date
    sentences = article._segments()[1]
    starts = [s[3] for s in sentences]
    dateline = article.dateline
    records: list[_Rec] = []
    for m in _iter_matches(text):
        group = m.lastgroup
        start, end = m.span()
        i = bisect.bisect_right(starts, start) - 1
        s_text = sentences[i][5] if i >= 0 else ""
        rec: _Rec | None
        if group == "time":
            continue
        if group in (
            "dmy",
            "mdy",
            "my",
            "iso",
            "slash",
            "dot",
            "yq",
            "decade",
            "weekday",
            "relunit",
        ):
            rec = _new(start, end, "date", None, None, "")
            if group in ("dmy", "mdy") and not m.group(f"{group}_y") and not m.group(f"{group}_ry"):
                day = int(re.match(r"\d+", m.group(f"{group}_d")).group(0))
                rec["month_day"] = (_month_number(m.group(f"{group}_m")), day)
        elif group == "dstart":
            rec = _new(start, end, "date", None, None, "")
        elif group == "monthq":
            bare = m.group("mq_m") in ("May", "March") and not m.group("mq")
            if bare and _prev_word(text, start) not in _MONTH_CONTEXT:
                continue  # "may" the verb, "march" the noun
            rec = _new(start, end, "date", None, None, "")
            if not m.group("mq"):
                rec["month_day"] = (_month_number(m.group("mq_m")), None)
        elif group == "ago":
            rec = _new(start, end, "date", None, None, "")
        elif group == "yrange":
            # a compact year range ("2020-21", "2022-2023", a season or fiscal year) is one
            # date span, like the compact day range "24-25 February"; it resolves to its start
            rec = _new(start, end, "date", None, None, "year_range")
            rec.update(resolved=m.group("yr_a"), granularity="year")
        elif group == "fy":
            # a fiscal year ("FY2023", "FY 2023"): the calendar year it is named after
            year = m.group("fy_y")
            rec = _new(start, end, "date", None, None, "fiscal_year")
            rec.update(resolved=year if len(year) == 4 else "20" + year, granularity="year")
        elif group == "quarter":
            # a quarter ("Q2", "Q2 2023"): its year, or the article's year when none is given
            year = m.group("qu_y") or (str(base.year) if base else None)
            rec = _new(start, end, "date", None, None, "quarter")
            rec.update(resolved=year, granularity="year")
        elif group == "mult":
            # a multiplier before a comparison ("twice as many", "three times the"): a ratio
            n = 2.0 if m.group(0).lower() == "twice" else parse_number(m.group("mu_n"))
            rec = _new(start, end, "other", n, "ratio", "multiplier")
            _extend_approx(text, rec)
        elif group == "unitlong":
            # "a decade-long career", "a year-long siege": a duration of one unit
            unit = m.group("ul_u").lower()
            rec = _new(start, end, "duration", 1.0, _TIME_UNITS[unit], "hyphen_unit")
        elif group == "tally":
            rec = _new(start, end, "other", None, "votes", "tally")
        elif group == "ident":
            rec = _new(start, end, "other", None, None, "identifier")
        elif group == "ratio":
            n = parse_number(m.group("ra_n") or m.group("ra_n2")) or 0.0
            d = parse_number(m.group("ra_d"))
            rec = _new(start, end, "other", round(n / d, 4) if d else None, "ratio", "ratio")
            _extend_approx(text, rec)  # "about one in six"
        elif group == "part":
            value = round(1 / _FRACTIONS[m.group("pa_d")], 4)
            rec = _new(start, end, "other", value, "fraction", "fraction")
            _extend_approx(text, rec)  # "nearly a third"
        elif group == "half":
            if _prev_word(text, start) in _NOT_HALF_BEFORE:
                continue  # "the second half of 2023" is a period, not a share
            rec = _new(start, end, "other", 0.5, "fraction", "fraction")
            _extend_approx(text, rec)  # "almost half of the population"
        elif group == "frac":
            n = parse_number(m.group("fr_n") or m.group("fr_n2"))
            d = _FRACTIONS[(m.group("fr_d") or m.group("fr_d2")).lower()]
            rec = _new(start, end, "other", round(n / d, 4) if n else None, "fraction", "fraction")
            _extend_approx(text, rec)
        elif group == "percent":
            rec = _new(start, end, "other", parse_number(m.group("pc_n")), "percent", "percent")
            _extend_approx(text, rec)
        elif group == "money":
            amount = m.group("mo_n") or m.group("mo_n2")
            currency = m.group("mo_c") or m.group("mo_c2")
            rec = _new(start, end, "other", parse_number(amount), _CURRENCIES[currency], "money")
            _extend_approx(text, rec)
        elif group == "hyph":
            rec = _hyphen_record(m)
        elif group == "vague":
            rec = _new(start, end, "vague_quantity", None, None, "vague")
        elif group == "ord":
            rec = _ordinal_record(text, m)
        else:
            rec = _number_record(text, m)
        if rec is None:
            continue
        if rec["kind"] == "date" and not rec["rule"]:
            tense = _clause_tense(s_text, start - sentences[i][3]) if i >= 0 else None
            rec["resolved"], rec["granularity"], rec["rule"] = _resolve_date(m, group, base, tense)
        if (
            dateline is not None
            and dateline.date_start is not None
            and dateline.date_start <= rec["start"] < dateline.date_end
        ):
            rec["rule"] = "dateline"
        records.append(rec)
        _range_kind(records, text)
        _link_range(records, text)
    return records


def _range_kind(records: list[_Rec], text: str) -> None:
    """In "between five and 20 years" or "the ages of 18 and 30" a bare count that opens a
    range takes the kind and unit of the duration that closes it (and the reverse)."""
    if len(records) < 2:
        return
    a, b = records[-2], records[-1]
    kinds = {a["kind"], b["kind"]}
    if (
        a["kind"] == "count"
        and not a["unit"]
        and b["kind"] == "other"
        and b["unit"]
        and _RANGE_JOIN.fullmatch(text[a["end"] : b["start"]])
        and _RANGE_OPEN.search(text, max(0, a["start"] - 12), a["start"])
    ):
        # "between 500 and 2,000 dinars", "from 10 to 20 percent": the bare opening number
        # shares the unit (money, percent) of the number that closes the range
        a.update(kind="other", unit=b["unit"])
        return
    if kinds != {"count", "duration"} or (a["kind"] == "count" and a["unit"]):
        return
    if b["kind"] == "count" and b["unit"]:
        return
    if not _RANGE_JOIN.fullmatch(text[a["end"] : b["start"]]):
        return
    if a["rule"] != "age" and not _RANGE_OPEN.search(text, max(0, a["start"] - 12), a["start"]):
        return
    count, duration = (a, b) if a["kind"] == "count" else (b, a)
    count.update(kind="duration", unit=duration["unit"], rule=duration["rule"])


def _link_range(records: list[_Rec], text: str) -> None:
    """Give the last two records a shared range_id when they form a range."""
    if len(records) < 2:
        return
    a, b = records[-2], records[-1]
    if a["kind"] != b["kind"] or a["kind"] not in ("date", "count") or a["range_id"]:
        return
    between = text[a["end"] : b["start"]]
    if not _RANGE_JOIN.fullmatch(between):
        return
    opener = _RANGE_OPEN.search(text, max(0, a["start"] - 12), a["start"])
    joiner = between.strip()
    if joiner == "and" and not (opener and opener.group(0).lower().startswith("between")):
        return
    if a["kind"] == "count" and not opener:
        return
    if a["kind"] == "date" and "-" in joiner and a["rule"] != "explicit":
        return
    a["range_id"] = b["range_id"] = 1 + max((r["range_id"] or 0 for r in records[:-2]), default=0)
    if a["kind"] == "date":
        _share_range_year(a, b)
        ra, rb = a["resolved"], b["resolved"]
        if ra and rb and len(ra) == len(rb) > 4 and ra > rb and a["rule"].startswith("month_"):
            a["resolved"], a["rule"] = str(int(ra[:4]) - 1) + ra[4:], "range_order"


def _share_range_year(a: _Rec, b: _Rec) -> None:
    """In "from May 1 to December 20, 2020" the start takes the end's year (and vice versa)."""
    for part, other, step in ((a, b, -1), (b, a, 1)):
        if part.get("month_day") is None or other["rule"] != "explicit" or not other["resolved"]:
            continue
        month, day = part["month_day"]
        year = int(other["resolved"][:4])
        for candidate in (year, year + step):
            if day and _valid_day(candidate, month, day) is None:
                return
            iso = _iso_month(candidate, month) + (f"-{day:02d}" if day else "")
            in_order = iso <= other["resolved"] if step == -1 else iso >= other["resolved"][:7]
            if in_order:
                part["resolved"], part["rule"] = iso, "range_year"
                return


# --------------------------------------------------------------------------- context


_QUOTE_MARK = re.compile(r"[\"“”‘’']")


def _scan_quote_marks(text: str) -> list[tuple[int, int]]:
    """Spans between paired quotation marks (apostrophes are skipped).

    Used for ``in_quote`` ("inside quotation marks", whatever the marks enclose): a
    small scan that is much cheaper than building the quotes table.
    """
    spans = []
    double_open: int | None = None
    single_open: int | None = None
    for m in _QUOTE_MARK.finditer(text):
        ch, i = m.group(0), m.start()
        before = text[i - 1] if i else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        if ch == '"':
            if double_open is None:
                double_open = i + 1
            else:
                spans.append((double_open, i))
                double_open = None
        elif ch == "“":
            if double_open is None:
                double_open = i + 1
        elif ch == "”":
            if double_open is not None:
                spans.append((double_open, i))
                double_open = None
        elif not before.isalnum() and after.isalpha() and ch in "‘'":
            if single_open is None and double_open is None:
                single_open = i + 1
        elif single_open is not None and not after.isalnum() and ch in "’'":
            spans.append((single_open, i))
            single_open = None
    return sorted(spans)


def _speaker_at(article: Article) -> Any:
    """hrlesson.quotes.speaker_at, or None while the quotes module does not exist."""
    try:
        from .quotes import speaker_at
    except ImportError:
        return None
    return speaker_at


def _records(article: Article) -> list[tuple]:
    cached = article._cache.get("figures")
    if cached is not None:
        return cached
    from .reference import fact_spans

    text = article.text
    found = _scan(article)
    quote_spans = _scan_quote_marks(text)
    quote_starts = [q[0] for q in quote_spans]
    speaker_at = _speaker_at(article)
    facts = fact_spans(article)
    sentences = article._segments()[1]
    s_starts = [s[3] for s in sentences]
    rows = []
    for number, rec in enumerate(found, start=1):
        start, end = rec["start"], rec["end"]
        i = bisect.bisect_right(s_starts, start) - 1
        sentence = sentences[i] if i >= 0 else None
        j = bisect.bisect_right(quote_starts, start) - 1
        in_quote = j >= 0 and quote_spans[j][0] <= start and end <= quote_spans[j][1]
        speaker = speaker_at(article, start, end) if speaker_at else None
        hedged = rec["approx"] or rec["kind"] == "vague_quantity"
        if not hedged and sentence is not None:
            lo, hi = max(sentence[3], start - 40), min(sentence[4], end + 30)
            hedged = bool(_HEDGES.search(text, lo, hi))
        fact_id = verification = None
        for f_start, f_end, f_id, f_verification in facts:
            if f_start <= start and end <= f_end:
                fact_id, verification = f_id, f_verification
                break
        value = rec["value"]
        rows.append(
            (
                text[start:end],
                rec["kind"],
                None if value is None else float(value),
                rec["resolved"],
                start,
                end,
                number,
                rec["unit"],
                rec["granularity"],
                rec["rule"],
                sentence[0] if sentence else None,
                sentence[1] if sentence else None,
                speaker or "reporter",
                bool(in_quote),
                bool(hedged),
                verification,
                fact_id,
                rec["range_id"],
            )
        )
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
    rows = _records(article)
    columns = list(zip(*rows, strict=True)) if rows else [()] * len(COLUMNS)
    data = {}
    for name, values in zip(COLUMNS, columns, strict=True):
        dtype = _DTYPES.get(name)
        data[name] = pd.array(values, dtype=dtype) if dtype else list(values)
    return pd.DataFrame(data, columns=COLUMNS)


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


TABLE = export.Table(
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
                "weekday_same_week, last_month_name, month_day_nearest, range_year, digits, ...)."
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
        ("in_quote", "boolean", "True when the figure lies inside quotation marks."),
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
