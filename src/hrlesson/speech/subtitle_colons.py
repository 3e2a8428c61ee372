"""A colon inside the title of a work, between its title and its subtitle, splits no
phrase: ``Bill Marsh, author of Great Australian Stories: Outback Towns and Pubs, said``
is one apposition, not a clause that ends at the colon (country_pub_closures_small_towns_
marsh_abc). News English writes a book's, a report's or a film's full title in title case
after a lower-case word that governs it ("author of", "the report"), so the colon sits
between two capitalised runs and the subtitle runs up to a comma or the end.
"""

from __future__ import annotations

from .tokens import Token

#: Lower-case words a title-case title may hold ("Towns and Pubs", "A Year in the Life").
_TITLE_SMALL_WORDS = frozenset({"a", "an", "and", "at", "for", "in", "of", "on", "or", "the", "to"})


def _title_word(t: Token) -> bool:
    """A word of a title-case title: capitalised, or a small word."""
    return t.text[0].isalnum() and (t.cap or t.text in _TITLE_SMALL_WORDS)


def subtitle_colon(toks: list[Token], i: int) -> bool:
    """``toks[i]`` is a colon between a work's title and its subtitle: at least two
    capitalised words before it that follow a lower-case word, and a title-case run after
    it that a comma or the end closes.

    >>> from .tokens import tokenize
    >>> toks = tokenize("author of Great Australian Stories: Outback Towns and Pubs, said", [0])
    >>> subtitle_colon(toks, 5)
    True
    >>> toks = tokenize("the minister said: The Plan Works", [0])
    >>> subtitle_colon(toks, 3)
    False
    >>> toks = tokenize("DUBLIN: Prime Minister Ann Byrne", [0])
    >>> subtitle_colon(toks, 1)
    False
    """
    if toks[i].text != ":" or i < 3 or i + 1 >= len(toks):
        return False
    k = i
    while k > 0 and toks[k - 1].cap and toks[k - 1].text.isalpha():
        k -= 1
    if i - k < 2 or k == 0 or not toks[k - 1].text.islower() or not toks[k - 1].text.isalpha():
        return False
    j = i + 1
    if not toks[j].cap:
        return False
    while j < len(toks) and _title_word(toks[j]):
        j += 1
    return j == len(toks) or toks[j].text == ","
