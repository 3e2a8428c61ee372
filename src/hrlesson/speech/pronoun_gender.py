"""A "he" or "she" whose gender no person near it has (part of pronoun resolution)."""

from __future__ import annotations

from .records import Actor

OTHER_GENDER = "no one of the pronoun's gender near: the paragraph's one speaker"


def speaker_of_other_gender(resolver, at: int, gender: str | None) -> Actor | None:
    """The one person who has spoken in the paragraph before ``at``, when the pronoun's gender
    is the other one and no person of the pronoun's gender (or of unknown gender) is named in
    the paragraph before it: ``European Commission President Ursula von der Leyen wrote
    online that ... "Q," he wrote.`` (a machine-reworded copy that lost the pronoun's
    gender): the nearest speaker wins over a man named paragraphs before. ``resolver`` is
    a :class:`PronounResolver`.
    """
    if gender is None:
        return None
    par = resolver.par_of_sent[resolver.sent_of(at)]

    def in_par(pos: int) -> bool:
        return pos < at and resolver.par_of_sent[resolver.sent_of(pos)] == par

    for m in resolver.index.mentions:
        if m.start >= at:
            break
        person = in_par(m.start) and m.actor.kind == "person" and not m.in_quote
        if person and m.actor.gender in (None, gender):
            return None  # a candidate of the pronoun's gender is near
    speakers = {id(a): a for pos, a, *_ in resolver.timeline if in_par(pos) and a.kind == "person"}
    if len(speakers) != 1:
        return None
    (actor,) = speakers.values()
    return actor if actor.gender not in (None, gender) else None
