"""Subjects written after their verb: '"Q," said the envoy', "according to X", "was
signed by X", "X cited her as saying" (her), '"Q," BelTA quotes the ministry'; a person
named in apposition after the description ("said the special rapporteur, Ines Moreau")."""

from __future__ import annotations

from itertools import dropwhile

from ..agents import opens_reported_words
from ..apposed_names import other_person_named
from ..cues import CUE_FORMS
from ..frames import by_rule
from ..name_glosses import without_name_glosses
from ..place_modifiers import name_after_place_description
from ..records import Cue, SpeakerRef
from ..tokens import Token
from ..vocabulary import DETERMINERS, DOCUMENT_NOUNS, HONORIFICS, TITLE_HEADS
from .adjuncts import quote_closes_adjunct
from .apposed_officers import APPOSED_OFFICER, final_apposed_officer
from .cited_speakers import cited_object, marked_cited_before
from .counted_one import counted_one_subject, counted_speaker
from .described_names import described_name_ref
from .inversion import titled_after_dash
from .possessed_sources import owner_outranks, possessed_source_owner
from .renamed_people import renamed_officeholder, renamed_person
from .spans import ends_inverted_subject
from .unindexed_names import apposed_unindexed_name, lone_unindexed_name, unindexed_name_ref
from .unnamed_people import unnamed_person_ref
from .written_names import written_body_after_verb


def initial_stop(text: str, words: list[Token], t: Token, nxt: Token | None) -> bool:
    """The full stop ``t`` closes an initial inside a name, not the phrase: it is glued to a
    one-letter capital, the last of ``words``, and one space sets it off from the
    capitalised word ``nxt`` that goes on with the name (ntsb_dc_midair_crash_todd_inman_ballyhoo).

    >>> from hrlesson.speech.tokens import tokenize
    >>> s = "said NTSB board member J. Todd Inman, who"
    >>> toks = tokenize(s, [0])
    >>> initial_stop(s, toks[1:5], toks[5], toks[6])
    True
    >>> s = "said NTSB board member Inman. Later"
    >>> toks = tokenize(s, [0])
    >>> initial_stop(s, toks[1:5], toks[5], toks[6])
    False
    """
    if t.text != "." or not words or nxt is None:
        return False
    last = words[-1]
    return (
        len(last.text) == 1
        and last.text.isupper()
        and last.text != "I"
        and last.end == t.start
        and nxt.cap
        and nxt.text[0].isalpha()
        and text[t.end : nxt.start] == " "
    )


def stop_inside_name(text: str, words: list[Token], toks: list[Token], n: int) -> bool:
    """``toks[n]`` is a full stop that ends no phrase after ``words``: a title's
    abbreviation ("said Prof. Odhiambo") or an initial (:func:`initial_stop`)."""
    t = toks[n]
    if t.text == "." and words and words[-1].lower in HONORIFICS and t.start == words[-1].end:
        return True
    return initial_stop(text, words, t, toks[n + 1] if n + 1 < len(toks) else None)


