"""Which body a bare "the group" points back to: a group, never a state's institution."""

from __future__ import annotations

from ..wordlists import word_set
from .records import Actor

#: Last words of a state's institutions: data/words/state_force_words.txt.
STATE_FORCE_WORDS = word_set("state_force_words")

#: Nouns for a news organisation: data/words/media_nouns.txt.
MEDIA_NOUNS = word_set("media_nouns")

#: Nouns for those who work for one: data/words/newsroom_roles.txt.
NEWSROOM_ROLES = word_set("newsroom_roles")

#: Bare nouns that name a group of people (a movement, an armed or a rights group), not
#: a body of a state.
_GROUP_ONLY_NOUNS = frozenset(["group", "ngo", "charity"])

#: Bare nouns that name an organisation only: data/words/organisation_only_nouns.txt.
_ORGANISATION_ONLY_NOUNS = word_set("organisation_only_nouns")


def group_noun_fits(actor: Actor, noun: str) -> bool:
    """Can ``actor`` be "the <noun>" ("the group said")? For "group", "NGO", "charity", not
    a state's institution: ``Hamas ... hours after the Israeli military told residents to
    evacuate ... "Q", the group said`` is Hamas, not the military that acted last.

    >>> group_noun_fits(Actor("group", "Israeli military"), "group")
    False
    >>> group_noun_fits(Actor("group", "Hamas"), "group")
    True
    >>> group_noun_fits(Actor("organisation", "Foreign Ministry"), "agency")
    True

    A bloc, an agency, a body is one body, never states or bodies listed together that
    speak as one ("Mali, Niger and Burkina Faso ... the regional bloc said": ECOWAS):

    >>> group_noun_fits(Actor("group", "Niger and Burkina Faso", key="joint:burkina faso|niger"), "bloc")
    False

    An agency or a company is an organisation, not a group the text describes ("Many nations
    had barred the jet ... the agency said": the Federal Aviation Administration):

    >>> group_noun_fits(Actor("group", "Many nations"), "agency")
    False
    """
    if noun in _ORGANISATION_ONLY_NOUNS:
        return actor.kind == "organisation"
    if noun not in _GROUP_ONLY_NOUNS:
        return not actor.key.startswith("joint:")
    words = actor.name.lower().split()
    return not (words and words[-1] in STATE_FORCE_WORDS)


def is_state(actor: Actor) -> bool:
    """``actor`` is a state ("the government" may be its)."""
    return actor.kind == "state"


def sole_state_before(index, before: int) -> Actor | None:
    """The one state the text names (outside quotations) before ``before``, else None:
    ``Bahrain has criticized ... a Human Rights Watch report`` and, paragraphs of HRW's
    words later, ``the government said``: Bahrain's (``index`` is the article's actor
    index)."""
    states = {
        id(m.actor): m.actor
        for m in index.mentions_in(0, before)
        if m.actor.kind == "state" and not m.in_quote
    }
    return next(iter(states.values())) if len(states) == 1 else None


def media_employer_before(index, noun: str, before: int) -> Actor | None:
    """For "the <media noun>" (``noun``: "channel", "newspaper") at ``before``: the
    organisation last named before it right before a newsroom role, the news
    organisation it is: ``the family members of an Iran International journalist ...
    The London-based Farsi news channel said`` is Iran International. ``index`` is the
    article's actor index."""
    if noun not in MEDIA_NOUNS:
        return None
    found = None
    for m in index.mentions_in(0, before):
        k = index.token_index(m.end)
        if m.in_quote or m.actor.kind != "organisation" or k >= len(index.tokens):
            continue
        if index.tokens[k].lower in NEWSROOM_ROLES and index.tokens[k].start <= m.end + 1:
            found = m.actor
    return found
