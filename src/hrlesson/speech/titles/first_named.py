"""Of several people who hold the role a description names, the one the text goes on
with: the one named first in the last sentence that names any of them."""

from __future__ import annotations

from ..actor_index import ActorIndex, sentence_at
from ..records import Actor


def first_named_last(index: ActorIndex, holders: list[Actor], at: int) -> Actor | None:
    """Of several ``holders`` of a role, the one named first in the last sentence before
    ``at`` that names any of them, outside quotations: the subject the text goes on
    with ("Mr Justice William Davis said he and Mr Justice Johnson were not reviewing
    the injunction." ... "The judge said": Davis); None when none is named before ``at``.

    >>> from hrlesson.article import article_from_text
    >>> from hrlesson.speech.actor_index import ActorIndex
    >>> text = ("Mr Justice William Davis said he and Mr Justice Johnson agreed. "
    ...         "The judge said it.")
    >>> index = ActorIndex(article_from_text(text, date="2022-02-02"), [])
    >>> judges = [a for a in index.actors if a.kind == "person"]
    >>> first_named_last(index, judges, text.index("The judge")).name
    'William Davis'
    """
    ids = {id(a) for a in holders}
    mentions = [m for m in index.mentions_in(0, at) if not m.in_quote and id(m.actor) in ids]
    if not mentions:
        return None
    last = sentence_at(index, mentions[-1].start)
    return next(m.actor for m in mentions if sentence_at(index, m.start) == last)
