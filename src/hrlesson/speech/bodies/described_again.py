"""A bare "the <noun>" said again is the body the text last called by that noun: ``The
Kenya Space Agency is attempting ... the Nairobi-based agency felt the need to issue a
second statement ... the claim that the Kenyan government has now demanded compensation
... "Q," the agency said`` is the Kenya Space Agency, not the government that "spoke"
last inside the claim it denies. A body whose own name or an earlier mention holds the
noun keeps it: the text calls it so itself."""

from __future__ import annotations

from ..records import Actor


def written_with_noun(index, actor: Actor, noun: str, before: int) -> bool:
    """Does the text call ``actor`` by ``noun``: its name holds the noun ("Kenya Space
    Agency" for "the agency"), or a mention of it before ``before`` ends in it?

    >>> from ..records import Mention
    >>> class Index:
    ...     text = "The ministry said"
    ...     mentions = []
    ...     def mentions_in(self, start, end):
    ...         return [m for m in self.mentions if start <= m.start < end]
    >>> index = Index()
    >>> written_with_noun(index, Actor("organisation", "Kenya Space Agency"), "agency", 9)
    True
    >>> written_with_noun(index, Actor("organisation", "Kenyan government"), "agency", 9)
    False
    """
    if noun in actor.name.lower().split():
        return True
    return any(
        m.actor is actor and index.text[m.start : m.end].lower().split()[-1:] == [noun]
        for m in index.mentions_in(0, before)
    )


def body_called_by_noun(index, noun: str, before: int) -> Actor | None:
    """The body the text last called by the bare ``noun`` alone before ``before``, outside
    quotations (the index reads "the Nairobi-based agency" as the agency named before it:
    a mention whose words are just "agency"); None when it called none so."""
    found = None
    for m in index.mentions_in(0, before):
        if not m.in_quote and index.text[m.start : m.end].lower() == noun:
            found = m.actor
    return found


def described_again(index, actor: Actor | None, noun: str, before: int) -> Actor | None:
    """For a bare "the <noun>" at ``before`` whose body that spoke last is ``actor``: the
    body the text last called by that noun (:func:`body_called_by_noun`) when the text
    never calls ``actor`` so (:func:`written_with_noun`); else ``actor``
    (kenya_metallic_ring_rumors_ksa_cybernews: ``the Nairobi-based agency felt the need
    ... the Kenyan government has now demanded ... "Q," the agency said``: the agency)."""
    if actor is None or written_with_noun(index, actor, noun, before):
        return actor
    called = body_called_by_noun(index, noun, before)
    return called if called is not None and called.kind == "organisation" else actor
