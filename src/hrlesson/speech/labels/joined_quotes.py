"""A short quotation joined to a spoken one by "and", "or" or a space alone is the same
speaker's words: 'the council looked to a "smaller" and "leaner" operation' (the second
word read as a name before "operation" otherwise), 'the EU will be prone to experiencing
'five to ten' 'terrible' winters' (the first read as a scare quote otherwise); an "a"/"an"
may open the second ('remembering him as a broadcasting "legend" and a "radio genius"').
"""

from __future__ import annotations

import re

from ..records import QuoteRecord

#: The attribution of a quote joined to a spoken one, and its evidence.
JOINED = "joined"
JOINED_EVIDENCE = 'joined by "and", "or" or a space alone to a quotation of'

#: Label reasons that only the quotation's place gave (a noun after it, no speaker found),
#: which the spoken quotation it is joined to overrules.
_PLACE_REASONS = ("no speaker or reporting verb", "name before a common noun", "term inside")

#: What may stand between two joined quotations: spaces and one "and" or "or", with the
#: second's own "a"/"an" after it (and_an_article).
_JOIN = re.compile(r"\s*(?:(?:and|or)\s+(?:an?\s+)?)?")


def joined(text: str, first: QuoteRecord, second: QuoteRecord) -> bool:
    """The two quotations stand in one sentence with only spaces and one "and" or "or"
    between their marks.

    >>> from hrlesson.speech.marks import Pair
    >>> text = 'a “smaller” and “leaner” operation, a “safe”, “lean” one'
    >>> def rec(o, c):
    ...     q = QuoteRecord(Pair(o, c, "D", 0, "“", "”"), o + 1, c, text[o + 1 : c])
    ...     q.sent = 1
    ...     return q
    >>> joined(text, rec(2, 10), rec(16, 23)), joined(text, rec(37, 42), rec(45, 50))
    (True, False)

    steve_wright_tributes_whiley_read_bbc (the second quotation's own article):

    >>> text = 'him as a broadcasting "legend" and a "radio genius".'
    >>> joined(text, rec(22, 29), rec(37, 50))
    True
    """
    if first.sent != second.sent:
        return False
    return _JOIN.fullmatch(text, first.pair.close + 1, second.pair.open) is not None


def joined_sources(text: str, records: list[QuoteRecord]) -> list[tuple[QuoteRecord, QuoteRecord]]:
    """The labels of ``records`` (every pair of marks, in reading order) that are joined
    (:func:`joined`) to a spoken quotation with a speaker, each with that quotation: a
    label of at most four words whose reason is only its place, right before or after it."""
    out = []
    for k, q in enumerate(records):
        if q.role != "label" or q.n_words > 4 or not q.reason.startswith(_PLACE_REASONS):
            continue
        around = [records[k - 1]] if k else []
        around += records[k + 1 : k + 2]
        for other in around:
            if other.role != "quote" or other.ref is None:
                continue
            first, second = (other, q) if other.pair.open < q.pair.open else (q, other)
            if joined(text, first, second):
                out.append((q, other))
                break
    return out
