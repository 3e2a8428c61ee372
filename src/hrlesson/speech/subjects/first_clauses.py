"""The first actor a sentence's first clause names: "In a letter, Netflix said" → Netflix.

A document's owner is often the subject of the clause that opens its sentence; a fronted
prepositional phrase ("In a letter,") is no such clause (read by :mod:`..documents.core`).
"""

from __future__ import annotations

from ..clauses import clause_words
from ..records import SpeakerRef
from ..tokens import Token
from ..vocabulary import PREPOSITIONS


def first_clause_subject(index, toks: list[Token]) -> SpeakerRef | None:
    """The first actor named in a sentence's first clause that is not a prepositional phrase
    (demonyms aside): "In a letter, Netflix said" → Netflix; None when that clause names
    nobody. ``toks`` are the sentence's tokens up to the point of interest."""
    for seg in clause_words(toks):
        if not seg or seg[0].lower in PREPOSITIONS:
            continue
        ms = [m for m in index.mentions_in(seg[0].start, seg[-1].end) if m.how != "demonym"]
        return SpeakerRef(ms[0].actor, None, ms[0].start, ms[0].end) if ms else None
    return None
