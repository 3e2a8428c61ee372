"""Where a span marked in a page as published stands in the article's cleaned text.

Hand gold (the development set, the test pages, an instructor's own labels) gives character
offsets into the page as it was published. The kit's offsets point into the cleaned text
(:attr:`hrlesson.article.Article.text`), which can be a few characters shorter or longer: a
restored paragraph break, a dropped stray space. :func:`cleaned_span` places a gold span in the
cleaned text so that the two can be compared.
"""

from __future__ import annotations

import itertools
import re

#: How far (in characters) cleaning may have moved a span from its place in the page.
SHIFT = 40

#: Marks before which the cleaner closes a stray space ("Airport , the" -> "Airport, the", as
#: ``_SPACE_BEFORE`` in :mod:`hrlesson.clean`), and the mark after which it closes one.
CLOSED_BEFORE = "),;:"
CLOSED_AFTER = "("


def _gap(word: str, after: str) -> str:
    """The white space the cleaned text may hold between ``word`` and the word ``after`` it:
    any run, or none where the cleaner closes a stray space."""
    if after[:1] in CLOSED_BEFORE or word[-1:] in CLOSED_AFTER:
        return r"\s*"
    return r"\s+"


def cleaned_span(cleaned: str, start: int, end: int, text: str) -> tuple[int, int]:
    """The offsets in ``cleaned`` of the span ``text`` that the page had at ``start:end``: the
    same offsets when ``cleaned`` holds the same characters there; else the nearest occurrence
    (at most :data:`SHIFT` characters away) of its words with any run of white space between
    them, or none where the cleaner closes a stray space (before a comma, a semicolon, a colon
    or ")", after "("); else the offsets unchanged (so a span that cleaning did not keep is not
    found).

    >>> cleaned_span('A said "B  c" then', 8, 12, "B  c")
    (8, 12)
    >>> cleaned_span('A said "B c" then', 9, 13, "B  c")
    (8, 11)
    >>> cleaned_span('A said "B c" then', 9, 13, "D e")
    (9, 13)

    The page's "Airport , the" is "Airport, the" once cleaned:

    >>> page = 'He said "the owners of Bristol Airport , the fund" then'
    >>> cleaned = 'He said "the owners of Bristol Airport, the fund" then'
    >>> start, end = cleaned_span(cleaned, 9, 49, page[9:49])
    >>> (start, end), cleaned[start:end]
    ((9, 48), 'the owners of Bristol Airport, the fund')
    """
    if cleaned[start:end] == text or not text.strip():
        return start, end
    words = text.split()
    pattern = re.escape(words[0]) + "".join(
        _gap(word, after) + re.escape(after) for word, after in itertools.pairwise(words)
    )
    if text[:1].isspace() or text[-1:].isspace():  # a span that opens or closes on a space
        pattern = r"\s*" + pattern + r"\s*"
    near = [m for m in re.finditer(pattern, cleaned) if abs(m.start() - start) <= SHIFT]
    if not near:
        return start, end
    best = min(near, key=lambda m: abs(m.start() - start))
    return best.start(), best.end()
