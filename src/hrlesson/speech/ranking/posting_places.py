"""A social platform the article names only as the place words were posted ("Writing on
her Facebook page, the veteran dog-breeder added:") is no speaker the ranker may choose."""

from __future__ import annotations

import re

from ...wordlists import word_set
from .candidates import Candidate

#: A preposition before a platform's name, or a noun after it, that places a post there.
PLACE_WORDS = word_set("platform_place_words")
#: Social platforms (read here, not through bodies/: the first-sight tool copies this package
#: into older kits, which may lack that module).
PLATFORMS = word_set("social_platforms")

_WORD = re.compile(r"[A-Za-z]+")


def posting_place(text: str, cand: Candidate) -> bool:
    """Is ``cand`` a social platform every mention of which, outside or inside quotation
    marks, is where something was posted: a place word right before it ("on Facebook",
    "via Twitter") or right after it ("her Facebook page", "an Instagram post";
    data/words/platform_place_words.txt)? Page crufts_poisoning_random_attack_milligan_bott_heart:
    "Writing on her Facebook page, the veteran dog-breeder added": not Facebook. A platform
    that acts anywhere ("X has rejected", "Facebook said") stays a candidate.

    >>> from hrlesson.speech.records import Actor
    >>> text = "Writing on her Facebook page, the breeder added"
    >>> posting_place(text, Candidate(Actor("organisation", "Facebook"), None, "actor", [(15, 23)]))
    True
    >>> text = "Facebook said it removed the page"
    >>> posting_place(text, Candidate(Actor("organisation", "Facebook"), None, "actor", [(0, 8)]))
    False
    """
    if cand.actor is None or cand.actor.name.lower() not in PLATFORMS or not cand.spans:
        return False
    return all(_placed(text, s, e) for s, e in cand.spans)


def _placed(text: str, start: int, end: int) -> bool:
    """Is the platform named at ``text[start:end]`` placed by the word before or after it?"""
    before = _WORD.findall(text[max(0, start - 12) : start])
    after = _WORD.match(text[end : end + 14].lstrip())
    return (bool(before) and before[-1].lower() in PLACE_WORDS and text[start - 1] == " ") or (
        after is not None and after.group(0).lower() in PLACE_WORDS
    )
