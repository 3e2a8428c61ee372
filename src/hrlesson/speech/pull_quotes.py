"""Pull quotes: words set apart with no speaker that the article quotes again with one.

A story may open with a striking sentence in quotation marks, alone in its paragraph, and
quote it again further on where it names the speaker ('"The price of doing nothing ... will
inevitably be measured in terms of lost lives."' first, then 'He said ..., saying, "we
urgently need 5.5 billion dollars to do this. "The price of doing nothing ..."'). The pulled
words are the speaker's of their other quotation: :func:`pulled_quotes` gives them to it.
"""

from __future__ import annotations

from .records import QuoteRecord
from .vocabulary import normalised_words

#: The attribution of a quote placed by :func:`pulled_quotes`.
PULL_QUOTE = "pull_quote"

#: Fewest words a pulled quote has: a shorter phrase repeated is a term or an echo.
_MIN_WORDS = 6


def same_words_in(needle: str, words: str) -> bool:
    """``needle`` (normalised words) is ``words`` or a run of whole words inside them.

    >>> same_words_in("the price of doing nothing", "he said the price of doing nothing is high")
    True
    >>> same_words_in("the price of doing", "the prices of doing")
    False
    """
    return bool(needle) and f" {needle} " in f" {words} "


def pulled_quotes(quotes: list[QuoteRecord]) -> None:
    """A quote of at least six words that no rule placed (no speaker, no cue), whose words
    the article quotes again, in full, inside a quotation with a speaker, is that speaker's
    (attribution ``pull_quote``): the lead '"For the first time, the Security Council spoke
    with one voice for peace in Ukraine".' is Guterres's, quoted with the same words after
    his statement."""
    spoken = [(normalised_words(k.text), k) for k in quotes if k.ref is not None]
    for q in quotes:
        if q.ref is not None or q.cue is not None or q.n_words < _MIN_WORDS:
            continue
        needle = normalised_words(q.text)
        source = next(
            (k for words, k in spoken if k is not q and same_words_in(needle, words)), None
        )
        if source is not None:
            q.ref, q.attribution = source.ref, PULL_QUOTE
