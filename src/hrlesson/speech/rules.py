"""Attribution rules: which cue and speaker each quotation belongs to."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from ..wordlists import word_set
from .act_owners import infinitive_possessor, last_statement_owner, named_by, possessor_ref
from .agents import speaks_for_no_one
from .charge_wording import charge_frame_before
from .clause_words import SUBORDINATORS
from .clauses import clause_words
from .colon_frames import colon_named_speakers
from .continuation import (
    closing_frame_ref,
    continues,
    frame_subject,
    heading_quote,
    own_closing_frame,
    speakerless_continuation,
)
from .courts import court_in_sentence
from .cues import CLAUSAL_CUES
from .frames import governed_quote, governing, subjectless_participle
from .governing_verbs import governing_cue, hypothetical_act_reporter
from .groups.joined_carriers import joined_carrier_ref, past_or_finite
from .headline_cues import cue_in_signature
from .headlines.echo_speakers import echoed_headline_subjects
from .headlines.echoed_leads import echoed_by_own_official
from .headlines.echoed_titles import echoed_by_title_holder
from .headlines.own_people import headline_words_of_own_person
from .headlines.reported_clauses import first_reporter_speakers
from .headlines.signed_echoes import signed_headline_echoes
from .headlines.signing_groups import signing_group
from .headlines.titled_holders import headline_title_holders
from .lead import lead_paragraphs
from .outlet_sources import closed_clause_cue, names_a_medium
from .reading import DISPLAY_NOUNS, carried_words, display_lead_in
from .records import Cue, QuoteRecord, SpeakerRef
from .reported_clause import reported_inside
from .speakerless_rules import CHARGE_WORDING
from .spokespeople.named_next import repeated_by_own_person
from .stopped_frames import stopped_frame_speaker
from .subjects.plain import plain_plural_subject
from .uttered_statements import uttered_statement_ref
from .vocabulary import (
    CONJUNCTIONS,
    PREPOSITIONS,
    RELATIVE_PRONOUNS,
    WORD_RE,
    normalised_words,
)

#: Words of a legal charge ("convicted", "crimes"): data/words/charge_words.txt.
CHARGE_WORDS = word_set("charge_words")


@dataclass(slots=True)
class QuotePlace:
    """Where a quotation stands: its sentence span, paragraph, and the cues around it."""

    quote: QuoteRecord
    last: QuoteRecord | None
    s_start: int
    s_end: int
    paragraph: tuple
    sentence_kind: str
    starts: bool
    cues_before: list[Cue]
    cues_after: list[Cue]


#: The word right before a quoted charge: 'were "X"', 'convicted of "X"', ', "Y" and "Z"'.
_BEFORE_CHARGE_NAME = frozenset(
    ["were", "was", "is", "are", "of", "with", "for", "and", "or", "including", "include"]
)

#: Words that open a clause whose subject carries no display ("where a truck with a sign").
_NOT_CARRIER_OPENERS = PREPOSITIONS | CONJUNCTIONS | RELATIVE_PRONOUNS | SUBORDINATORS

#: A quotation inside a lead-in, left out when the words before a listed one are read.
_QUOTED = re.compile(r"[“\"‘][^”\"’]*[”\"’]")

#: The attribution rules, in the order they are tried (methods of :class:`QuoteRules` and the
#: other parts of :class:`Attributor`, such as :class:`.postposed_cues.PostposedCues`).
ATTRIBUTION_RULES = (
    "rule_relayed",
    "rule_display_carrier",
    "rule_quote_then_cue",
    "rule_split_attribution",
    "rule_quoted_verb",
    "rule_closing_reporter",
    "rule_possessed_statement",
    "rule_law_wording",
    "rule_cue_before_quote",
    "rule_cue_after_clause",
    "rule_quote_before_verb",
    "rule_according_to",
    "rule_document_frame",
    "rule_document_subject",
    "rule_headline",
    "rule_signed_quote",
    "rule_pointing_frame",
    "rule_speaker_line",
    "rule_continuation",
    "rule_charge_name",
    "rule_listed_quote",
    "rule_caption_after_quote",
    "rule_lead_in_subject",
    "rule_nearby_speaker",
)


#: Words between a subject and its quoted predicate where the reporting verb is dropped
#: ("Wunna Maung Lwin it was "disappointing ..."", dvb_burma_pinheiro_dvb).
_LINK_WORDS = frozenset(["it", "this", "was", "is", "were", "are"])

#: Kinds of actor that speak in their own name.
_SPEAKING_KINDS = ("person", "organisation", "group")


class QuoteRules:
    """Attributes each quotation (a part of :class:`Attributor`)."""

    def _attribute(self, q: QuoteRecord, last: QuoteRecord | None) -> None:
        """Try the rules of :data:`ATTRIBUTION_RULES` in order; the first that decides wins.

        A rule sets ``q.cue``, ``q.ref`` and ``q.attribution`` (the rule's pattern name, the
        ``attribution`` column) and returns True when it has decided.
        """
        where = self._quote_place(q, last)
        for name in ATTRIBUTION_RULES:
            if getattr(self, name)(where):
                return
        if q.cue is not None and q.ref is None:
            return  # a cue was found but no speaker: keep the cue
        q.cue = None

    def _quote_place(self, q: QuoteRecord, last: QuoteRecord | None) -> QuotePlace:
        p = q.pair
        s_open = q.sent
        s_start = self.sentences[s_open][3]
        s_end = self.sentences[self.sent_of(p.close)][4]
        return QuotePlace(
            quote=q,
            last=last,
            s_start=s_start,
            s_end=s_end,
            paragraph=self.paragraphs[self.sentences[s_open][1] - 1],
            sentence_kind=self.sentences[s_open][2],
            starts=self._starts_sentence(q),
            cues_before=[c for c in self.cues_in(s_start, p.open) if c.lemma is not None],
            cues_after=[c for c in self.cues_in(p.close + 1, s_end) if c.lemma is not None],
        )

    # -- the rules, in the order they are tried ------------------------------------------
    def rule_quoted_verb(self, w: QuotePlace) -> bool:
        """``The resolution, adopted ..., "expresses grave concern"``: the quote opens with
        its own reporting verb, so the clause's subject speaks (attribution ``quoted_verb``;
        a document's words go to its author). Not after a speaker's own reporting verb
        ('the minister said the ICJ had "ruled in favour of ..."': the minister's words)."""
        q = w.quote
        if not self._quoted_verb(q) or any(c.subject is not None for c in w.cues_before):
            return False
        ref = self._clause_subject(w.s_start, q.pair.open)
        if ref is None:
            return False
        q.cue, q.ref, q.attribution = None, ref, "quoted_verb"
        return True

    def _quotes_after(self, start: int, end: int) -> bool:
        """Is there a quotation mark between ``start`` and ``end``?"""
        return any(self.quote_at(t.start) is not None for t in self.toks_between(start, end))

    def rule_cue_before_quote(self, w: QuotePlace) -> bool:
        """``S said: "Q"``, ``S said that ... "Q"``, ``slammed by S as "Q"``, ``Citing "Q", S``.

        Attribution ``speaker_cue_quote``, ``speaker_cue_clause``, ``passive`` or ``participle``.
        A cue with no speaker inside the clause of an earlier cue ('S said that it pointed to
        "Q"'), with a pronoun that opens that clause ('S said they reject "Q"') or with the
        quote as its agent ('S said it was written by a "Q"') gives the quote to S; a cue
        with no speaker is kept for later rules."""
        if not w.cues_before:
            return False
        q, p = w.quote, w.quote.pair
        cue = governing_cue(self.text, self.tokens, w.cues_before, p.open, self.subject_of_verb)
        if (own := infinitive_possessor(self.tokens, cue.tok)) is not None:  # "X's bid to call"
            cue.subject = possessor_ref(self, self.tokens[own[0] : own[1] + 1]) or cue.subject
        if any(c.lemma is None and c.subject is not None for c in self.cues_in(cue.end, p.open)):
            return False  # '..., which, according to the diplomat, "Q"': rule_according_to
        gov = [c for c in self.cues_in(w.s_start, cue.start) if governing(c)]
        agent = speaks_for_no_one(self.text, self.tokens, cue, p.open)  # 'by a "Q"'
        if gov and (agent or governed_quote(self.text, gov[-1], cue)):
            if agent or not subjectless_participle(cue):
                cue = gov[-1]
            else:  # 'X posted a tweet claiming that "Q"': X's claim, the cue "claiming"
                cue.subject = gov[-1].subject
        elif gov and (outer := hypothetical_act_reporter(self.tokens, gov, cue)) is not None:
            cue = outer  # 'X warned that the US would respond "Q"': X's words
        q.cue, q.ref = cue, cue.subject
        if cue.passive:
            q.attribution = "passive"
        elif (
            cue.form.lower().endswith("ing")
            and cue.subject is not None
            and cue.subject.start > p.close
        ):
            q.attribution = "participle"
        elif self.text[cue.end : p.open].strip() in (":", ",", ""):
            q.attribution = "speaker_cue_quote"
        else:
            q.attribution = "speaker_cue_clause"
        return cue.subject is not None

    def rule_according_to(self, w: QuotePlace) -> bool:
        """``according to S, ... "Q"`` (attribution ``according_to``)."""
        acc = [c for c in self.cues_in(w.s_start, w.s_end) if c.lemma is None]
        if not acc:
            return False
        q = w.quote
        cues = self.cues_in(w.s_start, acc[0].start)
        if q.pair.open > acc[0].end and (said := closed_clause_cue(self.text, cues, acc[0])):
            q.cue, q.ref, q.attribution = (
                said,
                said.subject,
                "relayed",
            )  # '..., according to AFP "Q"'
            return True
        q.cue, q.ref, q.attribution = None, acc[0].subject, "according_to"
        q.ref = self._subject_before_quote(w, acc[0]) or q.ref
        return q.ref is not None

    def _subject_before_quote(self, w: QuotePlace, acc: Cue) -> SpeakerRef | None:
        """``Council members, who met Monday, "reiterated ...," according to a statement
        read by Guyana Ambassador X`` (unsc_m23_offensive_rodrigues_birkett_voa): an "according
        to" after the quote that names a document or an outlet (:func:`names_a_medium`)
        says where the words were read; the clause's own subject, named right before the
        quote (right after it or its aside, or after a dropped verb's "it was"), spoke them;
        not a possessed noun ("Ms Bachelet's comments "Q"", "Iran's reaction "Q"") nor a
        subject of another verb ("The diplomat must leave "Q"", "X himself issued an "Q"")."""
        p = w.quote.pair
        if p.close > acc.start or not names_a_medium(self.text, acc):
            return None
        ref = self._clause_subject(w.s_start, p.open)
        if ref is None or ref.actor is None or ref.actor.kind not in _SPEAKING_KINDS:
            return None
        if not w.s_start <= ref.start < ref.end <= p.open:
            return None  # a pronoun ("It said") or a name outside the clause
        if any(s in self.text[ref.start : p.open] for s in ("'s", "’s")):
            return None  # not "Ms Bachelet's comments "Q"": the comments' owner
        rest = self.text[ref.end : p.open].rsplit(",", 1)[-1].lower().split()
        if not set(rest) <= _LINK_WORDS:
            return None  # "The diplomat must leave "Q"": what is said of the subject
        return ref

    def rule_possessed_statement(self, w: QuotePlace) -> bool:
        """``Guterres's comment that Beijing should "Q"``, ``the minister's call for "Q"``,
        ``a call by UN experts for "Q"``: a noun for something said, its owner
        (:func:`statement_owner`), then "that", "for" or "to" before the quote; the owner
        speaks (attribution ``possessed_statement``)."""
        q = w.quote
        # after a reporting verb only: "denouncing Almagro's call to suspend the country if
        # elections do not occur "Q"": the quote is the call's, inside the verb's object
        verbs = [c for c in w.cues_before if not (c.tok and self.tokens[c.tok - 1].poss)]
        after = verbs[-1].end if verbs else w.s_start
        toks = [t for t in self.toks_between(after, q.pair.open) if t.text[0].isalnum()]
        if (owner := last_statement_owner(toks)) is None:
            if (ref := uttered_statement_ref(self, toks)) is None:
                return False  # "Y issued warnings that "Q"": uttered_statement
            q.cue, q.ref, q.attribution = None, ref, "uttered_statement"
            return True
        ref = possessor_ref(self, toks[owner[0] : owner[1] + 1])
        if ref is None or (ref.actor is None and not ref.described and not named_by(toks, owner)):
            return False  # "opponents' claims"
        q.cue, q.ref, q.attribution = None, ref, "possessed_statement"
        return True

    def rule_headline(self, w: QuotePlace) -> bool:
        """Headlines ``S: "Q"``, ``"Q" - S``, ``"Q ...: S"`` (attribution ``headline``)."""
        q = w.quote
        if not (w.sentence_kind in ("title", "heading") or q.pair.open == w.paragraph[2]):
            return False
        found = self._headline(q, w.paragraph)
        if found is None:
            return False
        q.ref, q.cue = found
        q.attribution = "headline"
        return True

    def rule_continuation(self, w: QuotePlace) -> bool:
        """A quote that opens a sentence right after the previous speaker's quote, or after
        a sentence whose clausal cue has a speaker ('She said ... . "Q."'): the same speaker
        (attribution ``continuation``). After 'X said:' ending the sentence before, the
        quote is introduced by that cue (attribution ``speaker_cue_quote``). Words on a sign
        or a chant (``display_carrier``) go on with nobody's speech."""
        q, last = w.quote, w.last
        if not w.starts or heading_quote(w.sentence_kind):
            return False
        close_end = self.sentences[self.sent_of(q.pair.close)][4]
        if own_closing_frame(self.text, q.pair.close, close_end):
            return self._closing_frame_speaker(q, close_end)  # '"Q," Haji is quoted.'
        if (framed := stopped_frame_speaker(self, q)) is not None:
            (q.cue, q.ref), q.attribution = framed, "quote_speaker_cue"  # '"Q." S told X.'
            return True
        if last is not None and last.attribution != "display_carrier":
            last_close_sent = self.sent_of(last.pair.close)
            if last.ref is not None and continues(q, last, last_close_sent):
                after = self.cues_in(last.pair.close, self.sentences[last_close_sent][4])
                ref = closing_frame_ref(self.text, last, after) or last.ref
                q.cue, q.ref, q.attribution = None, ref, "continuation"
                return True
            if speakerless_continuation(q, last, last_close_sent):
                q.cue, q.ref, q.attribution = None, None, "continuation"
                return True
        if q.sent == 0:
            return False
        prev = self.sentences[q.sent - 1]
        spoken = [c for c in self.cues_in(prev[3], prev[4]) if c.lemma in CLAUSAL_CUES]
        spoken = [
            c for c in spoken if c.subject and not reported_inside(self.text, prev[3], c, spoken)
        ]
        if not spoken:
            return False
        q.cue, q.ref, q.attribution = None, spoken[-1].subject, "continuation"
        if self.text[spoken[-1].end : prev[4]].strip() == ":":
            # 'Yvonne Terlingen, ..., said:' closing its paragraph, the quotation next
            q.cue, q.attribution = spoken[-1], "speaker_cue_quote"
        return True

    def _closing_frame_speaker(self, q: QuoteRecord, close_end: int) -> bool:
        """The speaker a quotation's own closing frame names (``"Q," Haji is quoted``;
        :func:`frame_subject`), attribution ``closing_frame``; False when none resolves."""
        span = frame_subject(self.toks_between(q.pair.close + 1, close_end))
        ref = self.resolve_span(span[0], span[1], q.pair.close) if span else None
        if ref is None or (ref.actor is None and not ref.described):
            return False
        q.cue, q.ref, q.attribution = None, ref, "closing_frame"
        return True

    def rule_display_carrier(self, w: QuotePlace) -> bool:
        """``Families circulated fliers reading, "No heavy machinery"``, ``Protestors held
        signs ... written: "NO MORE POO"``, ``rescuers cheered and chanted "Allah is
        Great!"``: words on a display that people carry, or a chant (:func:`carried_words`),
        are the words of the sentence's first subject, when it names a group or a person
        (not 'a truck with a sign reading "Q"'); attribution ``display_carrier``."""
        q = w.quote
        if q.ref is not None or w.sentence_kind != "body":
            return False
        if not carried_words(display_lead_in(self.text[w.s_start : q.pair.open])):
            return False
        subject = self._carrier_subject(w.s_start, q.pair.open, w.last)
        if subject is None:
            return False
        q.ref, q.attribution = subject, "display_carrier"
        return True

    def _carrier_subject(
        self, start: int, before: int, last: QuoteRecord | None = None
    ) -> SpeakerRef | None:
        """The subject of the clause that holds the display or the chant (the last clause
        before the quote): a group or a person the index knows ("Several students carried
        signs"), else a plain plural noun before its first verb in the past ("Protestors
        held signs", "rescuers cheered and chanted"; :func:`plain_plural_subject`); none in
        a clause opened by a subordinator ("where a truck with a sign reading"); for "Their
        signs said" ('activists ... while chanting "Q1." Their signs said, "Q2"'), the
        carriers of the quotation ``last`` before it."""
        listed = _QUOTED.search(self.text, start, before)  # 'written: "Q1", "Q2" and "Q"'
        before = listed.start() if listed is not None else before
        segs = [seg for seg in clause_words(self.toks_between(start, before)) if seg]
        if not segs or segs[-1][0].lower in _NOT_CARRIER_OPENERS:
            return None
        seg = segs[-1]
        if len(seg) > 1 and seg[0].lower == "their" and seg[1].lower in DISPLAY_NOUNS:
            carried = last is not None and last.attribution == "display_carrier"
            return last.ref if carried else None  # 'Their signs said': who chanted before
        verb = next((k for k, t in enumerate(seg) if past_or_finite(t)), None)
        if verb and (joined := joined_carrier_ref(self, seg[:verb])) is not None:
            return joined  # "Animal lovers and activists across the state thronged"
        ref = self._first_named_subject(seg[0].start, before)
        if ref is not None and ref.actor is not None and ref.actor.kind in ("group", "person"):
            return ref
        return plain_plural_subject(seg[:verb]) if verb else None

    def rule_charge_name(self, w: QuotePlace) -> bool:
        """``Among the crimes committed by X were "cruel treatment as a war crime" for ...``:
        a quote with no reporting verb in a sentence about charges ("crimes", "convicted",
        "counts") names a charge in the court's own words. The speaker is the court the
        article names (the last named before the quote, else the first after); attribution
        ``charge_name``. Without a court in the article, a charge's wording right after
        its participle ("convicted of") is nobody's (``charge_wording``,
        :mod:`.charge_wording`); any other quote stays unattributed.
        """
        q = w.quote
        if q.ref is not None or q.cue is not None:
            return False
        lead_in = self.text[w.s_start : q.pair.open]
        before = WORD_RE.findall(lead_in.lower())
        listed = lead_in.rstrip().endswith(",")
        if not listed and (not before or before[-1] not in _BEFORE_CHARGE_NAME):
            return False  # 'charges linked to the deadly "war on drugs"': a name, no charge
        around = WORD_RE.findall(self.text[w.s_start : w.s_end].lower())
        if not CHARGE_WORDS.intersection(around):
            return False
        span = court_in_sentence(self.toks_between(w.s_start, q.pair.open))
        ref = self.resolve_span(*span, q.pair.open) if span else None
        courts = self.court_mentions()
        if not courts and ref is None:
            if not charge_frame_before(before):
                return False
            q.attribution = CHARGE_WORDING  # 'he was convicted of "Q"': nobody's words
            return True
        if ref is None:
            earlier = [m for m in courts if m.start < q.pair.open]
            court = earlier[-1] if earlier else courts[0]
            ref = SpeakerRef(court.actor, None, court.start, court.end)
        q.ref, q.attribution = ref, "charge_name"
        return True

    def _quote_between(self, start: int, end: int) -> bool:
        """A quotation opens in ``text[start:end]``."""
        i = bisect_right(self.top_opens, start)
        return i < len(self.top_opens) and self.top_opens[i] < end

    def _headline(self, q: QuoteRecord, par: tuple) -> tuple[SpeakerRef, Cue | None] | None:
        p = q.pair
        p_start, p_end = par[2], par[3]
        before = self.text[p_start : p.open]
        after = self.text[p.close + 1 : p_end]
        m = re.match(r"^\s*([^:\"“”‘’]{2,60}?)\s*:\s*$", before)
        if m:  # "Stall owners: 'Q'": a plain plural signs the quotation too
            start, end = p_start + m.start(1), p_start + m.end(1)
            ref = self.resolve_span(start, end, p.open) or signing_group(self, start, end)
            if ref is not None:
                return ref, None
        # 'Q' - UN rights chief  /  'Q': UN rights chief
        for m in (
            re.match(r"^\s*[-–—]\s*(.{2,60}?)\s*$", after),
            re.search(r":\s*([^:\"“”‘’]{2,60}?)\s*$", after),
        ):
            if m:
                s = p.close + 1 + m.start(1)
                ref = self.resolve_span(s, s + len(m.group(1)), p.open)
                if ref is not None:
                    return ref, cue_in_signature(self.cues, s, s + len(m.group(1)))
        # 'UN chief "appalled" by executions': the headline drops "is"; the speaker is the
        # noun phrase right before the quote. Only when the body quotes the same words
        # again, so a label in a headline ('UN "experts" meet') stays a label.
        m = re.match(r"^\s*([^:\"“”‘’,;]{2,40}?)\s*$", before)
        if m and re.match(r"^\s*[a-z]", after) and echoed_in_body(self.text, q, p_end):
            ref = self.resolve_span(p_start + m.start(1), p_start + m.end(1), p.open)
            if ref is not None:
                return ref, None
        return None

    def _kind(self, q: QuoteRecord) -> str:
        p = q.pair
        s_start = self.sentences[q.sent][3]
        before = self.text[s_start : p.open].rstrip()
        body = q.text.lstrip("(")
        initial = body[:1].isupper() or body[:1].isdigit()
        if not initial:
            return "partial"
        if (
            not re.search(r"\w", before)
            or before.endswith((":", ","))
            or (
                q.cue is not None
                and q.cue.end >= len(before) + s_start - 1
                and before.endswith(q.cue.form)
            )
        ):
            return "full"
        return "partial"

    def _lead_repeats(self, quotes: list[QuoteRecord]) -> None:
        """Words said again by their own person; a heading's name before a colon."""
        in_title = lambda s: self.index.sentence_kind(s) == "title"
        repeated_by_own_person(quotes, in_title)
        headline_words_of_own_person(quotes, self.text, in_title)
        lead = lead_paragraphs(self.sentences)
        echoed_by_own_official(quotes, self.text, lambda s: self.sentences[s][1] in lead)
        echoed_by_title_holder(quotes, self.text, in_title)
        span = lambda s: (self.sentences[s][3], self.sentences[s][4])
        headline_title_holders(quotes, self.text, self.index.actors, in_title, span)
        first_reporter_speakers(quotes, self.cues, in_title)
        par = lambda pos: self.paragraphs[self.sentences[self.sent_of(pos)][1] - 1][2:4]
        colon_named_speakers(quotes, self.text, par, self.resolve_span)
        echoed_headline_subjects(quotes, self.text, par)
        signed_headline_echoes(quotes, self.text, par)


def echoed_in_body(text: str, q: QuoteRecord, after: int) -> bool:
    """The body (``text`` from ``after``) quotes the same words again: a headline quote
    taken from the story."""
    needle = normalised_words(q.text)
    return bool(needle) and f" {needle} " in f" {normalised_words(text[after:])} "
