"""A ship's name is no actor: "one on the bulk carrier Katerina in April", "the tanker
Front U11", "tug boat Budget 19" (malacca_singapore_robbery_rise_recaap_poandpo). The name
finder reads such a run as a body's or a person's; a later "the body that spoke last" or
"it" would then fall on the ship named in passing, not the body that reports the attacks.

A name written right after a lower-case noun of a ship (data/words/vessel_nouns.txt; a
"carrier" after a word of its cargo or kind: data/words/ship_carrier_modifiers.txt) at
every place the article writes it, never opening a sentence or clause as its subject, names
a vessel: the actor and its mentions are dropped.
"""

from __future__ import annotations

import re

from ..wordlists import word_set
from .records import Actor, Mention

#: Nouns of a ship before its name: data/words/vessel_nouns.txt.
VESSEL_NOUNS = word_set("vessel_nouns")

#: Words before "carrier" that make it a ship: data/words/ship_carrier_modifiers.txt.
SHIP_CARRIER_MODIFIERS = word_set("ship_carrier_modifiers")

#: The two words right before a name: "bulk carrier ", "the tanker ".
_TWO_WORDS_BEFORE = re.compile(r"(?:([A-Za-z]+)\s+)?([a-z]+)\s+$")


def after_vessel_noun(text: str, start: int) -> bool:
    """Does a lower-case noun of a ship stand right before the name at ``start``?

    >>> s = "one on the bulk carrier Katerina in April, the tanker Front U11, by airline carrier Qantas"
    >>> [after_vessel_noun(s, s.index(w)) for w in ("Katerina", "Front", "Qantas")]
    [True, True, False]
    """
    m = _TWO_WORDS_BEFORE.search(text, max(0, start - 40), start)
    if m is None:
        return False
    noun, before = m.group(2), (m.group(1) or "").lower()
    return noun in VESSEL_NOUNS or (noun == "carrier" and before in SHIP_CARRIER_MODIFIERS)


def vessel_actors(text: str, actors: list[Actor], mentions: list[Mention]) -> set[int]:
    """The ids of the actors every mention of which stands right after a noun of a ship
    (:func:`after_vessel_noun`), none a subject, none inside a quotation."""
    places: dict[int, list[Mention]] = {}
    for m in mentions:
        places.setdefault(id(m.actor), []).append(m)
    return {
        id(a)
        for a in actors
        if a.kind in ("organisation", "person")
        and (ms := places.get(id(a)))
        and all(not m.subject and not m.in_quote and after_vessel_noun(text, m.start) for m in ms)
    }


def drop_vessel_names(
    text: str, actors: list[Actor], mentions: list[Mention], by_key: dict[str, Actor]
) -> bool:
    """Drop the actors :func:`vessel_actors` reads as ships, their mentions and keys; did
    it drop any?"""
    dropped = vessel_actors(text, actors, mentions)
    if not dropped:
        return False
    actors[:] = [a for a in actors if id(a) not in dropped]
    mentions[:] = [m for m in mentions if id(m.actor) not in dropped]
    for key in [k for k, a in by_key.items() if id(a) in dropped]:
        del by_key[key]
    return True
