"""A name read as a person's that the article itself presents as a business: in apposition
with a business noun ("Eli Lilly, a major U.S.-based drugmaker,") or after a "<place>-based"
modifier ("The Dallas-based Energy Transfer"). Such a name can be "the company" that speaks
later, though the name alone looks like a person's."""

from __future__ import annotations

import re

from ...wordlists import word_set
from ..records import Actor

#: Nouns for a business: data/words/business_nouns.txt.
BUSINESS_NOUNS = word_set("business_nouns")

#: After a name: a comma, an article and up to five words closed by a business noun that
#: ends the apposition (a comma, stop or semicolon next).
_BUSINESS_ALTERNATIVES = "|".join(sorted(BUSINESS_NOUNS))
_APPOSED_BUSINESS = re.compile(
    r",\s+(?:a|an|the)\s+(?:[\w.’'&-]+\s+){0,5}?(?:" + _BUSINESS_ALTERNATIVES + r")(?=[,.;])"
)

#: Right before a name: a "<place>-based" modifier ("The Dallas-based").
_BASED_BEFORE = re.compile(r"\b[\w.]+-based\s+$")


def presented_as_business(text: str, start: int, end: int) -> bool:
    """Does the text present the name at ``text[start:end]`` as a business: a business
    noun in apposition right after it, or a "<place>-based" modifier right before it?

    humalog_insulin_shortage_canada_lilly_globalnews and beaver_county_gas_line_blast_kramer_ktnv:

    >>> t = "Eli Lilly, a major U.S.-based drugmaker, has issued a warning."
    >>> presented_as_business(t, 0, 9)
    True
    >>> t = "The Dallas-based Energy Transfer, the owner and operator of the line, told CNN"
    >>> presented_as_business(t, t.index("Energy"), t.index(","))
    True
    >>> t = "John Smith, a former company director, said"
    >>> presented_as_business(t, 0, 10)
    False
    """
    if _BASED_BEFORE.search(text[max(start - 40, 0) : start]):
        return True
    return _APPOSED_BUSINESS.match(text, end, min(end + 80, len(text))) is not None


def person_named_as_business(index, actor: Actor) -> bool:
    """Is ``actor``, read as a person with no title and no gender, a name the article
    presents as a business (:func:`presented_as_business`) at one of its mentions outside
    quotations? ``index`` is the article's actor index."""
    if actor.kind != "person" or actor.role is not None or actor.gender is not None:
        return False
    return any(
        not index.in_quote(start) and presented_as_business(index.text, start, end)
        for start, end in actor.mentions
    )
