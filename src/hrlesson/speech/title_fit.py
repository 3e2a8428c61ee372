"""Which persons a title description can name: the holders of its title that its own words
fit ("the floor leader" is no party leader; "the minister of health" is the one introduced
with health)."""

from __future__ import annotations

from .actor_index import ActorIndex
from .described_holders import holders_of_post
from .description_heads import complement_holder, introduced_with_complement
from .named_later import title_holders
from .records import Actor
from .vocabulary import same_body


def holders_fitting_title(
    index: ActorIndex, persons: list[Actor], title: tuple, text: str, complement: str
) -> list[Actor]:
    """The persons a title description ``text`` can name: the holders of its title
    (``title`` = head, affiliation, lower-case words, start, position of the cue) whose post
    the description's own words fit ("the floor leader", :func:`holders_of_post`), narrowed
    to those introduced with its complement ("the minister of health"), or the one person
    the complement itself names (:func:`complement_holder`).
    """
    head, aff, lowers, start, at = title
    match = title_holders(index, persons, head, aff, lowers, start)
    match = holders_of_post(match, text, head)
    holder = complement_holder(persons, head, complement, at) if complement else None
    if holder is not None:
        return [holder]
    state = complement_state(index, start + len(text) - len(complement), start + len(text))
    of_state = [a for a in match if a.affiliation is None or same_body(a.affiliation, state)]
    if state is not None and len(of_state) == 1:
        return of_state  # "The President of the United States": President Barack Obama
    return [a for a in match if introduced_with_complement(index, a, complement)]


def complement_state(index: ActorIndex, start: int, end: int) -> str | None:
    """The state a title's complement ``text[start:end]`` names and nothing else: "of the
    United States" in "The President of the United States" (a holder of that title of
    this state, or of none the text gives, fits it though the sentence that introduced
    them never named the state); None for a complement naming a body ("of the IMF").

    ``index`` is the article's actor index.
    """
    mentions = [m for m in index.mentions_in(start, end) if not m.in_quote]
    if len(mentions) != 1 or mentions[0].actor.kind != "state":
        return None
    m = mentions[0]
    outside = index.text[start : m.start] + " " + index.text[m.end : end]
    if any(w[:1].isupper() for w in outside.split()):
        return None
    return m.actor.name
