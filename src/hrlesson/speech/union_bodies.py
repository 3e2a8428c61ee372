"""A bare "the union" is the trade union the article named last: ``The Association of Flight
Attendants-CWA ... knocked down reports`` ... ``"Q," the union said``."""

from __future__ import annotations

from ..wordlists import word_set
from .records import SpeakerRef
from .tokens import Token

#: Words of a trade union's own name: data/words/union_name_words.txt.
UNION_NAME_WORDS = word_set("union_name_words")

#: The evidence for a speaker placed by :func:`union_named_before`.
UNION_NAMED_BEFORE = "the union named last before it"


def names_union(name: str) -> bool:
    """Does a body's ``name`` say it is a trade union?

    >>> names_union("Association of Flight Attendants-CWA"), names_union("National Education Union")
    (True, True)
    >>> names_union("Department for Education")
    False
    """
    return any(w in UNION_NAME_WORDS for w in name.lower().replace("-", " ").split())


def union_named_before(resolver, words: list[Token]) -> SpeakerRef | None:
    """The subject ``words`` is "the union" (nothing more): the body whose name says it is a
    union (:func:`names_union`), named last before it outside quotations; else None (the
    ministry it negotiates with, named in between, is no union). ``resolver`` is the
    :class:`Attributor`."""
    if len(words) != 2 or [w.lower for w in words] != ["the", "union"]:
        return None
    if not words[1].text.islower():
        return None  # "the Union": a name
    found = None
    for m in resolver.index.mentions_in(0, words[0].start):
        if (
            not m.in_quote
            and m.actor.kind in ("organisation", "group")
            and names_union(m.actor.name)
        ):
            found = m
    if found is None:
        return None
    resolver._note(found.actor, words[0].start, words[1].end)
    return SpeakerRef(found.actor, None, words[0].start, words[1].end, how=UNION_NAMED_BEFORE)
