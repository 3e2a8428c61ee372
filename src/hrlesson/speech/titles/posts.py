"""The holder of a post the text names only by its capitalised title: "The United Nations
High Commissioner for Human Rights visited Xinjiang ... Michelle Bachelet said"."""

from __future__ import annotations

import bisect
import re

from ..records import Actor

#: The evidence for a speaker placed by :func:`post_holder`.
POST_HOLDER = "the one person without a title named near the post's title"


def is_post_title(actor: Actor) -> bool:
    """``actor`` is a post named by its title, read as a person ("United Nations High
    Commissioner for Human Rights"), not a named person."""
    return actor.kind == "person" and actor.key.startswith("org:")


def post_holder(index, post: Actor, start: int, speakers: set[int]) -> Actor | None:
    """The person who holds ``post`` (a title read as a person, see :func:`is_post_title`,
    at ``start``): ``The United Nations High Commissioner for Human Rights visited
    Xinjiang ... He said ... Michelle Bachelet said she had visited one of the centres``.

    When the text names exactly one person without a role, who speaks in the text (the
    ids of the speakers' actors are ``speakers``: not a detainee the post speaks about),
    names that person within three sentences of the title, and nobody's role shares the
    post's title words, that person holds the post. ``index`` is the article's actor
    index.
    """
    if not is_post_title(post):
        return None
    persons = [
        a for a in index.actors if a.kind == "person" and not a.key.startswith(("unnamed:", "org:"))
    ]
    title = {w.lower() for w in re.findall(r"\b[A-Z][\w-]+", post.name)}
    if any(a.role and title & set(a.role.lower().split()) for a in persons):
        return None  # a person titled so: the title rules read it
    untitled = [a for a in persons if not a.role]
    if len(untitled) != 1 or id(untitled[0]) not in speakers:
        return None
    s = bisect.bisect_right(index.sentence_starts, start) - 1
    lo = index.sentences[max(0, s - 3)][3]
    hi = index.sentences[min(len(index.sentences) - 1, s + 3)][4]
    near = any(m.actor is untitled[0] for m in index.mentions_in(lo, hi) if not m.in_quote)
    return untitled[0] if near else None


def name_post_titles(index, refs: list) -> None:
    """Each speaker ref whose actor is a post's title (see :func:`post_holder`) is the
    post's holder, when the text names one: the title itself and the pronouns that
    point back to it ("He said ..."). Updated in place."""
    holders: dict[int, Actor | None] = {}
    speakers = {id(ref.actor) for ref in refs if ref.actor is not None}
    for ref in refs:
        if ref.actor is None or not is_post_title(ref.actor):
            continue
        key = id(ref.actor)
        if key not in holders:
            holders[key] = post_holder(index, ref.actor, ref.actor.first[0], speakers)
        if holders[key] is not None:
            ref.actor, ref.how = holders[key], ref.how or POST_HOLDER
