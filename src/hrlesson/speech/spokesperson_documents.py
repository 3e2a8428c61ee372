"""A document an unnamed spokesperson issued for someone is that one's: ``"The
secretary-general condemns the attack," said a statement issued here by Ban's spokesman``
is Ban Ki-moon's (the spokesperson only sends it out)."""

from __future__ import annotations

from .named_next import SPOKESPERSON_WORDS
from .records import SpeakerRef

#: Kinds of actor a spokesperson speaks for.
_PRINCIPAL_KINDS = ("person", "organisation", "state", "group")


def unnamed_spokesperson(ref: SpeakerRef | None) -> bool:
    """Is ``ref`` a person the text describes as a spokesperson and never names?

    >>> from hrlesson.speech.records import Actor
    >>> who = Actor("person", "Ban's spokesman", key="unnamed:ban's spokesman")
    >>> unnamed_spokesperson(SpeakerRef(who, None, 0, 15))
    True
    >>> unnamed_spokesperson(SpeakerRef(Actor("person", "Rob Navias", key="p"), None, 0, 10))
    False
    """
    if ref is None or ref.actor is None or ref.actor.kind != "person":
        return False
    if not ref.actor.key.startswith("unnamed:"):
        return False
    return ref.actor.name.lower().split()[-1] in SPOKESPERSON_WORDS


def spokesperson_principal(att, ref: SpeakerRef | None, at: int) -> SpeakerRef | None:
    """The one an unnamed spokesperson ``ref`` speaks for, named as the possessor before
    the title ("Ban's spokesman": Ban Ki-moon, named before), when the text names that one;
    else None. ``att`` is an :class:`Attributor`; ``at`` where the document speaks."""
    if not unnamed_spokesperson(ref):
        return None
    toks = att.toks_between(ref.start, ref.end)
    poss = next((k for k, t in enumerate(toks) if t.poss), None)
    if poss is None or toks[-1].lower not in SPOKESPERSON_WORDS:
        return None
    owner = att._resolve_span(toks[0].start, toks[poss].end, at)
    if owner is None or owner.actor is None or owner.actor.kind not in _PRINCIPAL_KINDS:
        return None
    if owner.actor.key.startswith("unnamed:"):
        return None
    return SpeakerRef(
        owner.actor, None, owner.start, owner.end, how="the one its spokesperson speaks for"
    )
