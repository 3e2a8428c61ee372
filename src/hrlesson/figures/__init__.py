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

The package follows the pipeline, one idea per module:

- ``words``: the word lists (``hrlesson/data/figures/``), read once by a cached loader;
- ``numbers``: reading numbers and the words around them (``parse_number``);
- ``pattern``: the one regular expression that finds candidates (``iter_matches``);
- ``counts`` and ``kinds``: from a match to a figure (kind, value, unit, span), one
  small named rule per form;
- ``tense`` and ``dates``: resolving dates against the article date;
- ``scan``: the pass over the text, ranges included;
- ``quote_context``: ``in_quote`` and ``attributed_to`` from the quotes table;
- ``table``: the table (:func:`figures`, ``TABLE``, ``COLUMNS``).

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

from .numbers import parse_number
from .table import COLUMNS, GOLD_FIELDS, KINDS, TABLE, figures

__all__ = ["COLUMNS", "GOLD_FIELDS", "KINDS", "TABLE", "figures", "parse_number"]
