"""Who a subject pronoun cannot be: the actors named in its own clause, between it and its
reporting verb, and for "they" the bodies the clause it closes names before a singular verb
(part of pronoun resolution)."""

from __future__ import annotations

from ..reported_clause import reported_clause_start
from ..vocabulary import AUXILIARIES, STOP_WORDS


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


def clause_bound_ids(resolver, t, at: int) -> set[int]:
    """The ids of the actors the subject pronoun ``t`` (its verb at ``at``) cannot be for
    what its own sentence says: those its own clause names (:func:`named_in_own_clause`)
    and, for "they", the singular subjects of the clause it closes
    (:func:`singular_reported_subjects`). ``resolver`` is a :class:`PronounResolver`."""
    own = named_in_own_clause(resolver.index.mentions_in(t.end, at), t, resolver.sent_of)
    return own | singular_reported_subjects(resolver, t)


def singular_reported_subjects(resolver, t) -> set[int]:
    """The ids of the bodies a "they" at ``t`` cannot be because the clause it closes names
    them before a singular verb: ``Türkiye expects "friendly and allied countries" to
    cooperate with Turkish security units, they said``: the sources speak of Türkiye,
    which takes "expects", not "expect" (turkiye_summons_nine_ambassadors_sources_yenisafak).
    A lower-case word in "-s" right after the name is such a verb ("expects", "is", "has")
    or a plural noun the name modifies ("US officials"): either way not "they".
    ``resolver`` is a :class:`PronounResolver`."""
    if t.lower != "they":
        return set()
    tokens, index = resolver.tokens, resolver.index
    start = reported_clause_start(tokens, index.token_index(t.start))
    if start is None:
        return set()
    found = set()
    for m in index.mentions_in(start, t.start):
        k = index.token_index(m.end)
        if m.in_quote or m.actor.kind == "person" or k >= len(tokens):
            continue
        if singular_verb(tokens[k].text):
            found.add(id(m.actor))
    return found


def singular_verb(word: str) -> bool:
    """``word`` reads as a verb in the third person singular: lower case, ending in "s"
    but not "ss", and no function word but an auxiliary ("expects", "is", "has"; not
    "across", nor "as" in "Iran as well as Iraq say ..., they said").

    >>> singular_verb("expects"), singular_verb("has"), singular_verb("across")
    (True, True, False)
    >>> singular_verb("expect"), singular_verb("as"), singular_verb("its")
    (False, False, False)
    """
    if not (word.isalpha() and word.islower() and word.endswith("s")) or word.endswith("ss"):
        return False
    return word in AUXILIARIES or word not in STOP_WORDS
