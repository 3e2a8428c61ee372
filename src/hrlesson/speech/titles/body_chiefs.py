"""The top official of a body named by a description: "the IMF head", "the IAEA chief"."""

from __future__ import annotations

import bisect
import re

from ...wordlists import word_set
from ..records import Actor
from ..vocabulary import TOP_POSTS, is_umbrella_body

#: Heads that, with a body's name, name its top post: data/words/body_chief_heads.txt.
BODY_CHIEF_HEADS = word_set("body_chief_heads")

#: Words of a role that name no body: the post itself and the umbrella's name.
_UMBRELLA_WORDS = frozenset(["the", "of", "for", "un", "u.n.", "united", "nations", "un's"])


def names_sub_body(actor: Actor) -> bool:
    """``actor``, affiliated with an umbrella body (the UN) or with none, holds a top post
    of a body the role names: "head of the UN nuclear watchdog" may be "the IAEA chief"; "Secretary-General"
    of the UN heads the umbrella itself.

    >>> grossi = Actor("person", "Rafael Grossi")
    >>> grossi.role, grossi.affiliation = "head of the UN nuclear watchdog", "UN"
    >>> names_sub_body(grossi)
    True
    >>> grossi.role = "Secretary-General"
    >>> names_sub_body(grossi)
    False
    """
    if not actor.role or not (actor.affiliation is None or is_umbrella_body(actor.affiliation)):
        return False
    words = set(re.findall(r"[\w.'\u2019-]+", actor.role.lower().replace("\u2019", "'")))
    posts = {w for post in TOP_POSTS for w in post.split("-")}
    return bool(words - posts - _UMBRELLA_WORDS - {p for p in TOP_POSTS})


def introduced_with_body(index, actor: Actor, body: str) -> bool:
    """The sentence that introduces ``actor`` names the body ``body`` (by its name or by
    an acronym the index links to it): "the International Monetary Fund's (IMF) Managing
    Director Kristalina Georgieva" is the IMF's, whatever affiliation the text gave her."""
    s = bisect.bisect_right(index.sentence_starts, actor.first[0]) - 1
    start, end = index.sentences[s][3], index.sentences[s][4]
    if re.search(r"\b" + re.escape(body) + r"\b", index.text[start:end]):
        return True
    return any(
        m.actor.kind == "organisation" and body in (m.actor.name, index.text[m.start : m.end])
        for m in index.mentions_in(start, end)
    )


def chiefs_of_body(index, match: list[Actor], aff: str, lowers: set[str]) -> list[Actor]:
    """The holders of a body's top post among ``match`` (persons with a top post whose
    affiliation is not ``aff``'s): "the AU Commission chief" is a "Commission Chairperson"
    of unknown affiliation (a word of the description in the role); "the IMF head" the
    Managing Director introduced with the IMF (:func:`introduced_with_body`); "the IAEA
    chief" the head of a UN body (:func:`names_sub_body`) when no other holder fits.
    """
    words = set(lowers) - {"the", aff.lower()} - BODY_CHIEF_HEADS
    by_words = [a for a in match if a.affiliation is None and words & set(a.role.lower().split())]
    if by_words:
        return by_words
    introduced = [a for a in match if a.affiliation is None and introduced_with_body(index, a, aff)]
    if introduced:
        return introduced
    subs = [a for a in match if names_sub_body(a)]
    return subs if len(subs) == 1 else []
