"""Who a subject "he" or "she" cannot be: the persons named in its own clause, between it
and its reporting verb (part of pronoun resolution)."""

from __future__ import annotations


def persons_in_own_clause(mentions, t, sent_of) -> set[int]:
    """The ids of the persons named (outside quotes) after the pronoun ``t`` and before its
    reporting verb, in the pronoun's sentence: ``He was flanked by Macron and
    stated, "Q"``: "He" is the subject of the clause that names Macron, so "He" is someone
    else (the Talon of the sentence before). ``mentions`` are those of an actor index
    between ``t`` and the verb; ``sent_of`` gives the sentence of an offset.

    >>> from types import SimpleNamespace as R
    >>> he = R(lower="he", sent=4)
    >>> macron = R(actor=R(kind="person"), in_quote=False, start=20)
    >>> persons_in_own_clause([macron], he, lambda pos: 4) == {id(macron.actor)}
    True
    >>> persons_in_own_clause([macron], he, lambda pos: 5)
    set()
    """
    if t.lower not in ("he", "she"):
        return set()
    return {
        id(m.actor)
        for m in mentions
        if m.actor.kind == "person" and not m.in_quote and sent_of(m.start) == t.sent
    }
