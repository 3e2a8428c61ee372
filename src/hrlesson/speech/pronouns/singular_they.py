"""A "they" that goes on with an unnamed spokesperson is that one person (a singular "they"):
``A spokesperson for Deliveroo said riders make on average over £10 an hour. They said:
"Q"``: "They" is the spokesperson, not a body or a group named before
(data/words/neutral_speaker_roles.txt)."""

from __future__ import annotations

from ...wordlists import word_set
from ..records import Actor
from ..tokens import Token
from .gender import last_speaker_before

#: Roles that say nothing of the person's sex (data/words/neutral_speaker_roles.txt).
NEUTRAL_ROLES = word_set("neutral_speaker_roles")

#: The evidence of a "they" resolved to the unnamed person who spoke last.
SINGULAR_THEY = "a singular 'they': the unnamed spokesperson who spoke last"

#: The most sentences back the spokesperson may have spoken in.
MAX_SENTENCES_BACK = 2


def neutral_role(actor: Actor) -> bool:
    """``actor`` is a person of no known sex whose role is one of :data:`NEUTRAL_ROLES`
    ("spokesperson for Deliveroo", "Unite spokesperson").

    >>> neutral_role(Actor("person", "spokesperson for Deliveroo", role="spokesperson for Deliveroo"))
    True
    >>> neutral_role(Actor("person", "Ann Lee", role="spokesperson", gender="f"))
    False
    >>> neutral_role(Actor("organisation", "Deliveroo"))
    False
    """
    if actor.kind != "person" or actor.gender is not None or not actor.role:
        return False
    return any(w in NEUTRAL_ROLES for w in actor.role.lower().split())


def spokesperson_they(att, t: Token) -> Actor | None:
    """The person the "they"/"They" at ``t`` goes on with, when the last speaker before it,
    within :data:`MAX_SENTENCES_BACK` sentences, is a person of a :func:`neutral_role`."""
    if t.lower != "they":
        return None
    if (last := last_speaker_before(att.timeline, t.start)) is None:
        return None
    pos, actor = last
    if att.sent_of(t.start) - att.sent_of(pos) > MAX_SENTENCES_BACK:
        return None
    return actor if neutral_role(actor) else None
