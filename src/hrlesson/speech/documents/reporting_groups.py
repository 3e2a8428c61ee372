"""An unowned statement is the group's that the last reporting verb before it has as its
subject: ``Event organizers confirmed the 52-year-old's death ...`` then ``"Q," a statement
read``: the event organizers' statement, not the statement alone nor the rider it is about."""

from __future__ import annotations

from ...wordlists import word_set
from ..records import SpeakerRef
from ..tokens import Token
from .last_speaker import BODY_PAPERS
from .sole_bodies import acting_body, first_mention

#: Plural nouns for people who issue a document together ("organisers", "officials"):
#: data/words/issuing_people_nouns.txt.
ISSUING_PEOPLE_NOUNS = word_set("issuing_people_nouns")

#: How the evidence names the rule.
REPORTING_GROUP = "the group the last reporting verb before it has as subject"


def issuing_group(label: str | None) -> bool:
    """``label`` is a plural description of people with no name that issue documents
    together: its last word is one of data/words/issuing_people_nouns.txt, all its words
    in lower case but the first ("Event organizers", "race organisers"; not "Daley Mathison",
    nor "the rider").

    >>> issuing_group("Event organizers"), issuing_group("Organisers")
    (True, True)
    >>> issuing_group("the rider"), issuing_group("Daley Mathison"), issuing_group(None)
    (False, False, False)
    """
    words = (label or "").split()
    if not words or words[-1].lower() not in ISSUING_PEOPLE_NOUNS:
        return False
    return all(w.islower() for w in words[1:])


def group_reported_before(att, words: list[Token], i: int) -> SpeakerRef | None:
    """``Event organizers confirmed the 52-year-old's death on Monday ...`` then ``"We
    extend our deepest sympathy ...," a statement read``; ``Organizers said English motorcycle
    rider Daley Mathison died Monday ...`` then, paragraphs later with no other reporting verb
    between, ``"Q," the statement said``: a statement ("a statement", or "the statement" the
    article names first; data/words/body_papers.txt, not a report) nobody is named as issuing
    is the statement of the subject of the last reporting verb before it, outside quotations,
    when that subject is a plural group of people with no name (:func:`issuing_group`): the
    organisers who spoke of the event issue its statement, not the person it is about.
    ``att`` is the attributor."""
    t = words[i]
    if i == 0 or t.lower not in BODY_PAPERS or t.lower == "report":
        return None
    det = words[i - 1].lower
    if det not in ("a", "an", "the") or (det == "the" and not first_mention(att, t)):
        return None
    before = [c for c in att.cues_in(0, t.start) if c.sent < t.sent and not c.passive]
    if not before or before[-1].subject is None:
        return None
    subject = before[-1].subject
    if subject.actor is not None or not issuing_group(subject.label):
        return None
    return SpeakerRef(None, subject.label, subject.start, subject.end, how=REPORTING_GROUP)


#: How the evidence names :func:`body_reported_just_before`.
BODY_REPORTED_JUST_BEFORE = "the body the reporting verb of the sentence before has as subject"


def body_reported_just_before(att, words: list[Token], i: int) -> SpeakerRef | None:
    """``A statement from the club said ...`` ... ``On Wednesday, Tourism NI said it
    ‘regretted’ the club’s decision ...`` then ``A statement said: ‘Tourism NI regrets
    ...’``: a statement brought in with "a/an" (data/words/body_papers.txt, not a report)
    is a new one, not the statement of the same kind named before: it is the body's that the
    last reporting verb of the sentence right before has as its subject (a body:
    :func:`.sole_bodies.acting_body`; the verb outside quotations, in the paragraph before
    too); not a statement its own sentence names an actor before ("Ambassador Jan Grauls
    ... read out a statement", "Downer also issued a statement": theirs, the rules that
    read the issuing verb decide). ``att`` is the attributor."""
    t = words[i]
    if i == 0 or words[i - 1].lower not in ("a", "an") or t.lower not in BODY_PAPERS:
        return None
    if t.lower == "report" or t.sent == 0 or named_before_in_sentence(att, t):
        return None
    before = [c for c in att.cues_in(0, t.start) if not c.passive and c.subject is not None]
    if not before or before[-1].sent != t.sent - 1:
        return None
    subject = before[-1].subject
    if subject.actor is None or not acting_body(subject.actor):
        return None
    return SpeakerRef(
        subject.actor, None, subject.start, subject.end, how=BODY_REPORTED_JUST_BEFORE
    )


def named_before_in_sentence(att, noun: Token) -> bool:
    """An actor is named, outside quotations, between the start of the sentence of the
    document noun ``noun`` and the noun ("Downer also issued a statement"; not "A statement
    said", nor '"Q," a statement read'). ``att`` is the attributor."""
    start = att.sentences[noun.sent][3]
    return any(not m.in_quote for m in att.index.mentions_in(start, noun.start))
