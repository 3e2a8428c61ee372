"""A headline's quotation naming no speaker is the words of the lead's claimant.

A news headline sums up the story's lead in the words of its source, and the lead then
names that source as the subject of its first reporting verb: "Birmingham clean air zone
vehicle check service 'inaccurate'" ... "may be giving people false information, the RAC has
warned"; "Government to 'transform' Oranga Tamariki" ... "Minister for Children Kelvin Davis
says there will be a major shift". When the first reporting verb of the two paragraphs after
the article's headline (past verbs with no subject: "a poll suggests", and verbs in a subordinate
clause: "as Sinn Fein says", "when King Edward VIII announced") has a named person or body as
its subject, the headline's words no rule placed are that claimant's (attribution
``headline_lead_claimant``). A group ("experts say", "many civil society organisations are
pointing out"), a description ("a senior administration official acknowledged") or a
document ("a press release reads") as that subject leaves them nobody's
(:mod:`..unspoken_headlines`).
"""

from __future__ import annotations

import re

from ..clause_words import SUBORDINATORS, TEMPORAL_SUBORDINATORS
from ..records import Cue, QuoteRecord, SpeakerRef
from ..unspoken_headlines import UNSPOKEN_HEADLINE
from ..vocabulary import WORD_RE

#: The attribution of a headline quotation placed by :func:`give_lead_claimants`.
HEADLINE_LEAD_CLAIMANT = "headline_lead_claimant"
#: How many paragraphs after the headline make its lead.
LEAD_PARAGRAPHS = 2
#: Words that open a subordinate clause, whose reporting verb is no claim of the lead.
CLAUSE_OPENERS = SUBORDINATORS | TEMPORAL_SUBORDINATORS
#: A comma, a semicolon or a dash: where the clause before a subject starts at the latest.
CLAUSE_BREAK = re.compile(r"[,;:–—]|\s-\s")


def in_subordinate_clause(text: str, sent_start: int, subject_start: int) -> bool:
    """One of the two words right before a subject, after the last comma or dash of its
    sentence, opens a subordinate clause ("as Sinn Fein says" on
    homelessness_obroin_sinn_fein_countysligo, "when King Edward VIII announced" on
    charles_abdication_dirty_word_richard_kay_amedpost); not a word before a comma ("the site
    of the project as sacred, officials and campaigners said" on
    niyamgiri_gram_sabhas_himrika_majhi_asiaone).

    >>> lead = "THE Government must tackle homelessness – as Sinn Fein says X."
    >>> in_subordinate_clause(lead, 0, lead.index("Sinn"))
    True
    >>> lead = "A website may be giving people false information, the RAC has warned."
    >>> in_subordinate_clause(lead, 0, lead.index("RAC"))
    False
    >>> lead = "Tribes regard the site as sacred, officials and campaigners said Wednesday."
    >>> in_subordinate_clause(lead, 0, lead.index("officials"))
    False
    """
    clause = CLAUSE_BREAK.split(text[sent_start:subject_start])[-1]
    words = WORD_RE.findall(clause.lower())[-2:]
    return any(w in CLAUSE_OPENERS for w in words)


def named_claimant(subject: SpeakerRef) -> bool:
    """A subject that names a person or a body by name: not a group ("experts"), not a
    description ("a senior administration official"), not a document ("a press release")."""
    actor = subject.actor
    return actor is not None and not subject.described and actor.kind != "group"


def lead_cues(attributor, headline_sent: int) -> list[Cue]:
    """The reporting verbs with a subject of the :data:`LEAD_PARAGRAPHS` paragraphs after the
    headline sentence ``headline_sent``, in reading order, none in a subordinate clause."""
    par = attributor.par_of_sent[headline_sent]
    found = []
    for c in sorted(attributor.cues, key=lambda c: c.start):
        if c.subject is None or c.lemma is None or c.passive:
            continue
        sent = attributor.sentences[c.sent]
        if not par < sent[1] <= par + LEAD_PARAGRAPHS:
            continue
        if not in_subordinate_clause(attributor.text, sent[3], c.subject.start):
            found.append(c)
    return found


def lead_claimant(attributor, q: QuoteRecord) -> SpeakerRef | None:
    """The subject of the lead's first reporting verb (:func:`lead_cues`) when ``q`` stands in
    the article's headline, its first paragraph, and that subject names a person or a body
    (:func:`named_claimant`), else None. A crosshead further down is left alone: its words are
    often a term of the paragraph below ("‘Increasing’ closures" ... "the PDA highlighted that
    commonplace closures had evolved", pharmacy_closures_pda_special_measures_thepharmacist)."""
    if attributor.par_of_sent[q.sent] != attributor.par_of_sent[0]:
        return None
    cues = lead_cues(attributor, q.sent)
    if not cues or not named_claimant(cues[0].subject):
        return None
    return cues[0].subject


def give_lead_claimants(attributor, quotes: list[QuoteRecord]) -> None:
    """Give each quotation of ``quotes`` still left unspoken in the headline
    (``unspoken_headline``) the lead's claimant (:func:`lead_claimant`): "Dentist shortage
    hits 'millions'" ... "Citizens Advice surveyed 1,800 people ... suggesting as many as
    7.4m adults could be affected": Citizens Advice."""
    for q in quotes:
        if q.ref is None and q.attribution == UNSPOKEN_HEADLINE:
            speaker = lead_claimant(attributor, q)
            if speaker is not None:
                q.ref, q.attribution = speaker, HEADLINE_LEAD_CLAIMANT
