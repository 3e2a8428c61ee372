"""A generic title for the diplomat who spoke last: "Dubey had said" ... "the young
Indian diplomat said"."""

from __future__ import annotations

from ..wordlists import word_set
from .records import Actor
from .vocabulary import same_place

#: Titles of a diplomat's rank or post: data/words/diplomatic_ranks.txt.
DIPLOMATIC_RANKS = word_set("diplomatic_ranks")

#: The evidence for a speaker placed by :func:`diplomat_spoke_last`.
DIPLOMAT_SPOKE_LAST = "the diplomat who spoke last (a generic title)"


def diplomatic_rank(role: str) -> bool:
    """``role`` is a diplomat's rank or post ("First Secretary", "ambassador"), not a
    "Secretary-General" or a "Secretary of State".

    >>> diplomatic_rank("First Secretary"), diplomatic_rank("Secretary-General")
    (True, False)
    """
    words = set(role.lower().replace("-", " ").split())
    return bool(words & DIPLOMATIC_RANKS) and not words & {"general", "state"}


def diplomat_spoke_last(
    timeline: list, words: list[str], head: str, aff: str | None, at: int, par_at
) -> Actor | None:
    """``"Q," Dubey had said.`` then ``"Q," the young Indian diplomat said``: a definite
    "the ... diplomat" (``words``, lower case with its article; ``head`` its title,
    ``aff`` its country) at ``at`` renames the person who spoke last, in this or the
    paragraph before, when that person holds a diplomat's rank ("First Secretary Sneha
    Dubey") and no other country. An unnamed "Western diplomat" who spoke last holds no
    rank: "the diplomat" stays that unnamed person.

    ``timeline`` holds the (position, actor, salient) speakers read so far, ``par_at``
    maps an offset to its paragraph number.
    """
    if head != "diplomat" or words[:1] != ["the"]:
        return None
    spoke = [(pos, a) for pos, a, _ in timeline if pos < at]
    if not spoke:
        return None
    pos, actor = spoke[-1]
    if actor.kind != "person" or not actor.role or par_at(at) - par_at(pos) > 1:
        return None
    if aff is not None and actor.affiliation is not None and not same_place(actor.affiliation, aff):
        return None
    return actor if diplomatic_rank(actor.role) else None
