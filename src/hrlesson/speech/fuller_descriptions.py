"""A body met first by a bare noun ("the service said") is named by the fuller description
the text gives it elsewhere ("the EU diplomatic service")."""

from __future__ import annotations

import re

from .postmodifiers import complement_end, plural_head
from .tokens import tokenize
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
    return fuller_description(text, name) or plural_with_complement(text, name) or name


def plural_with_complement(text: str, noun: str) -> str | None:
    """For a group met as bare plural ``noun`` ("The ministers reaffirmed"), the first "the
    [up to two lower-case modifiers] <noun> of/from/with <a named complement>" in ``text``,
    without its article: the group the text introduced before it shortened the name.

    >>> s = "The foreign ministers of the Arctic Council’s member states signed it. The ministers"
    >>> plural_with_complement(s, "ministers")
    'foreign ministers of the Arctic Council’s member states'
    >>> plural_with_complement("the ministers of finance met", "ministers") is None
    True
    >>> plural_with_complement("the envoy of the UN said", "envoy") is None
    True
    """
    if not plural_head(noun):
        return None
    pattern = r"\b[Tt]he\s+((?:[a-z][\w-]*\s+){0,2}" + re.escape(noun) + r")\s+(?:of|from|with)\s"
    for m in re.finditer(pattern, text):
        if any(w in _NOT_MODIFIERS for w in m.group(1).split()[:-1]):
            continue
        window = text[m.start(1) : m.start(1) + 200]
        words = [t for t in tokenize(window, [0]) if t.text[0].isalnum()]
        k = len(m.group(1).split())
        end = complement_end(window, words, k)
        if end is not None and any(w.cap for w in words[k + 1 :] if w.start < end):
            return window[:end]
    return None
