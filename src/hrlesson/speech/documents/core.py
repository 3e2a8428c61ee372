"""Documents as speakers: a report's words go to its author ("her report", "the resolution")."""

from __future__ import annotations

import itertools
from dataclasses import replace

from ...wordlists import word_set
from ..cues import CUE_FORMS
from ..records import Cue, SpeakerRef
from ..spokespeople.issued_documents import spokesperson_principal
from ..subjects.first_clauses import first_clause_subject
from ..subjects.interposed import only_time_words
from ..subjects.inversion import inverted_subject_follows
from ..tokens import Token
from ..vocabulary import DOCUMENT_NOUNS, is_umbrella_body
from .about import body_from, document_about
from .adoption import (
    adopted_in_body,
    adopting_body_known,
    adoption_by_before,
    drafters_after_adopter,
    meeting_adopted,
    members_body,
    organisation_between,
    voters_of_resolution,
)
from .authoring_verbs import ADOPTING_VERBS, AUTHORING_VERBS, authored_at
from .authors import generic_plural, reacted_to, said_in_plural
from .first_mentions import first_described
from .issuers import (
    described_possessor,
    earlier_indefinite,
    earlier_issuer,
    issued_in_clause,
    issuer_speaks_next,
    operative_clause_subject,
    possessive_before,
    relative_clause_speaker,
    unknown_acronym_issuer,
)
from .joint import joint_issuers
from .last_speaker import body_spoke_sentence_before, speaker_spoke_before, state_media_issuer
from .later_mentions import author_after_mention
from .lawsuits import LAWSUIT_NOUNS, PLAINTIFF_NOUNS, plaintiffs, plural_party
from .lead_issuers import lead_issuer
from .modified import body_noun_issuer, name_before_modifiers
from .news_pegs import lead_document_owner
from .pages import page_owner, platform_post, platform_poster
from .passive_authors import passive_author
from .plural_owners import plural_owner
from .pronoun import document_reports
from .quoted_predicate import subject_before_quote
from .recipients import own_people_body, release_body, sent_earlier
from .reporting_groups import body_reported_just_before, group_reported_before
from .rulings import RULING_NOUNS as _COURT_DOCUMENTS  # a court's words: the court's
from .rulings import panel_spoke_before
from .sole_bodies import sole_body_statement
from .subjects import owning_subject, passive_topic
from .unknown_authors import author_after_by
from .unnamed_issuers import issuer_label, unnamed_issuer
from .written_letters import letter_writer

#: Document nouns that stand for a resolution: its words belong to the body that adopted it.
_RESOLUTION_NOUNS = frozenset(["resolution", "motion", "decision", "text", "draft"])

#: Document nouns for the wording of whichever document was mentioned last.
_WORDING_NOUNS = frozenset(["text", "communication", "message", "document"])

#: What opens the document of "said in a statement", "in their report".
_SAID_IN_DETERMINERS = frozenset(["a", "an", "its", "their", "his", "her"])

#: Parts of a document ("the section on Turkey"): the document speaks.
_DOCUMENT_PARTS = word_set("document_parts")


