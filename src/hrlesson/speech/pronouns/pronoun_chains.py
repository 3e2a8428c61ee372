"""A "he"/"she" that repeats the pronoun the speaker just before was written as goes on with
that speaker, though no one named near fits the pronoun's gender: ``"I have never seen so
many low tides at once," he added.`` then ``Worse still, he said some gondolas ...``
(venice_canals_run_dry_gondolas_balbi_successdigestonline): both are the gondolier Andrea
Balbi, whom a first-name guess made a woman; the article's own "he" is the better word."""

from __future__ import annotations

from ..records import Actor
from ..tokens import Token
from .gender import last_speaker_before

#: The evidence of a "he"/"she" resolved by :func:`same_pronoun_speaker`.
SAME_PRONOUN = "the same pronoun as the subject of the reporting verb just before: that speaker"

#: The most sentences back the speaker the chain goes on with may have spoken in.
MAX_SENTENCES_BACK = 3


def same_pronoun_speaker(resolver, t: Token) -> Actor | None:
    """The person the "he"/"she" at ``t`` goes on with when the last speaker before it, at
    most :data:`MAX_SENTENCES_BACK` sentences back in its paragraph or the one before, was
    the subject of a reporting verb written as the same pronoun, and no person is named
    outside quotations between that verb and ``t``; else None. ``resolver`` is a
    :class:`~.resolver.PronounResolver`; read when no person of the pronoun's gender fits."""
    if t.lower not in ("he", "she"):
        return None
    if (last := last_speaker_before(resolver.timeline, t.start)) is None:
        return None
    pos, actor = last
    if actor.kind != "person" or not _same_pronoun(resolver, pos, t):
        return None
    if resolver.sent_of(t.start) - resolver.sent_of(pos) > MAX_SENTENCES_BACK:
        return None
    pars = resolver.par_of_sent
    if pars[resolver.sent_of(t.start)] - pars[resolver.sent_of(pos)] > 1:
        return None
    for m in resolver.index.mentions_in(pos, t.start):
        if not m.in_quote and m.actor.kind == "person" and m.actor is not actor:
            return None  # "..., he added. Mr X said he ...": another person came between
    return actor


def _same_pronoun(resolver, pos: int, t: Token) -> bool:
    """The reporting verb at ``pos`` had as its subject the pronoun ``t`` is (in any case)."""
    cue = resolver.cue_starting(pos)
    ref = cue.subject if cue is not None else None
    if ref is None:
        return False
    return resolver.text[ref.start : ref.end].lower() == t.lower
