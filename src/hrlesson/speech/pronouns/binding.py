"""Who a subject pronoun cannot be: the actors named in its own clause, between it and its
reporting verb (part of pronoun resolution)."""

from __future__ import annotations


def named_in_own_clause(mentions, t, sent_of) -> set[int]:
    """The ids of the actors named (outside quotes) after the subject pronoun ``t`` and
    before its reporting verb, in the pronoun's sentence: ``He was flanked by Macron and
    stated, "Q"``: "He" is the subject of the clause that names Macron, so "He" is someone
    else (the Talon of the sentence before); likewise ``It thanked the UN and said``: "It"
    is not the UN. For "he" and "she" only persons count. ``mentions`` are those of an
    actor index between ``t`` and the verb; ``sent_of`` gives the sentence of an offset.

    >>> from types import SimpleNamespace as R
    >>> he = R(lower="he", sent=4)
    >>> macron = R(actor=R(kind="person"), in_quote=False, start=20)
    >>> named_in_own_clause([macron], he, lambda pos: 4) == {id(macron.actor)}
    True
    >>> named_in_own_clause([macron], he, lambda pos: 5)
    set()
    >>> un = R(actor=R(kind="organisation"), in_quote=False, start=20)
    >>> named_in_own_clause([un], he, lambda pos: 4), len(named_in_own_clause([un], R(lower="it", sent=4), lambda pos: 4))
    (set(), 1)
    """
    if t.lower not in ("he", "she", "it", "they"):
        return set()
    persons_only = t.lower in ("he", "she")
    return {
        id(m.actor)
        for m in mentions
        if (m.actor.kind == "person" or not persons_only)
        and not m.in_quote
        and sent_of(m.start) == t.sent
    }
