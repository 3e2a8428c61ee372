"""A relation noun describes the related person, never the one it relates to: "Smith's
attorney", "a lawyer for Lopez", "the King's private secretary" speak, not Smith, Lopez or
the King (the holder of the relation)."""

from __future__ import annotations

from .records import Actor, Mention
from .tokens import Token

#: Words after which a person's name is the one a title relates to ("a lawyer for Lopez").
_RELATING_WORDS = frozenset(["for", "of"])


def relation_holders(words: list[Token], mentions: list[Mention]) -> set[int]:
    """The ids of the persons a description names as holders of the relation it describes:
    a person whose name is possessive ("Smith's attorney") or follows "for"/"of" ("a lawyer
    for Lopez", "the wife of Navalny"). Such a person is never the one described.

    >>> from .records import Actor
    >>> from .tokens import tokenize
    >>> smith = Actor("person", "John Smith")
    >>> words = tokenize("Smith's attorney", [0])
    >>> relation_holders(words, [Mention(0, 7, smith, "surname")]) == {id(smith)}
    True
    >>> words = tokenize("a lawyer for Smith", [0])
    >>> relation_holders(words, [Mention(13, 18, smith, "surname")]) == {id(smith)}
    True
    >>> relation_holders(tokenize("lawyer Smith", [0]), [Mention(7, 12, smith, "surname")])
    set()
    """
    holders = set()
    for m in mentions:
        if m.actor.kind != "person":
            continue
        inside = [k for k, w in enumerate(words) if m.start <= w.start < m.end]
        if not inside:
            continue
        possessive = words[inside[-1]].poss
        after_link = inside[0] > 0 and words[inside[0] - 1].lower in _RELATING_WORDS
        if possessive or after_link:
            holders.add(id(m.actor))
    return holders


def related_holder(resolver, actor: Actor | None, start: int, end: int) -> bool:
    """``actor`` is a holder of the relation the description ``text[start:end]`` names
    (:func:`relation_holders`): "Smith's attorney" is never Smith. ``resolver`` is the
    :class:`DescriptionReader` that read the description."""
    if actor is None or actor.kind != "person":
        return False
    words = [t for t in resolver.toks_between(start, end) if t.text[0].isalnum()]
    return id(actor) in relation_holders(words, resolver.index.mentions_in(start, end))
