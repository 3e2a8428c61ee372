"""Capitalised modifiers inside a title: "the UN Humanitarian coordinator for Somalia"; a
title's acronym in lower case is no title ("6:00pm").

Pages often capitalise the modifier of a post after the body's name ("UN Humanitarian
coordinator", "WHO Regional director for Africa"). The capital does not make the modifier
a name: the phrase still describes a person (the coordinator), not the body before it.
"""

from __future__ import annotations

from dataclasses import replace

from ..names.title_runs import TITLE_ACRONYMS
from ..tokens import Token
from ..vocabulary import DESCRIPTION_WORDS, PREPOSITIONS, TITLE_HEADS, is_person_head

#: At most this many capitalised modifiers between the body's name and the title.
_MAX_MODIFIERS = 2


def lowered_title_modifiers(words: list[Token], mentions: list) -> list[Token]:
    """``words`` with the capitalised modifiers of a lower-case person title lowered when
    they follow a body's name: in ``The UN Humanitarian coordinator for Somalia`` the
    head is "coordinator", so "Humanitarian" reads as "humanitarian". ``mentions`` are
    the names in the phrase (objects with ``start``, ``end`` and ``actor.kind``).

    >>> from ..tokens import tokenize
    >>> from types import SimpleNamespace as N
    >>> toks = tokenize("The UN Humanitarian coordinator for Somalia", [0])
    >>> un = N(start=4, end=6, actor=N(kind="organisation"))
    >>> [t.text for t in lowered_title_modifiers(toks, [un])]
    ['The', 'UN', 'humanitarian', 'coordinator', 'for', 'Somalia']
    >>> toks = tokenize("The UN Security Council president", [0])
    >>> unsc = N(start=4, end=23, actor=N(kind="organisation"))
    >>> [t.text for t in lowered_title_modifiers(toks, [unsc])]
    ['The', 'UN', 'Security', 'Council', 'president']
    >>> toks = tokenize("The EU's Brexit negotiator denied", [0])
    >>> eu = N(start=4, end=6, actor=N(kind="organisation"))
    >>> [t.text for t in lowered_title_modifiers(toks, [eu])]
    ['The', "EU's", 'brexit', 'negotiator', 'denied']
    """

    def names_at(t: Token) -> bool:
        return any(m.start == t.start for m in mentions)

    for k, t in enumerate(words):
        if k == 0 or not t.cap or names_at(t) or not _after_body(t, mentions, words[k - 1]):
            continue
        h = k
        while h < len(words) and h - k < _MAX_MODIFIERS and _capital_modifier(words[h], names_at):
            h += 1
        if h == k or h >= len(words) or not words[h].text.islower():
            continue
        if not is_person_head(words[h].lower):
            continue
        low = [replace(w, text=w.text.lower(), cap=False) for w in words[k:h]]
        return words[:k] + low + words[h:]
    return words


def title_case_read(words: list[Token], mentions: list) -> list[Token]:
    """``words`` of a phrase with the capitals of its title read as the text means them
    (``mentions`` are the names in it): :func:`clock_words`, then
    :func:`lowered_title_modifiers`, then :func:`lowered_portfolio_title`."""
    return lowered_portfolio_title(lowered_title_modifiers(clock_words(words), mentions), mentions)


def lowered_portfolio_title(words: list[Token], mentions: list) -> list[Token]:
    """``words`` with a capitalised title and the portfolio before it lowered when they
    follow "the" and no name follows them: in ``The Transport Secretary has said`` and
    ``the Budget Councilor acknowledged`` the portfolio ("Transport", no description word
    any list knows) belongs to the description, which is no name ("Secretary"). Not when
    a name follows ("the Transport Secretary Chris Grayling") or the capitalised word is
    a name (``mentions``, as in :func:`lowered_title_modifiers`).

    >>> from ..tokens import tokenize
    >>> [t.text for t in lowered_portfolio_title(tokenize("The Transport Secretary has said", [0]), [])]
    ['The', 'transport', 'secretary', 'has', 'said']
    >>> [t.text for t in lowered_portfolio_title(tokenize("the Transport Secretary Chris Grayling", [0]), [])]
    ['the', 'Transport', 'Secretary', 'Chris', 'Grayling']
    """
    for k in range(1, len(words) - 1):
        mod, head = words[k], words[k + 1]
        after = words[k + 2] if k + 2 < len(words) else None
        if (
            words[k - 1].lower == "the"
            and _capital_modifier(mod, lambda t: any(m.start <= t.start < m.end for m in mentions))
            and mod.lower not in DESCRIPTION_WORDS
            and head.cap
            and not head.poss
            and head.lower in TITLE_HEADS
            and not any(m.start <= head.start < m.end for m in mentions)
            and (after is None or not after.cap)
        ):
            low = [replace(w, text=w.text.lower(), cap=False) for w in (mod, head)]
            return words[:k] + low + words[k + 2 :]
    return words


def clock_words(words: list[Token]) -> list[Token]:
    """``words`` with a title's acronym written in lower case read as the clock's: in
    "from 6:00pm to 6:00am" the "pm" is no "PM" (prime minister) and heads no description.

    >>> from ..tokens import tokenize
    >>> [t.lower for t in clock_words(tokenize("at 6 pm, the PM said", [0]))]
    ['at', '6', 'p.m.', ',', 'the', 'pm', 'said']
    """
    return [
        replace(t, lower=".".join(t.lower) + ".")
        if t.lower in TITLE_ACRONYMS and not t.text.isupper()
        else t
        for t in words
    ]


def _capital_modifier(t: Token, names_at) -> bool:
    """A capitalised word that is no name, possessive or preposition ("Humanitarian")."""
    return t.cap and not t.poss and not names_at(t) and t.lower not in PREPOSITIONS


def _after_body(t: Token, mentions: list, prev: Token) -> bool:
    """A body's name (not a person's) ends right before ``t`` (``prev`` the word before
    it), or is that word with a possessive: "The EU's Brexit negotiator"."""
    return any(
        m.actor.kind != "person"
        and (0 <= t.start - m.end <= 1 or (prev.poss and m.start <= prev.start < m.end))
        for m in mentions
    )
