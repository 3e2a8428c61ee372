"""Subjects: who each cue's verb has as its subject ("she said", "said the envoy", "..., saying")."""

from __future__ import annotations

import re
from itertools import dropwhile, takewhile

from ..bodies.noun_referents import described_plural
from ..clauses import (
    after_dateline,
    after_inner_verb,
    after_subordinator,
    clause_words,
    comma_segments,
    drop_asides,
    listed_subject,
    without_time_tail,
)
from ..cues import CUE_FORMS
from ..documents.about import relative_document_issuer
from ..frames import (
    before_relative_clause,
    by_rule,
    causative_object,
    document_owner,
    indefinite_speaker_tail,
    infinitive_object,
    noun_cue_by,
    participle_after_clause,
)
from ..governing_verbs import participle_aside, says_in_reaction
from ..groups.vague_counts import vague_count_group, vague_count_opening
from ..outlet_sources import relayed_source
from ..pronouns.resolver import genders_from_possessives
from ..pronouns.subjects import pronoun_before_verb
from ..recipient_participles import writer_subject
from ..records import Cue, SpeakerRef
from ..tokens import Token, word_tokens
from ..vocabulary import (
    ADVERBS,
    CONJUNCTIONS,
    DETERMINERS,
    DOCUMENT_NOUNS,
    FINITE_VERBS,
    PREPOSITIONS,
    RELATIVE_PRONOUNS,
)
from .address_regions import address_antecedent, joined_address_regions
from .addressees import be_before_quoted, quoted_by_agent, quoted_link, subject_after_addressee
from .adjuncts import (
    absolute_with,
    after_fronted_without_comma,
    clause_subjects,
    fronted_participle,
    subordinate_participle,
)
from .affiliations import apposed_name_subject, unclosed_apposition
from .apposed_participles import apposed_participle_subject
from .clause_openers import after_clause_opener
from .coordination import before_location_participle, inverted_after_quote, joined_verb_rule
from .counted_one import counted_one_subject, counted_speaker, counted_windows
from .dashed_participles import participle_after_dash
from .described_titles import described_title_holder
from .family import listed_family
from .free_relatives import free_relative_ref, free_relative_start
from .heads import modified_head_run, place_after_preposition
from .interposed import APPOSED, apposed_body
from .inversion import headline_group_after_verb, inverted_after_clause
from .main_clause import (
    described_before,
    earlier_clause_subject,
    not_main_clause,
    subject_before_verb,
    unresolved_subject,
    words_span,
)
from .manner_adverbs import without_trailing_adverbs
from .participle_descriptions import participle_description_subject
from .participle_postmodifiers import participle_postmodified_subject
from .plain import clause_lemma, plain_plural_subject, postmodified_plural_subject
from .renamed_people import renamed_officeholder, renamed_person
from .spans import (
    aside_opening,
    later_named_antecedent,
    lone_antecedent,
    named_antecedent,
    named_in_aside,
    opening_inversion,
    relative_apposition,
    relative_aside_before,
    relative_before_aside,
    skippable_quote,
    without_opening_adverb,
)
from .title_tails import office_of_place, without_title_tail_name
from .with_participles import with_name_phrase
from .written_names import written_or_described_subject

#: A relative pronoun right after a name: the name is its clause's subject ("from Serbia, which")
_RELATIVE_AFTER = re.compile(r"\s*,?\s*(?:which|who)\b")


