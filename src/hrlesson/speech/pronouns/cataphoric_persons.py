"""A "he" or "she" before any person is named goes forward to the first one named as a subject.

News pages are often cut out of a longer report, or open on a quotation and name the speaker
only further down. When no person the pronoun fits is named before it, outside quotations,
it cannot point back: the person it means is the first one the text then makes the subject
of a sentence or clause (anwar_selective_prosecution_macc_fmt)::

    "I want to emphasise to this House I am not from that class of unprincipled
    politicians," he told the Dewan Rakyat today.
    ... The prime minister was responding to Ahmad Fadhli Shaari (PN-Pasir Mas), who asked ...
    Anwar challenged the opposition to furnish evidence ...

"he" is Anwar, the subject of "challenged", not Ahmad Fadhli Shaari, named first only as the
object of "responding to". So too ``"I said then," he continued, ... he received a call from
Hubert Miller ... Since then Spano said`` (indian_point_spano_nrc_miller_globest): Spano.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable

from ..records import Actor

#: The evidence for a pronoun resolved forward to the first person named as a subject.
NAMED_AS_SUBJECT_AFTER = "no person named before it: the first person named after it as a subject"


def first_subject_after(index, at: int, fits: Callable[[Actor], bool]) -> Actor | None:
    """The person a "he"/"she" at ``at`` means when no person it fits is named before it
    outside quotations: the first person named after it, outside quotations, as a subject
    (``Mention.subject``); None when one is named before, or none after as a subject.
    ``fits`` is the resolver's test of a person the pronoun may mean (gender, not unfit)."""
    k = bisect.bisect_left(index.mention_starts, at)
    if any(fits(m.actor) for m in index.mentions[:k] if not m.in_quote):
        return None
    for m in index.mentions[k:]:
        if m.subject and not m.in_quote and fits(m.actor):
            return m.actor
    return None


#: The evidence for a pronoun resolved back to an unnamed person who spoke before it.
UNNAMED_SPEAKER_BEFORE = "no person named before it: the unnamed person who spoke last before it"


def unnamed_speaker_before(timeline: list, at: int, fits: Callable[[Actor], bool]) -> Actor | None:
    """The person a "he"/"she" at ``at`` means when no person it fits is named before it
    but an unnamed one, described, spoke before it: the last such speaker (``timeline``:
    the resolver's (position, actor, ...) speakers), however much narration lies between.
    ``A rural resident, who did not wish to be named, said two heifers were shot.`` ...
    (two paragraphs) ... ``There had been a series of "bizarre" incidents ..., she said.``
    ... ``Sharemilker Philip Thomas agreed``: the resident, not Thomas, named after it.

    >>> resident = Actor("person", "rural resident")
    >>> unnamed_speaker_before([(10, resident, True)], 90, lambda a: True) is resident
    True
    >>> unnamed_speaker_before([(95, resident, True)], 90, lambda a: True) is None
    True
    """
    for pos, actor, *_ in reversed(timeline):
        if pos < at and actor.kind == "person" and fits(actor):
            return actor
    return None


def no_name_before(index, timeline: list, at: int, fits: Callable[[Actor], bool]):
    """For a "he"/"she" at ``at`` that no person named before it fits, (actor, evidence):
    the unnamed speaker before it (:func:`unnamed_speaker_before`), else the first person
    named after it as a subject (:func:`first_subject_after`); None when neither."""
    k = bisect.bisect_left(index.mention_starts, at)
    if any(fits(m.actor) for m in index.mentions[:k] if not m.in_quote):
        return None
    if (actor := unnamed_speaker_before(timeline, at, fits)) is not None:
        return actor, UNNAMED_SPEAKER_BEFORE
    actor = first_subject_after(index, at, fits)
    return (actor, NAMED_AS_SUBJECT_AFTER) if actor is not None else None
