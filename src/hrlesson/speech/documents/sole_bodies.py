"""An unowned statement in an article about one body: ``Iwi have reached out to the
Department of Conservation ...`` then ``"Q," a statement said``: the statement is the
body's that the article so far shows acting or speaking, when it is the only one."""

from __future__ import annotations

from ..bodies.group_noun import name_only
from ..bodies.noun_referents import is_platform
from ..records import Actor, SpeakerRef, sole_actor
from ..tokens import Token
from .authors import document_name_start
from .last_speaker import BODY_PAPERS
from .lawsuits import tokens_before

#: How the evidence names the rule.
SOLE_BODY = "the one body the article shows acting or speaking before it"


def acting_body(actor: Actor) -> bool:
    """Can ``actor`` issue a statement in its own name as a body: an organisation or a
    group (one body, not states listed together), or a one-word name nothing shows is a
    person's ("Iwi", "OKEx"); never a state, a person or a people.

    >>> acting_body(Actor("organisation", "City of Cape Town"))
    True
    >>> acting_body(Actor("state", "Zimbabwe")), acting_body(Actor("person", "Ian Klopper"))
    (False, False)
    >>> acting_body(Actor("person", "Iwi", key="single:iwi"))
    True
    """
    if actor.key.startswith("joint:"):
        return False
    return actor.kind in ("organisation", "group") or name_only(actor)


def sole_body_before(att, at: int, ungendered: bool = False) -> Actor | None:
    """The one actor that leads a sentence or speaks outside quotations before ``at``
    and is a body (:func:`acting_body`); None when none does, when two bodies do, or
    when a person or a state spoke or led a sentence before (the statement may be theirs);
    a platform (:func:`.bodies.noun_referents.is_platform`: "A Facebook page for
    the rally suggested") does not count. With ``ungendered`` a name read as a person's
    with no gender counts as a body ("Manchester United has led the tributes")."""
    spoke = [a for pos, a, _ in att.timeline if pos < at]
    leading = [m.actor for m in att.index.mentions_in(0, at) if m.subject and not m.in_quote]
    actors = [a for a in spoke + leading if not is_platform(a)]
    if not actors or not all(
        acting_body(a) or (ungendered and a.kind == "person" and a.gender is None) for a in actors
    ):
        return None
    return sole_actor(actors)


def sole_body_statement(att, words: list[Token], i: int) -> SpeakerRef | None:
    """``Iwi have reached out to the Department of Conservation this evening ...`` then
    ``"Q," a statement said``: a document of a body's own voice (data/words/body_papers.txt,
    not a report) brought in with "a/an", or with "the" where the article names it first
    ("ADAK defended its record ..." then ``"Q," an excerpt from the statement said``;
    xinhua_report_rebuttal_adak_citizen), nobody named as issuing it, is the statement of
    the one body the article has shown acting or speaking so far
    (:func:`sole_body_before`); the department only named as an object does not count.
    A name read as a person's with no gender counts as that body: a person issues a
    statement in its own name too ("BC Ferries announced that it cancelled sailings" ...
    "BC Ferries also states that" ... '"Q," the statement adds': BC Ferries;
    bc_ferries_queen_new_westminster_statement_ctvnews). ``att`` is an :class:`Attributor`."""
    t = words[i]
    first = document_name_start(words, i)
    if first == 0 or words[first - 1].lower not in ("a", "an", "the"):
        return None
    if words[first - 1].lower == "the" and not first_mention(att, t):
        return None  # "the statement" after one named before: that one's
    if t.lower not in BODY_PAPERS or t.lower == "report":
        return None
    actor = sole_body_before(att, t.start, ungendered=True)
    if actor is None:
        return None
    return SpeakerRef(actor, None, t.start, t.end, how=SOLE_BODY)


def first_mention(att, noun: Token) -> bool:
    """The document noun ``noun`` ("the statement") is the first of its word in the article
    outside quotations: no earlier "statement" (nor "statements") it could take up.
    ``att`` is an :class:`Attributor`."""
    word = noun.lower.removesuffix("s")
    return not any(
        t.lower.removesuffix("s") == word and att.quote_at(t.start) is None
        for t in tokens_before(att, noun)
    )
