"""A short evaluation whose speaker is the one the next sentence has speak.

News often gives a judgement in the writer's sentence and names its author in the sentence
that follows: 'Entain was hit with a record £17m over "completely unacceptable" ...
failures. The commission said it repeatedly failed ...'; 'all areas ... were said to be
"good". A "requires improvement" rating, according to the CQC criteria means, "..."'. The
evaluation is then the words of the subject of the next sentence's reporting verb (in its
paragraph, or opening the next one), not of the speaker quoted before it
(:func:`next_sentence_speaker`, attribution ``evaluation_next``).
"""

from __future__ import annotations

from ..records import Actor, QuoteRecord, SpeakerRef
from ..vocabulary import DOCUMENT_NOUNS, PREPOSITIONS, WORD_RE, normalised_words

#: Most words of a quotation in the next sentence that is its speaker's own short judgement.
SHORT_QUOTE_WORDS = 4


def next_sentence_speaker(reader, q: QuoteRecord) -> SpeakerRef | None:
    """The subject of the first reporting verb in the active voice of the sentence after
    ``q``'s (in its paragraph or opening the next one), when it is an actor; None when the
    quote's words are quoted again elsewhere (:func:`quoted_again`: the echo decides), or
    that subject is a document (:func:`document_subject`: "Its report said"), its verb a
    gerund after a preposition (:func:`gerund_after_preposition`: "with the Federation in
    demanding"), it has a short quotation of its own there (:func:`own_short_quote`: "X told
    Metro the situation is 'dangerous'"), it is a bare group (:func:`bare_group`: "Heads
    say"), or someone else and not it spoke before ``q`` in ``q``'s paragraph
    (:func:`other_in_paragraph`: "According to the report, ... "Q." Other countries of "very
    high concern" ... "Q2," warned X": the report's)."""
    k = q.sent + 1
    sentences = reader.sentences
    if k >= len(sentences) or sentences[k][1] > sentences[q.sent][1] + 1 or quoted_again(reader, q):
        return None
    start, end = sentences[k][3], sentences[k][4]
    for cue in reader.cues_in(start, end):
        subject = cue.subject
        if subject is None or subject.actor is None or cue.passive:
            continue
        if (
            document_subject(reader.text[subject.start : subject.end])
            or gerund_after_preposition(reader.text[start : cue.start], cue.form)
            or own_short_quote(reader, cue.end, end)
            or bare_group(reader.text[subject.start : subject.end], subject.actor)
            or other_in_paragraph(reader, q, subject.actor)
        ):
            return None
        return subject
    return None


def other_in_paragraph(reader, q: QuoteRecord, actor: Actor) -> bool:
    """Someone spoke before ``q`` in its own paragraph (a speaker of the reader's timeline),
    and ``actor`` not: the evaluation goes with the one who spoke there."""
    start = reader.paragraphs[reader.sentences[q.sent][1] - 1][2]
    spoke = [a for pos, a, _ in reader.timeline if start <= pos < q.pair.open]
    return bool(spoke) and all(a is not actor for a in spoke)


def quoted_again(reader, q: QuoteRecord) -> bool:
    """The quote's words stand again in another quotation of the article, with at most three
    words more ('Leaders ... resign over ‘traumatic’ inspections' ... 'saying the process
    was still too “traumatic”'): whose words they are, the echo of them decides."""
    needle = normalised_words(q.text)
    if not needle:
        return False
    size = needle.count(" ") + 1
    for p in reader.top:
        if p.open == q.pair.open:
            continue
        words = normalised_words(reader.text[p.open + 1 : p.close])
        if f" {needle} " in f" {words} " and words.count(" ") + 1 <= size + 3:
            return True
    return False


def document_subject(span: str) -> bool:
    """The subject is a document, its owner read from a pronoun or elsewhere, not a speaker
    found for sure.

    >>> document_subject("Its report"), document_subject("The commission")
    (True, False)
    """
    words = WORD_RE.findall(span.lower())
    return bool(words) and words[-1] in DOCUMENT_NOUNS


def gerund_after_preposition(before: str, form: str) -> bool:
    """The cue is a gerund right after a preposition (``before`` is the sentence up to it):
    its subject is no one who reports ('stands "shoulder to shoulder" with the Federation in
    demanding', 'not by requesting').

    >>> gerund_after_preposition("stands with the Federation in ", "demanding")
    True
    >>> gerund_after_preposition("Torres found the arguments lacking, ", "saying")
    False
    """
    words = WORD_RE.findall(before.lower())
    return form.lower().endswith("ing") and bool(words) and words[-1] in PREPOSITIONS


def own_short_quote(reader, after: int, end: int) -> bool:
    """The next sentence quotes, after its verb (from ``after`` to ``end``), a short phrase
    of its own ('Dr Matthew Genge ... told Metro.co.uk the situation in nearby Grindavik is
    ‘dangerous’'): its speaker's judgement there is of something else."""
    return any(
        after <= p.open < end
        and len(WORD_RE.findall(reader.text[p.open + 1 : p.close])) <= SHORT_QUOTE_WORDS
        for p in reader.top
    )


def bare_group(span: str, actor: Actor) -> bool:
    """A bare plural noun for an unnamed group ("Heads say", "families expressed"), no
    author of a particular judgement.

    >>> bare_group("Heads", Actor("group", "Heads")), bare_group("magazine", Actor("group", "x"))
    (True, False)
    """
    words = WORD_RE.findall(span)
    return (
        len(words) == 1
        and actor.kind == "group"
        and words[0].lower().endswith("s")
        and words[0][1:].islower()
    )
