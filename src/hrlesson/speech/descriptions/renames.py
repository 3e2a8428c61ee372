"""A bare "the <noun>" renames the one person the text wrote that noun before ("Venezuelan
dictator Nicolás Maduro" ... "the dictator told"), or the one body a naming noun no group
description reads introduced ("actors union Equity" ... "the union said")."""

from __future__ import annotations

from ..bodies.group_noun import noun_choice
from ..bodies.noun_referents import bare_noun_body, body_named_near
from ..records import SpeakerRef
from ..tokens import Token
from ..vocabulary import NAMING_GROUP_NOUNS, TITLE_HEADS, is_group_word

RENAMED = "the noun written before this person's name earlier"

#: The evidence when the renamed actor is a body.
RENAMED_BODY = "the noun written before this body's name earlier"


def renames_actor(noun: str, kind: str) -> bool:
    """May "the <noun>" rename an actor of ``kind`` whose name the text wrote right after
    that noun? A person always ("the dictator"); a body only for a naming noun that no group
    description reads ("the union" after "actors union Equity", "the company" after "chip
    company Nvidia"; "the group" is read as a group).

    >>> renames_actor("union", "organisation"), renames_actor("group", "organisation")
    (True, False)
    >>> renames_actor("dictator", "person")
    True
    """
    if kind == "person":
        return True
    return (
        kind in ("organisation", "group") and noun in NAMING_GROUP_NOUNS and not is_group_word(noun)
    )


def described_by_noun(resolver, words: list[Token], at: int) -> SpeakerRef | None:
    """``He met with Venezuelan dictator Nicolás Maduro ... Without mentioning the Brazilian
    president, the dictator told "Q"``: the subject "the dictator" is the person whose name
    the writer put right after that lower-case noun earlier, when it stood so before one
    person only, and the noun is no title ("the spokesman"); "the union" is the union
    named last (the table of body nouns, :func:`bare_noun_body`). ``words`` are the subject's words ("the", noun); ``resolver`` is the
    :class:`Attributor`.
    """
    if len(words) != 2 or not words[1].text.islower():
        return None
    if words[0].lower in ("a", "an"):
        return indefinite_named_near(resolver, words)
    if words[0].lower != "the":
        return None
    noun = words[1].lower
    if noun_choice(noun) == "named_last":
        # "The Association of Flight Attendants-CWA" ... "the union said"
        found = bare_noun_body(resolver, noun, None, (words[0].start, words[1].end), words[0].start)
        if found is not None:
            return found
    if noun in TITLE_HEADS:
        return None  # "the spokesman": a title, read by the title rules
    toks, found = resolver.tokens, {}
    for m in resolver.index.mentions_in(0, words[0].start):
        if not renames_actor(noun, m.actor.kind) or m.in_quote:
            continue
        k = resolver.index.token_index(m.start)
        if k >= 1 and toks[k - 1].lower == noun and toks[k - 1].text.islower():
            found[id(m.actor)] = m.actor
    if len(found) != 1:
        return None
    (actor,) = found.values()
    resolver.note_span(actor, words[0].start, words[1].end)
    how = RENAMED if actor.kind == "person" else RENAMED_BODY
    return SpeakerRef(actor, None, words[0].start, words[1].end, actor.kind == "person", how=how)


def indefinite_named_near(resolver, words: list[Token]) -> SpeakerRef | None:
    """ "a <noun>" of a union-like body noun (choice "named_last" in the table of body
    nouns) that the text names near it, in its sentence or as the subject of the next:
    ``..., a union has said. The Unite union said strikes ...``: Unite
    (:func:`hrlesson.speech.bodies.noun_referents.body_named_near`). None when no body or
    several fit."""
    noun = words[1].lower
    if noun_choice(noun) != "named_last":
        return None
    span = (words[0].start, words[1].end)
    actor, how = body_named_near(resolver, noun, span)
    if actor is None:
        return None
    resolver.note_span(actor, *span)
    return SpeakerRef(actor, None, *span, how=how)
