"""The ``evidence`` column: what decided a quote's speaker, in plain words.

``cue "said" (¶3) → subject "she" (¶3) → Michelle Bachelet (named ¶2)``: the reporting verb,
the mention that names the speaker and where the speaker is named; for a quote with no
reporting verb, the rule that placed it (:data:`NO_CUE_EVIDENCE`); for a quote the ranker
placed, the features that decided. :mod:`.analysis` and the quotes table read it.
"""

from __future__ import annotations

from .agentless_reports import (
    AGENTLESS_EVIDENCE,
    AGENTLESS_PASSIVE,
    AGENTLESS_PASSIVE_EVIDENCE,
    AGENTLESS_REPORT,
)
from .base import AttributorBase
from .charge_wording import CHARGE_WORDING_EVIDENCE
from .continuation import SPEAKERLESS
from .documents.law_wording import LAW_WORDING
from .documents.pages import NOUN_PAGE_OWNER
from .headlines.heading_echoes import HEADING_ECHO
from .headlines.lead_claimants import HEADLINE_LEAD_CLAIMANT
from .headlines.lead_speakers import LEAD_HEADING
from .headlines.pull_quotes import PULL_QUOTE
from .headlines.reported_echoes import HEADLINE_REPORTED_ECHO
from .headlines.subject_speakers import HEADLINE_SUBJECT_SPEAKER
from .headlines.unheaded_lines import UNHEADED_LINE
from .headlines.unspoken_echoes import HEADLINE_BODY_ECHO
from .labels.echoed_evaluations import EVALUATION_ECHO, EVALUATION_ECHO_EVIDENCE
from .labels.joined_quotes import JOINED, JOINED_EVIDENCE
from .labels.stance_objects import STANCE_EVIDENCE, STANCE_SUBJECT
from .pointing_frames import POINTING_FRAME
from .ranking.overrule import RENAMED_BY_EPITHET
from .records import Cue, QuoteRecord, SpeakerRef
from .signed_quotes import SIGNED_QUOTE
from .speaker_lines import CAPTION_AFTER_QUOTE, SPEAKER_LINE
from .speakerless_rules import CHARGE_WORDING, CROSSHEAD_PHRASE
from .subjects.address_regions import RESIDENT
from .subjects.common_word_names import COMMON_WORD_NAME
from .subjects.participle_names import PARTICIPLE_NAME
from .subjects.unclaimed_descriptions import UNCLAIMED_DESCRIPTION
from .unspoken_headlines import UNSPOKEN_EVIDENCE, UNSPOKEN_HEADLINE
from .vocabulary import ADVERBS, PERSONAL_SUBJECTS, RELATIVE_PRONOUNS


def paragraph_of(attributor: AttributorBase, pos: int) -> int:
    """The paragraph number of offset ``pos``."""
    return attributor.par_of_sent[attributor.sent_of(pos)]


def quote_reference(q: QuoteRecord) -> str:
    """A quote's first four words in quotation marks, for the evidence column."""
    words = q.text.split()
    head = " ".join(words[:4]) + (" ..." if len(words) > 4 else "")
    return f'"{head}"'


def reference_evidence(attributor: AttributorBase | None, role: str, ref: SpeakerRef) -> str:
    """``subject "she" (¶3) → Michelle Bachelet (named ¶2)``: how a mention names a speaker."""
    if attributor is None:
        return f"{role} → {ref.name}"
    mention = " ".join(attributor.text[ref.start : ref.end].split())
    out = f'{role} "{mention}" (¶{paragraph_of(attributor, ref.start)})'
    if mention == ref.name:
        return f"{out} ({ref.how})" if ref.how else out  # the frame rule that placed it
    if ref.actor is None:
        named_as = (
            ref.how
            if ref.how
            in (COMMON_WORD_NAME, RESIDENT, PARTICIPLE_NAME, NOUN_PAGE_OWNER, UNCLAIMED_DESCRIPTION)
            else "described, never named"
        )
        return f"{out} → {ref.name} ({named_as})"
    if not ref.actor.mentions:  # a described actor: the rule, or where its name comes from
        how = ref.how or ref.actor.name_source
        return f"{out} → {ref.name} ({how})" if how else f"{out} → {ref.name}"
    how = f"{ref.how}, " if ref.how else ""
    named = f"{out} → {ref.name} ({how}named ¶{paragraph_of(attributor, ref.actor.first[0])}"
    named += f"; {ref.actor.name_source})" if ref.actor.name_source else ")"
    if id(ref) in attributor.capitals:
        named += f", shown by the capital written here: {attributor.capitals[id(ref)]}"
    return named


