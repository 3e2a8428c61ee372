"""A body met first by a bare noun ("the service said") is named by the fuller description
the text gives it elsewhere ("the EU diplomatic service")."""

from __future__ import annotations

import re

from .vocabulary import DETERMINERS

#: Lower-case words that never modify the noun of a fuller description.
_NOT_MODIFIERS = DETERMINERS | frozenset(["and", "or", "of", "in", "to", "for", "that"])


def fuller_description(text: str, noun: str) -> str | None:
    """The first "the <Owner> [up to two lower-case modifiers] <noun>" in ``text``, without
    its article, for a body met as a bare ``noun``; None when the text gives no such words.
    The owner is one or two capitalised words (a name, an acronym or a demonym).

    >>> fuller_description("criticised, the EU diplomatic service said. the service", "service")
    'EU diplomatic service'
    >>> fuller_description("The Chinese embassy dismissed it", "embassy")
    'Chinese embassy'
    >>> fuller_description("the service said", "service") is None
    True
    >>> fuller_description("the President and the service", "service") is None
    True
    """
    pattern = (
        r"\b[Tt]he\s+((?:[A-Z][\w.-]*\s+){1,2}(?:[a-z][\w-]*\s+){0,2}"
        + re.escape(noun)
        + r")\b(?![-’'])"
    )
    for m in re.finditer(pattern, text):
        lowers = [w for w in m.group(1).split()[:-1] if w.islower()]
        if not any(w in _NOT_MODIFIERS for w in lowers):
            return m.group(1)
    return None


def fuller_name(text: str, name: str, det: str | None, content: list[str]) -> str:
    """The name of a new body described as ``det`` + ``name`` (its group nouns ``content``):
    for a bare "the <noun>", the :func:`fuller_description` the text gives, else ``name``.

    >>> fuller_name("the EU diplomatic service said", "service", "the", ["service"])
    'EU diplomatic service'
    >>> fuller_name("the EU diplomatic service said", "rights service", "the", ["service"])
    'rights service'
    """
    if det != "the" or not content or name != content[-1]:
        return name
    return fuller_description(text, name) or name
