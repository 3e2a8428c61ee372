"""The speech analysis of one article, computed once and cached: quotes, cues, speakers, regions.

Layers, in one direction: tokens and quotation marks (:mod:`.marks`) → cues (:mod:`.cues`) →
mentions and actors (:mod:`.actor_index`) → subjects and attribution (:mod:`.subjects`,
:mod:`.phrases`, :mod:`.descriptions`, :mod:`.documents`, :mod:`.labels`, :mod:`.rules`) →
:class:`SpeechAnalysis`, which the tables (quotes, reporting_verbs, markers, actors) read;
:mod:`.evidence` says in plain words what decided each speaker.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from ..article import Article
from .agentless_reports import give_agentless_reports
from .base import AttributorBase
from .bodies.states import states_speak_through_bodies
from .continuation import same_utterance
from .cues import CueFinder
from .denied_claims import give_denied_claimants
from .descriptions.counted_groups import count_group_names
from .descriptions.groups import GroupDescriptions
from .descriptions.named_later import name_described_speakers
from .descriptions.qualified_groups import qualify_group_names
from .descriptions.reader import DescriptionReader
from .documents.authors import DocumentQuoteRules
from .documents.core import DocumentOwners
from .documents.law_wording import LawWordingRules
from .documents.owned import OwnedDocuments
from .evidence import quote_evidence, quote_reference, reference_evidence
from .groups.member_bodies import name_member_bodies
from .headline_cues import HEADLINE_KINDS
from .headlines.group_echoes import group_headline_echoes
from .headlines.heading_echoes import echoed_headings
from .headlines.lead_claimants import give_lead_claimants
from .headlines.lead_speakers import lead_speaker_headings
from .headlines.pull_quotes import (
    crosshead_phrase,
    headline_form,
    mark_crosshead_phrases,
    pulled_quotes,
    unspoken_crosshead_echoes,
)
from .headlines.reported_echoes import give_reported_echoes
from .headlines.subject_speakers import give_subject_speakers
from .headlines.unheaded_lines import unheaded_line_speakers
from .headlines.unspoken_echoes import give_body_echoes
from .labels.echoed_evaluations import give_echoed_evaluations, give_evaluation_echoes
from .labels.echoed_phrases import label_echo_source, spoken_form
from .labels.echoed_terms import TERM_ECHO, term_echoes
from .labels.headline_echoes import headline_echo
from .labels.joined_quotes import JOINED, joined_sources
from .labels.reader import LabelReader
from .labels.short_quotes import ShortQuoteSpeakers
from .labels.spoken_fragments import SpokenFragments
from .labels.spoken_frames import SpokenFrames, echoed_headline_words
from .lead import lead_paragraphs
from .lead_ins import LeadIns
from .lists import ListedQuotes
from .marks import quoted_span
from .nearby import NearbySpeaker
from .number_agreement import BrokenSentence, ParticipleAgreement
from .partitives import PartitiveReader
from .phrases import PhraseResolver
from .postposed_cues import PostposedCues
from .pronouns.resolver import PronounResolver
from .ranking.confidence import confidence_model, rate_speakers
from .ranking.model import speaker_model
from .ranking.rerank import rank_unplaced_speakers
from .records import Cue, QuoteRecord, SpeakerRef
from .relays import RelayRules
from .rules import QuoteRules
from .shown_names import capitals_as_written, shown_name
from .signed_quotes import SignedQuotes
from .speaker_forms import shown_speaker
from .speaker_lines import CaptionLines, SpeakerLines
from .split_attribution import SplitAttribution
from .subjects.finder import SubjectFinder
from .subjects.postposed import PostposedSubjects
from .titles.described_holders import title_run_holders
from .unspoken_headlines import mark_unspoken_headlines
from .vocabulary import FINITE_VERBS, WORD_RE, normalised_words


@dataclass
class SpeechAnalysis:
    """Everything the speech tables read, computed once per article (see :func:`speech_analysis`).

    ``quotes`` (quotes and headings, in reading order), ``labels`` (pairs of marks that are
    not speech), ``cues`` (reporting verbs with their resolved subjects), ``regions``
    (stretches of reported speech) and the pairer's ``warnings``.
    """

    quotes: list[QuoteRecord]
    labels: list[QuoteRecord]
    headings: list[QuoteRecord]
    cues: list[Cue]
    regions: list[tuple[int, int, str]]
    warnings: list[str]
    extra_mentions: dict[int, list[tuple[int, int]]] = field(default_factory=dict)
    attributor: Attributor | None = field(default=None, repr=False)
    _verb_subjects: dict[tuple[int, int], SpeakerRef | None] = field(
        default_factory=dict, repr=False
    )
    _cue_starts: list[int] = field(init=False, repr=False)
    _first_quote: dict[int, QuoteRecord] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._cue_starts = [c.start for c in self.cues]
        self._first_quote = {}
        for q in self.quotes:
            if q.cue is not None and q.role == "quote":
                self._first_quote.setdefault(id(q.cue), q)

    def cue_at(self, start: int, end: int) -> Cue | None:
        """The cue that starts in ``[start, end)``, if the attribution found one there."""
        i = bisect.bisect_left(self._cue_starts, start)
        return self.cues[i] if i < len(self.cues) and self.cues[i].start < end else None

    def introduces_a_quote(self, cue: Cue) -> bool:
        """True when ``cue`` is the reporting verb of at least one quote."""
        return id(cue) in self._first_quote

    def introduced_at(self, start: int, end: int) -> tuple[str | None, str | None]:
        """Who the reporting verb at ``text[start:end]`` introduces, and the evidence.

        The speaker of the quote the verb governs when there is one (so ``quotes`` and
        ``reporting_verbs`` always agree), else the verb's subject as the attribution
        resolved it (indirect speech: "The UN rights chief accused Belarus ...").
        """
        quote, ref = self._introduction(start, end)
        if quote is not None:
            evidence = quote_evidence(self.attributor, quote) if self.attributor else ""
            return quote.speaker, f"introduces the quote {quote_reference(quote)}: {evidence}"
        if ref is None or ref.name is None:
            return None, None
        return self._shown(ref), reference_evidence(self.attributor, "subject", ref)

    def introduced_by(self, start: int, end: int) -> str | None:
        """The name :meth:`introduced_at` gives, without building its evidence."""
        quote, ref = self._introduction(start, end)
        if quote is not None:
            return quote.speaker
        return None if ref is None or ref.name is None else self._shown(ref)

    def _introduction(self, start: int, end: int) -> tuple[QuoteRecord | None, SpeakerRef | None]:
        """The quote with a speaker that the verb at ``text[start:end]`` governs, else (None,
        the verb's subject as the attribution resolved it)."""
        cue = self.cue_at(start, end)
        if cue is not None:
            quote = self._first_quote.get(id(cue))
            if quote is not None and quote.speaker is not None:
                return quote, None
            return None, cue.subject
        key = (start, end)
        if key not in self._verb_subjects and self.attributor is not None:
            self._verb_subjects[key] = self.attributor.subject_of_verb(start, end)
        return None, self._verb_subjects.get(key)

    def _shown(self, ref: SpeakerRef) -> str | None:
        at = self.attributor
        return (at.capitals.get(id(ref)) or at.shown(ref)) if at else shown_name(ref)


class Attributor(
    CueFinder,
    SubjectFinder,
    PostposedSubjects,
    PhraseResolver,
    PartitiveReader,
    PronounResolver,
    DescriptionReader,
    GroupDescriptions,
    DocumentOwners,
    OwnedDocuments,
    DocumentQuoteRules,
    LawWordingRules,
    LabelReader,
    SpokenFragments,
    ShortQuoteSpeakers,
    SpokenFrames,
    QuoteRules,
    PostposedCues,
    SplitAttribution,
    RelayRules,
    ListedQuotes,
    NearbySpeaker,
    SpeakerLines,
    CaptionLines,
    LeadIns,
    SignedQuotes,
    ParticipleAgreement,
    BrokenSentence,
    AttributorBase,
):
    """Finds cues, resolves their subjects and attributes each quotation."""

    def analyse(self, rerank: bool = True) -> SpeechAnalysis:
        """Run the pipeline once: cues, their subjects, then every pair of quotation marks;
        last, the quotes no rule placed get a speaker from the ranker (:mod:`.ranking`) and
        every quote the probability that its speaker is right (:mod:`.ranking.confidence`),
        unless ``rerank`` is False (the rules alone, as the ranker's training reads them)."""
        cues = self.find_cues()
        self.cues = cues
        self.cue_starts = [c.start for c in cues]
        self.resolve_cues(cues)
        labels: list[QuoteRecord] = []
        headings: list[QuoteRecord] = []
        kept: list[QuoteRecord] = []
        last: QuoteRecord | None = None
        for q in self._quote_records():
            if self._is_heading(q):
                q.role, q.kind, q.attribution = "heading", "heading", "heading"
                headings.append(q)
                kept.append(q)
                continue
            reason = self._label_reason(q)
            if not reason:
                self._attribute(q, last)
                if self._unattributed_and_short(q) and not self._spoken_fragment(q, last):
                    reason = "no speaker or reporting verb: a scare quote"
            if reason:
                q.role, q.reason = "label", reason
                labels.append(q)
                continue
            q.kind = self._kind(q)
            self._number_event(q, last)
            kept.append(q)
            last = q
        refs = [q.ref for q in kept if q.ref is not None] + [c.subject for c in cues if c.subject]
        name_described_speakers(self.text, self.index, refs)
        title_run_holders(self.index, refs)
        count_group_names(self.text, refs)
        qualify_group_names(self.text, refs)
        name_member_bodies(self.index.actors, refs, self.text)
        kept = term_echoes(kept, labels)  # 'considered “in danger”' after 'the “in danger” list'
        kept = self._echoed_scare_quotes(kept, labels)
        kept = self._joined_labels(kept, labels)
        self._headline_speakers(kept, cues)
        headings = [q for q in headings if q.role == "heading"]
        self._final_speakers([q for q in kept if q.role == "quote"], cues, rerank)
        regions = self._regions(cues)
        warnings = list(self.pairs.warnings)
        return SpeechAnalysis(kept, labels, headings, cues, regions, warnings, self.extra, self)

    def _headline_speakers(self, kept: list[QuoteRecord], cues: list[Cue]) -> None:
        """The passes of :meth:`analyse` over headlines and headings (``kept``: the quotes
        and the heading lines): words said again by their own person, pull quotes, headings
        that turn out to be speech, and the speakers of headlines no rule placed; a phrase on
        a crosshead that the body quotes stays nobody's (docs/test-pages.md)."""
        self._lead_repeats([q for q in kept if q.role == "quote"])
        lead = lead_paragraphs(self.sentences)
        crosshead = lambda q: self._crosshead_phrase(q, lead)
        pulled_quotes([q for q in kept if q.role == "quote"], self._headline_form, crosshead)
        echoed_headline_words(self.sentences, [q for q in kept if q.role == "quote"])
        echoed_headings(kept)
        lead_speaker_headings(self.sentences, cues, kept)
        self.caption_headings(kept)
        unheaded_line_speakers(self.sentences, lead, kept)
        speech = [q for q in kept if q.role == "quote"]
        mark_unspoken_headlines(self, speech)
        mark_crosshead_phrases(speech, crosshead)
        give_body_echoes(speech)
        give_reported_echoes(self, speech)
        give_subject_speakers(self, speech)
        give_lead_claimants(self, speech)
        give_denied_claimants(self, speech)  # "Gardai deny ... 'entrapment'"
        give_echoed_evaluations(speech)  # "which a trade union described as ..."
        give_agentless_reports(self, speech)  # "has been described as "Q""

    def _final_speakers(self, speech: list[QuoteRecord], cues: list[Cue], rerank: bool) -> None:
        """The last steps of :meth:`analyse` for the quotes (``speech``): echoed evaluations,
        the ranker's speaker where no rule found one, states that speak through a body, the
        name each speaker is shown by, and how likely each speaker is right."""
        give_evaluation_echoes(speech, self._in_headline)
        if rerank:
            rank_unplaced_speakers(self, speech, speaker_model())
        group_headline_echoes(speech, self.sentences)  # "Leaders Threaten Strike “Will …”"
        quoted = [q.ref for q in speech if q.ref is not None]
        subjects = [c.subject for c in cues if c.subject]
        states_speak_through_bodies(quoted, subjects, self._in_headline, self.text)
        speaking = quoted + subjects
        self.capitals = capitals_as_written(self.text, speaking, self._paragraph_of)
        for q in speech:
            if q.ref is not None:
                q.speaker_actor = q.ref.actor
                q.speaker = self.capitals.get(id(q.ref)) or self.shown(q.ref)
        if rerank:
            rate_speakers(self, speech, speaker_model(), confidence_model())

    def shown(self, ref: SpeakerRef) -> str | None:
        """The speaker's name for the tables (:func:`.speaker_forms.shown_speaker`)."""
        return shown_speaker(ref, self.text, self.index.in_quote, self.written_forms)

    def _paragraph_of(self, pos: int) -> int:
        return self.par_of_sent[self.sent_of(pos)]

    def _in_headline(self, pos: int) -> bool:
        return self.index.sentence_kind(self.sent_of(pos)) in ("title", "heading")

    def _headline_form(self, q: QuoteRecord) -> bool:
        """``q`` stands on a title or heading line, or opens its line with a colon after it."""
        sent = self.sentences[q.sent]
        line_start = self.paragraphs[sent[1] - 1][2]
        return sent[2] in HEADLINE_KINDS or headline_form(self.text, q, line_start)

    def _crosshead_phrase(self, q: QuoteRecord, lead: frozenset[int]) -> bool:
        """``q`` is a phrase on a heading line below the lead (paragraph numbers ``lead``;
        :func:`crosshead_phrase`)."""
        sent = self.sentences[q.sent]
        if sent[2] != "heading" or sent[1] in lead:
            return False
        return crosshead_phrase(self.text[sent[3] : sent[4]], q)

    def _quote_records(self) -> list[QuoteRecord]:
        """One record per top-level pair of quotation marks, in reading order; spaces just
        inside guillemets (French style, ``« Oui »``) are not part of the quote."""
        records = []
        for p in self.top:
            start, end = quoted_span(self.text, p)
            q = QuoteRecord(p, start, end, self.text[start:end])
            q.sent = self.sent_of(p.open)
            q.n_words = len(WORD_RE.findall(q.text))
            records.append(q)
        return records

    def _echoed_scare_quotes(
        self, kept: list[QuoteRecord], labels: list[QuoteRecord]
    ) -> list[QuoteRecord]:
        """A short quote with no speaker that repeats words another speaker is quoted with
        elsewhere, as a short phrase of at most three words more, is that speaker's
        (attribution ``echo``); words inside a longer quotation ('register as "foreign
        agents"' and '"Labelling critics as foreign agents is a tactic"') stay a term, unless
        their form is a speaker's phrase (:func:`.labels.echoed_phrases.spoken_form`: 'has
        become "a feeding ground"', '“may well happen”'); a
        headline's short lower-case quotation that a body quotation holds is that speaker's
        however long the body's is (:func:`.labels.headline_echoes.headline_echo`).

        'Many Decry "Politicized" Nature of Text' (a sub-headline) and 'Serbia decried the
        "highly politicized" nature': Serbia's word; 'Why is $300 billion a "paltry sum"?'
        after 'X condemned the pledge as a "paltry sum."': X's words.
        """
        spoken = [
            (normalised_words(k.text), k)
            for k in kept
            if k.role == "quote" and k.ref is not None and k.ref.name
        ]
        body = [
            (" ".join(WORD_RE.findall(k.text)), k)
            for _, k in spoken
            if not self._in_headline(k.pair.open)
        ]
        echoed = []
        for q in labels:
            needle = normalised_words(q.text)
            if needle and self._in_headline(q.pair.open) and not q.reason.startswith(TERM_ECHO):
                source = headline_echo(q.text, body)  # 'Munich airport closure 'wake-up call''
                if source is not None:
                    echoed.append((q, source))
                    continue
            before = self.text[max(0, q.pair.open - 40) : q.pair.open]
            phrase = spoken_form(q.text, before)  # 'has become "a feeding ground" for'
            if not needle or not (phrase or q.reason.startswith("no speaker")):
                continue
            source = label_echo_source(needle, spoken, phrase)
            if source is not None:
                echoed.append((q, source))
        kept = self._adopt_labels(kept, labels, echoed, "echo")
        lead = lead_paragraphs(self.sentences)  # a crosshead's phrase stays nobody's
        unspoken_crosshead_echoes([q for q, _ in echoed], lambda q: self._crosshead_phrase(q, lead))
        return kept

    def _joined_labels(
        self, kept: list[QuoteRecord], labels: list[QuoteRecord]
    ) -> list[QuoteRecord]:
        """Labels joined to a spoken quotation by "and", "or" or a space are its speaker's
        words (:mod:`.joined_quotes`)."""
        records = sorted(kept + labels, key=lambda r: r.pair.open)
        return self._adopt_labels(kept, labels, joined_sources(self.text, records), JOINED)

    def _adopt_labels(
        self,
        kept: list[QuoteRecord],
        labels: list[QuoteRecord],
        adopted: list[tuple[QuoteRecord, QuoteRecord]],
        attribution: str,
    ) -> list[QuoteRecord]:
        """Each label of ``adopted`` becomes a quote of its source quotation's speaker."""
        if not adopted:
            return kept
        for q, source in adopted:
            q.role, q.reason, q.ref, q.cue = "quote", "", source.ref, None
            q.attribution = attribution
            q.kind = self._kind(q)
            self.events += 1
            q.event = self.events
            labels.remove(q)
        return sorted(kept + [q for q, _ in adopted], key=lambda r: r.pair.open)

    def _number_event(self, q: QuoteRecord, last: QuoteRecord | None) -> None:
        """Pieces of one utterance share an event: a continuation that goes on with the
        speaker of the quotation before (:func:`.continuation.same_utterance`), or the same
        cue."""
        if q.attribution == "continuation" and same_utterance(q, last):
            q.event = last.event
        elif q.cue is not None and q.cue.event:
            q.event = q.cue.event
        else:
            self.events += 1
            q.event = self.events
            if q.cue is not None:
                q.cue.event = self.events

    def _regions(self, cues: list[Cue]) -> list[tuple[int, int, str]]:
        """Stretches of reported speech: ``(start, end, speaker)`` for :func:`speaker_at`."""
        regions = []
        for c in cues:
            if c.subject is None or c.subject.name is None:
                continue
            s_start, s_end = self.sentences[c.sent][3], self.sentences[c.sent][4]
            name = c.subject.name
            if c.lemma is None:  # according to X
                if c.start - s_start < 3:
                    comma = self.text.find(",", c.end, s_end)
                    if comma != -1:
                        regions.append((comma + 1, s_end, name))
                else:
                    regions.append((s_start, c.start, name))
                continue
            subj_start = min(c.subject.start, c.start)
            lead_comma = self.text.rfind(",", s_start, subj_start + 1)
            if lead_comma != -1 and len(WORD_RE.findall(self.text[lead_comma : c.start])) <= 12:
                subj_start = lead_comma + 1  # ", UN High Commissioner ... Bachelete told"
            before = self.text[s_start:subj_start].rstrip()
            comma = self.text.find(",", c.end, s_end)
            first_part = self.text[c.end : comma if comma != -1 else s_end]
            tail_words = [w.lower() for w in WORD_RE.findall(first_part)]
            before_words = [w.lower() for w in WORD_RE.findall(before)]
            short_tail = not tail_words or (
                len(tail_words) <= 5
                and "that" not in tail_words
                and not any(w in FINITE_VERBS for w in tail_words)
                and any(w in FINITE_VERBS or w.endswith("ed") for w in before_words)
                and self.quote_at(self._next_nonspace(c.end)) is None
                and not any(self.quote_at(t.start) for t in self.tokens[c.tok + 1 : c.tok + 8])
            )
            if (
                before.endswith(",")
                and short_tail
                and self._last_quote_before(c.start, s_start) is None
            ):
                # post-posed attribution: "246 people ..., she said." / "As of ..., she said, ..."
                regions.append((s_start, subj_start, name))
                if comma != -1:
                    regions.append((comma + 1, s_end, name))
                continue
            q_before = self._last_quote_before(c.start, s_start)
            if (
                q_before is not None
                and len(WORD_RE.findall(self.text[q_before.close : c.start])) <= 6
            ):
                continue  # '"...," she wrote of the two men': the rest is the reporter's
            if c.clausal and c.subject.start < c.start:
                regions.append((self._complement_start(c, s_end), s_end, name))
        return regions

    def _complement_start(self, c: Cue, s_end: int) -> int:
        """Where reported speech starts after a cue: after "that" or ":" if they come soon.

        A quotation soon after the cue starts it, unless a verb stands between them ("said
        the figures appeared to be "careful"": the unquoted clause is reported speech too);
        so does a "that" after a verb ("say the polls were rigged and that ...").
        """
        clause = False
        for t in self.tokens[c.tok + 1 : c.tok + 9]:
            if t.start >= s_end:
                break
            if t.lower == "that" or t.text == ":":
                return c.end if clause else t.end
            if self.quote_at(t.start) is not None:
                return c.end if clause else t.start
            clause = clause or t.lower in FINITE_VERBS or t.lower.endswith("ed")
        return c.end


def speech_analysis(article: Article) -> SpeechAnalysis:
    """The quotes, cues, speakers and regions of reported speech of ``article``.

    Computed once and cached on the article (``article._cache["quotes"]``): every table
    that says who speaks (quotes, reporting_verbs, markers, actors) reads this one result.
    """
    cache = article._cache.setdefault("quotes", {})
    if "analysis" not in cache:
        analysis = Attributor(article).analyse()
        cache["analysis"] = analysis
        for w in analysis.warnings:
            if w not in article.warnings:
                article.warnings.append(w)
    return cache["analysis"]