NO_CUE_EVIDENCE = {
    "continuation": "continues the quotation before it",
    "closing_frame": "the speaker its own closing frame names, with no reporting verb known",
    "according_to": "according to",
    "headline": "headline",
    "quoted_verb": "the quote opens with its own reporting verb",
    "listed": "quoted with the quotation before it in one clause",
    "sentence_cue": "the reporting verb of its sentence",
    "speaker_subject": "the clause's subject, quoted elsewhere in the article",
    "nearby_speaker": "a guess (no rule placed it), the nearest speaker before it",
    "lead_paragraph_subject": "a quotation alone in its paragraph, after a sentence whose subject is a person",
    "lead_in_subject": (
        "a quotation alone in its paragraph, after a sentence that brings it in (a closing"
        " colon or a statement named) whose subject is a person or a body"
    ),
    "actor_verb": "the actor named right before the verb right before it",
    "mandate": "what a body was set up to do, in the words of the body that set it up",
    "evaluation": "a short evaluation, not a term: the speaker quoted just before it",
    "evaluation_agent": "a short evaluation, not a term: the agent of the claim it is in",
    "evaluation_passive_agent": (
        'a short evaluation or verdict, not a term: the agent after "by" of the passive'
        " reporting verb before it"
    ),
    "evaluation_frame": (
        "a short evaluation, not a term: the subject of the reporting frame closing its sentence"
    ),
    "evaluation_subject": "a short evaluation, not a term: the subject of its sentence",
    "evaluation_clause": "a short evaluation, not a term: the actor named in its clause",
    "evaluation_next": "a short evaluation, not a term: who speaks in the next sentence",
    "stated_aim": "an aim quoted after 'to', not a term: the one who acts, the subject or actor"
    " of its sentence",
    "display_carrier": "words on a sign its carriers hold, or a chant: the sentence's subject",
    "view_holder": "a sentence that opens 'For <person>,' gives that person's view",
    "listed_quote": "an item of a list introduced with a colon by",
    "document_frame": "a sentence told 'in a report' by",
    "document_subject": "a document's words, the clause's subject",
    "law_wording": LAW_WORDING,
    "relayed": "relayed by a news agency or posted on a platform",
    PULL_QUOTE: "a pull quote, its words quoted again elsewhere by",
    HEADING_ECHO: "a heading whose words the body quotes again, by",
    HEADLINE_BODY_ECHO: "a headline's quotation with no reporting verb, its words quoted again"
    " in the body by",
    HEADLINE_SUBJECT_SPEAKER: "a headline's quotation with no reporting verb, its subject"
    " naming the one speaker whose name ends with that word, by",
    HEADLINE_REPORTED_ECHO: "a headline's quotation with no reporting verb, its words reported"
    " in the body, without quotation marks, by",
    HEADLINE_LEAD_CLAIMANT: "a headline's quotation with no reporting verb or named speaker,"
    " the claim of the lead's first reporting verb, by",
    LEAD_HEADING: "a heading atop the article, spoken by the lead's first speaker",
    UNHEADED_LINE: "a quotation alone on a line with no stop that heads nothing (the article's"
    " last line, longer than a heading, or right above another heading), the next words of"
    " the quoted paragraph before it, by",
    SPEAKER_LINE: "the paragraph before names its speaker and ends with a colon",
    CAPTION_AFTER_QUOTE: "a quotation alone in its paragraph, the one person the next names",
    SIGNED_QUOTE: "signed after a dash or its comma, or headed before a colon, by the person",
    POINTING_FRAME: "the words right after it point back at it and name who said it",
    JOINED: JOINED_EVIDENCE,
    EVALUATION_ECHO: EVALUATION_ECHO_EVIDENCE,
    STANCE_SUBJECT: STANCE_EVIDENCE,
}


#: The evidence of a crosshead's phrase (:func:`.headlines.pull_quotes.mark_crosshead_phrases`).
CROSSHEAD_EVIDENCE = (
    "a phrase quoted on a crosshead below the lead: no speaker, though the body quotes it"
)


