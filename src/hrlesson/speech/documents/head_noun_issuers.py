"""The issuer a document's "from the <noun>" names by the last word of a body's name: "a
statement from the board" after "the Facebook Oversight Board" is that board's."""

from __future__ import annotations

from ..records import SpeakerRef
from ..tokens import Token

#: Kinds of actor whose name a bare head noun can take up again.
_BODY_KINDS = ("organisation", "group")


def head_noun_body(index, words: list[Token], at: int) -> SpeakerRef | None:
    """``"Q," reads a statement from the board explaining the ruling`` after "The
    independent Facebook Oversight Board overturned": the phrase ``words`` is "the" and one
    lower-case noun, the last word of the name of the body named last before ``at`` whose
    name ends so (``index`` is the article's :class:`ActorIndex`); None when no body's name
    ends with that noun.

    >>> head_noun_body(None, [], 0) is None
    True
    """
    if len(words) != 2 or words[0].lower != "the" or not words[1].text.islower():
        return None
    noun = words[1].lower
    named = [
        m
        for m in index.mentions_in(0, at)
        if m.actor.kind in _BODY_KINDS
        and not m.in_quote
        and len(m.actor.name.split()) > 1
        and m.actor.name.lower().split()[-1] == noun
    ]
    if not named:
        return None
    m = named[-1]
    return SpeakerRef(
        m.actor, None, words[0].start, words[1].end, described=True, how="the body named so before"
    )
