"""A group the article first names by its plural noun alone ("officials said") is not the
group a later description with its own lower-case modifiers names ("wildlife officials said",
"according to insurance industry officials"): that description is a group of its own, written
as the text writes it there."""

from __future__ import annotations

import re

from ..records import Actor
from ..vocabulary import DETERMINERS


def narrower_than_bare(text: str, group: Actor) -> bool:
    """``text`` describes a narrower group than ``group``, a group named by one plural
    noun: it ends in that noun and puts lower-case modifiers before it.

    >>> narrower_than_bare("wildlife officials", Actor("group", "officials"))
    True
    >>> narrower_than_bare("the officials", Actor("group", "officials"))
    False
    >>> narrower_than_bare("wildlife officials", Actor("group", "park officials"))
    False
    >>> narrower_than_bare("Wildlife officials", Actor("organisation", "officials"))
    False
    """
    name = group.name.lower()
    if group.kind != "group" or " " in name or not name.endswith("s"):
        return False
    words = re.findall(r"[\w’'-]+", text)
    if len(words) < 2 or words[-1].lower() != name:
        return False
    modifiers = [w for w in words[:-1] if w.lower() not in DETERMINERS]
    return bool(modifiers) and all(w.islower() for w in modifiers)


#: The evidence of a description read as a narrower group than a bare one named before.
NARROWER = "a narrower group than the one named before by its noun alone"


def narrower_how(text: str, groups: list[Actor]) -> str | None:
    """:data:`NARROWER` when ``text`` narrows one of ``groups`` named by a bare plural
    (:func:`narrower_than_bare`), else None: the evidence of a new group."""
    return NARROWER if any(narrower_than_bare(text, g) for g in groups) else None
