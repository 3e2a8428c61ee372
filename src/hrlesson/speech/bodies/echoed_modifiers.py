"""A name read as a person's that holds the modifier of a lead's body description is that
body: ``A hospice charity in Wiltshire says ...`` then ``... dumped outside the Dorothy House
Hospice Care shop``: Dorothy House Hospice Care, though its first word is a given name. The
lead describes the body by its field ("hospice") and the next paragraph names it with that
word capitalised inside its name; a person's name holds no such field word."""

from __future__ import annotations

import re

from ..records import Actor, sole_actor
from .lead_descriptions import next_paragraph_bounds, opens_lead_sentence

#: The evidence for a body read this way.
ECHOED_MODIFIER = "the body the lead describes by its field, named next with that word"

#: The fewest letters a modifier needs to stand for a body's field ("hospice", not "new").
MIN_MODIFIER = 4

#: Lower-case words of a description.
_LOWER_WORD = re.compile(r"\b[a-z][a-z-]+\b")


def description_modifiers(description: str, noun: str) -> set[str]:
    """The lower-case words of :data:`MIN_MODIFIER` letters or more before the head
    ``noun`` in ``description``, its article aside.

    >>> sorted(description_modifiers("A hospice charity in Wiltshire", "charity"))
    ['hospice']
    >>> description_modifiers("A leading charity", "charity")
    {'leading'}
    """
    head = description.lower().find(noun)
    before = description[:head] if head >= 0 else ""
    return {w for w in _LOWER_WORD.findall(before) if len(w) >= MIN_MODIFIER}


def echoes_modifier(name: str, modifiers: set[str]) -> bool:
    """``name`` holds one of ``modifiers`` as a capitalised word of its own after its first
    word (a first word may be a given name: "Hope", "Faith").

    >>> echoes_modifier("Dorothy House Hospice Care", {"hospice"})
    True
    >>> echoes_modifier("Dorothy House Hospice Care", {"leading"})
    False
    """
    return any(w[:1].isupper() and w.lower() in modifiers for w in name.split()[1:])


def unmarked_name_echoing(actor, modifiers: set[str]) -> bool:
    """``actor`` is a name the kit read as a person's, given no role, that echoes one of
    the description's ``modifiers`` (:func:`echoes_modifier`): a body named by its field
    (the gender read from a first word such as "Dorothy" does not make it a person)."""
    return actor.kind == "person" and not actor.role and echoes_modifier(actor.name, modifiers)


def lead_name_echoing(reader, noun: str, span: tuple[int, int]) -> Actor | None:
    """The one name read as a person's (:func:`unmarked_name_echoing`) that the paragraph
    after a lead's description at ``span`` (head ``noun``, opening a lead sentence: see
    :func:`.lead_descriptions.opens_lead_sentence`) names outside quotations and that holds
    one of its modifiers, read from then on as an organisation; None when the description
    has none, or no name or two echo it. ``reader`` is the :class:`Attributor`."""
    modifiers = description_modifiers(reader.text[span[0] : span[1]], noun)
    if not modifiers or (s := opens_lead_sentence(reader, span)) is None:
        return None
    if (bounds := next_paragraph_bounds(reader, s)) is None:
        return None
    body = sole_actor(
        m.actor
        for m in reader.index.mentions_in(*bounds)
        if not m.in_quote and unmarked_name_echoing(m.actor, modifiers)
    )
    if body is not None:
        body.kind, body.gender = "organisation", None  # a body from now on: "The charity said"
    return body
