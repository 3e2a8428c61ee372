"""A street's name read as a person's is a place, no actor: "Andy Moger, who lives opposite
the club in Broadway House, Stoney Street, said" (the speaker is Moger, never "Stoney
Street"; a later "He" is not the street either).

The name finder reads a capitalised run of two words with nothing else to show its kind
as a person's. When its last word is a street noun (data/words/address_nouns.txt)
and its first word is no given name ("Ann Lane" stays a person), nothing marks a person
(no gender, no role) and it is no seat of power ("Downing Street" speaks for the
government) nor ever opens a sentence or clause as its subject ("Wall Street also reacted
negatively": the markets there), the run names an address: the actor and its mentions
are dropped.
"""

from __future__ import annotations

from ..wordlists import word_set
from .records import Actor, Mention
from .vocabulary import FIRST_NAMES, HONORIFICS, SEATS_OF_POWER

#: Last words of a street's or a building's name: data/words/address_nouns.txt.
ADDRESS_NOUNS = word_set("address_nouns")


def names_address(actor: Actor) -> bool:
    """``Stoney Street``, ``Market Street``: a name read as a person's, unmarked, that
    ends with an address noun after a first word that is no given name or honorific.

    >>> names_address(Actor("person", "Stoney Street"))
    True
    >>> names_address(Actor("person", "Ann Lane")), names_address(Actor("person", "Lane"))
    (False, False)
    >>> names_address(Actor("person", "Downing Street"))
    False
    """
    words = actor.name.split()
    if actor.kind != "person" or actor.marked_person or len(words) < 2:
        return False
    first, last = words[0].lower(), words[-1].lower()
    return (
        last in ADDRESS_NOUNS
        and first not in FIRST_NAMES
        and first.rstrip(".") not in HONORIFICS
        and actor.name.lower() not in SEATS_OF_POWER
    )


def drop_address_names(
    actors: list[Actor], mentions: list[Mention], by_key: dict[str, Actor]
) -> None:
    """Drop the actors :func:`names_address` reads as addresses, their mentions and keys,
    unless a mention opens a sentence or clause ("Wall Street is changing how it
    evaluates"): then the street stands for those who work there."""
    subjects = {id(m.actor) for m in mentions if m.subject}
    dropped = {id(a) for a in actors if names_address(a) and id(a) not in subjects}
    if not dropped:
        return
    actors[:] = [a for a in actors if id(a) not in dropped]
    mentions[:] = [m for m in mentions if id(m.actor) not in dropped]
    for key in [k for k, a in by_key.items() if id(a) in dropped]:
        del by_key[key]