class PostposedSubjects:
    """The subject after a reporting verb (a part of :class:`Attributor`)."""

    def speaker_after_cue(self, cue: Cue, s_end: int) -> tuple[bool, SpeakerRef | None]:
        """The speaker after the cue: "according to X", "said by X", "X cited her as saying"
        (her), '"Q," BelTA quotes the ministry'; ``(False, None)`` if no such frame."""
        if cue.lemma is None:  # according to X
            ref = self.phrase_after(cue.end, s_end, cue.start)
            owner = possessed_source_owner(self.text, self.toks_between(cue.end, s_end))
            return True, owner if owner_outranks(owner, ref, self.text) else ref
        if cue.passive:
            by = self.index.token_index(cue.end)
            return True, self.phrase_after(self.tokens[by].end, s_end, cue.start)
        if (
            cue.lemma in ("cite", "quote")
            and (cited := cited_object(self.tokens, cue.tok)) is not None
        ):
            return True, self.resolve_span(*cited, cue.start)
        if cue.lemma == "quote":  # the one quoted speaks
            return True, self.phrase_after(cue.end, s_end, cue.start)
        return False, None

    def marked_cited_subject(self, cue: Cue) -> SpeakerRef | None:
        """The one a quoting verb cites in quotation marks before "as saying" speaks, as
        written, not the outlet that quotes (page trophy_ban_defra_spokesperson_shootingtimes:
        ``the Daily Telegraph quoted a ‘source close to the Prime Minister’ as saying``: "a
        source close to the Prime Minister"); None for any other frame."""
        if cue.form.lower() != "saying" or cue.tok < 1 or self.tokens[cue.tok - 1].lower != "as":
            return None
        if (cited := marked_cited_before(self.tokens, cue.tok)) is None:
            return None
        ref = self.resolve_span(*cited, cue.start)
        if ref is None:
            label = "".join(c for c in self.text[cited[0] : cited[1]] if c not in "‘’“”'\"")
            ref = SpeakerRef(None, label, *cited, True)
        return by_rule(ref, "the one a quoting verb cites in quotation marks as saying")

    def phrase_after(
        self, start: int, s_end: int, at: int, inverted: bool = False, skip_to_comma: bool = False
    ) -> SpeakerRef | None:
        """The speaker the phrase from ``start`` names, read up to a punctuation mark, a
        quotation or a verb before the sentence's end ``s_end`` (``at``: where the speaker is
        wanted): "according to the envoy, ..."; ``inverted`` for a subject after its verb
        ('"Q," said O'Brien.'; one counted out of a crowd as the text counts it,
        :mod:`.counted_one`: '"Where is the phone?" said another.'), ``skip_to_comma`` past
        what a fronted participle reports ('Citing "Q", an independent expert said')."""
        if inverted and (named := self._named_after_verb(start, s_end)) is not None:
            return named  # "said a woman who gave her name only as Fatima"
        toks = self.toks_between(start, s_end)
        if skip_to_comma:
            for i, t in enumerate(toks):
                if t.text == ",":
                    toks = toks[i + 1 :]
                    break
                if i and quote_closes_adjunct(self.text[toks[i - 1].end : t.start]):
                    toks = toks[i:]  # 'Characterizing it as "Q," Mr. Tory alluded'
                    break
        toks = without_name_glosses(list(dropwhile(lambda t: not t.text[0].isalnum(), toks)))
        words: list[Token] = []
        for n, t in enumerate(toks):
            if stop_inside_name(self.text, words, toks, n):
                continue  # "said Prof. Odhiambo", "said NTSB board member J. Todd Inman"
            if inverted and (m := titled_after_dash(self.index, toks, n)) is not None:
                ref = SpeakerRef(m.actor, None, m.start, m.end)  # "AP Moller – Maersk COO X"
                return by_rule(ref, "the titled name after a dash in a company's name")
            if t.text in ",.;:!?()—–" or self.quote_at(t.start) is not None:
                if t.text == "," and words and n + 1 < len(toks):
                    apposed = self._apposed_person(toks, n + 1, words)
                    if apposed is not None:
                        return apposed
                break
            if inverted and ends_inverted_subject(t, words, self._cap_next):
                break
            if words and t.lower in ("if", "whether"):
                break  # "asked by the BBC's Adam Fleming if ...": the question follows
            if opens_reported_words(t, words):
                break  # "told by the curator that she is", "described by critics as"
            if (
                words
                and t.text.islower()
                and t.lower in CUE_FORMS
                and t.lower not in DOCUMENT_NOUNS  # "according to the U.N. report"
                and words[-1].lower not in DETERMINERS
                and not words[-1].poss
            ):
                break
            words.append(t)
        if not words:
            return None
        ref = renamed_officeholder(self, words, at)  # or the phrase resolved
        if inverted and (counted := counted_one_subject(words)) is not None:
            return counted_speaker(ref, counted)  # '"Where is the phone?" said another.'
        if ref is None and inverted:  # "said a 35-year-old Nepalese worker and father-of-..."
            return self._unheld_inverted_subject(words)
        return ref

    def _named_after_verb(self, start: int, s_end: int) -> SpeakerRef | None:
        """A person the words after an inverted verb name outright: a given name ("said a
        woman who gave her name only as Fatima") or an officer in apposition closing the
        sentence (:mod:`.apposed_officers`: "warned WFP Country Director in Chad, X")."""
        if (named := self._given_name(start, s_end)) is not None:
            return named
        officer = final_apposed_officer(self.index, self.toks_between(start, s_end))
        if officer is None:
            return None
        ref = SpeakerRef(officer.actor, None, officer.start, officer.end)
        return by_rule(ref, APPOSED_OFFICER)

    def _unheld_inverted_subject(self, words: list[Token]) -> SpeakerRef | None:
        """An inverted subject no actor holds: a person only described ("said a
        35-year-old Nepalese worker"), a person's name as written ('"Q," said A
        Bhattacharya') or "the" and a body's name ('"Q," giggled the Financial Times.')."""
        described = unnamed_person_ref(self.text, words) or renamed_person(self, words)
        if described is not None:
            return described
        named = described_name_ref(self.index, self.text, words)  # "a discontented X Y"
        if named is not None:
            return named
        written = unindexed_name_ref(self.text, words)  # a person's name, no "the"
        written = written or lone_unindexed_name(self.text, words)  # "says Turnbull,"
        return written or written_body_after_verb(self.text, words, self.index.actors)

    def _apposed_person(self, toks: list[Token], a: int, words: list[Token]) -> SpeakerRef | None:
        """``said the special rapporteur, Ines Moreau``: the person named in apposition;
        ``words`` (the description before the comma) become that person's description. A
        document is nobody's apposition ("according to a report from Copenhagen, Princess
        Anne plans": the report speaks)."""
        if any(w.lower in DOCUMENT_NOUNS for w in words):
            return None  # "according to a dispatch from Copenhagen, Princess Anne plans"
        if toks[a].lower in HONORIFICS and a + 1 < len(toks):
            # "the Commissioner for Information, Mrs. Folake Ibironke,"
            a += 2 if toks[a + 1].text == "." and a + 2 < len(toks) else 1
        while a + 1 < len(toks) and toks[a].cap and toks[a].lower in TITLE_HEADS:
            a += 1  # "said the Council President ..., Ambassador Thomas-Greenfield"
        placed = name_after_place_description(toks, a)  # "said Wichita Falls, Texas farmer X"
        m = self.index.mention_starting(toks[placed or a].start)
        if m is None:  # "asks the old bookie, George, five years the elder"
            return apposed_unindexed_name(self.text, toks, placed or a, words)
        if m.actor.kind != "person" or (
            not placed and other_person_named(self.index, words, m.actor)
        ):
            return None  # "According to Amorim, President Lula has been informed": Amorim
        if not self._names_person(words):
            self._describe(m.actor, words)
        return SpeakerRef(m.actor, None, m.start, m.end)
