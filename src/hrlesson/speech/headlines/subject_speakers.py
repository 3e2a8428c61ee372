"""A headline's quotation naming no speaker, before it the speaker's name as its subject.

``Council 'Did Not Think Sinkhole Would Collapse'`` has no reporting verb, and the body does
not quote the words again (:mod:`.unspoken_echoes`); but the headline's subject, the word
right before the quotation, is how the body names one of its speakers ("Hertfordshire County
Council said it was told about a hole"), as "Family want ‘every avenue explored’" names
"His family". When exactly one actor the article has speak ends its name with that word,
the headline's words are that actor's (attribution ``headline_subject_speaker``).
"""

from __future__ import annotations

from ..records import QuoteRecord, SpeakerRef
from ..unspoken_headlines import UNSPOKEN_HEADLINE
from ..vocabulary import WORD_RE

#: The attribution of a headline quotation placed by :func:`give_subject_speakers`.
HEADLINE_SUBJECT_SPEAKER = "headline_subject_speaker"

#: Most words (a verb: "Family want") between the headline's subject and its quotation.
_MOST_AFTER_HEAD = 1


def names_speaker_head(before: str, speaker: SpeakerRef) -> bool:
    """The headline's words before the quotation (``before``) end with the last word of the
    speaker's name as their subject, with at most one verb after it: "Council 'Did Not Think
    ...'" (Hertfordshire County Council), "Family want 'every avenue explored'" (Lewis
    Skelton's family); not a modifier ("Uber drivers kick off 'Global Day of Protest'").

    >>> from types import SimpleNamespace as A
    >>> council = SpeakerRef(A(name="Hertfordshire County Council"), None, 0, 0)
    >>> names_speaker_head("Council ", council), names_speaker_head("Sinkhole ", council)
    (True, False)
    >>> names_speaker_head("Council leader says ", council)
    False
    """
    return _heads_words(_last_words(before), speaker)


def _last_words(before: str) -> list[str]:
    """The last words, in lower case, of a headline's words before its quotation that may
    hold its subject and a verb ("Family want " -> ``['family', 'want']``)."""
    return WORD_RE.findall(before.lower())[-_MOST_AFTER_HEAD - 1 :]


def _heads_words(tail: list[str], speaker: SpeakerRef) -> bool:
    """The last word of the speaker's name is in ``tail`` (:func:`_last_words`), followed by
    at most one word (``['council']`` for Hertfordshire County Council)."""
    name = speaker.actor.name if speaker.actor is not None else speaker.label or ""
    head = WORD_RE.findall(name.lower())[-1:]
    return (
        bool(head) and head[0] in tail and len(tail) - tail.index(head[0]) - 1 <= _MOST_AFTER_HEAD
    )


def headline_subject_speaker(attributor, q: QuoteRecord) -> SpeakerRef | None:
    """The one actor a reporting verb of the article has as subject whose name's last word
    heads the headline's words before ``q`` (:func:`names_speaker_head`), else None."""
    s_start = attributor.sentences[q.sent][3]
    tail = _last_words(attributor.text[s_start : q.pair.open])
    named = {
        id(c.subject.actor): c.subject
        for c in attributor.cues
        if c.subject is not None and c.subject.actor is not None and _heads_words(tail, c.subject)
    }
    return next(iter(named.values())) if len(named) == 1 else None


def give_subject_speakers(attributor, quotes: list[QuoteRecord]) -> None:
    """Give each quotation of ``quotes`` still left unspoken in the headline
    (``unspoken_headline``) the speaker its headline names as subject
    (:func:`headline_subject_speaker`): "Council 'Did Not Think Sinkhole Would Collapse'"
    ... "Hertfordshire County Council said": the council."""
    for q in quotes:
        if q.ref is None and q.attribution == UNSPOKEN_HEADLINE:
            speaker = headline_subject_speaker(attributor, q)
            if speaker is not None:
                q.ref, q.attribution = speaker, HEADLINE_SUBJECT_SPEAKER