class DocumentOwners:
    """Finds who owns a document mentioned as a speaker (a part of :class:`Attributor`)."""

    def _document(self, words: list[Token], i: int, at: int) -> SpeakerRef | None:
        noun = words[i].lower.rstrip("s")
        kind = document_kind(noun)
        # owner named in the phrase or an aside: "released by X", ", adopted by X,"
        words = words[: i + 1] + self._words_after_noun(words[i], at)
        adopted = kind == "resolution" and any(
            w.lower == "by" and v.lower in ADOPTING_VERBS for v, w in itertools.pairwise(words)
        )
        for j in range(i + 1, len(words) - 1):
            if adopted and words[j - 1].lower not in ADOPTING_VERBS:
                continue  # "drafted by X and adopted by the Assembly": the Assembly's
            if kind == "resolution" and drafters_after_adopter(self.docs.get(kind), words, j, i):
                continue  # the Council adopted it, "drafted by X": the Council's
            if authored_at(kind, words, j, i):
                last = before_on_behalf(words, j + 2)  # "read out by X on behalf of N"
                ref = self.resolve_span(words[j + 1].start, words[last].end, at)
                if ref is None:  # the reader is not a known actor: those it speaks for
                    ref = self.resolve_span(words[j + 1].start, words[-1].end, at)
                ref = ref or author_after_by(self, words, j)  # "by NASA", "by WaterNSW"
                ref = ref or plural_party(self, words[j + 1 : last + 1])  # "by the two companies"
                ref = ref or (unnamed_issuer(self, words[i]) if j == i + 1 else None)
                if ref is not None and kind in _COURT_DOCUMENTS and ref.actor is not None:
                    ref = self._court_of_judges(ref, at)
                if ref is not None:  # "issued by Ban's spokesman": Ban's
                    return spokesperson_principal(self, ref, at) or ref
        if (owner := self.owner_from(words, i)) is not None:
            return owner
        if (k := document_about(words, i)) is not None and (  # "the press release on the report"
            owner := self.docs.get(document_kind(words[k].lower.rstrip("s")))
        ) is not None:
            return owner
        poss = words[possessive_before(words, i)]  # "the ministry's written court submission"
        if i > 0 and (owner := described_possessor(self, poss, at) or plural_owner(words, i)):
            return owner  # "the minister's statement said"; "The administrators' report"
        if (owner := body_noun_issuer(self, words, i, at)) is not None:
            return owner  # "a company statement said": the company's; "a county statement"
        if noun in PLAINTIFF_NOUNS and (owner := plaintiffs(self, words[i])):
            return owner  # "have sued" ... "The filing continues"
        if kind == "lawsuit" and (owner := self.docs.get(kind)):
            return owner  # "filed their third complaint" ... "The lawsuit still claims"
        j = i - 1
        while (
            j >= 0
            and words[j].text.islower()
            and words[j].lower not in ("her", "his", "its", "their")
        ):
            j -= 1
        if j >= 0 and words[j].lower in ("her", "his", "its", "their"):
            return self._pronoun(words[j], at)
        if j >= 0 and i - j <= 3 and (body := self._body_before_noun(words, j, kind)):
            return body
        known = self.docs.get(kind)
        definite = i > 0 and words[i - 1].lower == "the"
        if known is None and noun in _WORDING_NOUNS and definite and self.last_doc is not None:
            # "the text said" after "a joint statement read out by X", "the communication
            # continued": the wording of the document last mentioned, whatever kind it is
            known = self.last_doc
        if known is not None:  # "A statement said" after another body spoke: that body's
            return body_reported_just_before(self, words, i) or known
        return self._unowned_document(words, i, kind, at)

    def _unowned_document(
        self, words: list[Token], i: int, kind: str, at: int
    ) -> SpeakerRef | None:
        """The author of the document ``words[i]`` that its phrase does not name: a court
        the article names, an author named next, the subject that issued it, the last
        speaker, or the document itself."""
        if kind in _COURT_DOCUMENTS:
            # '"...," the judgment read': the court's, when the article names a court
            before = [m for m in self.court_mentions() if m.start < at]
            if before:
                return SpeakerRef(before[-1].actor, None, before[-1].start, before[-1].end)
        author = (
            panel_spoke_before(self, words, i)  # "The stewards ... declared" ... "The verdict"
            or self._author_next_sentence(words[i])
            or subject_before_quote(self, words[i])  # 'X "calls on ...," said a statement'
            or issued_in_clause(self, words, i)  # "X issued a statement saying"
            or joint_issuers(self, words, i)  # "A and B jointly ...": "a joint statement"
            or voters_of_resolution(self, words[i], kind)  # "S voted on a resolution"
            or meeting_adopted(self, words, i, kind)  # "passed at the NAHT conference"
            or earlier_issuer(self, words[i])  # "X issued a statement" ... "the statement"
            or lead_issuer(self, words[i])  # the lead: "X has released a statement about"
            or sent_earlier(self, words[i])  # "documents issued to X" ... "the document"
            or letter_writer(self, words[i])  # "X has written to Y" ... "The letter said"
            or own_people_body(self, words, i, at)  # "A letter sent to members of the body"
            or platform_post(self, words, i)  # "the Facebook post": the page's document
            or state_media_issuer(self, words, i)  # "a statement read on national television"
            or (passive_author(self, words[i]) if i > 0 and words[i - 1].lower == "the" else None)
            or speaker_spoke_before(self, words, i)
        )
        author = author or first_described(self, words[i])  # "A report for X said" ... "the report"
        if author is None and kind != "report":  # "an official statement" ... "the statement"
            author = (
                earlier_indefinite(self, words[i])
                or speaker_spoke_before(self, words, i, states=True)
                or body_spoke_sentence_before(self, words, i)  # "X has called on" ... "A letter"
                or issuer_speaks_next(self, words, i)
                or group_reported_before(self, words, i)  # "Organizers said ..." ... "a statement"
                or sole_body_statement(self, words, i)  # the one body the article is about
            )
        return author or self._document_alone(words, i, kind)  # nobody named as its author

    def _inverted_issuer(self, cue: Cue) -> SpeakerRef | None:
        """``The decision was taken ... “unrelentingly”; Even if it is “slow”, ..., explained
        the technical director of the emergency plan, Miguel Angel Morquinde.``; ``Evacuation
        zone ‘still dangerous’ as eruption could happen with only minutes’ notice, warns civil
        defence official``: a person or body named after the verb, closing the sentence
        after a comma, speaks; the document before it is what they speak of."""
        s_start, s_end = self.sentences[cue.sent][3], self.sentences[cue.sent][4]
        kind = self.sentences[cue.sent][2]
        rest = [t for t in self.tokens[cue.tok + 1 :] if t.start < s_end]
        bare = kind in ("title", "heading")  # a headline drops the article
        if cue.passive or not inverted_subject_follows(self.text[s_start : cue.start], rest, bare):
            return None
        ref = self.phrase_after(cue.end, s_end, cue.start, inverted=True)
        if ref is None or ref.actor is None or ref.actor.kind not in _ISSUER_KINDS:
            return None
        return replace(ref, how=ref.how or "named after the verb, not the document before it")

    def _document_before(
        self, t: Token, plural: bool = False, opens: bool = True
    ) -> SpeakerRef | None:
        """``... the advisory ruling by the 15 judges concluded that ... . It also ruled
        that ...``: "It" opening a sentence (or not ``opens``: '"Q," it read.') right after
        one whose subject is a document is that document (its author speaks); so is a
        ``plural`` "They" whose author is a body ("A statement posted on the Little Stoke
        parkrun website yesterday revealed ...  They said: “Q”")."""
        s = t.sent
        if s == 0 or (opens and t.start != self.sentences[s][3]):
            return None
        p_start, p_end = self.sentences[s - 1][3], self.sentences[s - 1][4]
        words = [w for w in self.toks_between(p_start, p_end) if w.text[0].isalnum()]
        k = next((k for k, w in enumerate(words[:12]) if w.lower in DOCUMENT_NOUNS), None)
        # the subject: "the [advisory] ruling", after at most a fronted phrase ("While not
        # binding, the advisory ruling by the 15 judges concluded"; "A damning report by")
        dets = ("the", "its", "a", "an", "this")
        if k is None or not any(w.lower in dets for w in words[max(0, k - 4) : k]):
            return None
        if any(w.lower in CUE_FORMS for w in words[:k]):
            return None
        ref = self._document(words, k, p_end)
        if plural:  # the document opens the sentence: not "In the final communiqué, the bishops"
            opens = words[0].lower in dets and k <= 4
            return ref if opens and ref is not None and body_issuer(ref) else None
        if ref is not None and ref.actor is None and ref.label and document_reports(words, k):
            return ref  # "The lawsuit says ... It notes": the document, no author named
        return ref if ref is not None and ref.actor is not None else None

    def _document_part(self, words: list[Token], i: int) -> SpeakerRef | None:
        """``The section on Turkey directs attention to the "despotic" nature of the regime``
        after "a report released by RSF": a definite part of a document (section, chapter)
        is the document last mentioned, whose author speaks (not "Turkey")."""
        if words[i].lower not in _DOCUMENT_PARTS or i == 0 or self.last_doc is None:
            return None
        if words[i - 1].lower not in ("the", "its", "this", "that") or self.last_doc.actor is None:
            return None
        return SpeakerRef(self.last_doc.actor, None, words[i - 1].start, words[i].end)

    def _body_before_noun(self, words: list[Token], j: int, kind: str) -> SpeakerRef | None:
        """ "a UN statement", "the ministry's report": the body named before the noun at
        ``words[j]``; "the UN statement" after a statement already read is that one."""
        m = self.index.mention_starting(words[j].start)
        umbrella = m is not None and is_umbrella_body(m.actor.name)
        if umbrella and kind in self.docs and j > 0 and words[j - 1].lower == "the":
            return self.docs[kind]
        if m is None:  # "a KFOR statement": an acronym the index does not know
            return unknown_acronym_issuer(self, words, j, words[j].start) or (
                name_before_modifiers(self, words, j)  # "A Royal Caribbean news release"
            )
        if m.how == "demonym" and not words[j].poss:
            return None
        return None if kind == "report" and umbrella else SpeakerRef(m.actor, None, m.start, m.end)

    def _words_after_noun(self, noun: Token, at: int) -> list[Token]:
        """The words after a document noun up to the verb at ``at``; for an inverted verb
        ('"Q," reads a press release issued by X') or "according to" before the noun, up to
        the sentence's end."""
        if at > noun.start:
            return [t for t in self.toks_between(noun.end, at) if t.text[0].isalnum()]
        stop = self.sentences[noun.sent][4]
        if self.text[at:].lower().startswith("according"):
            # "according to a statement by X", but not past a comma ("according to the
            # statement, read out by Ambassador X": a reader, not the author)
            comma = self.text.find(",", noun.end, stop)
            stop = comma if comma != -1 else stop
        return [t for t in self.toks_between(noun.end, stop) if t.text[0].isalnum()]

    def _court_of_judges(self, ref: SpeakerRef, at: int) -> SpeakerRef:
        """``the advisory ruling by the 15 judges``: a court's judges rule as the court
        (the court the article names last before ``at``), not as a group of their own."""
        if ref.actor.kind not in ("group", "plural"):
            return ref
        before = [m for m in self.court_mentions() if m.start < at]
        return (
            SpeakerRef(before[-1].actor, None, before[-1].start, before[-1].end) if before else ref
        )

    def _author_next_sentence(self, noun: Token) -> SpeakerRef | None:
        """An author named next: "It was issued by X"; "The review, carried out by X"."""
        for s in range(noun.sent + 1, min(noun.sent + 5, len(self.sentences))):
            s_start, s_end = self.sentences[s][3], self.sentences[s][4]
            words = [t for t in self.toks_between(s_start, s_end) if t.text[0].isalnum()]
            if (by := author_after_mention(words, noun.lower)) is not None:
                return self.resolve_span(by.start, words[-1].end, by.start)
            lows = [w.lower for w in words[:5]]
            for k in range(1, 4):
                if (
                    k + 3 < len(words)
                    and lows[k] in ("was", "were")
                    and lows[k + 1] in AUTHORING_VERBS
                    and lows[k + 2] == "by"
                    and ((lows[:k] == ["it"] and s == noun.sent + 1) or lows[k - 1] == noun.lower)
                ):
                    return self.resolve_span(words[k + 3].start, words[-1].end, words[k + 3].start)
        return self._umbrella_group_next(noun)

    def _umbrella_group_next(self, noun: Token) -> SpeakerRef | None:
        """``The UN report, released on Wednesday, accuses X of having "Q".`` then ``The UN
        experts urged legal action ...``: a report of an umbrella body ("UN", "U.N.") is the
        body's members' who open the next sentence under the same name."""
        ti = self.index.token_index(noun.start)
        prev = self.tokens[ti - 1] if ti > 0 else None
        if prev is None or not is_umbrella_body(prev.text) or noun.sent + 1 >= len(self.sentences):
            return None
        s_start = self.sentences[noun.sent + 1][3]
        words = [t for t in self.toks_between(s_start, s_start + 40) if t.text[0].isalnum()]
        if len(words) < 3 or words[0].lower != "the" or words[1].text != prev.text:
            return None
        ref = self.resolve_span(words[1].start, words[min(4, len(words) - 1)].end, words[1].start)
        if ref is None or ref.actor is None or ref.actor.kind not in ("group", "organisation"):
            return None
        return (
            ref if ref.actor.name.split()[0] == prev.text and ref.actor.name != prev.text else None
        )

    def _said_in(self, words: list[Token], i: int, cues: list[Cue]) -> SpeakerRef | None:
        """``the ministry said in a statement published ...``: the speaker of the verb right
        before "in a statement" owns the statement."""
        # "in a statement", "in a video message": "in", an article, up to one modifier
        k = next((k for k in (i - 2, i - 3) if k >= 0 and words[k].lower == "in"), None)
        if said_in_plural(words, i):
            k = i - 1  # "the coalition noted in comments to the DOC"
        elif k is None or words[k + 1].lower not in _SAID_IN_DETERMINERS:
            return None
        cue = next((c for c in reversed(cues) if c.lemma and c.end <= words[k].start), None)
        if cue is None or cue.subject is None:
            return None
        # "it said today in a shareholders letter": a time phrase may stand between
        if not only_time_words(self.toks_between(cue.end, words[k].start)):
            return None
        return replace(cue.subject, how=cue.subject.how or "who said it in that document")

    def _owner_named_here(
        self, words: list[Token], i: int, kind: str, cues: list[Cue], span: tuple[int, int]
    ) -> SpeakerRef | None:
        """The owner of the document ``words[i]`` that its own sentence names: "the
        rapporteurs said in their statement, released by X" (the speakers own it, X
        published it)."""
        owner = (
            self._said_in(words, i, cues)
            or self._fronted_possessor(words, i, cues)
            or self.named_owner(words, i, kind, *span)
            or adopted_in_body(self, words, i, kind)
            or adoption_by_before(self, words, i, kind)
            or voters_of_resolution(self, words[i], kind)
            or self._subject_put_it_in(words, i, cues)
            or lead_document_owner(self, words, i)  # "The report released today"
        )
        owner = release_body(self, words, i, owner) or owner  # "X's economist Y said in"
        return platform_poster(owner, words, i, cues)  # "In a Facebook post, the department"

    def _register_documents(self, s_index: int, cues: list[Cue]) -> None:
        """Remember who owns a document mentioned here ("In a report ..., they said")."""
        s_start, s_end = self.sentences[s_index][3], self.sentences[s_index][4]
        for c in cues:
            if c.lemma and document_or_none(c.subject, self.text, s_start, c.start):
                # "The decision was taken ..., explained the director, X": X, not the decision
                c.subject = self._inverted_issuer(c) or c.subject
            if c.lemma and c.subject is None:  # "A new draft ... called for": its author
                c.subject = self._document_subject_of_cue(c)
            # "a claim that Riyadh described as", '. Calls all countries to "Q"'
            c.subject = relative_clause_speaker(self, c) or c.subject
            c.subject = operative_clause_subject(self, c) or c.subject
        words = [t for t in self.toks_between(s_start, s_end) if t.text[0].isalnum()]
        for i, t in enumerate(words):
            if t.lower not in DOCUMENT_NOUNS or generic_plural(words, i) or passive_topic(words, i):
                continue  # "X was also cited in the report": what it speaks of, not its owner
            noun = t.lower.rstrip("s")
            kind = document_kind(noun)
            if (paged := page_owner(self, words, i, t.start)) is not None:
                self.docs[kind] = self.last_doc = paged  # "a statement of their website"
                continue
            owner = self._owner_named_here(words, i, kind, cues, (s_start, s_end))
            reacted = any(c.lemma and c.end <= t.start for c in cues) or reacted_to(words, i)
            if owner is None and reacted:
                # "S said the report was ...", "S rejected the findings", "S lashed out ...
                # for a report": S speaks about the document; S does not own it, the body
                # it is "from" does ("In response to the report from the Commission, Musk")
                if (owner := body_from(self.owner_from(words, i))) is None:
                    continue
            elif owner is None:  # "Workers showed a statement from the ILA": the ILA's
                subj = self.owner_from(words, i) or owning_subject(words, i, cues)
                if subj is not None:
                    owner = subj
                else:
                    owner = first_clause_subject(self.index, self.toks_between(s_start, t.start))
                if kind == "report" and owner and body_wrote_it(self.docs.get(kind), owner):
                    continue
            if owner is None or (owner.actor is None and not issuer_label(owner)):
                continue
            if owner.actor is None:  # "A statement issued later by BNSF": no actor, its name
                self.docs[kind] = self.last_doc = owner
                continue
            if kind == "report" and is_umbrella_body(owner.actor.name):
                continue  # "according to the U.N. report": written by a body named elsewhere
            if kind == "resolution" and owner.actor.kind == "group":  # "143 members of the
                body = organisation_between(self, s_start, t.start)  # UNGA voted for it"
                owner = body or members_body(self, owner) or owner
            if (
                kind == "resolution"
                and owner.actor.kind in ("state", "person", "group")
                and kind in self.docs
            ):
                continue  # a sponsor or the voters, not the body that adopted the text
            if adopting_body_known(self.docs.get(kind), owner):
                continue
            if kind == "report" and owner.actor.kind == "person":
                owner = self._known_office_report() or owner  # "by the High Commissioner"
            self.docs[kind] = owner
            self.last_doc = owner


