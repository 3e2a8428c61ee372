"""A quotation closed by a full stop, then a bare frame that names its speaker: ``"Cholera
response activities ... have already been affected by the recent violence." WHO's Tedros
told reporters at a virtual briefing.`` The writer put a stop where a comma belongs, so the
frame stands as a sentence of its own; its subject speaks the quotation before it, not the
nearest speaker before the quotation (:func:`stopped_frame_speaker`, called by
:meth:`~hrlesson.speech.rules.QuoteRules.rule_continuation` before it gives the quotation
to the speaker quoted last)."""

from __future__ import annotations

from dataclasses import replace

from ..wordlists import word_set
from .records import Cue, SpeakerRef
from .vocabulary import PREPOSITIONS, TIME_WORDS, WORD_RE

#: How the evidence names a speaker found by :func:`stopped_frame_speaker`.
STOPPED_FRAME = "the frame after the quotation's stop names its speaker"
#: The reporting verbs a bare frame uses (data/words/bare_frame_lemmas.txt).
FRAME_LEMMAS = word_set("bare_frame_lemmas")
#: Most words after the verb of a bare frame ("told reporters at a virtual briefing").
FRAME_TAIL_WORDS = 10
#: Lower-case words of the addressee a frame's "told" names ("told reporters", "told the BBC";
#: data/words/addressee_words.txt).
ADDRESSEE_WORDS = word_set("addressee_words")
#: Most capitalised words before the frame's subject ("WHO's Tedros").
FRAME_LEAD_WORDS = 2


def bare_frame_tail(tail: str) -> bool:
    """The words after a frame's verb add no clause of their own: nothing, or an addressee
    (capitalised words, "reporters", "the ..."), then nothing or a phrase of time or place
    opened by a preposition or a time word; never a reported clause ("He said none of the
    rangers were injured").

    >>> bare_frame_tail(" reporters at a virtual briefing."), bare_frame_tail(".")
    (True, True)
    >>> bare_frame_tail(" KGO-TV."), bare_frame_tail(" on Friday.")
    (True, True)
    >>> bare_frame_tail(" 37 African countries had confirmed cases.")
    False
    >>> bare_frame_tail(" none of them were hurt.")
    False
    """
    words = WORD_RE.findall(tail)
    if len(words) > FRAME_TAIL_WORDS or "that" in words:
        return False
    k = 0
    while k < min(len(words), FRAME_LEAD_WORDS + 2) and (
        words[k][:1].isupper() or words[k].lower() in ADDRESSEE_WORDS
    ):
        k += 1
    rest = [w.lower() for w in words[k:]]
    return not rest or rest[0] in PREPOSITIONS or rest[0] in TIME_WORDS


def frame_opening(lead: str) -> bool:
    """Only a capitalised owner or two stand before the frame's subject ("WHO's Tedros").

    >>> frame_opening(""), frame_opening("WHO's "), frame_opening("But ")
    (True, True, False)
    """
    words = lead.split()
    return len(words) <= FRAME_LEAD_WORDS and all(
        w[:1].isupper() and w.endswith(("'s", "’s")) for w in words
    )


def stopped_frame_speaker(reader, q) -> tuple[Cue, SpeakerRef] | None:
    """The reporting verb and subject (its ``how`` naming this rule) of the bare frame
    (:func:`bare_frame_tail`) that is the whole sentence right after ``q``, in its paragraph,
    when ``q`` ends its own sentence with a stop: the subject opens that sentence
    (:func:`frame_opening`), stands before a reporting verb in the active voice, and the
    sentence quotes nothing (attribution ``quote_speaker_cue``, as for ``"Q," S said``). None
    otherwise."""
    if not q.text.rstrip().endswith((".", "!", "?")):
        return None
    k = reader.sent_of(q.pair.close) + 1
    sentences = reader.sentences
    if k >= len(sentences) or sentences[k][1] != sentences[q.sent][1]:
        return None
    start, end = sentences[k][3], sentences[k][4]
    if reader.text[q.pair.close + 1 : start].strip(" \"”’'»") or any(
        start <= p.open < end for p in reader.top
    ):
        return None
    cues = reader.cues_in(start, end)
    if not cues:
        return None
    cue, subject = cues[0], cues[0].subject
    if subject is None or subject.actor is None or cue.passive or cue.lemma not in FRAME_LEMMAS:
        return None
    if subject.end > cue.start or reader.text[subject.end : cue.start].strip():
        return None
    if not frame_opening(reader.text[start : subject.start]):
        return None
    if not bare_frame_tail(reader.text[cue.end : end]):
        return None
    return cue, replace(subject, how=STOPPED_FRAME)
