"""A definite title that renames the person who has just spoken without one."""

from __future__ import annotations

import bisect

from .records import Actor

#: The evidence for a speaker placed by :func:`untitled_last_speaker`.
LAST_SPEAKER_TITLE = "a title for the untitled person who spoke in the sentence before"

#: The evidence for a speaker placed by :func:`speaker_before_later_holders`.
SPOKE_BEFORE_LATER_HOLDERS = "the person of that country who spoke just before, not a later name"


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


def speaker_before_later_holders(
    index, timeline: list, holders: list[Actor], start: int, aff: str | None
) -> Actor | None:
    """``Exiled Venezuelan politician Leopoldo López denounced a "fraud" ...`` then
    ``"Q," the Venezuelan opposition leader said``: when every person who holds the post
    of a definite description (at ``start``, of the country ``aff``) is named only after
    it, the description points back to the last person who spoke, when of that country
    and in this paragraph or the one before, not forward to a later name.

    ``index`` is the article's actor index, ``timeline`` the (position, actor, salient)
    speakers read so far.
    """
    if aff is None or not holders or any(a.first[0] < start for a in holders):
        return None
    if index.text[start : start + 4].lower() != "the ":
        return None
    spoke = [(pos, a) for pos, a, *_ in timeline if pos < start and a.kind == "person"]
    if not spoke or spoke[-1][1].affiliation != aff:
        return None
    pars = [par[2] for par in index.paragraphs]
    if bisect.bisect_right(pars, start) - bisect.bisect_right(pars, spoke[-1][0]) > 1:
        return None
    return spoke[-1][1]
