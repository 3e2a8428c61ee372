"""A group named by a bare noun ("the police") that the text also names with its state
("the Singapore police") is shown by that fuller name."""

from __future__ import annotations

import re

from ..records import SpeakerRef
from ..vocabulary import COUNTRIES, DEMONYMS

#: A country's name or demonym (one or two capitalised words) right before a noun.
_QUALIFIER = r"\b((?:[A-Z][\w-]*\s){1,2})"


def state_qualifier(text: str, noun: str) -> str | None:
    """The one country or demonym the text writes right before ``noun`` ("the Singapore
    police"), else None (none, or two different ones).

    >>> state_qualifier("police said. But the Singapore police insisted", "police")
    'Singapore'
    >>> state_qualifier("the Israeli police and the Palestinian police", "police") is None
    True
    """
    found = {
        m.group(1).strip()
        for m in re.finditer(_QUALIFIER + re.escape(noun) + r"\b", text)
        if m.group(1).strip().lower() in COUNTRIES or m.group(1).strip().lower() in DEMONYMS
    }
    return found.pop() if len(found) == 1 else None


def qualify_group_names(text: str, refs: list[SpeakerRef]) -> None:
    """``Singapore executed ..., police said`` ... ``But the Singapore police insisted``: a
    speaker group the text describes by a bare lower-case noun ("police"), with no
    affiliation, is shown as the text names it with its state elsewhere: "Singapore
    police". Only when one state is written before that noun; the actor is renamed in
    place, so all its quotes agree."""
    done: set[int] = set()
    for ref in refs:
        actor = ref.actor
        if actor is None or id(actor) in done or not actor.key.startswith("group:"):
            continue
        done.add(id(actor))
        if actor.affiliation is not None or not actor.name.isalpha() or not actor.name.islower():
            continue
        qualifier = state_qualifier(text, actor.name)
        if qualifier is not None:
            actor.name = f"{qualifier} {actor.name}"
            actor.affiliation = DEMONYMS.get(qualifier.lower()) or COUNTRIES.get(qualifier.lower())
