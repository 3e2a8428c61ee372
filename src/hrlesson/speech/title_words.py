"""Words of a title before or after a name: "Managing Director X", "the IAEA chief"."""

from __future__ import annotations

from .tokens import Token
from .vocabulary import (
    DEMONYMS,
    ORGANISATION_TITLE_WORDS,
    TITLE_HEADS,
    TITLE_MODIFIERS,
    is_person_head,
)


def body_title(text: str, mention, head: Token) -> bool:
    """``head`` is a lower-case title right after a body's name: ``the International Atomic
    Energy Agency chief said`` (the agency's chief speaks, not the agency)."""
    return (
        mention.actor.kind == "organisation"
        and head.text.islower()
        and is_person_head(head.lower)
        and text[mention.end : head.start] == " "
    )


def title_word(low: str) -> bool:
    """A word of a title before a name: "EU ambassador", "Managing Director", "Foreign"."""
    return (
        low in TITLE_HEADS
        or low in ORGANISATION_TITLE_WORDS
        or low in TITLE_MODIFIERS
        or low in DEMONYMS
        or low in ("eu", "un", "u.n.")
    )


def portfolio_after_title(words: list[Token], j: int, first: int) -> bool:
    """``words[j]`` is the "of"/"for" of a lower-case portfolio after a title head, a name
    after it: ``MSF's head of emergencies Michel Olivier Lacharite``."""
    return (
        j > first
        and j + 2 < len(words)
        and words[j].lower in ("of", "for")
        and words[j - 1].lower in TITLE_HEADS
        and words[j + 1].text.islower()
        and words[j + 2].cap
    )
