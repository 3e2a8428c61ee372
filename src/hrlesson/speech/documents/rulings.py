"""A ruling nobody is named as giving is the panel's that spoke last: "The stewards reviewed
the incident after the race and declared Verstappen “predominantly to blame”" then "The
verdict explained: “Q”" (monza_verstappen_grid_penalty_stewards_shacklemedia): the
stewards', when the article names no court."""

from __future__ import annotations

from ..records import SpeakerRef
from ..tokens import Token

#: Nouns for what a court or a panel decided: its words are the panel's.
RULING_NOUNS = frozenset(["verdict", "ruling", "judgment", "judgement"])

#: Kinds of actor that sit as a panel and give a ruling (not a person: a lawyer who spoke
#: of it; not a state).
_PANEL_KINDS = ("organisation", "group")

#: Paragraphs back the panel may have spoken in.
_REACH = 2


def panel_spoke_before(att, words: list[Token], i: int) -> SpeakerRef | None:
    """``The stewards ... declared Verstappen “predominantly to blame”.`` then ``The
    verdict explained: “Q”``: a definite ruling ``words[i]`` ("the verdict", "the
    ruling") nobody is named as giving is that of the body or group that spoke last, in
    this paragraph or the two before; the caller asks only when the article names no
    court. ``att`` is the attributor, whose ``timeline`` holds the speakers read so far.

    >>> from hrlesson.speech.tokens import tokenize
    >>> panel_spoke_before(None, tokenize("a verdict", [0]), 1) is None
    True
    """
    t = words[i]
    if t.lower not in RULING_NOUNS or i == 0 or words[i - 1].lower != "the":
        return None
    last = next(((pos, a) for pos, a, _ in reversed(att.timeline) if pos < t.start), None)
    if last is None or last[1].kind not in _PANEL_KINDS:
        return None
    pos, actor = last
    if att.par_of_sent[att.sent_of(t.start)] - att.par_of_sent[att.sent_of(pos)] > _REACH:
        return None
    return SpeakerRef(
        actor, None, t.start, t.end, how="the panel that spoke last, whose ruling it is"
    )
