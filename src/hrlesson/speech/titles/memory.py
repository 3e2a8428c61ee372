"""A bare title read before names the holder of that title who spoke last, not the first one met."""

from __future__ import annotations

from ..records import Actor, SpeakerRef
from ..vocabulary import role_has, same_body
from .described_holders import bare_title_of, same_post

HOLDER_SPOKE_LAST = "the holder of that title who spoke last"
HOLDER_DESCRIBED_BEFORE = "the person a description of that title named before"


def holder_spoke_since(
    timeline: list, known: Actor, head: str, aff: str | None, at: int, words=()
) -> Actor | None:
    """``"...," the minister added`` about Russia's Lavrov, then Norway's Foreign Minister
    Brende speaks, then ``"...," the minister noted``: the second "the minister" is
    Brende, the holder of the title ``head`` who spoke last before ``at``, not the holder
    the same words named before (``known``). ``timeline`` holds the (position, actor,
    salient) speakers read so far; None when ``known`` spoke last among the holders. A
    compound title is not the bare one (:func:`bare_title_of`; ``words``: the title's
    lower-case words): the Prime Minister named in the minister's sentence is no holder.

    >>> lavrov, brende = Actor("person", "Lavrov"), Actor("person", "Brende")
    >>> lavrov.role = brende.role = "Foreign Minister"
    >>> spoke = [(10, lavrov, True), (50, brende, True)]
    >>> holder_spoke_since(spoke, lavrov, "minister", None, 90).name
    'Brende'
    >>> holder_spoke_since(spoke, lavrov, "minister", None, 40) is None
    True
    """
    holders = [
        (pos, actor)
        for pos, actor, *_ in timeline
        if pos < at
        and (
            actor is known
            or (
                actor.kind == "person"
                and actor.role
                and role_has(actor.role, head)
                and bare_title_of(actor.role, head, words)
                and (aff is None or actor.affiliation is None or same_body(actor.affiliation, aff))
            )
        )
    ]
    if not holders:
        return None
    last = max(holders, key=lambda h: h[0])[1]
    return None if last is known else last


def remembered_holder(
    memory: dict, key: tuple, timeline: list, span: tuple[int, int], words=()
) -> SpeakerRef | None:
    """The person the same title (``key``: head and affiliation) named before, from
    ``memory``; or, when another holder of the title spoke since, that holder (see
    :func:`holder_spoke_since`), remembered from now on. ``span`` is the title's."""
    known = memory.get(key)
    if known is None or known.actor is None or known.actor.kind != "person":
        return known
    head, aff = key
    if not same_post(known.actor.role, head, list(words)):
        return None  # "The Prime Minister said ..., but the energy minister said"
    later = holder_spoke_since(timeline, known.actor, head, aff, span[0], words)
    if later is None:
        return known
    memory[key] = SpeakerRef(later, None, span[0], span[1], True, HOLDER_SPOKE_LAST)
    return memory[key]


def holder_described_before(
    memory: dict, key: tuple, index, span: tuple[int, int]
) -> SpeakerRef | None:
    """``Saudi Arabia's energy minister said`` (named as Prince Abdulaziz) ... ``The energy
    minister added``: a title without an affiliation (``key``: head and None) said first
    after a description of the same title with one takes up the person that description
    named (the latest before ``span``), not a holder of the title named only later ("UAE
    energy minister Suhail Al Mazrouei said" in the next paragraph). Not when a person
    whose role has that title is named between the two (``index``: the actor index).

    >>> abdulaziz, mazrouei = Actor("person", "Abdulaziz"), Actor("person", "Mazrouei")
    >>> mazrouei.role, mazrouei.first = "minister", (900, 908)
    >>> memory = {("minister", "Saudi Arabia"): SpeakerRef(abdulaziz, None, 0, 30, True)}
    >>> holder_described_before(memory, ("minister", None), None, (400, 419)).actor.name
    'Abdulaziz'
    """
    head, aff = key
    if aff is not None or key in memory:
        return None
    earlier = [
        ref
        for (h, a), ref in memory.items()
        if h == head
        and a is not None
        and ref.actor is not None
        and ref.actor.kind == "person"
        and ref.start < span[0]
    ]
    if not earlier:
        return None
    ref = max(earlier, key=lambda r: r.start)
    between = index.mentions_in(ref.end, span[0]) if index is not None else []
    for m in between:
        other = m.actor
        if other is ref.actor or other.kind != "person" or not other.role or m.in_quote:
            continue
        if role_has(other.role, head):
            return None  # another holder of the title named since
    memory[key] = SpeakerRef(ref.actor, None, span[0], span[1], True, HOLDER_DESCRIBED_BEFORE)
    return memory[key]


def known_holder(
    memory: dict,
    key: tuple,
    timeline: list,
    named: Actor | None,
    span: tuple[int, int],
    index=None,
    words=(),
) -> SpeakerRef | None:
    """The person a title names without a search: ``named`` (the person named in
    apposition with it), remembered for the same title; else the holder the same title
    named before (:func:`remembered_holder`), or a description of that title with an
    affiliation named before (:func:`holder_described_before`)."""
    if named is None:
        return remembered_holder(memory, key, timeline, span, words) or holder_described_before(
            memory, key, index, span
        )
    ref = SpeakerRef(named, None, span[0], span[1], True, "the name in apposition with it")
    memory.setdefault(key, ref)
    return ref
