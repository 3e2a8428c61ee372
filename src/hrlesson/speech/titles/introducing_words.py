"""The words of the sentence that introduces a person: a description's modifier the
holder's own title lacks may stand there ("It forced the cancellation of 24 flights at
Bali's international airport, general manager X said" ... "the airport manager said": X)."""

from __future__ import annotations

import re

from .national_officials import sentence_bounds

#: A word of the sentence ("airport", "manager's").
_WORD = re.compile(r"[\w'’-]+")


def introducing_words(index, actor) -> frozenset[str]:
    """The lower-case words written outside quotations in the sentence that first names
    ``actor`` (``index`` is the article's actor index), which a description's other words
    ("airport" of "the airport manager") may be found in when the holder's own title
    ("general manager") lacks them.

    >>> from hrlesson.article import article_from_text
    >>> from hrlesson.speech.actor_index import actor_index
    >>> idx = actor_index(article_from_text("Flights at the airport stopped, general manager "
    ...     "Ahmad Shahab said.", date="2024-11-12"))
    >>> person = next(a for a in idx.actors if a.kind == "person")
    >>> sorted(introducing_words(idx, person))[:3]
    ['airport', 'at', 'general']
    """
    if not actor.first:
        return frozenset()
    start, end = sentence_bounds(index, actor.first[0])
    return frozenset(
        m.group()
        for m in _WORD.finditer(index.text, start, end)
        if m.group().islower() and not index.in_quote(m.start())
    )
