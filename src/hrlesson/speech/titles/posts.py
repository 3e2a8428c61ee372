"""The holder of a post the text names only by its capitalised title: "The United Nations
High Commissioner for Human Rights visited Xinjiang ... Michelle Bachelet said"."""

from __future__ import annotations

import bisect
import re

from ..person_appositions import PERSON_NOUNS
from ..records import Actor
from ..vocabulary import TITLE_HEADS

#: The evidence for a speaker placed by :func:`post_holder`.
POST_HOLDER = "the one person without a title named near the post's title"
#: The evidence for a speaker placed by :func:`holder_in_apposition`.
APPOSED_HOLDER = "the person named between commas right after the post's title"
#: The evidence for a speaker placed by :func:`holder_of_fuller_title`.
FULLER_TITLE_HOLDER = "the person named after a fuller title with all the post's words"


def is_post_title(actor: Actor) -> bool:
    """``actor`` is a post named by its title, read as a person ("United Nations High
    Commissioner for Human Rights"), not a named person."""
    return actor.kind == "person" and actor.key.startswith("org:")


def titled_body_name(name: str) -> bool:
    """``name``, read as a body's, is a post's title: a title head or a noun for a person
    right before its "for"/"of" ("Sheffield Council Cabinet Member for Finance"), or as
    its last word ("Vessels Engineer Program Manager").

    >>> titled_body_name("Sheffield Council Cabinet Member for Finance")
    True
    >>> titled_body_name("Reef Authority Director for Reef Health")
    True
    >>> titled_body_name("Australian Institute of Marine Science")
    False
    """
    words = name.lower().split()
    heads = [words[i - 1] for i, w in enumerate(words) if i and w in ("for", "of")]
    return any(w in TITLE_HEADS or w in PERSON_NOUNS for w in heads + words[-1:])


def holder_in_apposition(index, post: Actor) -> Actor | None:
    """The person named between commas right after a post's capitalised title, read as
    a person or a body: the post's holder.

    "Reef Authority Director for Reef Health, Dr Mark Read, said ... "Q," he said" (page
    bleaching_aerial_surveys_read_gbrmpa): Mark Read; "Sheffield Council Cabinet Member
    for Finance, Labour Councillor Olivia Blake, told the annual Budget meeting" (page
    council_tax_stretched_sheffield_inews): Olivia Blake. Only capitalised words (a
    style, a party, a rank) and a style's full stop stand between the comma and the
    name, and a comma closes the name, in the same sentence.
    """
    if not is_titled_post(post):
        return None
    toks = index.tokens
    for _start, end in post.mentions:
        k = index.token_index(end)
        if k + 2 >= len(toks) or toks[k].text != "," or toks[k].start != end:
            continue
        for j in range(k + 1, min(k + 6, len(toks))):
            m = index.mention_starting(toks[j].start)
            if m is not None:
                close = index.token_index(m.end)
                if (
                    m.actor.kind == "person"
                    and m.actor is not post
                    and close < len(toks)
                    and toks[close].text == ","
                    and toks[close].sent == toks[k].sent
                ):
                    return m.actor
                break
            if not (toks[j].cap or toks[j].text == "."):
                break
    return None


def is_titled_post(actor: Actor) -> bool:
    """``actor`` is a post's capitalised title, read as a person (:func:`is_post_title`)
    or as a body whose name is a title (:func:`titled_body_name`)."""
    return is_post_title(actor) or (actor.kind == "organisation" and titled_body_name(actor.name))


def holder_of_fuller_title(index, post: Actor) -> Actor | None:
    """The holder named in apposition after another title of the article that holds all
    of ``post``'s words (:func:`holder_in_apposition`): a short title used in a headline.

    "'National grid fine, problem was in state grid,' says Union Power Minister" ...
    "Union Minister of State for Power and New and Renewable Energy, RK Singh, informed"
    (page mumbai_power_outage_rk_singh_onenewspage): RK Singh.
    """
    if not is_titled_post(post):
        return None
    words = set(post.name.lower().split())
    for other in index.actors:
        if other is not post and is_titled_post(other) and words < set(other.name.lower().split()):
            holder = holder_in_apposition(index, other)
            if holder is not None:
                return holder
    return None


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


def title_holder(index, post: Actor, speakers: set[int]) -> tuple[Actor | None, str]:
    """The person the text names as the holder of the title ``post``, and the evidence:
    named between commas right after it (:func:`holder_in_apposition`), after a fuller
    title with all its words (:func:`holder_of_fuller_title`), or, for a title read as a
    person, the one named near it (:func:`post_holder`; ``speakers`` are the ids of the
    actors that speak); (None, "") when it names none."""
    if (apposed := holder_in_apposition(index, post)) is not None:
        return apposed, APPOSED_HOLDER
    if (fuller := holder_of_fuller_title(index, post)) is not None:
        return fuller, FULLER_TITLE_HOLDER
    if is_post_title(post):
        return post_holder(index, post, post.first[0], speakers), POST_HOLDER
    return None, ""


def name_post_titles(index, refs: list) -> None:
    """Each speaker ref whose actor is a post's title (see :func:`post_holder`, and
    :func:`holder_in_apposition`, a body's name too) is the post's holder, when the text
    names one (:func:`title_holder`, looked up once an actor): the title itself and the
    pronouns that point back to it ("He said ..."). Updated in place."""
    holders: dict[int, tuple[Actor | None, str]] = {}
    speakers = {id(ref.actor) for ref in refs if ref.actor is not None}
    for ref in refs:
        if ref.actor is None:
            continue
        key = id(ref.actor)
        if key not in holders:
            holders[key] = title_holder(index, ref.actor, speakers)
        holder, how = holders[key]
        if holder is not None:
            ref.actor, ref.how = holder, ref.how or how
