"""Whether a person named later fits a description: its gendered title, the body it names."""

from __future__ import annotations

import re

from ..records import Actor
from ..vocabulary import GENDER_WORDS

#: "a Massport spokeswoman": the capitalised words between an article and the title.
_BODY_BEFORE = re.compile(r"\b(?:[Aa]n?|[Tt]he|[Oo]ne)\s+((?:[A-Z][\w.&'\u2019-]*\s+){1,3})$")


def title_fits_gender(head: str, actor: Actor) -> bool:
    """May ``actor`` hold the title ``head``? Not when both have a gender and the two
    differ: "a spokeswoman told WBZ-TV" is not the man named after her.

    >>> muilenburg = Actor("person", "Dennis Muilenburg")
    >>> muilenburg.gender = "m"
    >>> title_fits_gender("spokeswoman", muilenburg), title_fits_gender("spokesman", muilenburg)
    (False, True)
    >>> title_fits_gender("spokesperson", muilenburg)
    True
    """
    gender = GENDER_WORDS.get(head.lower())
    return gender is None or actor.gender is None or actor.gender == gender


#: Titles whose capitalised words before them name a portfolio, not a body ("the
#: Communities Minister", "the Health Secretary").
_PORTFOLIO_TITLES = frozenset(["minister", "secretary"])


def described_body(text: str, start: int, head: str = "") -> list[str]:
    """The capitalised words that name a body right before a title at ``start``, after
    its article: "a Massport spokeswoman" -> ["Massport"]; none before a minister's or
    secretary's title (``head``), where they name the portfolio.

    >>> s = "When asked, a Massport spokeswoman told WBZ-TV"
    >>> described_body(s, s.index("spokeswoman")), described_body(s, s.index("told"))
    (['Massport'], [])
    >>> s = "the Communities Minister has said"
    >>> described_body(s, s.index("Minister"), "minister")
    []
    """
    if head in _PORTFOLIO_TITLES:
        return []
    m = _BODY_BEFORE.search(text, max(0, start - 80), start)
    return m.group(1).split() if m is not None else []


def same_body_named(body: list[str], actor: Actor, before_name: str) -> bool:
    """Can ``actor``, named later with the words ``before_name`` before the name in its
    sentence, be the holder of a title the description ties to the body ``body``? Only
    when the body's words are in those words or in the person's role or affiliation:
    "a Massport spokeswoman" is not "Boeing CEO Dennis Muilenburg".

    >>> a = Actor("person", "Dennis Muilenburg")
    >>> same_body_named(["Massport"], a, "Boeing CEO"), same_body_named(["Boeing"], a, "Boeing CEO")
    (False, True)
    >>> same_body_named([], a, "Boeing CEO")
    True
    """
    if not body:
        return True
    known = " ".join(filter(None, [before_name, actor.role, actor.affiliation, actor.name]))
    return all(w in known.split() for w in body)
