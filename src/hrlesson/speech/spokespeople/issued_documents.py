"""A document an unnamed spokesperson issued for someone is that one's: ``"The
secretary-general condemns the attack," said a statement issued here by Ban's spokesman``
is Ban Ki-moon's (the spokesperson only sends it out)."""

from __future__ import annotations

from ..records import SpeakerRef
from .titles import SPOKESPERSON_WORDS

#: Kinds of actor a spokesperson speaks for.
_PRINCIPAL_KINDS = ("person", "organisation", "state", "group")


def unnamed_spokesperson(ref: SpeakerRef | None) -> bool:
    """Is ``ref`` a person the text describes as a spokesperson ("Ban's spokesman", "the
    spokesman for the Secretary-General") and never names?

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
    return any(w in SPOKESPERSON_WORDS for w in ref.actor.name.lower().split())


def spokesperson_principal(att, ref: SpeakerRef | None, at: int) -> SpeakerRef | None:
    """The one an unnamed spokesperson ``ref`` speaks for, when the text names that one:
    the possessor before the title ("Ban's spokesman", "the Secretary-General's
    spokesman", "his spokesman": the one named before), or the one after "for"/"of" ("the
    spokesman for the Secretary-General"); else None. ``att`` is an :class:`Attributor`;
    ``at`` where the document speaks."""
    if ref is None or not (unnamed_spokesperson(ref) or ref.actor is None):
        return None
    toks = [t for t in att.toks_between(ref.start, ref.end) if t.text[0].isalnum()]
    owner = spokesperson_owner(att, toks, at)
    if owner is None or owner.actor is None or owner.actor.kind not in _PRINCIPAL_KINDS:
        return None
    if owner.actor.key.startswith("unnamed:"):
        return None
    return SpeakerRef(owner.actor, None, owner.start, owner.end, how=_HOW)


def spokesperson_owner(att, toks: list, at: int) -> SpeakerRef | None:
    """Whom the spokesperson's title in ``toks`` (its words) names as the one spoken
    for, as the text refers to it: the possessor before the title ("Ban's spokesman",
    "the Secretary-General's spokesman"), the one a pronoun means ("his spokesman"), or
    the one after "for"/"of" ("the spokesman for the Secretary-General"); else None.
    ``att`` is an :class:`Attributor`; ``at`` where the words are read from."""
    k = next((k for k, t in enumerate(toks) if t.lower in SPOKESPERSON_WORDS), None)
    if k is None or k == 0:
        return None
    if k == len(toks) - 1 and toks[0].lower in ("his", "her", "its", "their"):
        return att._pronoun(toks[0], at) if k == 1 else None
    if k == len(toks) - 1 and toks[k - 1].poss:
        return _possessor(att, toks[0], toks[k - 1], at)
    if k + 2 < len(toks) and toks[k + 1].lower in ("for", "of"):
        return att.resolve_span(toks[k + 2].start, toks[-1].end, at)
    return None


#: How the evidence says the principal was found.
_HOW = "the one its spokesperson speaks for"


def _possessor(att, first, poss, at: int) -> SpeakerRef | None:
    """The actor named from ``first`` to the possessive word ``poss`` ("Ban's", "the
    Secretary-General's"), read with the possessive ending or without it."""
    owner = att.resolve_span(first.start, poss.end, at)
    if (owner is None or owner.actor is None) and poss.text.endswith(("'s", "’s")):
        owner = att.resolve_span(first.start, poss.end - 2, at)
    return owner
