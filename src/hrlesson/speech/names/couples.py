"""The first of a couple written with one surname, later named by the given name alone,
is named in full: "Keith and Jennifer Riley had moored" ... "Keith said" → "Keith Riley"."""

from __future__ import annotations

import re

from ..vocabulary import FIRST_NAMES, unaccented
from .peers import peer_named_persons


def _couple_surname(text: str, given: str) -> str | None:
    """The surname of the couple ``given`` opens, written "<given> and <given> <Surname>"
    with no capitalised word after the surname, or None.

    >>> _couple_surname("Keith and Jennifer Riley had moored", "Keith")
    'Riley'
    >>> _couple_surname("Keith and Jennifer Riley Trust said", "Keith") is None
    True
    """
    pattern = re.escape(given) + r" and ([A-Z][a-z]+) ([A-Z][\w’'-]+)\b(?! [A-Z])"
    for found in re.finditer(r"(?<![\w’'-])" + pattern, text):
        if unaccented(found.group(1).lower()) in FIRST_NAMES:
            return found.group(2)
    return None


def couple_named_persons(text: str, actors: list) -> None:
    """Give a person named by a given name alone the surname of the couple that name opens
    ("Tanya and Simon Brown created the trust" ... "Tanya suggests" → "Tanya Brown"); the
    given name stays a form of the name. Only when no other person has that full name.

    >>> from ..records import Actor
    >>> keith = Actor("person", "Keith", mentions=[(0, 5)])
    >>> couple_named_persons("Keith and Jennifer Riley had moored. Keith said.", [keith])
    >>> keith.name, keith.forms
    ('Keith Riley', ['Keith'])
    >>> smith = Actor("person", "Smith", mentions=[(0, 5)])
    >>> couple_named_persons("Smith and Jennifer Riley said.", [smith])
    >>> smith.name
    'Smith'
    """
    taken = {a.name for a in actors if a.kind == "person"}
    for actor in actors:
        if actor.kind != "person" or " " in actor.name or not actor.mentions:
            continue
        if unaccented(actor.name.lower()) not in FIRST_NAMES:
            continue
        surname = _couple_surname(text, actor.name)
        if surname is None or f"{actor.name} {surname}" in taken:
            continue
        actor.add_form(actor.name)
        actor.name = f"{actor.name} {surname}"


def persons_named_in_full(text: str, actors: list) -> None:
    """Name in full, once all names are linked, a person named by one word after a peer's
    style ("Lord Frost": :func:`peer_named_persons`) and the first of a couple named by the
    given name alone ("Keith" → "Keith Riley": :func:`couple_named_persons`).

    >>> from ..records import Actor
    >>> keith = Actor("person", "Keith", mentions=[(0, 5)])
    >>> persons_named_in_full("Keith and Jennifer Riley had moored. Keith said.", [keith])
    >>> keith.name
    'Keith Riley'
    """
    peer_named_persons(text, actors)
    couple_named_persons(text, actors)
