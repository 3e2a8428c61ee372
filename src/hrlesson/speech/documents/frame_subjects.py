"""A subject inside a document frame that lacks its comma speaks: ``In the periodic report
released on August 26 the Commission “takes note of ...”`` is the Commission's, not the
report's."""

from __future__ import annotations

from ..records import SpeakerRef
from ..tokens import Token
from ..vocabulary import PREPOSITIONS

#: Kinds of actor that speak in their own document.
_SPEAKER_KINDS = ("organisation", "group", "person", "state")


def subject_start_in_frame(words: list[Token], k: int) -> int | None:
    """Index of "the" opening a capitalised noun phrase after the document noun
    ``words[k]`` and not after a preposition ("released on August 26 the Commission",
    but not "released by the Commission"), else None.

    >>> from hrlesson.speech.tokens import tokenize
    >>> s = "In the periodic report released on August 26 the Commission"
    >>> subject_start_in_frame([t for t in tokenize(s, [0]) if t.text[0].isalnum()], 3)
    8
    >>> s = "In the report released by the Commission"
    >>> subject_start_in_frame([t for t in tokenize(s, [0]) if t.text[0].isalnum()], 2) is None
    True
    """
    for j in range(k + 1, len(words) - 1):
        if words[j].lower == "the" and words[j + 1].cap:
            return None if words[j - 1].lower in PREPOSITIONS else j
    return None


def subject_in_frame(att, words: list[Token], k: int) -> SpeakerRef | None:
    """The speaker named as the subject in the frame ``words`` (up to the quote or the
    comma after it) whose document noun is ``words[k]``: a body or person the index knows,
    else None. ``att`` is an :class:`Attributor`."""
    j = subject_start_in_frame(words, k)
    if j is None:
        return None
    ref = att.resolve_span(words[j].start, words[-1].end, words[j].start)
    if ref is None or ref.actor is None or ref.actor.kind not in _SPEAKER_KINDS:
        return None
    return SpeakerRef(ref.actor, None, ref.start, ref.end, how="the subject after the document")
