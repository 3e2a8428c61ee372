"""A body noun the article itself applies to a named body: "The Unite union said" or "the
union Unite" make Unite "the union" (and "a union has said") though its name holds no word
of a union; the name's own words need not say what the text says it is."""

from __future__ import annotations

import re

from ..records import Actor

#: Words between a body noun written before a name and the name ("the union, Unite,").
_BEFORE_GAP = r"(?:,\s*)?"


def noun_written_with(text: str, start: int, end: int, noun: str) -> bool:
    """Does the text write the lower-case ``noun`` (a body noun, singular) right after the
    name at ``text[start:end]`` ("the Unite union"), or right before it ("the union Unite",
    "the union, Unite,")?

    >>> t = "The Unite union said. Members of union GMB and the charity Shelter."
    >>> at = lambda w: (t.index(w), t.index(w) + len(w))
    >>> noun_written_with(t, *at("Unite"), "union"), noun_written_with(t, *at("GMB"), "union")
    (True, True)
    >>> noun_written_with(t, *at("Shelter"), "union")
    False
    """
    word = re.escape(noun)
    if re.match(rf"\s+{word}\b", text[end : end + len(noun) + 3]):
        return True
    return (
        re.search(rf"\b{word}\s+{_BEFORE_GAP}$", text[max(start - len(noun) - 4, 0) : start])
        is not None
    )


def noun_applied(index, actor: Actor, noun: str) -> bool:
    """Does the article write the body noun ``noun`` (singular, lower case) next to one of
    ``actor``'s mentions outside quotations (:func:`noun_written_with`)? ``The Unite union
    said`` ... ``"Q," the union said``: Unite. Only one organisation or group, never a
    person's name, and never a plural noun ("the Stagecoach workers")."""
    if actor.kind not in ("organisation", "group") or actor.key.startswith("joint:"):
        return False
    if noun.endswith("s"):
        return False
    return any(
        not index.in_quote(start) and noun_written_with(index.text, start, end, noun)
        for start, end in actor.mentions  # its own mentions, not every mention of the article
    )
