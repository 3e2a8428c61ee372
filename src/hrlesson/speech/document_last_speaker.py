"""A definite document nobody is named as owning is the last speaker's ("Ambassador X
said ..." then '"Q," the statement said': X's statement)."""

from __future__ import annotations

from .records import SpeakerRef
from .tokens import Token

#: Papers a body or a person issues in its own voice ("the report says" after "the
#: ministry said", "the statement said" after "Ambassador X said").
BODY_PAPERS = frozenset(["report", "statement", "communique", "communiqué"])

#: Kinds of actor whose words a paper carries, and how the evidence names each.
_ISSUER_KINDS = {
    "organisation": "the body that spoke last",
    "group": "the body that spoke last",
    "person": "the person who spoke last",
}


def speaker_spoke_before(att, words: list[Token], i: int) -> SpeakerRef | None:
    """``..., the Foreign Ministry said.`` then ``"Q," the report says``; ``Ambassador
    Natalie E. Brown said more than 75% ... had been denied.`` then ``"Q," the statement
    said``: a definite document ``words[i]`` nobody is named as owning is that of the body
    or person that spoke last, in this or the paragraph before (``att`` is the attributor,
    whose ``timeline`` holds the speakers read so far). A person issues statements, not
    reports ("Ivo Marek said the report was biased. According to the report, ...": an
    office's report, not his)."""
    t = words[i]
    if i == 0 or words[i - 1].lower != "the" or t.lower not in BODY_PAPERS:
        return None
    spoke = [(pos, a) for pos, a, _ in att.timeline if pos < t.start]
    if not spoke or spoke[-1][1].kind not in _ISSUER_KINDS:
        return None
    if spoke[-1][1].kind == "person" and t.lower == "report":
        return None
    if att.par_of_sent[att.sent_of(t.start)] - att.par_of_sent[att.sent_of(spoke[-1][0])] > 1:
        return None
    actor = spoke[-1][1]
    return SpeakerRef(actor, None, t.start, t.end, how=_ISSUER_KINDS[actor.kind])
