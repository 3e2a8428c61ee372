"""A generic title for the diplomat who spoke last: "Dubey had said" ... "the young
Indian diplomat said"."""

from __future__ import annotations

from ...wordlists import word_set
from ..records import Actor
from ..vocabulary import is_national, role_has, same_place

#: Titles of a diplomat's rank or post: data/words/diplomatic_ranks.txt.
DIPLOMATIC_RANKS = word_set("diplomatic_ranks")

#: The evidence for a speaker placed by :func:`diplomat_spoke_last`.
DIPLOMAT_SPOKE_LAST = "the diplomat who spoke last (a generic title or their own)"


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
    Dubey") and no other country (:func:`posted_from`). So does a diplomat's own title
    for one who holds it: "the country's ambassador to the UN, Teodoro Locsin Jr." spoke,
    then ""Q," the Philippine ambassador added". An unnamed "Western diplomat" who spoke last holds no
    rank: "the diplomat" stays that unnamed person.

    ``timeline`` holds the (position, actor, salient) speakers read so far, ``par_at``
    maps an offset to its paragraph number.
    """
    if words[:1] != ["the"] or (head != "diplomat" and head not in DIPLOMATIC_RANKS):
        return None
    spoke = [(pos, a) for pos, a, _ in timeline if pos < at]
    if not spoke:
        return None
    pos, actor = spoke[-1]
    if actor.kind != "person" or not actor.role or par_at(at) - par_at(pos) > 1:
        return None
    if aff is not None and not posted_from(actor, aff):
        return None
    if head != "diplomat" and not role_has(actor.role, head):
        return None  # "the ambassador" is no envoy who spoke last
    return actor if diplomatic_rank(actor.role) else None


def posted_from(actor: Actor, aff: str) -> bool:
    """May the country ``aff`` of a title ("the Philippine ambassador") be the one that
    sent ``actor``? When the text gives them no affiliation, that country, or an
    international body they are posted to ("the country's ambassador to the UN, Teodoro
    Locsin Jr.": affiliation UN).

    >>> locsin = Actor("person", "Teodoro Locsin Jr.", role="ambassador")
    >>> locsin.affiliation = "UN"
    >>> posted_from(locsin, "Philippines")
    True
    >>> locsin.affiliation = "Spain"
    >>> posted_from(locsin, "Philippines")
    False
    """
    body = actor.affiliation
    return body is None or same_place(body, aff) or not is_national(body)
