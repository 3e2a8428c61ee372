"""A nationality or a country that describes an official: "the Chadian diplomat", "the Russian diplomat"."""

from __future__ import annotations

import bisect

from ..records import Actor
from ..vocabulary import ORGANISATION_WORDS, is_national, same_place


def sentence_bounds(index, pos: int) -> tuple[int, int]:
    """The start and end of the sentence at ``pos``."""
    s = bisect.bisect_right(index.sentence_starts, pos) - 1
    return index.sentences[s][3], index.sentences[s][4]


def names_place(index, pos: int, place: str) -> bool:
    """True when the sentence at ``pos`` names ``place`` (or its demonym)."""
    a, b = sentence_bounds(index, pos)
    i, j = index.token_index(a), index.token_index(b)
    return any(same_place(t.base, place) for t in index.tokens[i:j] if t.cap)


def nationality_of_official(actor: Actor, aff: str) -> bool:
    """``actor``, with a role in an international body ("chairman of the African Union
    Commission"), may be described by a nationality ``aff`` ("the Chadian diplomat"):
    the body is no state, so the nationality does not contradict it.

    >>> faki = Actor("person", "Moussa Faki Mahamat")
    >>> faki.role, faki.affiliation = "chairman of the African Union Commission", "African Union"
    >>> nationality_of_official(faki, "Chad")
    True
    >>> faki.affiliation = "Gabon"
    >>> nationality_of_official(faki, "Chad")
    False
    """
    body = actor.affiliation
    if not actor.role or body is None:
        return False
    return not is_national(body) or any(w.lower() in ORGANISATION_WORDS for w in body.split())


def body_of_description(actor: Actor, description: str, aff: str) -> bool:
    """``actor`` is an official of a body no state is, which the capitalised words of a
    description with the nationality ``aff`` name: "Egypt’s Suez Canal chief" is Osama
    Rabie, "head of the Suez Canal Authority", named after it.

    >>> rabie = Actor("person", "Osama Rabie")
    >>> rabie.role, rabie.affiliation = "head", "Suez Canal Authority"
    >>> body_of_description(rabie, "Egypt’s Suez Canal chief", "Egypt")
    True
    >>> body_of_description(rabie, "Egypt’s chief", "Egypt")
    False
    """
    if not nationality_of_official(actor, aff):
        return False
    body = set(actor.affiliation.lower().split())
    caps = [w for w in description.split() if w[:1].isupper()]
    own = [w.lower().removesuffix("’s").removesuffix("'s") for w in caps]
    own = [w for w in own if not same_place(w, aff.lower())]
    return bool(own) and all(w in body for w in own)


def official_of_nation(index, actor: Actor, aff: str) -> bool:
    """May a generic title with the nationality ``aff`` ("the Russian diplomat") name
    ``actor``, the person named last before it? When ``actor`` is an official of an
    international body (:func:`nationality_of_official`), or has no affiliation and the
    sentence that introduces them names that country ("the Deputy Director ... of the
    MFA of the Russian Federation Igor Vishnevetsky said")."""
    if nationality_of_official(actor, aff):
        return True
    return (
        actor.affiliation is None and bool(actor.first) and names_place(index, actor.first[0], aff)
    )


#: The evidence for a speaker placed by :func:`sole_national_speaker`.
SOLE_NATIONAL_SPEAKER = "the one official of that country who spoke before it"


def sole_national_speaker(index, timeline: list, words: list[str], start: int, aff: str | None):
    """``"Q," Ali Ahmad Jalali told`` (introduced as "Afghan interior minister") then
    ``"Q2," the Afghan top security chief claimed``: a definite title of a country
    (``words``, lower case with its article, at ``start``; ``aff`` its country) that nobody's
    role matches renames the one person of that country who has spoken before it, when
    that person holds a post and no other person of that country is named before it (a
    later one, "US Ambassador to Afghanistan Zalmay Khalilzad", does not count).

    ``index`` is the article's actor index, ``timeline`` the (position, actor, salient)
    speakers read so far.
    """
    if words[:1] != ["the"] or aff is None or not is_national(aff) or "of" in words:
        return None
    if any(w.endswith(("'s", "’s")) for w in words[:-1]):
        return None  # "the president's spokesman": another's aide
    spoke = {a.key: a for pos, a, *_ in timeline if pos < start and a.kind == "person"}
    nationals = [a for a in spoke.values() if a.affiliation == aff and a.role]
    if len(nationals) != 1 or nationals[0].key.startswith("unnamed:"):
        return None
    named = {
        m.actor.key
        for m in index.mentions_in(0, start)
        if m.actor.kind == "person" and m.actor.affiliation == aff
    }
    return nationals[0] if named == {nationals[0].key} else None