def before_on_behalf(words: list[Token], start: int) -> int:
    """The index of the last word before "on behalf" from ``words[start]`` on, else of the
    last word: "read out by X on behalf of N countries": the author is X, who speaks.

    >>> from hrlesson.speech.tokens import tokenize
    >>> before_on_behalf(tokenize("read out by Ireland on behalf of 40 states", [0]), 4)
    3
    >>> before_on_behalf(tokenize("issued by the ministry", [0]), 3)
    3
    """
    return next(
        (
            k - 1
            for k in range(start, len(words) - 1)
            if words[k].lower == "on" and words[k + 1].lower == "behalf"
        ),
        len(words) - 1,
    )


#: Kinds of actor that speak for a document they issued or describe.
_ISSUER_KINDS = ("person", "organisation", "group")


def body_issuer(ref: SpeakerRef) -> bool:
    """``ref`` is a body that issued a document, known to the index or named by a label
    in the document's phrase, no person: what a "They" after the document may mean.

    >>> from .unnamed_issuers import ISSUED
    >>> body_issuer(SpeakerRef(None, "Little Stoke parkrun", 0, 20, how=ISSUED))
    True
    >>> body_issuer(SpeakerRef(None, "statement", 0, 9))
    False
    """
    if ref.actor is None:
        return issuer_label(ref)
    return ref.actor.kind in ("organisation", "group")


