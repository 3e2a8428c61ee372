"""A headline signed before a colon by a plain plural of people: that group speaks.

``Stall owners: 'Gangs are stopping people shopping in Dublin's Moore Street'`` sets a noun
phrase, a colon and a quotation: the phrase signs the words, as a name would ('Canals and
River Trust: 'Q''). When no actor of the article holds the phrase, a short lower-case noun
phrase ending in a plural noun for people ("stall owners", "pharmacists", "local residents")
is the speaker as a description (:func:`signing_group`), written in lower case as the body
writes such a group ("However, stall owners say gangs are stopping people ...").
"""

from __future__ import annotations

from typing import Protocol

from ..records import SpeakerRef
from ..subjects.plain import plain_plural_subject
from ..tokens import Token

#: Most words of a group phrase that signs a headline.
_MAX_WORDS = 4


class _Spans(Protocol):
    def toks_between(self, start: int, end: int) -> list[Token]: ...


def signing_group(reader: _Spans, start: int, end: int) -> SpeakerRef | None:
    """The group the headline's phrase before its colon (``start``–``end`` of the text
    ``reader`` tokenises) names, as a lower-case description: a plain plural of at most
    four words (:func:`~..subjects.plain.plain_plural_subject`), its opening capital
    lowered when the next word is in lower case ("Stall owners" → "stall owners"); none for
    a name, a thing or a longer phrase ("Coronavirus", "Bank closures rise").

    >>> from ..tokens import tokenize
    >>> class Line:
    ...     def __init__(self, text): self.tokens = tokenize(text, [0])
    ...     def toks_between(self, s, e): return [t for t in self.tokens if s <= t.start < e]
    >>> signing_group(Line("Stall owners"), 0, 12).label
    'stall owners'
    >>> [signing_group(Line(s), 0, len(s)) for s in ("Coronavirus", "Middle East")]
    [None, None]
    """
    words = [t for t in reader.toks_between(start, end) if t.text[:1].isalnum()]
    if not words or len(words) > _MAX_WORDS:
        return None
    ref = plain_plural_subject(words)
    if ref is None or ref.label is None:
        return None
    label = ref.label
    if len(words) > 1 and label[:1].isupper() and words[1].text[:1].islower():
        label = label[:1].lower() + label[1:]
    return SpeakerRef(None, label, ref.start, ref.end, True)
