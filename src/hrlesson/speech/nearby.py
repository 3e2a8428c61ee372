"""The last attribution rule: a guess at the speaker of a quote no other rule placed."""

from __future__ import annotations

import re
from dataclasses import replace

from .clause_words import SUBORDINATORS
from .clauses import clause_words
from .reading import displayed_words
from .records import SpeakerRef
from .rules import QuotePlace
from .vocabulary import (
    AUXILIARIES,
    CONJUNCTIONS,
    PASSIVE_BE,
    PREPOSITIONS,
    RELATIVE_PRONOUNS,
    WORD_RE,
)

#: A body's founding act, then "by" ('was established by', 'set up by', 'mandated by').
MANDATE = re.compile(r"\b(?:established|created|set up|mandated|tasked)\s+by\s+(?:the\s+)?")
#: How the evidence names a speaker found by :meth:`NearbySpeaker._colon_clause_subject`.
COLON_SUBJECT = "the subject of the clause a colon closes before the quote"
#: Words that open a clause whose first name is no subject of the sentence's main verb.
COLON_CLAUSE_NON_SUBJECTS = PREPOSITIONS | CONJUNCTIONS | RELATIVE_PRONOUNS | SUBORDINATORS
#: Lower-case words that may open a subject ("the minister", "his wife", "it").
SUBJECT_DETERMINERS = frozenset(
    ["a", "an", "he", "her", "his", "it", "its", "one", "she", "the", "their", "they", "we"]
)
#: A space, a lower-case word and a space, right before a quotation mark.
ACTOR_VERB = re.compile(r"(\s)([a-z]+)\s+[“\"]$")


def active_verb_form(word: str) -> bool:
    """A present or past form of an active verb ('assesses', 'stated'), not an auxiliary,
    a noun in -ss or -us, or a preposition.

    >>> [active_verb_form(w) for w in ("assesses", "stated", "is", "status", "across")]
    [True, True, False, False, False]
    """
    if len(word) < 4 or word in AUXILIARIES or word in PREPOSITIONS:
        return False
    return word.endswith("ed") or (word.endswith("s") and not word.endswith(("ss", "us", "is")))


