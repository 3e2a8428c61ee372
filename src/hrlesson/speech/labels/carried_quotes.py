"""Carried quotes: words a crowd chants or a sign, a poster or a slogan carries are speech.

'was greeted with chants of "we love you"', 'holding signs ... reading, "Communication is
key."', 'yelling such slogans as "Q1," "We Support Wisconsin,"', 'posters with the slogan
"liar, liar"': the words are somebody's (the carriers', a campaign's), never a term or a
title the writer quotes, even when no carrier is named as the subject of the sentence.
"""

from __future__ import annotations

from ...wordlists import word_set
from ..reading import carried_words, display_lead_in

#: Nouns for shouted or written words ('slogans as "Q"'): data/words/slogan_nouns.txt.
SLOGAN_NOUNS = word_set("slogan_nouns")
#: Words between a slogan noun and its quotation ('such slogans as "Q"', 'slogans like "Q"').
_SLOGAN_LINKS = frozenset(["as", "like", "such", "including"])


def carried_quote(lead_in: str) -> bool:
    """The quotation after ``lead_in`` (the text of its sentence before its opening mark)
    is words that people chant or carry (:func:`.reading.carried_words`) or a slogan.

    >>> carried_quote('union members yelling such slogans as "Cuomo, Walker," ')
    True
    >>> carried_quote("There will be posters with the slogan ")
    True
    >>> carried_quote("Greta Thunberg was greeted with chants of ")
    True
    >>> carried_quote("placing a sign next to it that read, ")
    True
    >>> carried_quote("the campaign against MPs who broke the "), carried_quote("he said the ")
    (False, False)
    """
    words = display_lead_in(lead_in)
    if carried_words(words):
        return True
    tail = words[-4:]
    while tail and tail[-1] in _SLOGAN_LINKS:
        tail.pop()
    return bool(tail) and tail[-1] in SLOGAN_NOUNS


def carried_quote_at(text: str, sentence_start: int, opening: int) -> bool:
    """:func:`carried_quote` for the quotation whose mark opens at ``opening`` in the
    sentence starting at ``sentence_start``: the lead-in is the text between them.

    >>> s = "Thunberg was greeted with chants of \\"we love you\\""
    >>> carried_quote_at(s, 0, s.index('"'))
    True
    """
    return carried_quote(text[sentence_start:opening])
