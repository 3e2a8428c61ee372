"""A title's possessive inside a body's name: "Sonoma County Sheriff's Office", "U.S.
Attorney’s Office of the Eastern District of Missouri" are one name, not an owner
before another body (data/words/office_owner_titles.txt)."""

from __future__ import annotations

from ...wordlists import word_set
from ..tokens import Token
from .plural_owners import plural_owner_in_name

#: Titles whose holder's possessive names a body: data/words/office_owner_titles.txt.
OFFICE_OWNER_TITLES = word_set("office_owner_titles")

#: The body nouns such a possessive is read with ("Sheriff's Office", "Coroner's Court").
_OFFICE_NOUNS = frozenset({"office", "department", "court"})


def title_owner_in_name(toks: list[Token], j: int) -> bool:
    """``Sonoma County Sheriff's Office``, ``U.S. Attorney’s Office``: a capitalised title's
    possessive right before a capitalised "Office", "Department" or "Court" is inside one
    body's name (as "China's" before "Foreign Ministry" is not: not a title).

    >>> from hrlesson.speech.tokens import tokenize
    >>> toks = tokenize("the Sonoma County Sheriff's Office said", [0])
    >>> title_owner_in_name(toks, 4)
    True
    >>> toks = tokenize("the Governor's aide said", [0])
    >>> title_owner_in_name(toks, 2)
    False
    """
    if not 0 < j < len(toks):
        return False
    owner, nxt = toks[j - 1], toks[j]
    return (
        owner.poss
        and owner.cap
        and owner.lower in OFFICE_OWNER_TITLES
        and nxt.cap
        and nxt.lower in _OFFICE_NOUNS
        and nxt.start - owner.end == 1
    )


def owner_inside_name(toks: list[Token], j: int) -> bool:
    """The possessive before ``toks[j]`` is inside one body's name, not its owner: a
    plural's ("Workers’ Party") or a title's ("Sheriff's Office").

    >>> from hrlesson.speech.tokens import tokenize
    >>> owner_inside_name(tokenize("the U.S. Attorney’s Office said", [0]), 3)
    True
    """
    return plural_owner_in_name(toks, j) or title_owner_in_name(toks, j)
