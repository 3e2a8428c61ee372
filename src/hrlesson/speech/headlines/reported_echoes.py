"""A headline's quotation naming no speaker, reported without quotation marks in the body.

A headline often quotes words the body reports in indirect speech, after a reporting verb
and a named subject: "Narrowboat 'probably sank within two minutes', trapping and killing its
owner" ... "the head rescue coordinator ..., Pete Barnett, said the boat probably sank within
two minutes"; "Insurers 'working as fast as they can'" ... "The Insurance Council says
insurers are working as fast as they possibly can to settle ... claims". When the words of a
headline quotation no rule placed (three words or more) stand, in order and with at most
three words inserted (:func:`~.heading_echoes.echoed_in`), in the clause after the first
body reporting verb that has a named person or body as its subject
(:func:`~.lead_claimants.named_claimant`), they are that subject's (attribution
``headline_reported_echo``). A group ("experts say") or a description leaves them nobody's.
"""

from __future__ import annotations

from ..records import Cue, QuoteRecord, SpeakerRef
from ..unspoken_headlines import UNSPOKEN_HEADLINE
from ..vocabulary import normalised_words
from .heading_echoes import echoed_in
from .lead_claimants import named_claimant

#: The attribution of a headline quotation placed by :func:`give_reported_echoes`.
HEADLINE_REPORTED_ECHO = "headline_reported_echo"

#: Fewest words of a headline quotation the rule looks for: a clause, not a term ("landmark").
_MIN_WORDS = 3


def reported_clause(text: str, cue: Cue, sent_end: int) -> str:
    """The words ``cue`` reports: its sentence after the verb, to the sentence's end.

    >>> from types import SimpleNamespace as C
    >>> t = "Pete Barnett said the boat probably sank within two minutes. Next."
    >>> reported_clause(t, C(end=t.index(" the boat")), t.index(" Next"))
    'the boat probably sank within two minutes'
    """
    return normalised_words(text[cue.end : sent_end])


def reported_speaker(attributor, needle: str) -> SpeakerRef | None:
    """The named subject (:func:`named_claimant`) of the first body reporting verb, active
    and outside the headline's paragraph, whose reported clause (:func:`reported_clause`)
    holds the words ``needle`` (:func:`echoed_in`), else None."""
    head_par = attributor.par_of_sent[0]
    for c in sorted(attributor.cues, key=lambda c: c.start):
        if c.subject is None or c.lemma is None or c.passive:
            continue
        sent = attributor.sentences[c.sent]
        if sent[1] == head_par:
            continue
        if echoed_in(needle, reported_clause(attributor.text, c, sent[4])):
            return c.subject if named_claimant(c.subject) else None
    return None


def give_reported_echoes(attributor, quotes: list[QuoteRecord]) -> None:
    """Give each quotation of ``quotes`` still left unspoken in the headline
    (``unspoken_headline``), of three words or more, the subject of the body's reporting
    verb that reports its words (:func:`reported_speaker`): "Narrowboat 'probably sank
    within two minutes'" ... "Pete Barnett, said the boat probably sank within two
    minutes": Pete Barnett."""
    for q in quotes:
        if q.ref is not None or q.attribution != UNSPOKEN_HEADLINE:
            continue
        needle = normalised_words(q.text)
        if len(needle.split()) < _MIN_WORDS:
            continue
        speaker = reported_speaker(attributor, needle)
        if speaker is not None:
            q.ref, q.attribution = speaker, HEADLINE_REPORTED_ECHO
