"""An "it" may point back to a name the index read as a person: a body with no first name
("Telenor revealed "grave concern" about the order, which it said ...")."""

from __future__ import annotations

from ..records import Actor
from ..vocabulary import FIRST_NAMES, unaccented
from .fronted_subjects import after_relative_clause, verb_after_name
from .gender import last_speaker_before

#: The evidence for a "they" resolved by :func:`body_reporting_they`.
BODY_REPORTING_THEY = "the body read as a person whose reporting verb the pronoun's clause follows"


def body_read_as_person(actor: Actor) -> bool:
    """``actor`` is a "person" that nothing marks as one: no gender, no role, and no known
    first name opens its name ("Roskomnadzor", "Telenor Asa"); an "it" may be that body.

    >>> body_read_as_person(Actor("person", "Roskomnadzor"))
    True
    >>> body_read_as_person(Actor("person", "Maria Zakharova"))
    False
    >>> body_read_as_person(Actor("person", "Ruto", gender="m"))
    False
    """
    if actor.kind != "person" or actor.gender is not None or actor.role:
        return False
    words = actor.name.split()
    return bool(words) and unaccented(words[0].lower()) not in FIRST_NAMES


def body_subject_read_as_person(resolver, t) -> Actor | None:
    """The subject that opens the sentence of the "it" at ``t``, when it is such a "person"
    (:func:`body_read_as_person`) followed by its verb, and no other name stands between
    it and "it" (outside quotations): ``Telenor revealed "grave concern" about the order, which it said had
    been accepted``: "it" is Telenor, not the ministry named paragraphs before.
    ``resolver`` is a :class:`PronounResolver`."""
    if t.lower != "it":
        return None
    s_start = resolver.sentences[t.sent][3]
    named = [m for m in resolver.index.mentions_in(s_start, t.start) if not m.in_quote]
    if not named or not named[0].subject or not body_read_as_person(named[0].actor):
        return None
    if any(m.actor is not named[0].actor for m in named[1:]):
        return None
    k = resolver.index.token_index(named[0].start)
    return named[0].actor if verb_after_name(resolver.tokens, k) else None


def speaker_read_as_body_before(resolver, t, at: int, ok) -> Actor | None:
    """The speaker before the "it" at ``t`` (in its paragraph or the one before), when it is
    such a "person" (:func:`body_read_as_person`) and no actor ``ok`` accepts was named as a
    subject or spoke after it: ``FIFA said it "has taken good note" of the positions ...
    It added that it "will remain in close contact"``: "It" is FIFA, not Russia named in
    the sentence before. ``resolver`` is a :class:`PronounResolver`."""
    if t.lower != "it":
        return None
    last = last_speaker_before(resolver.timeline, at)
    if last is None or not body_read_as_person(last[1]):
        return None
    pos, actor = last
    ranks = resolver._narrative_rank()
    par = lambda p: ranks[resolver.par_of_sent[resolver.sent_of(p)]]
    if par(at) - par(pos) > 1:
        return None
    recent = resolver.recent_at(at, ok)
    if recent is not None and reported_by(resolver, pos, recent[0]):
        recent = None
    return actor if recent is None or recent[0] < pos else None


def reported_by(resolver, pos: int, found: int) -> bool:
    """The name at ``found`` stands in the clause the speaker's verb at ``pos`` reports,
    as an owner ("Qantas said the timeframe the ACCC’s claims related to ... was one of
    ..."): the words are the speaker's, so the body named inside them is no later "it"."""
    k = resolver.index.token_index(found)
    owner = 0 <= k < len(resolver.tokens) and resolver.tokens[k].poss
    return owner and pos < found and resolver.sent_of(pos) == resolver.sent_of(found)


def body_reporting_they(resolver, t) -> Actor | None:
    """The subject that opens the sentence of the "they" at ``t``, when it is a body read as
    a person (:func:`body_read_as_person`: a team, a club or a firm by its one name) and
    the "they" opens the clause that subject's own verb reports, right after the verb or
    its "that": ``Albion revealed they themselves reported "historical administrative
    errors"``: "they" is Albion (a club spoken of in the plural), not the Football
    Association named the paragraph before. ``resolver`` is a :class:`PronounResolver`."""
    if t.lower != "they":
        return None
    s_start = resolver.sentences[t.sent][3]
    named = [m for m in resolver.index.mentions_in(s_start, t.start) if not m.in_quote]
    if len(named) != 1 or not named[0].subject or not body_read_as_person(named[0].actor):
        return None
    if len(named[0].actor.name.split()) != 1:
        return None  # "Jose Mourinho": a person's full name, whatever its first name
    toks, k = resolver.tokens, resolver.index.token_index(named[0].start)
    if not verb_after_name(toks, k):
        return None
    verb = after_relative_clause(toks, resolver.index.token_index(named[0].end))
    after = verb + 2 if verb + 1 < len(toks) and toks[verb + 1].lower == "that" else verb + 1
    return named[0].actor if after < len(toks) and toks[after].start == t.start else None
