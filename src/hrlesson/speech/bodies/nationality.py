"""A body's nationality as the article gives it: "French building material group
Saint-Gobain" is French, so "the British group" that answers it is another body."""

from __future__ import annotations

import re

from ..descriptions.heads import recent_body
from ..vocabulary import DEMONYMS
from .group_noun import group_noun_fits
from .prepositional_bodies import named_only_in_phrases

#: The countries demonyms name.
_NATIONS = frozenset(DEMONYMS.values())

#: Up to five words before a name in its sentence, closed by the name ("French building
#: material group Saint-Gobain"): no stop, comma or quotation mark between.
_BEFORE_NAME = re.compile(r"(?:[\w’'-]+\s+){1,5}$")


def introduced_nationality(text: str, start: int) -> str | None:
    """The country whose demonym introduces the name at ``start`` within the five words
    before it: "French building material group Saint-Gobain" is French; a demonym after a
    stop or comma introduces something else.

    >>> s = "a takeover bid from French building material group Saint-Gobain undervalued"
    >>> introduced_nationality(s, s.index("Saint"))
    'France'
    >>> s = "He is French. Saint-Gobain said"
    >>> introduced_nationality(s, s.index("Saint")) is None
    True
    """
    run = _BEFORE_NAME.search(text[max(0, start - 80) : start])
    if run is None:
        return None
    for word in reversed(run.group(0).split()):
        if word[:1].isupper() and word.lower() in DEMONYMS:
            return DEMONYMS[word.lower()]
    return None


def nationality_fits(mentions, text: str, actor, country: str | None) -> bool:
    """Can ``actor`` be described as a body of ``country`` (a description's nationality,
    "the British group")? Not when the article introduced its name, outside quotations,
    with another country's demonym ("French ... group Saint-Gobain"). ``mentions`` are the
    article's mentions.

    >>> from ..records import Actor, Mention
    >>> s = "a bid from French building material group Saint-Gobain"
    >>> body = Actor("organisation", "Saint-Gobain")
    >>> ms = [Mention(s.index("Saint"), len(s), body, "name")]
    >>> nationality_fits(ms, s, body, "United Kingdom")
    False
    >>> nationality_fits(ms, s, body, "France")
    True
    """
    if country is None or country not in _NATIONS:
        return True
    for m in mentions:
        if m.actor is actor and m.how == "name" and not m.in_quote:
            given = introduced_nationality(text, m.start)
            if given is not None and given != country:
                return False
    return True


def spoke_last_evidence(country: str | None) -> str:
    """The evidence for :func:`body_spoke_last`: it says when a description's nationality
    ruled bodies out.

    >>> spoke_last_evidence("United Kingdom")
    'the body that spoke last (none introduced as of another country)'
    >>> spoke_last_evidence(None)
    'the body that spoke last'
    """
    note = " (none introduced as of another country)" if country in _NATIONS else ""
    return "the body that spoke last" + note


def body_spoke_last(recent, mentions, text: str, at: int, aff: str | None, noun: str):
    """``BPB ... repeated its view`` ... ``French building material group Saint-Gobain
    announced`` ... ``"Q," the British group said``: the body that spoke last before ``at``
    that a bare "the <noun>" (affiliation ``aff``) can describe and whose nationality fits
    (:func:`nationality_fits`), never a body only named in prepositional phrases
    (:func:`.prepositional_bodies.named_only_in_phrases`: "at the launch of the Zakat Fund").
    ``recent(at, ok)`` finds the latest speaker ``ok`` accepts; ``mentions`` are the
    article's mentions."""
    return recent(
        at,
        lambda a: (
            recent_body(a, aff)
            and group_noun_fits(a, noun)
            and nationality_fits(mentions, text, a, aff)
            and not named_only_in_phrases(mentions, text, a, at)
        ),
    )
