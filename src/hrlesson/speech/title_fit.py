"""Which persons a title description can name: the holders of its title that its own words
fit ("the floor leader" is no party leader; "the minister of health" is the one introduced
with health)."""

from __future__ import annotations

from .actor_index import ActorIndex
from .described_holders import holders_of_post
from .description_heads import complement_holder, introduced_with_complement
from .named_later import title_holders
from .records import Actor


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
    return [a for a in match if introduced_with_complement(index, a, complement)]
