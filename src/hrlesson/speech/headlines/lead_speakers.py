"""A quotation alone on a heading line at the article's top, spoken by the lead's speaker.

A news page often opens with its speaker's words set as a headline or a heading ("‘Russia
complying with all WADA demands’") and gives them to nobody, because the lead says who
speaks: "President Vladimir Putin said on Thursday that Moscow was complying ...", and the
first quotation of the body is his too. When the first reporting verb of the body has a
person as its subject and the article's first quotation is that person's, the heading is
theirs. A short heading ("License to Kill", a report's title) is a topic, not a sentence,
and stays a heading.
"""

from __future__ import annotations

from ..records import Cue, QuoteRecord, SpeakerRef

#: The attribution of a heading placed by :func:`lead_speaker_headings`.
LEAD_HEADING = "lead_heading"

#: Fewest words of a heading that is a speaker's sentence.
_MIN_WORDS = 5

#: The last paragraph (1-based) a top heading may stand in: the title, the standfirst and
#: a heading after the lead.
_TOP_PARAGRAPHS = 3


def lead_speaker(sentences: list, cues: list[Cue]) -> SpeakerRef | None:
    """The subject of the body's first reporting verb that has one, when it is a person
    ("President Vladimir Putin said on Thursday that") or a description that names no actor
    ("The grieving mum of a teenager who was stabbed to death said"), else None."""
    for cue in cues:
        if sentences[cue.sent][2] != "body" or cue.subject is None:
            continue
        actor = cue.subject.actor
        if actor is None:
            return cue.subject if cue.subject.described else None
        return cue.subject if actor.kind == "person" else None
    return None


def same_speaker(speaker: SpeakerRef, first: SpeakerRef) -> bool:
    """The lead's speaker is the first quote's: the same person, or the same described
    mention when the article never names them ("The grieving mum ... said she expects
    ‘nothing to change’": :func:`described_lead_speaker`)."""
    if speaker.actor is not None:
        return speaker.actor is first.actor
    return described_lead_speaker(speaker, first)


def described_lead_speaker(speaker: SpeakerRef, first: SpeakerRef) -> bool:
    """A lead's speaker known only by a description (no actor) is the first quote's when
    that quote's speaker is the very same mention: ``‘My son was stabbed to death after
    being groomed – I’ve lost faith in the system’`` above "The grieving mum of a teenager
    who was stabbed to death said she expects ‘nothing to change’" is the grieving mum's."""
    return first.actor is None and (first.start, first.end) == (speaker.start, speaker.end)


def lead_speaker_headings(sentences: list, cues: list[Cue], quotes: list[QuoteRecord]) -> None:
    """Heading quotes of five words or more in the top three paragraphs, before any quote
    of the body, become the lead's speaker's (:func:`lead_speaker`) when the article's first
    quote is that speaker's too (role ``quote``, attribution ``lead_heading``): "‘We're
    sending a message of deterrence’" after "NATO chief Jens Stoltenberg has told DW that"
    and before '"an attack on one NATO ally ...," ... Jens Stoltenberg said'."""
    spoken = [q for q in quotes if q.role == "quote"]
    first = spoken[0] if spoken else None
    if first is None or first.ref is None:
        return
    speaker = lead_speaker(sentences, cues)
    if speaker is None or not same_speaker(speaker, first.ref):
        return
    for q in quotes:
        if q is first:
            break
        top = sentences[q.sent][1] <= _TOP_PARAGRAPHS
        if q.role == "heading" and q.n_words >= _MIN_WORDS and top:
            q.role, q.kind, q.ref, q.attribution = "quote", "full", first.ref, LEAD_HEADING
