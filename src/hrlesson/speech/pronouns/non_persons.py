"""Actors read as persons that no "he" or "she" points back to: a place, a people or a
party designation by its name (:func:`no_person_name`), a place written only in capitals,
as a dateline writes it ("LOS ANGELES (CNSNews.com) - ..."), a place by the shape of its
name (:func:`place_shaped`) or a team named for its city (:func:`team_named_for_place`)."""

from __future__ import annotations

import re

from ...wordlists import word_set
from ..names.non_names import no_person_name
from ..records import Actor
from ..vocabulary import CAPITALS, FIRST_NAMES, SETTLEMENT_NOUNS

#: Capitalised words that open a place's name ("Port Aransas", "Fort Worth").
PLACE_NAME_OPENERS = word_set("place_name_openers")


def dateline_only(actor: Actor) -> bool:
    """``LOS ANGELES (CNSNews.com) - Joe Buscaino ...`` ... ``he said``: a name of two
    words or more read as a person's, written only in capitals and never marked as a person
    (a gender, a role), is a dateline's place, not a person a pronoun points back to.

    >>> dateline_only(Actor("person", "Los Angeles", forms=["LOS ANGELES"]))
    True
    >>> dateline_only(Actor("person", "Joe Buscaino", forms=["Joe Buscaino", "Buscaino"]))
    False
    """
    return (
        bool(actor.forms)
        and not actor.marked_person
        and all(f.isupper() and len(f.split()) >= 2 for f in actor.forms)
    )


def place_shaped(actor: Actor) -> bool:
    """``... banned salons in Samburu County`` ... ``"Q," he said``; ``here in Port
    Aransas`` ... ``he said``: a name read as a person's, never marked as a person (a
    gender, a role), that ends in a settlement noun ("County", "District", "Township";
    data/words/settlement_nouns.txt) or opens with a place's first word ("Port", "Fort",
    "Mount"; data/words/place_name_openers.txt) before a word that is no given name, is a
    place, not a person a pronoun points back to.

    >>> place_shaped(Actor("person", "Samburu County"))
    True
    >>> place_shaped(Actor("person", "Port Aransas"))
    True
    >>> place_shaped(Actor("person", "Stephen Lekupe", gender="m"))
    False
    """
    words = actor.name_tokens
    if actor.marked_person or len(words) < 2 or words[0] in FIRST_NAMES:
        return False
    return words[-1] in SETTLEMENT_NOUNS or (
        words[0] in PLACE_NAME_OPENERS and words[1] not in FIRST_NAMES
    )


def team_named_for_place(actor: Actor, text: str) -> bool:
    """``Washington Capitals owner Ted Leonsis said`` ... ``The Capitals have been careful``
    ... ``"Q," he said``: a name read as a person's, never marked as a person, whose first
    word is a place or a capital by name (data/words/place_and_people_names.csv,
    countries.csv) and whose last word is a capitalised plural that ``text`` also writes
    after "the" ("the Capitals", "the Rangers") is a team, not a person a pronoun points
    back to; not when the first word is also a given name ("Georgia Matthews"), nor a
    surname in "s" the text never writes after "the" ("Washington Jones").

    >>> team_named_for_place(Actor("person", "Washington Capitals"), "The Capitals won.")
    True
    >>> team_named_for_place(Actor("person", "Washington Jones"), "Jones won.")
    False
    """
    words = actor.name.split()
    if actor.marked_person or len(words) < 2 or not _place_word(actor.name_tokens[0]):
        return False
    last = words[-1]
    if not (last[:1].isupper() and last.endswith("s") and not last.endswith("ss")):
        return False
    return re.search(rf"\b[Tt]he {re.escape(last)}\b", text) is not None


def _place_word(word: str) -> bool:
    """``word`` (lower case) names a place or a capital and is no given name."""
    return word not in FIRST_NAMES and (no_person_name(word) or word in CAPITALS)


def no_person_ids(actors, text: str) -> set[int]:
    """The ids of actors read as persons that are no person: a place or a people by name
    ("crews from as far away as Michigan and Maryland" ... "Q," he said: not Maryland), a
    dateline's place (:func:`dateline_only`), a place by its name's shape
    (:func:`place_shaped`), a team named for its place in ``text``
    (:func:`team_named_for_place`)."""
    return {
        id(a)
        for a in actors
        if a.kind == "person"
        and (
            no_person_name(a.name)
            or dateline_only(a)
            or place_shaped(a)
            or team_named_for_place(a, text)
        )
    }
