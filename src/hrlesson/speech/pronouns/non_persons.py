"""Actors read as persons that no "he" or "she" points back to: a place, a people or a
party designation by its name (:func:`no_person_name`), or a place written only in
capitals, as a dateline writes it ("LOS ANGELES (CNSNews.com) - ...")."""

from __future__ import annotations

from ..names.non_names import no_person_name
from ..records import Actor


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


def no_person_ids(actors) -> set[int]:
    """The ids of actors read as persons that are no person: a place or a people by name
    ("crews from as far away as Michigan and Maryland" ... "Q," he said: not Maryland), a
    dateline's place (:func:`dateline_only`)."""
    return {
        id(a) for a in actors if a.kind == "person" and (no_person_name(a.name) or dateline_only(a))
    }