class NearbySpeaker:
    """The fallback rule of :data:`~hrlesson.speech.rules.ATTRIBUTION_RULES` (a part of
    :class:`Attributor`)."""

    def rule_nearby_speaker(self, w: QuotePlace) -> bool:
        """The last resort, a guess the ``evidence`` column names as such: a quote no rule
        placed goes to the active subject of its sentence when that subject is a person
        named there or has spoken before ('He also questioned the trials ... in which "Q"
        were ...'), else to the last speaker of its paragraph or the two before
        (attribution ``nearby_speaker``); a quote in a sentence that opens "For <person>,"
        goes to that person (attribution ``view_holder``)."""
        if w.quote.n_words < 5 and not w.starts:
            # a short fragment: the label rules decide whether it is speech, unless it
            # belongs to a mandate ('set up by X to ... preserve evidence for "Q"')
            founder = self._mandating_agent(w.s_start, w.quote.pair.open)
            if founder is not None and w.quote.ref is None:
                w.quote.ref, w.quote.attribution = founder, "mandate"
                return True
            return False
        return self.guess_nearby_speaker(w)

    def guess_nearby_speaker(self, w: QuotePlace) -> bool:
        """The guess of :meth:`rule_nearby_speaker`, whatever the quote's length."""
        q = w.quote
        if q.ref is not None or w.sentence_kind in ("title", "heading"):
            return False
        spoke = [(pos, a) for pos, a, _ in self.timeline if pos < q.pair.open]
        holder = self._view_holder(w.s_start, q.pair.open)
        if holder is not None and q.cue is None:
            q.ref, q.attribution = holder, "view_holder"
            return True
        lead_in = WORD_RE.findall(self.text[w.s_start : q.pair.open].lower())
        if displayed_words(lead_in):
            return False
        adjacent = self._actor_verb_before(w.s_start, q.pair.open)
        if adjacent is not None:
            q.ref, q.attribution = adjacent, "actor_verb"
            return True
        founder = self._mandating_agent(w.s_start, q.pair.open)
        if founder is not None:
            q.ref, q.attribution = founder, "mandate"
            return True
        subject, clause = self._colon_clause_subject(w.s_start, q.pair.open)
        if subject is None:
            subject = self._first_named_subject(w.s_start, q.pair.open)
        passive = any(x in PASSIVE_BE for x in (clause or lead_in))
        known = subject is not None and (
            any(a is subject.actor for _, a in spoke)
            or (
                subject.actor is not None
                and subject.actor.kind == "person"
                and self.text[subject.start : subject.end].lower() not in ("he", "she")
            )
        )
        par = self.sentences[q.sent][1]
        known = known or self._body_of_its_paragraph(subject, spoke, par)
        if known and subject.actor is not None and not passive:
            if clause and subject.how is None:
                subject = replace(subject, how=COLON_SUBJECT)
            q.ref, q.attribution = subject, "nearby_speaker"
            return True
        lead = self._lead_paragraph_subject(w) if q.cue is None else None
        if lead is not None:
            q.ref, q.attribution = lead, "lead_paragraph_subject"
            return True
        near = [(pos, a) for pos, a in spoke if par - self.sentences[self.sent_of(pos)][1] <= 2]
        if q.cue is not None and self._personal_subject(q.cue):
            near = [(pos, a) for pos, a in near if a.kind == "person"]  # "He said ...": a person
        if not near:
            return False
        actor = near[-1][1]
        named = [m for m in self.index.mentions_in(0, q.pair.open) if m.actor is actor]
        start, end = (named[-1].start, named[-1].end) if named else actor.first
        q.ref = SpeakerRef(actor, None, start, end)
        q.attribution = "nearby_speaker"
        return True

    def _lead_paragraph_subject(self, w: QuotePlace) -> SpeakerRef | None:
        """A quotation that is its whole paragraph, after a paragraph whose last sentence
        quotes nothing and has a person named there as its subject, fronted clauses
        skipped, is that person's: "When asked by Reuters whether ..., Mexico's chief
        climate negotiator Camila Zepeda summed up the mood among exhausted negotiators.
        ¶ "Probably. You take a win when you can."" (Zepeda, not Reuters)."""
        q = w.quote
        par = self.sentences[q.sent][1]
        if q.sent == 0 or self.sentences[q.sent - 1][1] != par - 1:
            return None
        end = self.text.find("\n", q.pair.close)
        after = self.text[q.pair.close + 1 : len(self.text) if end < 0 else end]
        if self.text[w.s_start : q.pair.open].strip() or after.strip(" .\"”’'"):
            return None
        s_start, s_end, kind = *self.sentences[q.sent - 1][3:5], self.sentences[q.sent - 1][2]
        if kind in ("title", "heading") or any(s_start <= p.open < s_end for p in self.top):
            return None
        segs = [
            seg
            for seg in clause_words(self.toks_between(s_start, s_end))
            if seg
            and seg[0].lower not in COLON_CLAUSE_NON_SUBJECTS
            and not seg[0].lower.endswith("ing")
        ]
        if not segs or not segs[0][0].text[:1].isupper():
            return None
        return self._person_opening(segs, q.pair.open)

    def _person_opening(self, segs: list, at: int) -> SpeakerRef | None:
        """The first person named in the first clause ``segs[0]`` ("Mexico's chief climate
        negotiator Camila Zepeda summed up"), or in an apposition of a name alone after it
        ("Deutsche Bahn's head of human resources, Martin Seiler, also criticized"), owners
        skipped; a "He"/"She" opening it resolved. None when the first actor named is no
        person."""
        if segs[0][0].lower in ("he", "she"):
            ref = self.resolve_span(segs[0][0].start, segs[0][0].end, at)
            return ref if ref is not None and ref.actor is not None else None
        spans = [(segs[0][0].start, segs[0][-1].end)]
        if len(segs) > 1 and all(t.text[:1].isupper() for t in segs[1] if t.text[0].isalnum()):
            spans.append((segs[1][0].start, segs[1][-1].end))
        for start, end in spans:
            for m in self.index.mentions_in(start, end):
                if m.in_quote or self.text.startswith(("'s", "’s"), m.end):
                    continue  # an owner: "Mexico's chief climate negotiator"
                if m.actor.kind != "person":
                    return None
                return SpeakerRef(m.actor, None, m.start, m.end)
        return None

    def _actor_verb_before(self, s_start: int, at: int) -> SpeakerRef | None:
        """An actor named right before an active verb that stands right before the quote
        says it, whatever the verb: 'Tier 2 countries are those ..., but which the State
        Department assesses "are making significant efforts"' (attribution ``actor_verb``)."""
        m = ACTOR_VERB.search(self.text, max(s_start, at - 40), at + 1)
        if m is None or not active_verb_form(m.group(2)):
            return None
        end = m.start(2) - len(m.group(1))
        for mention in self.index.mentions_in(max(s_start, end - 80), end):
            if mention.end == end and not mention.in_quote and mention.actor.kind != "group":
                return SpeakerRef(mention.actor, None, mention.start, mention.end)
        return None

    def _mandating_agent(self, s_start: int, at: int) -> SpeakerRef | None:
        """The body by which something was set up "to" do what the quote says gave it that
        mandate: 'The mission was established by the Office of the UN High Commissioner for
        Human Rights (OHCHR) in September 2019 to "assess alleged human rights
        violations"' (attribution ``mandate``)."""
        m = MANDATE.search(self.text, s_start, at)
        if m is None or " to " not in self.text[m.end() : at]:
            return None
        for mention in self.index.mentions_in(m.end(), min(at, m.end() + 80)):
            if mention.start > m.end() + 20 or mention.in_quote:
                return None  # at most a modifier between: 'by the Geneva-based Council'
            if mention.actor.kind == "organisation":
                return SpeakerRef(mention.actor, None, mention.start, mention.end)
        return None

    def _first_named_subject(self, s_start: int, before: int) -> SpeakerRef | None:
        """The first clause of the sentence (before ``before``) that names someone, fronted
        phrases skipped: "Driving this point home, Rimtalba Jean Emmanuel Ouedraogo, ..."."""
        for seg in clause_words(self.toks_between(s_start, before)):
            if not seg or seg[0].lower in PREPOSITIONS or seg[0].lower in CONJUNCTIONS:
                continue
            if seg[0].lower.endswith("ing"):
                continue
            ref = self.resolve_span(seg[0].start, seg[-1].end, before)
            if ref is not None:
                return ref
        return None

    def _colon_clause_subject(self, s_start: int, before: int) -> tuple[SpeakerRef | None, list]:
        """The subject of the clause a colon closes right before the quote, whatever its
        verb: ``While some observers, such as OpenAI CEO Sam Altman, have deemed the
        enthusiasm for AI to be exaggerated, Huang remains confident: "Q"`` (Huang, not
        Altman of the clause the sentence opens with); ``Former Conservative leader Michael
        Howard, who was employment secretary under Thatcher, sad: "Q"``. The last clause
        before the colon that opens with a capital or a determiner (no relative, subordinate
        or prepositional clause, no "such as" aside) and names someone; returns that
        reference and the clause's words (lower case), or (None, [])."""
        lead = self.text[s_start:before].rstrip(" \"“‘'")
        if not lead.endswith(":"):
            return None, []
        segs = [seg for seg in clause_words(self.toks_between(s_start, before)) if seg]
        for seg in reversed(segs):
            first = seg[0]
            if first.lower in COLON_CLAUSE_NON_SUBJECTS or first.lower.endswith("ing"):
                continue
            if not (first.text[:1].isupper() or first.lower in SUBJECT_DETERMINERS):
                continue
            ref = self.resolve_span(first.start, seg[-1].end, before)
            if ref is not None:
                return ref, [t.lower for t in seg]
        return None, []

    def _body_of_its_paragraph(self, subject: SpeakerRef | None, spoke: list, par: int) -> bool:
        """``Over the same period, the panel of experts estimated that ... a state where
        "Q"``: a body that is its sentence's subject, in a paragraph where nobody has spoken
        yet, is a better guess than a speaker of an earlier paragraph."""
        if subject is None or subject.actor is None:
            return False
        if subject.actor.kind not in ("organisation", "group"):
            return False
        return not any(self.sentences[self.sent_of(pos)][1] == par for pos, _ in spoke)

    def _view_holder(self, s_start: int, before: int) -> SpeakerRef | None:
        """``For Jens Laerke, spokesperson for OCHA, "it's unbearable ..."``: a sentence that
        opens with "For" and a person, then a comma, gives that person's view (not the
        apposition's, nor a subject further on); so does a person named last, after a
        title that names a body ('But for Department of Foreign Affairs (DFA) Assistant
        Secretary for ASEAN Affairs Daniel Espiritu, it is still "premature to say"')."""
        segs = clause_words(self.toks_between(s_start, before))
        if segs[0] and segs[0][0].lower in CONJUNCTIONS:
            segs[0] = segs[0][1:]  # 'But for Daniel Espiritu, it is still "premature ..."'
        if len(segs) < 2 or len(segs[0]) < 2 or segs[0][0].lower != "for":
            return None
        ref = self.resolve_span(segs[0][1].start, segs[0][-1].end, before)
        person = ref is not None and ref.actor is not None and ref.actor.kind == "person"
        if person and ref.start == segs[0][1].start:
            return ref
        return self._person_named_last(segs[0])

    def _person_named_last(self, seg: list) -> SpeakerRef | None:
        """The person whose name ends the words ``seg`` after capitalised title words only
        ("... Assistant Secretary for ASEAN Affairs Daniel Espiritu"; not "the mother of
        Daniel Espiritu"), or None."""
        people = [
            m
            for m in self.index.mentions_in(seg[0].start, seg[-1].end)
            if m.actor.kind == "person" and m.end == seg[-1].end
        ]
        if not people:
            return None
        title = [t for t in seg[1:] if t.end <= people[-1].start and t.text[0].isalnum()]
        if any(t.text.islower() and t.lower not in ("of", "for", "and") for t in title):
            return None
        return SpeakerRef(people[-1].actor, None, people[-1].start, people[-1].end)

    def _personal_subject(self, cue) -> bool:
        """The word right before the cue is "he" or "she" ("He said ... “Q”")."""
        k = cue.tok - 1
        return k >= 0 and self.tokens[k].lower in ("he", "she")
