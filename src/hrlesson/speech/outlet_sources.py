"""An outlet that reports "citing" a named source relays that source's words:
'Egypt will "bleed" reserves, Bloomberg reported on Thursday, citing IMF chief X' (X's)."""

from __future__ import annotations

from .kinds import names_outlet
from .records import Mention, SpeakerRef
from .tokens import Token

#: The most words between the outlet's verb and ", citing" ("on October 5th").
_MAX_BETWEEN = 6


def citing_span(tokens: list[Token], k: int) -> tuple[int, int] | None:
    """After the verb ``tokens[k]``, within six words of the sentence, ", citing" and
    the words it governs, up to the next comma or the sentence's end: their span.

    >>> from .tokens import tokenize
    >>> toks = tokenize("Bloomberg reported on Monday, citing IMF chief Ann Lee.", [0])
    >>> citing_span(toks, 1)
    (37, 54)
    >>> citing_span(tokenize("Bloomberg reported that X, citing Y.", [0]), 1) is None
    True
    """
    sent = tokens[k].sent
    j = k + 1
    while j < len(tokens) and j <= k + _MAX_BETWEEN and tokens[j].sent == sent:
        t = tokens[j]
        if t.text == "," and j + 2 < len(tokens) and tokens[j + 1].lower == "citing":
            words = []
            for w in tokens[j + 2 :]:
                if w.sent != sent or w.text in (",", ".", ";", ":"):
                    break
                words.append(w)
            return (words[0].start, words[-1].end) if words else None
        if t.lower in ("that", "and", "but") or not (t.text[0].isalnum() or t.text == ","):
            return None
        j += 1
    return None


def cited_source(mentions: list[Mention]) -> SpeakerRef | None:
    """The source among ``mentions`` (those in the "citing" phrase): its person, else its
    first body that is no outlet; None when the phrase names no one ("citing data").

    The person comes first: "citing the IMF's Managing Director Kristalina Georgieva" is
    Georgieva's word, not the IMF's."""
    people = [m for m in mentions if m.actor.kind == "person"]
    bodies = [m for m in mentions if m.actor.kind != "person" and not names_outlet(m.actor.name)]
    m = (people or bodies or [None])[0]
    if m is None:
        return None
    return SpeakerRef(m.actor, None, m.start, m.end, how="the source an outlet cites")


def outlet_relays(ref: SpeakerRef | None) -> bool:
    """The subject ``ref`` is a news outlet, which relays the words of others."""
    return ref is not None and ref.actor is not None and names_outlet(ref.actor.name)