class SubjectFinder:
    """Resolves the subject of every cue (a part of :class:`Attributor`)."""

    def subject_of_verb(self, start: int, end: int) -> SpeakerRef | None:
        """A non-cue reporting verb's subject ("The UN rights chief accused"), analysis kept."""
        ti = self.index.token_index(start)
        if ti >= len(self.tokens) or self.tokens[ti].start != start or self.quote_at(start):
            return None
        tok = self.tokens[ti]
        nxt = self._next_word(ti)
        passive = nxt is not None and nxt.lower == "by" and tok.lower.endswith("ed")
        cue = Cue(start, tok.end, tok.text, CUE_FORMS.get(tok.lower, tok.lower), tok.sent, ti)
        cue.passive = passive
        earlier = [c for c in self.cues if c.sent == tok.sent and c.start < start]
        with self._scratch():
            return self._subject(cue, earlier)

    def resolve_cues(self, cues: list[Cue]) -> None:
        """Give every cue its subject, sentence by sentence; remember document owners."""
        genders_from_possessives(self.index.mentions, self.tokens, self.index.token_index)
        by_sent: dict[int, list[Cue]] = {}
        for c in cues:
            by_sent.setdefault(c.sent, []).append(c)
        for s_index in range(len(self.sentences)):
            sent_cues = by_sent.get(s_index, [])
            for i, cue in enumerate(sent_cues):
                cue.subject = described_title_holder(self, cue, self._subject(cue, sent_cues[:i]))
                cue.subject = apposed_participle_subject(self, cue, sent_cues[:i])
                cue.subject = participle_description_subject(self, cue)  # "X vowed ..., calling"
                cue.subject = relayed_source(self, cue)  # "Bloomberg reported, citing X"
                cue.subject = self._not_a_location(cue)  # "the World Cup in Qatar have said"
                cue.subject = address_antecedent(self, cue)  # "X, 68, of Fox Street, who"
                if cue.subject is not None and cue.subject.actor is not None:
                    self.timeline.append((cue.start, cue.subject.actor, True))
            self._register_documents(s_index, sent_cues)

    def _not_a_location(self, cue: Cue) -> SpeakerRef | None:
        """The cue's subject, None for a state right after a preposition of place: "Organisers
        of the 2022 World Cup in Qatar have said" (:func:`.heads.place_after_preposition`)."""
        ref = cue.subject
        if ref is None or ref.actor is None or ref.actor.kind != "state" or cue.lemma is None:
            return ref
        if self.tokens[self.index.token_index(ref.end) - 1].poss:
            return ref  # "reported on Turkey's diplomatic letter stating": the letter's owner
        if _RELATIVE_AFTER.match(self.text, ref.end):
            return ref  # "votes against it, including from Serbia, which decried": Serbia
        k = self.index.token_index(ref.start) - 1
        located = k >= 0 and self.tokens[k].sent == self.tokens[k + 1].sent
        if located and place_after_preposition(self.tokens, k, self.text[ref.start : ref.end]):
            return None
        return ref

    def _subject(self, cue: Cue, earlier: list[Cue]) -> SpeakerRef | None:
        text, (s_start, s_end) = self.text, self.sentences[cue.sent][3:5]
        if cue.lemma in (None, "quote", "cite") or cue.passive:
            found, ref = self.speaker_after_cue(cue, s_end)
            if found:
                return ref
        q_before = self._last_quote_before(cue.start, s_start)
        if q_before is not None and skippable_quote(text, q_before, cue, s_start):
            q_before = self._last_quote_before(q_before.open, s_start)
        bound = max(s_start, q_before.close + 1) if q_before is not None else s_start
        outside = bound  # a relative pronoun's antecedent is never inside the quotation before
        if earlier and not self._aside_cue(earlier[-1], cue):
            bound = max(bound, earlier[-1].end)
        left = text[bound : cue.start]
        left_words = [t for t in self.toks_between(bound, cue.start) if t.text[0].isalnum()]
        if inverted_after_quote(q_before, bound, left_words, earlier, cue):
            return self.phrase_after(cue.end, s_end, cue.start, inverted=True)  # '"Q," said X'
        ref = self._quoted_as_saying(cue, left_words, bound) or self.subject_across_break(cue)
        if ref is not None:
            return ref
        if cue.form.lower().endswith("ing"):  # "..., saying": the main clause's subject
            if (framed := self._participle_frame(cue, left, left_words, bound))[0]:
                return framed[1]  # "with its minister, X, calling", "... airport - vowing"
            if (
                not left_words
                or left.strip().endswith(",")
                or participle_after_clause(left_words, self.toks_between(s_start, cue.start))
                or subordinate_participle(left_words)  # "X responded ... by saying"
                or says_in_reaction(text, earlier, bound, cue, left_words)  # "rejected it saying"
            ):
                main = self._main_subject(cue, earlier, s_start, s_end)
                main = writer_subject(main, text, earlier, bound, cue, left_words)
                return self.agreeing_participle_subject(cue, main)
            if left_words and left_words[0].lower == "with":
                left_words = left_words[1:]
        if (ref := self._left_clause_subject(bound, cue, left_words)) is not None:
            return ref
        words = [w for w in without_trailing_adverbs(left_words) if w.lower not in ADVERBS]
        after_cue = bool(earlier) and bound == earlier[-1].end
        joined = joined_verb_rule(self.toks_between(bound, cue.start), cue, self.tokens, after_cue)
        if not words or words[-1].lower in ("and", "but", "or", "nor") or joined:
            # "... and called for", "X calls action illegal, demands": the first verb's subject
            ref = self._main_subject(cue, earlier, s_start, s_end)
            if joined and after_cue and earlier[-1].lemma is None:  # "X, according to Y, say"
                return by_rule(ref, "subject before an 'according to' aside")
            return by_rule(ref, joined) if joined else ref
        # relative clause: "..., who said", "what it called" (but "the WHO said": a name)
        if (words[-1].lower in RELATIVE_PRONOUNS and not words[-1].text.isupper()) or (
            len(words) >= 2
            and words[-2].lower in ("which", "who", "that", "what")
            and words[-1].lower in ("it", "they", "he", "she")
        ):
            if words[-1].lower in ("it", "they", "he", "she"):
                return self.resolve_span(words[-1].start, words[-1].end, cue.start)
            return self._antecedent(words[-1].start, outside, words[-1].lower in ("who", "whom"))
        addressed = subject_after_addressee(earlier[-1] if after_cue else None, words)
        if (pron := addressed or pronoun_before_verb(words)) is not None:  # "issues he said"
            return self.resolve_span(pron.start, pron.end, cue.start)  # "told CNN he feared"
        start = free_relative_start(words, bound, self._next_word(cue.tok))  # "what X called"
        return free_relative_ref(self._subject_from_left(start, cue.start, cue), start, bound)

    def _quoted_as_saying(self, cue: Cue, left_words: list[Token], bound: int) -> SpeakerRef | None:
        """``S quoted X as saying``: the words are X's; ``X was quoted as saying``: X's too;
        so ``a statement quoted her to have added`` / ``as having said``: hers."""
        if (cited := self.marked_cited_subject(cue)) is not None:
            return cited  # "quoted a ‘source close to the Prime Minister’ as saying"
        link = quoted_link(left_words, cue)
        if not link:
            return None
        left_words = left_words[: len(left_words) - link + 1]
        k = next(
            (k for k in range(len(left_words) - 2, -1, -1) if left_words[k].lower == "quoted"),
            None,
        )
        if k is None:
            return None
        if k == len(left_words) - 2 or quoted_by_agent(left_words, k):
            if (be := be_before_quoted(left_words, k)) is not None and be >= 1:
                return self._subject_from_left(bound, left_words[be].start, cue)
            return None
        obj = left_words[k + 1 : -1]
        ref = self.resolve_span(obj[0].start, obj[-1].end, cue.start)
        if ref is None and len(obj) <= 3 and obj[-1].text.islower():
            # "quoted the woman as saying": a person the article only describes
            label = " ".join(w.lower for w in obj if w.lower not in DETERMINERS)
            ref = SpeakerRef(None, label, obj[0].start, obj[-1].end, True)
        return ref

    def _participle_frame(
        self, cue: Cue, left: str, left_words: list[Token], bound: int
    ) -> tuple[bool, SpeakerRef | None]:
        """Whether a frame places the subject of an -ing cue, and that subject: an
        absolute construction after "with" (:meth:`_with_absolute`), or a dash that closes
        a clause with its own verb (:func:`.dashed_participles.participle_after_dash`:
        "Campaigners have written a letter ... – claiming": the campaigners)."""
        if (ref := self._with_absolute(cue, left_words, bound)) is not None:
            return True, ref
        s_start = self.sentences[cue.sent][3]
        if verb := participle_after_dash(left, self.toks_between(s_start, cue.start)):
            main = self._subject_from_left(s_start, verb.start, cue)
            ref = self.agreeing_participle_subject(cue, main)
            return True, by_rule(ref, "participle after a dash: the clause's subject")
        return False, None

    def _with_absolute(self, cue: Cue, left_words: list[Token], bound: int) -> SpeakerRef | None:
        """``..., with its foreign minister, X, calling ...``: the participle's subject
        follows "with", not the main clause's (an absolute construction)."""
        with_k = absolute_with(self.text, bound, left_words)
        if with_k is None:  # "with former skipper Mahela Jayawardene tweeting"
            with_k = with_name_phrase(self.text, self.index, left_words, cue.start)
        if with_k is None:
            return None
        ref = self._subject_from_left(left_words[with_k].end, cue.start, cue)
        return by_rule(ref, "the participle's subject after 'with'")

    def _aside_cue(self, prev: Cue, cue: Cue) -> bool:
        """A cue inside an aside set off by commas is no boundary for the next cue's subject
        ('The minister, asked whether ..., said', 'The deputy, who asked ..., said')."""
        before = self.text[self.sentences[cue.sent][3] : prev.start]
        if participle_aside(self.text[self.sentences[cue.sent][3] : cue.start]):
            return True  # "Musk, responding to a user who had posted the letter, invited"
        return (
            aside_opening(before, prev.form)
            and self.text[prev.end : cue.start].rstrip().endswith(",")
            and self.quote_at(prev.end) is None
            and (
                relative_aside_before(before)  # 'who called the vote "a sham", said'
                or not any(self.quote_at(t.start) for t in self.toks_between(prev.end, cue.start))
            )
        )

    def _subject_from_left(self, bound: int, cue_start: int, cue: Cue) -> SpeakerRef | None:
        """The subject in ``text[bound:cue_start]``: the last clause, asides skipped."""
        toks = self.toks_between(bound, cue_start)
        if family := listed_family(self, toks):
            return family  # "His wife, Linda, and children, Alex and Jack, said"
        segments = after_dateline(self.text, joined_address_regions(toks, self.index))
        while len(segments) > 1 and not any(t.text[0].isalnum() for t in segments[0]):
            del segments[0]  # '"Q", Lynn Maalouf, ...': the comma after the quote
        segments = without_opening_adverb(segments)  # "Meanwhile, the Commission, which"
        if relative_apposition(self.index, segments):
            del segments[1:]  # "Edward Conteh, a Sierra Leonean who lost his arm said"
        asides = drop_asides(segments)
        closed = len(segments) > 2 and not any(t.text[0].isalnum() for t in segments[-1])
        unclosed = unclosed_apposition(segments)
        if (
            (asides or closed or unclosed)
            and len(segments) > 1
            and apposed_name_subject(self.index, segments)
        ):
            # "Mohamed Nasr, the lead negotiator from Egypt, last year's host, said"
            asides += [[t for t in seg if t.text[0].isalnum()] for seg in segments[1:]]
            del segments[1:]
        chosen = next((words for seg in reversed(segments) if (words := word_tokens(seg))), None)
        if not chosen:
            return None
        chosen = listed_subject(self.text, self.index, segments) or chosen  # "The US, UK and"
        if (cut := participle_postmodified_subject(self, chosen, cue.start)) is not None:
            return cut  # "A senior official speaking on condition of anonymity said"
        chosen = before_relative_clause(chosen) or chosen  # "the group that runs the ship"
        chosen = after_inner_verb(chosen)
        chosen = list(dropwhile(lambda t: t.lower in CONJUNCTIONS, chosen))
        chosen = indefinite_speaker_tail(
            after_fronted_without_comma(after_subordinator(chosen), self.index)
        )
        chosen = without_title_tail_name(after_clause_opener(without_time_tail(chosen)), self.index)
        if infinitive_object(chosen):
            return None  # "urged the government to guarantee funds ... amid fears": no subject
        # "The spokesman for the ministry, Ivo Marek, said": the name in apposition is the subject
        if (ref := self._partitive_apposition(chosen, asides, cue.start)) is not None:
            return ref  # "One of them, a 34-year-old teacher, said"
        named = next(filter(None, (named_in_aside(self.index, a) for a in asides if a)), None)
        counted = counted_one_subject(chosen)  # "Another Leadsom backer, Tim Loughton,"
        # "the Bishop of Southwestern Virginia, the Rt Revd X,": the place names no person
        unnamed = chosen and (not self._names_person(chosen) or office_of_place(chosen))
        if named is not None and ((counted and chosen) or unnamed):
            self._describe(named.actor, chosen)
            return SpeakerRef(named.actor, None, named.start, named.end)
        if (body := apposed_body(self.index, asides, chosen)) is not None:
            return SpeakerRef(body.actor, None, body.start, body.end, how=APPOSED)
        ref = renamed_officeholder(self, chosen, cue.start) if chosen else None  # or resolved
        if counted is not None:
            before, earlier = counted_windows(self, cue.sent, chosen[0])
            return counted_speaker(ref, counted, before, earlier)  # "one 92-year-old rider said"
        # "..., pharmacists have warned"; "the policy makers said": the Council named before
        plural = plain_plural_subject(chosen, lemma := clause_lemma(cue))
        plural = plural or postmodified_plural_subject(chosen, lemma)  # "figures in the sector"
        found = ref or described_plural(self, plural) or renamed_person(self, chosen)
        return found or written_or_described_subject(self, chosen, cue.sent)

    def _left_clause_subject(
        self, bound: int, cue: Cue, left_words: list[Token]
    ) -> SpeakerRef | None:
        """The subject of an infinitive cue, of a relative clause with an aside, or an
        inverted subject after a clause ("..., said O'Brien."), a vague count's group ("and
        others whisper": :func:`.vague_count_group`)."""
        if (vague := vague_count_opening(left_words)) is not None:  # "and others whisper"
            return vague_count_group(self, vague, cue.start)
        s_end = self.sentences[cue.sent][4]
        if (owner := document_owner(self, cue, left_words)) is not None:
            return by_rule(owner, "owner of the document the participle follows")
        if noun_cue_by(
            self._prev_word(cue.tok), self.tokens[cue.tok], by := self._next_word(cue.tok)
        ):
            return by_rule(self.phrase_after(by.end, s_end, cue.start), "agent of a speech noun")
        rest = list(takewhile(lambda t: t.start < s_end, self.tokens[cue.tok + 1 :]))
        left, kind = self.text[bound : cue.start], self.sentences[cue.sent][2]
        if inverted_after_clause(left, cue.form, rest) or headline_group_after_verb(
            kind, left, cue.form, cue.lemma, rest
        ):  # "..., said O'Brien."; a headline's "..., say locals"
            return self.phrase_after(cue.end, s_end, cue.start, inverted=True)
        return self._infinitive_subject(bound, cue, left_words) or self._relative_with_aside(
            bound, cue
        )

    def _relative_with_aside(self, bound: int, cue: Cue) -> SpeakerRef | None:
        """``Sri Lanka, which, in an official reaction in Colombo, said``: the antecedent."""
        rel = relative_before_aside(comma_segments(self.toks_between(bound, cue.start)))
        if rel is None:
            return None
        return self._antecedent(rel.start, self.sentences[cue.sent][3], rel.lower == "who")

    def _infinitive_subject(
        self, bound: int, cue: Cue, left_words: list[Token]
    ) -> SpeakerRef | None:
        """``His lawyer, Salvador Medialdea, used the hearing to decry ...``: the speaker of
        an infinitive is the subject of the verb that opens its clause."""
        if not left_words or left_words[-1].lower != "to":
            return None
        if obj := causative_object(left_words):  # "prompting Rome to warn"
            ref = self.resolve_span(obj[0].start, obj[-1].end, cue.start)
            return by_rule(ref, "object of a causative verb")
        segments = comma_segments(self.toks_between(bound, cue.start))
        words = [t for t in segments[-1] if t.text[0].isalnum()]
        if len(segments) < 2 or not words or not words[0].text.islower():
            return None
        if words[0].lower not in FINITE_VERBS and not words[0].lower.endswith("ed"):
            return None
        return self._subject_from_left(bound, words[0].start, cue)

    def _main_subject(
        self, cue: Cue, earlier: list[Cue], s_start: int, s_end: int
    ) -> SpeakerRef | None:
        for prev in reversed(earlier):
            if prev.lemma is None or prev.passive:
                continue
            if not_main_clause(self.tokens, self.text, earlier, prev, self._prev_word(prev.tok)):
                continue  # 'the UN report accusing Beijing of ...', "to appeal for ..., saying"
            if prev.subject is not None:
                return earlier_clause_subject(self.tokens, prev)  # "quoted X as saying"
            if own := described_before(self.toks_between(s_start, prev.start)):
                return own  # "the judiciary said in a statement, adding": the judiciary
        # the first clause of the sentence that is not a fronted phrase
        toks = self.toks_between(s_start, cue.start)
        words = [t for t in toks if t.text[0].isalnum()]
        if not words:
            # sentence-initial participle: "Citing "...", an independent expert ..."
            q = self.quote_at(self._next_nonspace(cue.end))
            after = q.close + 1 if q is not None else cue.end
            nxt = self._next_word(cue.tok)
            if opening_inversion(
                cue, q, nxt.text if nxt is not None else ""
            ):  # "Added Lesley McSpadden, whose son, X, was ...:"
                return self.phrase_after(cue.end, s_end, cue.start, inverted=True)
            return self.phrase_after(after, s_end, cue.start, skip_to_comma=q is None)
        for words, rule in clause_subjects(clause_words(toks), self.index):
            # "The evening before at the Summit, Haley smiled and said": read on past it
            ref = self.resolve_span(words[0].start, words[-1].end, cue.start)
            if ref is not None and (cut := subject_before_verb(words, ref.start)):
                start, end = words_span(cut)
                own = self.resolve_span(start, end, cue.start) or unresolved_subject(self.text, cut)
                if own is not None:  # "The union also called on the CDC ..., adding"
                    return by_rule(own, "the main clause's subject before its verb")
            if ref is not None:
                return by_rule(ref, rule) if rule else ref
        return None

    def _antecedent(
        self, rel_start: int, s_start: int, personal: bool = False
    ) -> SpeakerRef | None:
        before = [t for t in self.toks_between(s_start, rel_start) if t.text[0].isalnum()]
        if (ref := relative_document_issuer(self, before, s_start)) is not None:
            return ref  # "X published a study in the Journal of Y that concluded": X's
        if before and before[-1].lower in DOCUMENT_NOUNS:  # "a UN Human Rights report, which"
            # "the UN report, which"; "Bennett's report that": the owner's name opens it
            det = next(
                (t for t in reversed(before[-6:]) if t.lower in DETERMINERS or t.poss), before[-1]
            )
            return self.resolve_span(det.start, before[-1].end, rel_start)
        cut = before_location_participle(before) or rel_start  # "Hezbollah based in Lebanon"
        cands = [m for m in self.index.mentions_in(s_start, cut) if m.end <= cut]
        if personal and any(m.actor.kind == "person" for m in cands):
            # "Leyla Osmanoglu, director of the Centre for X, who said": the person, not X
            cands = [m for m in cands if m.actor.kind == "person"]
        if not personal and (ref := later_named_antecedent(self, cands, s_start, rel_start)):
            return by_rule(ref, "the name right before the relative pronoun")
        if cands:
            m = cands[-1]
            if (ref := self._modified_antecedent(before, m, rel_start)) is not None:
                return ref
            ref = SpeakerRef(m.actor, None, m.start, m.end)
            return by_rule(ref, "the body before a 'based in' phrase") if cut < rel_start else ref
        lone = before and lone_antecedent(self.text[s_start:rel_start])  # "The ambassador, who"
        if lone and (ref := self.resolve_span(before[0].start, before[-1].end, rel_start)):
            return ref
        run = named_antecedent(self.toks_between(s_start, rel_start))  # "from Walsh, who"
        if run and run[0].start > before[0].start:  # "Ankara, which said": the capital rules
            ref = self.resolve_span(run[0].start, run[-1].end, rel_start) or SpeakerRef(
                None, self.text[run[0].start : run[-1].end], run[0].start, run[-1].end
            )
            return by_rule(ref, "the name before the relative pronoun")
        return None

    def _modified_antecedent(self, before: list[Token], m, rel_start: int) -> SpeakerRef | None:
        """``the Chinese government, which calls``, ``Iceland's meteorological office which
        says``: a place or body named before the relative pronoun that only modifies the
        noun heading the antecedent (:func:`.heads.modified_head_run`) is not the antecedent;
        the whole phrase, read by the phrase resolver, is ("Chinese government", the office
        the article names). None when the phrase names no other actor."""
        if m.actor.kind == "person" or not (run := modified_head_run(before, m.end)):
            return None
        k = next(i for i, t in enumerate(before) if t.end > m.start)
        start = before[k - 1].start if k and before[k - 1].lower in DETERMINERS else m.start
        ref = self.resolve_span(start, run[-1].end, rel_start)
        if ref is None or ref.actor is None or ref.actor is m.actor:
            return None
        return by_rule(ref, "the noun a place's name modifies before the relative pronoun")

    def _clause_subject(self, s_start: int, before: int) -> SpeakerRef | None:
        """The subject of the sentence's first clause that is not a fronted phrase: a
        prepositional phrase, a conjunction's clause or a participle adjunct ("Staring down
        years of deficits, Chalmers spruiks budget as a 'platform for prosperity'")."""
        segs: list[list[Token]] = [[]]
        for t in self.toks_between(s_start, before):
            if t.text in ",;:":
                segs.append([])
            elif t.text[0].isalnum():
                segs[-1].append(t)
        for k, seg in enumerate(segs):
            if not seg or seg[0].lower in PREPOSITIONS or seg[0].lower in CONJUNCTIONS:
                continue
            ref = self.resolve_span(seg[0].start, seg[-1].end, before)
            if ref is None and k + 1 < len(segs) and fronted_participle(seg, self.index):
                continue  # not "According to the service, the EU "regrets"": the service
            return ref
        return None
