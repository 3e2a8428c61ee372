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


def same_bare_group(text: str, groups: list[Actor]) -> Actor | None:
    """The group named by the bare plural ``text`` is ("officials", "the officials"), when
    a narrower group with the same noun is known too: ``officials say`` ... ``forest
    officials said`` ... ``"Q," officials said`` is the officials named first, not the
    forest officials named last (grizzly_mauls_hiker_west_yellowstone_yahoo).

    >>> bare, forest = Actor("group", "officials"), Actor("group", "forest officials")
    >>> same_bare_group("officials", [bare, forest]) is bare
    True
    >>> same_bare_group("wildlife officials", [bare, forest]) is None
    True
    """
    words = [w for w in re.findall(r"[\w’'-]+", text.lower()) if w not in DETERMINERS]
    if len(words) != 1:
        return None
    return next((g for g in groups if g.kind == "group" and g.name.lower() == words[0]), None)
