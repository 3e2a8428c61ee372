"""Capitalised modifiers inside a title: "the UN Humanitarian coordinator for Somalia".

Pages often capitalise the modifier of a post after the body's name ("UN Humanitarian
coordinator", "WHO Regional director for Africa"). The capital does not make the modifier
a name: the phrase still describes a person (the coordinator), not the body before it.
"""

from __future__ import annotations

from dataclasses import replace

from .tokens import Token
from .vocabulary import PREPOSITIONS, is_person_head

#: At most this many capitalised modifiers between the body's name and the title.
_MAX_MODIFIERS = 2


def lowered_title_modifiers(words: list[Token], mentions: list) -> list[Token]:
    """``words`` with the capitalised modifiers of a lower-case person title lowered when
    they follow a body's name: in ``The UN Humanitarian coordinator for Somalia`` the
    head is "coordinator", so "Humanitarian" reads as "humanitarian". ``mentions`` are
    the names in the phrase (objects with ``start``, ``end`` and ``actor.kind``).

    >>> from .tokens import tokenize
    >>> from types import SimpleNamespace as N
    >>> toks = tokenize("The UN Humanitarian coordinator for Somalia", [0])
    >>> un = N(start=4, end=6, actor=N(kind="organisation"))
    >>> [t.text for t in lowered_title_modifiers(toks, [un])]
    ['The', 'UN', 'humanitarian', 'coordinator', 'for', 'Somalia']
    >>> toks = tokenize("The UN Security Council president", [0])
    >>> unsc = N(start=4, end=23, actor=N(kind="organisation"))
    >>> [t.text for t in lowered_title_modifiers(toks, [unsc])]
    ['The', 'UN', 'Security', 'Council', 'president']
    """

    def names_at(t: Token) -> bool:
        return any(m.start == t.start for m in mentions)

    for k, t in enumerate(words):
        if k == 0 or not t.cap or names_at(t) or not _after_body(t, mentions):
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


def _capital_modifier(t: Token, names_at) -> bool:
    """A capitalised word that is no name, possessive or preposition ("Humanitarian")."""
    return t.cap and not t.poss and not names_at(t) and t.lower not in PREPOSITIONS


def _after_body(t: Token, mentions: list) -> bool:
    """A body's name (not a person's) ends right before ``t``."""
    return any(m.actor.kind != "person" and 0 <= t.start - m.end <= 1 for m in mentions)
