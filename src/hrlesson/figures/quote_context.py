"""Who makes a figure's claim, and is it quoted? Read from the quotes table, nowhere else.

``in_quote`` and ``attributed_to`` come from the rows of :func:`hrlesson.quotes.quotes` (the
quotation spans and their speakers, read with ``quote_speakers`` so that no second table
is built) and, for figures outside quotation marks, from
:func:`hrlesson.quotes.speaker_at` (reported speech: "she said 246 people were held"). So
the figures table and the quotes table never disagree about which words are quoted and
by whom: a figure inside scare quotes around a label (a term, a programme's name) is not
``in_quote``, as that label is not a row of the quotes table.

>>> import hrlesson
>>> a = hrlesson.load_article()
>>> lookup = quote_context(a)
>>> i = a.text.index("246 people")
>>> lookup(i, i + 10)
(False, 'Michelle Bachelet')
"""

from __future__ import annotations

import bisect
import importlib
from collections.abc import Callable

from ..article import Article

__all__ = ["quote_context"]

#: (start, end) -> (in a quotation of the quotes table, speaker or None)
QuoteLookup = Callable[[int, int], tuple[bool, "str | None"]]


def quote_context(article: Article) -> QuoteLookup:
    """A lookup ``(start, end) -> (in_quote, speaker)`` for spans of ``article.text``.

    ``in_quote`` is True when the span lies inside a quotation of ``quotes(article)``;
    the speaker is then that quotation's speaker (None for a section heading). Outside
    quotations the speaker is the one of the reported speech that holds the span
    (``hrlesson.quotes.speaker_at``), or None: the reporter's own voice.
    """
    # the module: ``from hrlesson import quotes`` gives the function of the same name
    quotes_module = importlib.import_module("hrlesson.quotes")
    spans = sorted(quotes_module.quote_speakers(article))
    starts = [s for s, _, _ in spans]
    speaker_at = getattr(quotes_module, "speaker_at", None)

    def lookup(start: int, end: int) -> tuple[bool, str | None]:
        j = bisect.bisect_right(starts, start) - 1
        if j >= 0 and spans[j][0] <= start and end <= spans[j][1]:
            speaker = spans[j][2]
            return True, speaker if isinstance(speaker, str) and speaker else None
        return False, speaker_at(article, start, end) if speaker_at else None

    return lookup