def quote_evidence(attributor: AttributorBase, q: QuoteRecord) -> str:
    """What decided a quote's speaker, in plain words (the ``evidence`` column), and how its
    name was written in full where the page's form differs (:mod:`.speaker_forms`)."""
    found = decided_by(attributor, q)
    note = attributor.written_forms.get(id(q.ref)) if q.ref is not None else None
    return f"{found}; {note}" if note else found


def decided_by(attributor: AttributorBase, q: QuoteRecord) -> str:
    """What decided a quote's speaker, in plain words."""
    if q.role == "heading":
        return "a quotation alone on a heading line: no speaker"
    ref, cue = q.ref, q.cue
    if q.attribution == "ranked" or q.ranking:  # placed by the ranker, or a rule overruled
        return ranked_evidence(attributor, q)
    if cue is not None:
        verb = attributor.text[cue.start : cue.end] + (" by" if cue.passive else "")
        said = f'cue "{verb}" (¶{paragraph_of(attributor, cue.start)})'
        found = declined_subject(attributor, cue)
        if ref is None:
            return f"{said} → {found}"
        if q.attribution in ("nearby_speaker", "evaluation"):
            guess = reference_evidence(attributor, "speaker", ref)
            return f"{said} → {found}; {NO_CUE_EVIDENCE[q.attribution]}: {guess}"
        return f"{said} → " + reference_evidence(
            attributor, "agent" if cue.passive else "subject", ref
        )
    if ref is None:
        if q.attribution == UNSPOKEN_HEADLINE:
            return UNSPOKEN_EVIDENCE
        if q.attribution == CROSSHEAD_PHRASE:
            return CROSSHEAD_EVIDENCE
        if q.attribution == AGENTLESS_REPORT:
            return AGENTLESS_EVIDENCE
        if q.attribution == AGENTLESS_PASSIVE:
            return AGENTLESS_PASSIVE_EVIDENCE
        if q.attribution == CHARGE_WORDING:
            return CHARGE_WORDING_EVIDENCE
        return (
            SPEAKERLESS if q.attribution == "continuation" else "no reporting verb or speaker found"
        )
    how = NO_CUE_EVIDENCE.get(q.attribution or "", q.attribution or "speaker")
    if q.attribution == "continuation":
        kept = f" ({ref.how})" if ref.how == RENAMED_BY_EPITHET else ""
        return f"{how} → {q.speaker}{kept}"
    role = "subject" if q.attribution == "quoted_verb" else "speaker"
    return f"{how}: " + reference_evidence(attributor, role, ref)


def ranked_evidence(attributor: AttributorBase, q: QuoteRecord) -> str:
    """The evidence of a quote the ranker placed (:mod:`.ranking`): its cue if it has one,
    the speaker's mention, and the features that decided (and the rule it overruled)."""
    said = "no rule placed it" if q.attribution == "ranked" else "the ranker decided"
    if q.cue is not None:
        verb = attributor.text[q.cue.start : q.cue.end]
        said = f'cue "{verb}" (¶{paragraph_of(attributor, q.cue.start)}) → '
        said += declined_subject(attributor, q.cue)
    if q.ref is None:
        return f"{said}; no speaker, {q.ranking}"
    return f"{said}; {reference_evidence(attributor, 'speaker', q.ref)}, {q.ranking}"


def declined_subject(attributor: AttributorBase, cue: Cue) -> str:
    """What the subject finder met before a cue whose quote the rules left without a
    speaker, and why it named no one: a pronoun ('subject "she" found, resolved to no one'),
    a relative word ('relative "who" found, no antecedent taken'), a participle ("..., adding":
    'a participle, its main clause's subject not taken'); else "no subject found"."""
    k = cue.tok - 1
    while k >= 0 and attributor.tokens[k].sent == cue.sent:
        word = attributor.tokens[k].text
        if word.lower() in PERSONAL_SUBJECTS:
            return f'subject "{word}" found, resolved to no one'
        if word.lower() in RELATIVE_PRONOUNS and not word.isupper():
            return f'relative "{word}" found, no antecedent taken'
        if not word[0].isalnum() or word.lower() not in ADVERBS:
            break  # another word, or a comma or mark: no pronoun right before the verb
        k -= 1
    if cue.form.lower().endswith("ing"):
        return "a participle, its main clause's subject not taken"
    return "no subject found"
