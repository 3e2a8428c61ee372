"""Continuations: a quotation that opens a sentence right after another quotation goes on
with that quotation's speaker, even one no rule found."""

from __future__ import annotations

from .records import QuoteRecord

#: The evidence of a continuation whose speaker no rule found.
SPEAKERLESS = "continues the quotation before it, whose speaker no rule found"


def continues(q: QuoteRecord, last: QuoteRecord | None, last_close_sent: int) -> bool:
    """``q`` opens the sentence right after the one where ``last`` closes (its sentence
    index ``last_close_sent``), or a later sentence of the same one after ``last``."""
    if last is None:
        return False
    return q.sent == last_close_sent + 1 or (
        q.sent == last_close_sent and last.pair.close < q.pair.open
    )


def speakerless_continuation(q: QuoteRecord, last: QuoteRecord | None, last_close_sent: int):
    """``"We had gathered to chant," said a 35-year-old woman from Sanandaj city to HRW
    about a protest ...`` then a paragraph of quotation alone (``"We ran toward the alley
    ..."``): when the quotation before has a reporting verb but no speaker any rule found,
    the next one goes on with that same unknown speaker. Not a guess at someone named
    near it: HRW, who heard the words, or an earlier speaker the article left.

    >>> from types import SimpleNamespace as R
    >>> said = R(ref=None, cue="said", pair=R(close=40))
    >>> speakerless_continuation(R(sent=3, pair=R(open=60)), said, 2)
    True
    >>> speakerless_continuation(R(sent=3, pair=R(open=60)), R(ref=None, cue=None, pair=said.pair), 2)
    False
    """
    return (
        last is not None
        and last.ref is None
        and last.cue is not None
        and continues(q, last, last_close_sent)
    )
