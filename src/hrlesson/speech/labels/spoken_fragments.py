"""Spoken fragments: the short quotes with no speaker found that are still speech.

Fragments listed or coordinated with a quote, under the sentence's reporting verb, or after
a subject who speaks elsewhere, not the writer's scare quotes (the labels are
:mod:`.labels`).
"""

from __future__ import annotations

import re

from ..records import QuoteRecord
from ..vocabulary import WORD_RE
from .carried_quotes import carried_quote_at
from .described_findings import closing_finding
from .glossed_words import glossed_word
from .modifying_names import modifies_noun
from .quoted_predicates import gerund_quote
from .stance_objects import STANCE_SUBJECT, stance_verb_before
from .unspoken_subjects import expletive_it, passive_before
from .verdicts import verdict_complement


class SpokenFragments:
    """Tells a short quote's speaker from its clause (a part of :class:`Attributor`)."""

    def _unattributed_and_short(self, q: QuoteRecord) -> bool:
        """No speaker, no pattern, under five words, inside a sentence: a scare quote,
        unless :meth:`_spoken_fragment` shows whose words it is."""
        return (
            q.ref is None
            and q.attribution is None
            and q.n_words < 5
            and not self._starts_sentence(q)
        )

    def _spoken_fragment(self, q: QuoteRecord, last: QuoteRecord | None) -> bool:
        """A short quote with no speaker found is still speech when its clause shows whose
        words it carries: listed or coordinated with a quote before it, in a sentence whose
        reporting verb has a speaker, or in a clause whose subject speaks elsewhere, or in a
        frame of speech (:class:`.spoken_frames.SpokenFrames`), completing a verdict verb, or
        in a sentence closed by a described finder ('…, the report found')."""
        if self._listed_with(q, last):
            return True
        return (
            self._coordinated_with(q, last)
            or self._said_in_sentence(q, last)
            or self._speaker_subject(q)
            or self._stance_object(q)
            or self._evaluation_speaker(q)
            or self._spoken_frame(q)
            or gerund_quote(q.text)
            or self._carried(q)
            or self._verdict(q)
            or self._described_finding(q)
        )

    def _described_finding(self, q: QuoteRecord) -> bool:
        """A short quote in a sentence that closes with a described finder and a verb of
        finding is the finder's words (:func:`.described_findings.closing_finding`: 'members
        of the European Parliament “aren’t talking” about those sectors, the report found';
        the ranker gives the speaker)."""
        return closing_finding(self.text[q.pair.close + 1 : self.sentences[q.sent][4]])

    def _verdict(self, q: QuoteRecord) -> bool:
        """A short quote that completes a verb passing a verdict is someone's words though
        no speaker is named (:func:`.verdicts.verdict_complement`: 'A traveller couple were
        branded “pure evil”'; the ranker gives the speaker)."""
        return verdict_complement(self.text[self.sentences[q.sent][3] : q.pair.open])

    def _carried(self, q: QuoteRecord) -> bool:
        """A short quote that a crowd chants or a sign or slogan carries is speech though no
        carrier is named as its subject (:func:`.carried_quotes.carried_quote_at`): 'Greta
        Thunberg was greeted with chants of "we love you"', 'a sign next to it that read,
        "Keep the Pot Boiling."' (the ranker gives the speaker)."""
        return carried_quote_at(self.text, self.sentences[q.sent][3], q.pair.open)

    def _listed_with(self, q: QuoteRecord, last: QuoteRecord | None) -> bool:
        """A short quote in a list after a longer quote of the same sentence is an item of
        that list, not a scare quote: 'were "cruel treatment as a war crime" for flogging one
        person, "mutilation" for amputating a hand, and "torture ..."'."""
        if last is None or last.sent != q.sent or last.n_words < 5:
            return False
        between = self.text[last.pair.close + 1 : q.pair.open]
        return "," in between and len(WORD_RE.findall(between)) <= 8

    def _coordinated_with(self, q: QuoteRecord, last: QuoteRecord | None) -> bool:
        """A short quote at most three words after a quote of the same clause, with no
        punctuation between, is quoted from the same words: 'in which "basic guarantees of
        due process" were "violated" and "disproportionate prison sentences" were handed
        down' (attribution ``listed``: the speaker of the quote before it)."""
        if last is None or last.sent != q.sent or last.role != "quote":
            return False
        between = self.text[last.pair.close + 1 : q.pair.open]
        if re.search(r"[^\w\s'’-]", between) or len(WORD_RE.findall(between)) > 3:
            return False
        if last.ref is not None:
            q.cue, q.ref, q.attribution = last.cue, last.ref, "listed"
        return True

    def _said_in_sentence(self, q: QuoteRecord, last: QuoteRecord | None = None) -> bool:
        """A short quote in a sentence whose one reporting verb has a speaker is that
        speaker's word, wherever the verb stands: 'OCHA is alarmed about the situation in the
        Horn of Africa, where a 'devastating drought' has forced people to abandon their
        houses ..., the Under-Secretary- General for Humanitarian Affairs, Valerie Amos, told
        reporters Monday' (attribution ``sentence_cue``). Cues with no speaker of their own
        do not count: 'He is accused of "spreading false rumors" about the case, the
        magazine said'. An earlier quotation of the sentence under the same verb does not
        stop it: 'The legacy ... is "nothing but destruction," and ..., "collective security
        depends" on bringing ... into force United Nations Secretary-General Antonio Guterres
        said.'"""
        s = self.sentences[q.sent]
        cues = [
            c
            for c in self.cues_in(s[3], s[4])
            if c.lemma is not None and c.subject is not None and c.subject.name is not None
        ]
        cue = cues[0] if len(cues) == 1 else _one_speaker_cue(cues, q.pair.open)
        if cue is None:
            return False
        same_cue = last is not None and last.sent == q.sent and last.cue is cue
        if len(cues) == 1 and self._quote_between(s[3], q.pair.open) and not same_cue:
            return False  # an earlier quotation of the sentence has its own attribution
        q.cue, q.ref, q.attribution = cue, cue.subject, "sentence_cue"
        return True

    def _speaker_subject(self, q: QuoteRecord) -> bool:
        """A short quote at most twenty words after the subject of its clause (no comma
        between) is the subject's word when the subject reports speech elsewhere in the
        article: 'He also drew attention to the "shocking" level of
        violence' after 'Pinheiro highlighted ..., which he said "may constitute ..."'; 'He
        attributed Tigray's growing vulnerability both to the federal government's "failure
        to honor" the accord'; 'Olivier Dussopt on Monday defended raising the minimum
        retirement age to 64 by 2030 as a necessary measure to achieve «balance in the
        system.»' (attribution ``speaker_subject``)."""
        ref = self._clause_subject(self.sentences[q.sent][3], q.pair.open)
        if ref is None or ref.actor is None or ref.end > q.pair.open:
            return False
        if glossed_word(self.text, q.pair.open):
            return False  # 'What he means by "this"': the word, not his speech
        between = self.text[ref.end : q.pair.open]
        if between.startswith(("'s", "’s")):
            return False  # "Dunmore's parliament passed a law ...": the name only modifies
        if re.search(r"[,;:()—–]", between) or len(WORD_RE.findall(between)) > 20:
            return False  # the quote is not in the subject's own clause
        if modifies_noun(between):
            return False  # "Lugovoi refusal is 'unacceptable'": the noun is the subject
        if expletive_it(self.text[ref.start : ref.end], between):
            return False  # "It comes as receptionists have been trained to be 'Q'": nobody
        if passive_before(between):
            return self._passive_agent_speaks(q)  # "Grayling had been accused of 'Q'"
        if not any(c.subject is not None and c.subject.actor is ref.actor for c in self.cues):
            return False
        q.cue, q.ref, q.attribution = None, ref, "speaker_subject"
        return True

    def _stance_object(self, q: QuoteRecord) -> bool:
        """A short quote that a verb of judging, praising, citing or speaking of takes as its
        object is the verb's subject's words (:func:`.stance_objects.stance_verb_before`:
        'Campaigners have lambasted the parliament’s “culture of impunity”', 'Shoukry spoke
        of “survival”'; attribution ``stance_subject``)."""
        s_start = self.sentences[q.sent][3]
        span = stance_verb_before(self.text[s_start : q.pair.open])
        if span is None:
            return False
        ref = self.subject_of_verb(s_start + span[0], s_start + span[1])
        if ref is None or ref.name is None:
            return False
        q.cue, q.ref, q.attribution = None, ref, STANCE_SUBJECT
        return True

    def _passive_agent_speaks(self, q: QuoteRecord) -> bool:
        """A short quote after a passive verb of its clause's subject is words about the
        subject, not by it: the agent after "by" says them when one is named ('Mr Grayling
        had been accused of "shirking the issue" by shadow transport secretary Andy
        McDonald', rail_fare_rise_grayling_itv; attribution ``evaluation_passive_agent``),
        else the next rule or the ranker decides."""
        agent = self._judged_by_agent(q)
        if agent is None:
            return False
        q.cue, q.ref, q.attribution = None, agent, "evaluation_passive_agent"
        return True


def _one_speaker_cue(cues: list, at: int):
    """Of several reporting verbs of one sentence that all have the same speaker, the last
    before ``at`` (else the first): 'Siphan accused Smith of being part of a "subversive
    movement", and said her comments "distort information"' (Siphan's words both)."""
    actors = {id(c.subject.actor) for c in cues}
    if len(actors) != 1 or cues[0].subject.actor is None:
        return None
    before = [c for c in cues if c.start < at]
    return before[-1] if before else cues[0]
