"""A definite title that renames the person who has just spoken without one."""

from __future__ import annotations

import bisect

from .records import Actor

#: The evidence for a speaker placed by :func:`untitled_last_speaker`.
LAST_SPEAKER_TITLE = "a title for the untitled person who spoke in the sentence before"


def untitled_last_speaker(
    index, timeline: list, words: list[str], start: int, aff: str | None
) -> Actor | None:
    """``"We stand with our allies," Ryder said. The spokesperson added that ...``: a
    definite title without an affiliation or complement (``words``, lower case with its article, at
    ``start``) that nobody's role matches renames the person who spoke in the sentence
    before (or earlier in this one), when the text gives that person no role and names no
    other person between the two.

    ``index`` is the article's actor index, ``timeline`` the (position, actor, salient)
    speakers read so far.
    """
    if words[:1] != ["the"] or aff is not None or {"of", "for"} & set(words):
        return None
    spoke = [(pos, a) for pos, a, *_ in timeline if pos < start]
    if not spoke:
        return None
    pos, actor = spoke[-1]
    if actor.kind != "person" or actor.role or actor.key.startswith("unnamed:"):
        return None
    sents = index.sentence_starts
    if bisect.bisect_right(sents, start) - bisect.bisect_right(sents, pos) > 1:
        return None
    for m in index.mentions_in(pos, start):
        if m.actor.kind == "person" and m.actor is not actor and not m.in_quote:
            return None
    return actor
