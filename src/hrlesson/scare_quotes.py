"""Short quoted terms that are not speech (scare quotes and labels), for :mod:`hrlesson.markers`.

:func:`scare_quotes` finds them; :class:`QuoteLookup` says whether an offset lies inside
a quotation.
"""

from __future__ import annotations

import bisect

from .article import Article
from .segment import iter_words

__all__ = ["MAX_LABEL_WORDS", "QuoteLookup", "scare_quotes"]

#: Most words a scare quote or label can have.
MAX_LABEL_WORDS = 4


class QuoteLookup:
    """Is an offset inside a quotation? A binary search over the top-level pairs of marks."""

    def __init__(self, marks: list[tuple[int, int, int, str]]) -> None:
        top = [(o, c) for o, c, depth, _ in marks if depth == 0]
        self.opens = [o for o, _ in top]
        self.closes = [c for _, c in top]

    def contains(self, offset: int) -> bool:
        """True when ``offset`` lies strictly between an opening and its closing mark."""
        i = bisect.bisect_left(self.opens, offset) - 1
        return i >= 0 and offset < self.closes[i]


def scare_quotes(
    article: Article, marks: list[tuple[int, int, int, str]]
) -> list[tuple[int, int, str, str, int]]:
    """Short quoted terms that are not speech: ``(start, end, term, subcategory, sentence_id)``.

    A term of 1-4 words in quotation marks is a *label* when it sits inside a longer
    quotation ('mass disorder' inside Bachelet's words), and a *scare quote* when it
    stands in the reporter's text and the quote analysis reads it as a label, not speech.
    Headlines and section headings are left out (their quotes are speech).
    """
    text = article.text
    sentences = article._segments()[1]
    out = []
    for o, c, depth, role in marks:
        inner = text[o + 1 : c]
        n_words = sum(1 for _ in iter_words(inner))
        if not 1 <= n_words <= MAX_LABEL_WORDS or inner.rstrip()[-1:] in ".,!?;:…":
            continue
        sid = article.sentence_at(o)
        if sid is None or sid != article.sentence_at(c) or sentences[sid - 1][2] != "body":
            continue
        if depth > 0:
            subcategory = "label"
        elif role == "label":
            subcategory = "scare_quote"
        else:
            continue
        out.append((o, c + 1, " ".join(inner.split()).lower(), subcategory, sid))
    return out
