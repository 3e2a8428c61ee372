"""A short evaluation whose own sentence closes with a reporting frame.

News often gives a judgement in the middle of a sentence and names who made it in a frame
that closes the same sentence: 'This is the only “reliable” route into western Sudan, said
WFP, which said ...'; 'The "irresponsible" crime risked the lives of road users, said
Councillor Simon Wales'; '... who are "under an injury cloud" says cricket.com.au.' The
evaluation is then the words of that frame's subject (:func:`closing_frame_speaker`,
attribution ``evaluation_frame``), not of the sentence's first subject, the next sentence's
speaker or the speaker quoted before it.
"""

from __future__ import annotations

from ..records import QuoteRecord, SpeakerRef
from ..vocabulary import ADVERBS, WORD_RE

#: Characters that close the clause before a frame: a comma, a dash, or the quotation's mark.
FRAME_OPENERS = ",–—"


def frame_segment_start(text: str, close: int, cue_start: int) -> int:
    """Where the clause of a reporting verb at ``cue_start`` opens, after the quotation
    closing at ``close``: right after the last comma or dash between them, else right
    after the closing mark.

    >>> text = 'The "irresponsible" crime risked lives, said Cllr Wales.'
    >>> text[frame_segment_start(text, 18, text.index("said")) :]
    ' said Cllr Wales.'
    >>> text = 'who are "under an injury cloud" says cricket.com.au.'
    >>> text[frame_segment_start(text, 30, text.index("says")) :]
    ' says cricket.com.au.'
    """
    cut = max(text.rfind(c, close + 1, cue_start) for c in FRAME_OPENERS)
    return cut + 1 if cut >= 0 else close + 1


def only_adverbs(text: str) -> bool:
    """Whether ``text`` holds no word but adverbs (``" also "``, ``" "``).

    >>> only_adverbs(" also ")
    True
    >>> only_adverbs(" while the minister ")
    False
    """
    return all(w.lower() in ADVERBS for w in WORD_RE.findall(text))


def closing_frame_speaker(reader, q: QuoteRecord) -> SpeakerRef | None:
    """The subject of the first reporting verb in the active voice after ``q`` in its
    sentence, when that verb and its subject make a frame of their own: the subject right
    after the verb, which opens its clause after a comma or a dash ("..., said WFP", read
    with ``reader.phrase_after`` where the subject finder, reading no quotation before it,
    took none; not '"irresponsible" remarks about X', a noun right after the mark), or
    right before it, after a comma, a dash or the mark, nothing but adverbs between
    ("..., Cllr Wales said"); its clause holds no other word ("..., while the minister
    said": another's clause, no frame), and no other quotation stands between ``q`` and the
    verb (the frame is that one's)."""
    end = reader.sentences[q.sent][4]
    text = reader.text
    for cue in reader.cues_in(q.pair.close + 1, end):
        if cue.passive or cue.lemma is None:
            return None
        if any(reader.quote_at(t.start) for t in reader.toks_between(q.pair.close + 1, cue.start)):
            return None
        seg = frame_segment_start(text, q.pair.close, cue.start)
        subject = cue.subject
        if only_adverbs(text[seg : cue.start]):  # "..., said WFP"
            if seg == q.pair.close + 1:
                return None  # '"irresponsible" remarks about X': a noun, no frame
            if subject is None or subject.start < cue.end:
                subject = reader.phrase_after(cue.end, end, cue.start)
            return subject
        framed = (
            subject is not None
            and seg <= subject.start < cue.start
            and only_adverbs(text[seg : subject.start])
            and only_adverbs(text[subject.end : cue.start])
        )  # "..., Cllr Wales said"
        return subject if framed else None
    return None
