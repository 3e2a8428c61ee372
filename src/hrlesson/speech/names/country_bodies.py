"""A body whose name ends with its country: "Care Australia", "Ford of Britain".

A capitalised run of plain words followed by a country (with or without "of") is one body's
name, not a word and a state, when the words before the country name a body
("Global Affairs Canada": a portfolio word), or the run is written as a unit again in the
article ("Ford of Britain described ..." ... "Ford of Britain chairman"), or, without "of",
it speaks ("Care Australia ... warned"). A person of a country keeps a known first name
("Lena Fischer of Germany") and is split as before (runs.py).
"""

from __future__ import annotations

from collections.abc import Callable

from ..tokens import Token
from ..vocabulary import (
    COUNTRIES,
    FIRST_NAMES,
    NAME_PARTICLES,
    ORGANISATION_WORDS,
    PORTFOLIO_ENDS,
    STOP_WORDS,
    unaccented,
)
from .runs import plain_name_words


def country_tail(toks: list[Token], a: int, b: int) -> int:
    """How many tokens a country's name takes at the end of the run ``a:b`` (0 if none),
    leaving at least one word before it.

    >>> from hrlesson.speech.tokens import tokenize
    >>> country_tail(tokenize("Care Australia warned", [0]), 0, 2)
    1
    >>> country_tail(tokenize("Care New Zealand warned", [0]), 0, 3)
    2
    """
    for n in (3, 2, 1):
        tail = " ".join(t.lower for t in toks[b - n : b])
        if b - a > n and tail in COUNTRIES and not continent_after_word(toks, b - n):
            return n
    return 0


def continent_after_word(toks: list[Token], k: int) -> bool:
    """ "America" right after a capitalised word names a region ("Latin America", "Central
    America"), not a country a body is named for ("Bank of America" keeps its "of").

    >>> from hrlesson.speech.tokens import tokenize
    >>> continent_after_word(tokenize("Latin America", [0]), 1)
    True
    """
    return toks[k].lower == "america" and k > 0 and toks[k - 1].lower != "of"


def body_before_country(toks: list[Token], a: int, e: int) -> bool:
    """The words ``a:e`` before a country can open a body's name: one to three capitalised
    plain words (no title, place, country or acronym), not a person's known first name;
    not a common word ("The", "Also") unless a body's word follows it ("Global Affairs").

    >>> from hrlesson.speech.tokens import tokenize
    >>> body_before_country(tokenize("Care Australia", [0]), 0, 1)
    True
    >>> body_before_country(tokenize("Lena Fischer of Germany", [0]), 0, 2)
    False
    """
    words = [t.lower for t in toks[a:e]]
    return (
        1 <= len(words) <= 3
        and all(t.cap and t.text[0].isalpha() and t.text.isalpha() for t in toks[a:e])
        and unaccented(words[0]) not in FIRST_NAMES
        and words[0] not in NAME_PARTICLES  # "La Canada": a place
        and plain_name_words([w for w in words if w not in PORTFOLIO_ENDS])
        and (words[0] not in STOP_WORDS or any(w in PORTFOLIO_ENDS for w in words[1:]))
    )


def country_named_body(
    text: str, toks: list[Token], a: int, b: int, speaks: Callable[[int, int], bool]
) -> bool:
    """``Care Australia, the humanitarian agency ..., warned``, ``Ford of Britain described
    the cut``, ``Global Affairs Canada issued a statement``: the run ``a:b`` is a body whose
    name ends with its country (see the module's docstring); ``speaks(a, b)`` tells whether
    the run is a reporting verb's subject.

    >>> from hrlesson.speech.tokens import tokenize
    >>> s = "Ford of Britain described it. Ford of Britain chairman X said"
    >>> country_named_body(s, tokenize(s, [0]), 0, 3, lambda a, b: False)
    True
    >>> s = "Ford of Britain described it."
    >>> country_named_body(s, tokenize(s, [0]), 0, 3, lambda a, b: True)
    False
    """
    n = country_tail(toks, a, b)
    if not n:
        return False
    e = b - n - (toks[b - n - 1].lower == "of")
    if e <= a or not body_before_country(toks, a, e):
        return False
    if any(t.lower in ORGANISATION_WORDS or t.lower in PORTFOLIO_ENDS for t in toks[a:e]):
        return True  # "Global Affairs Canada"
    name = text[toks[a].start : toks[b - 1].end]
    if text.count(name) >= 2:
        return True  # "Ford of Britain described ..." ... "Ford of Britain chairman"
    return e == b - n and speaks(a, b)  # "Care Australia warned"; not "Kerber of Germany"


class CountryBodies:
    """Reads a run as a body named with its country (a part of :class:`NameFinder`)."""

    def _country_body(self, a: int, b: int, subject: bool) -> bool:
        """``Care Australia``, ``Ford of Britain``: the run ``a:b`` is one body
        (:func:`country_named_body`), added as an organisation; True when it is."""
        toks = self.tokens
        if not country_named_body(self.text, toks, a, b, self._speaker_context):
            return False
        base_end = toks[b - 1].start + len(toks[b - 1].base)
        self._add_org(a, b, self.text[toks[a].start : base_end], subject)
        return True
