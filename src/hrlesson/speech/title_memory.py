"""A bare title read before names the holder of that title who spoke last, not the first one met."""

from __future__ import annotations

from .records import Actor, SpeakerRef
from .vocabulary import role_has, same_body

HOLDER_SPOKE_LAST = "the holder of that title who spoke last"


def holder_spoke_since(
    timeline: list, known: Actor, head: str, aff: str | None, at: int
) -> Actor | None:
    """``"...," the minister added`` about Russia's Lavrov, then Norway's Foreign Minister
    Brende speaks, then ``"...," the minister noted``: the second "the minister" is
    Brende, the holder of the title ``head`` who spoke last before ``at``, not the holder
    the same words named before (``known``). ``timeline`` holds the (position, actor,
    salient) speakers read so far; None when ``known`` spoke last among the holders.

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
                and (aff is None or actor.affiliation is None or same_body(actor.affiliation, aff))
            )
        )
    ]
    if not holders:
        return None
    last = max(holders, key=lambda h: h[0])[1]
    return None if last is known else last


def remembered_holder(
    memory: dict, key: tuple, timeline: list, span: tuple[int, int]
) -> SpeakerRef | None:
    """The person the same title (``key``: head and affiliation) named before, from
    ``memory``; or, when another holder of the title spoke since, that holder (see
    :func:`holder_spoke_since`), remembered from now on. ``span`` is the title's."""
    known = memory.get(key)
    if known is None or known.actor is None or known.actor.kind != "person":
        return known
    head, aff = key
    later = holder_spoke_since(timeline, known.actor, head, aff, span[0])
    if later is None:
        return known
    memory[key] = SpeakerRef(later, None, span[0], span[1], True, HOLDER_SPOKE_LAST)
    return memory[key]


def known_holder(
    memory: dict, key: tuple, timeline: list, named: Actor | None, span: tuple[int, int]
) -> SpeakerRef | None:
    """The person a title names without a search: ``named`` (the person named in
    apposition with it), remembered for the same title; else the holder the same title
    named before (:func:`remembered_holder`)."""
    if named is None:
        return remembered_holder(memory, key, timeline, span)
    ref = SpeakerRef(named, None, span[0], span[1], True, "the name in apposition with it")
    memory.setdefault(key, ref)
    return ref