def document_or_none(ref: SpeakerRef | None, text: str, s_start: int, at: int) -> bool:
    """A reporting verb at ``at`` whose subject is none or a document nobody is named as
    issuing ("notice", "decision"), in a sentence that names a document before the verb.

    >>> document_or_none(SpeakerRef(None, "notice", 60, 66), "with minutes' notice, warns", 0, 21)
    True
    >>> document_or_none(None, "It is slow, explained", 0, 12)
    False
    """
    if ref is not None and (ref.actor is not None or not ref.label):
        return False
    if ref is not None:
        return ref.label.split()[-1].lower() in DOCUMENT_NOUNS
    before = text[s_start:at].lower().replace(",", " ").split()
    return any(w in DOCUMENT_NOUNS for w in before)


#: Document nouns for one kind, a statement ("the communique" after "a statement").
_STATEMENT_NOUNS = frozenset(["statement", "communique", "communiqué", "release"])


def document_kind(noun: str) -> str:
    """The kind of document a noun (plural ``s`` dropped) names: a resolution's nouns are
    one kind, so are a statement's ("issued an official statement ... “Q,” read the
    communique": the same document).

    >>> document_kind("communiqué"), document_kind("draft"), document_kind("report")
    ('statement', 'resolution', 'report')
    """
    if noun in _RESOLUTION_NOUNS:
        return "resolution"
    if noun in LAWSUIT_NOUNS:
        return "lawsuit"
    return "statement" if noun in _STATEMENT_NOUNS else noun


def body_wrote_it(known: SpeakerRef | None, owner: SpeakerRef) -> bool:
    """A report already known as a body's, then "the team of A, B and C published a
    report": the persons are the body's members; the report stays the body's ("a recent
    report by the Fact-Finding Mission" ... "the team of Marta Valiñas, Francisco Cox and
    Patricia Tappatá published a report" ... "The text claimed": the Mission's). Only
    for reports: a minister issues the government's statement in her own name."""
    return (
        known is not None
        and known.actor is not None
        and known.actor.kind in ("organisation", "group")
        and owner.actor is not None
        and owner.actor.kind == "person"
    )
