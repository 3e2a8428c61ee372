"""A "they" after a sentence that makes a named person one of a described group is that group.

``Al Jilaihawi is part of a group of approximately 15 independent and secular female MPs
united to block these amendments. They argue that ...``: "They" are the MPs' group the
sentence before counts her in, not Al Jilaihawi alone nor no one. Read by
:func:`~hrlesson.speech.pronouns.plural.described_plural`, besides a plural subject.
"""

from __future__ import annotations

from ..tokens import Token
from ..vocabulary import AUXILIARIES, FINITE_VERBS

#: The forms of "be" that make the subject a member of the group after them.
_BE = frozenset(["is", "was", "are", "were"])

#: The words after "be" that count the subject in a group: "part of", "one of", "a member
#: of", "members of".
_MEMBERSHIP = frozenset(["part", "one", "member", "members"])

#: Words that open a group description after "of".
_GROUP_OPENERS = frozenset(["a", "an", "the"])

#: Words that end a group description: what follows it is its modifier or another clause.
_GROUP_ENDS = frozenset([",", "who", "that", "which", "to", "."])


def membership_group(words: list[Token]) -> tuple[int, int] | None:
    """The word indices ``(i, j)`` in ``words`` (a sentence's words) of the plural group a
    named subject (or "he"/"she") is said to belong to with "is part of", "is one of", "is
    a member of": the description after "of", from "a"/"the" to its last plural noun.

    >>> from ..tokens import tokenize
    >>> def group(s):
    ...     words = tokenize(s, [0])
    ...     found = membership_group(words)
    ...     return " ".join(w.text for w in words[found[0] : found[1]]) if found else None
    >>> group("Ann Lee is part of a group of 15 young and secular MPs united to block it.")
    'a group of 15 young and secular MPs'
    >>> group("She was one of the doctors who treated him.")
    'the doctors'
    >>> group("Al Jilaihawi is part of the problem."), group("The law is part of a plan.")
    (None, None)
    """
    be = next((k for k, w in enumerate(words[:8]) if w.lower in _BE), None)
    if not be or not all(w.cap or w.lower in ("he", "she") for w in words[:be]):
        return None
    k = be + 1
    k += 1 if k < len(words) and words[k].lower in ("a", "an") else 0
    if k + 1 >= len(words) or words[k].lower not in _MEMBERSHIP or words[k + 1].lower != "of":
        return None
    start = k + 2
    if start >= len(words) or words[start].lower not in _GROUP_OPENERS:
        return None
    end = None
    for j in range(start + 1, min(len(words), start + 12)):
        w = words[j]
        if w.lower in _GROUP_ENDS or _verb_like(w):
            break
        if w.text[0].isalpha() and w.text.endswith("s") and len(w.text) > 2 and not w.poss:
            end = j + 1
    return (start, end) if end is not None else None


def _verb_like(w: Token) -> bool:
    """``w`` is a lower-case verb form that ends a noun phrase ("united", "working", "are")."""
    low = w.lower
    if not w.text.islower():
        return False
    return low.endswith(("ed", "ing")) or low in FINITE_VERBS or low in AUXILIARIES
