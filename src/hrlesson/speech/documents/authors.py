"""Documents whose words stand in a sentence with no reporting verb: whose words they are.

"In a new report published by the office, security services “systematically engaged” in
violations" (the report's finding), "The document recognized “the importance of ...”",
"The communique included a prominent reference to “...”": the quoted words are the
document's, so they go to its author (:meth:`DocumentOwners._document` finds who that is).
"""

from __future__ import annotations

import re
from dataclasses import replace

from ...wordlists import word_set
from ..cues import CUE_FORMS
from ..labels.quoted_predicates import opens_with_verb
from ..place_modifiers import place_after_place
from ..records import Cue, SpeakerRef
from ..tokens import Token
from ..vocabulary import CONJUNCTIONS, DOCUMENT_NOUNS, FINITE_VERBS, PREPOSITIONS
from .authoring_verbs import AUTHORING_VERBS
from .frame_subjects import (
    after_fronted_time,
    fronted_group,
    subject_in_frame,
    verb_subject_after,
)
from .later_authors import author_by_later, body_before_noun_later, named_research_author
from .placing_phrases import with_placing

#: Words that open a document's noun phrase: "the report", "a new draft", "its statement".
_DETERMINERS = frozenset(["the", "a", "an", "its", "their", "this", "that"])

#: Verbs that describe a document rather than quote it ('The decision was "inapplicable"').
_COPULAS = frozenset(["is", "was", "are", "were", "be", "been", "seems", "seemed", "remains"])

#: A clause that opens with "it", after at most one fronted word ("Instead, it listed").
_IT_OPENS = re.compile(r"(?:[A-Z][a-z]+,\s+)?[Ii]t\s+[a-z]+ed\b")
#: "report of" anywhere in the text: the test before the office-report scan reads every sentence.
_REPORT_OF = re.compile(r"\b[Rr]eport\s+of\b")

#: Closing quotation marks, then a comma: an inverted reporting verb follows.
_CLOSING_MARKS = (",\u201d", ',"', ",\u2019", ",'", "\u201d,", '",')

#: Parts of a document, and passages taken from it ("an excerpt from the statement").
_DOCUMENT_PARTS = word_set("document_parts")

#: After a document noun, words that start no verb of its own ("The report on “Q”").
_NOT_DOCUMENT_VERBS = _COPULAS | PREPOSITIONS

#: At most this many words between the determiner and the document noun ("a new 45-page").
_MAX_MODIFIERS = 3


def document_phrase_at(words: list[Token], i: int) -> int | None:
    """Index of the document noun of a noun phrase that starts at ``words[i]`` with a
    determiner ("The communique", "A new draft", "the 45-page report"), else None.

    >>> from hrlesson.speech.tokens import tokenize
    >>> ws = [t for t in tokenize("A new draft released on Monday", [0]) if t.text[0].isalnum()]
    >>> document_phrase_at(ws, 0)
    2
    >>> document_phrase_at(ws, 1) is None
    True
    >>> document_phrase_at(tokenize("The union had message boards", [0]), 0) is None
    True
    """
    if i >= len(words) or words[i].lower not in _DETERMINERS:
        return None
    for k in range(i + 1, min(i + 2 + _MAX_MODIFIERS, len(words))):
        if words[k].lower in DOCUMENT_NOUNS:
            return k
        if not words[k].text.islower() and not words[k].text[0].isdigit():
            return None  # "the UN report" is the umbrella body's: its own rules read it
        if words[k].lower in FINITE_VERBS:
            return None  # "The union had message boards": a clause, not a document's name
    return None


def frame_document(words: list[Token]) -> int | None:
    """Index of the document noun of a sentence that opens "In a report ..., ...", the
    report in whose words the rest of the sentence is told, else None.

    >>> from hrlesson.speech.tokens import tokenize
    >>> s = "In a new report published by the office, services engaged in violations"
    >>> ws = [t for t in tokenize(s, [0]) if t.text[0].isalnum()]
    >>> frame_document(ws)
    3
    """
    if len(words) < 3 or words[0].lower != "in":
        return None
    return document_phrase_at(words, 1)


def document_name_start(words: list[Token], i: int) -> int:
    """Where the name of the document ``words[i]`` starts after its determiner: "a new
    draft" is the "new draft"; at most three lower-case modifiers, no number, no
    possessive among them ("The country's inter-agency needs assessment report": after a
    possessive that names no owner, the "inter-agency needs assessment report").

    >>> from hrlesson.speech.tokens import tokenize
    >>> ws = [t for t in tokenize("A new draft released on Monday", [0]) if t.text[0].isalnum()]
    >>> " ".join(w.text for w in ws[document_name_start(ws, 2) : 3])
    'new draft'
    """
    k = i
    while (
        k > 0
        and i - k < 3
        and words[k - 1].text.islower()
        and words[k - 1].lower not in _DETERMINERS
        and words[k - 1].lower not in PREPOSITIONS
        and not words[k - 1].poss
        and not any(ch.isdigit() for ch in words[k - 1].text)
    ):
        k -= 1
    opened = k > 0 and (words[k - 1].lower in _DETERMINERS or words[k - 1].poss)
    return k if k == i or opened else i


def document_itself(words: list[Token], i: int) -> SpeakerRef:
    """The document ``words[i]`` as its own speaker, named as the text names it after its
    determiner (nobody is named as its author): "A new draft ... called for" is the
    "new draft"'s; one from a place is named with it ("a dispatch from Copenhagen").

    >>> from hrlesson.speech.tokens import tokenize
    >>> ws = [t for t in tokenize("A new draft released on Monday", [0]) if t.text[0].isalnum()]
    >>> document_itself(ws, 2).label
    'new draft'
    """
    first = document_name_start(words, i)
    label = " ".join(w.text for w in words[first:i]) + (" " if first < i else "")
    label, end = label + words[i].lower, words[i].end
    if (place := place_after_from(words, i)) is not None:  # "a dispatch from Copenhagen"
        label, end = f"{label} from {' '.join(w.text for w in place)}", place[-1].end
    return SpeakerRef(None, label, words[first].start, end)


def place_after_from(words: list[Token], i: int) -> list[Token] | None:
    """The capitalised words of a place after "from" right after the document noun
    ``words[i]``, which say where an unowned document was written and name it ("according
    to a dispatch from Copenhagen"), else None.

    >>> from hrlesson.speech.tokens import tokenize
    >>> ws = tokenize("according to a dispatch from New York", [0])
    >>> [w.text for w in place_after_from(ws, 3)]
    ['New', 'York']
    >>> place_after_from(tokenize("a dispatch from the capital", [0]), 1) is None
    True
    """
    if i + 2 >= len(words) or words[i + 1].lower != "from" or not words[i + 2].cap:
        return None
    k = i + 2
    while k + 1 < len(words) and words[k + 1].cap and k - i < 4:
        k += 1
    return words[i + 2 : k + 1]


def capitalised_name(words: list[Token], i: int) -> SpeakerRef | None:
    """The name of two or more capitalised words at ``words[i]`` (after "the"), as a label:
    a body the actor index does not know.

    >>> from hrlesson.speech.tokens import tokenize
    >>> s = "by the Integrated Food Security Phase Classification (IPC) showed"
    >>> ws = [t for t in tokenize(s, [0]) if t.text[0].isalnum()]
    >>> capitalised_name(ws, 1).label
    'Integrated Food Security Phase Classification'
    """
    i += i < len(words) and words[i].lower == "the"
    k = i
    while k < len(words) and words[k].cap and not words[k].text.isupper():
        k += 1
    if k - i < 2:
        return None
    return SpeakerRef(None, " ".join(w.text for w in words[i:k]), words[i].start, words[k - 1].end)


def generic_plural(words: list[Token], i: int) -> bool:
    """``responded to reports by organisations``: a plural document noun with no
    determiner or number before it names documents in general, no one document.

    >>> from hrlesson.speech.tokens import tokenize
    >>> ws = [t for t in tokenize("responded to reports by organisations", [0])]
    >>> generic_plural(ws, 2), generic_plural([t for t in tokenize("the reports", [0])], 1)
    (True, False)
    """
    t = words[i]
    if not t.lower.endswith("s") or t.lower.endswith("ss") or i == 0:
        return False
    before = words[i - 1]
    if said_in_plural(words, i):
        return False  # "the coalition noted in comments to the DOC": its own comments
    return before.text.islower() and before.lower not in _DETERMINERS | _PLURAL_DETERMINERS


def said_in_plural(words: list[Token], i: int) -> bool:
    """``the agriculture coalition noted in comments to the DOC``: a plural document noun
    ``words[i]`` right after a reporting verb and "in" is the verb's subject's own
    document, no documents in general.

    >>> from hrlesson.speech.tokens import tokenize
    >>> ws = tokenize("the coalition noted in comments to the DOC", [0])
    >>> said_in_plural(ws, 4), said_in_plural(tokenize("responded in comments", [0]), 1)
    (True, False)
    """
    return i >= 2 and words[i - 1].lower == "in" and words[i - 2].lower in CUE_FORMS


#: Words before a plural that make it some documents in particular ("two reports").
_PLURAL_DETERMINERS = frozenset(["these", "those", "two", "three", "both", "his", "her", "our"])


#: Prepositions before a document that a subject reacts to, not writes ("for a report").
_REACTION_PREPOSITIONS = frozenset(["for", "over", "against", "at", "about", "to"])


def reacted_to(words: list[Token], i: int) -> bool:
    """``lashed out at the comments of an NGO, this time for a report on ...``,
    ``protested against the resolution``: the document ``words[i]`` follows a preposition
    of reacting, so the sentence's subject reacts to it and does not own it.

    >>> from hrlesson.speech.tokens import tokenize
    >>> ws = [t for t in tokenize("this time for a new report on", [0]) if t.text[0].isalnum()]
    >>> reacted_to(ws, 5), reacted_to(ws[3:], 2)
    (True, False)
    """
    k = i - 1
    while k >= 0 and i - k <= 1 + _MAX_MODIFIERS and words[k].lower not in _DETERMINERS:
        k -= 1
    if k <= 0 or words[k].lower not in _DETERMINERS:
        return False
    according = k > 1 and words[k - 2].lower == "according"  # "according to the text"
    return words[k - 1].lower in _REACTION_PREPOSITIONS and not according


def clause_document(words: list[Token]) -> int | None:
    """Index of the document noun that is the subject of the sentence's first clause
    ("The communique included ...", "Yet the draft listed ..."), else None.

    >>> from hrlesson.speech.tokens import tokenize
    >>> s = "The communique included a reference to trade"
    >>> ws = [t for t in tokenize(s, [0]) if t.text[0].isalnum()]
    >>> clause_document(ws)
    1
    """
    i = 0
    while i < len(words) and words[i].lower in CONJUNCTIONS and words[i].lower not in PREPOSITIONS:
        i += 1
    return document_phrase_at(words, i)


def by_document(ref: SpeakerRef) -> SpeakerRef:
    """``ref``, with the evidence that it speaks as a document's author (or as the
    document itself, when nobody is named as its author).

    >>> by_document(SpeakerRef(None, "communique", 4, 14)).how
    'the document speaks'
    """
    if ref.how:
        return ref
    return replace(ref, how="the document's author" if ref.actor else "the document speaks")


def quoted_verb_of(words: list[Token], k: int, quote: str) -> bool:
    """The quote comes right after the document noun ``words[k]``, a singular one, and opens
    with its verb: 'The resolution "underscores the need to reach ... peace"'."""
    return k + 1 == len(words) and not words[k].lower.endswith("s") and opens_with_verb(quote)


class DocumentQuoteRules:
    """Attribution rules for quotes a document says with no reporting verb (a part of
    :class:`Attributor`, tried after "according to")."""

    def rule_document_frame(self, w) -> bool:
        """``In a new report published by the Geneva-based office, security services
        “systematically engaged” in violations``: a sentence told "in a report" with no
        speaker of its own is the report's; its author speaks (attribution
        ``document_frame``)."""
        if any(c.subject is not None for c in w.cues_before):
            return False
        words = self._words_before(w.s_start, w.quote.pair.open)
        k = frame_document(words)
        comma = self.text.find(",", words[k].end, w.quote.pair.open) if k is not None else -1
        if comma == -1:
            return False  # the frame ends at its comma: "In a report by X, ..."
        words = [t for t in words if t.end <= comma]
        if (subj := subject_in_frame(self, words, k)) is not None:  # no comma after the frame
            q = w.quote
            q.cue = w.cues_before[-1] if w.cues_before else None
            q.ref, q.attribution = subj, "document_frame"
            return True
        return self._give_to_document(w, words, k, "document_frame", comma)

    def rule_document_subject(self, w) -> bool:
        """``The communique included a prominent reference to “frequent extreme weather
        events”``: a quote in a clause whose subject is a document, with no speaker in the
        sentence, is the document's (attribution ``document_subject``); so is one in a
        clause whose subject is "it" right after a sentence whose subject is a document
        ("The new draft, published by X, proposed ... . Instead, it listed eight options
        ..., including: “Q”")."""
        if any(c.subject is not None for c in w.cues_before + w.cues_after):
            return False
        words = self._words_before(w.s_start, w.quote.pair.open)
        k = clause_document(words)
        if k is None and (by := self._published_by(words)) is not None:
            w.quote.cue, w.quote.ref, w.quote.attribution = None, by, "document_subject"
            return True
        if k is None and (found := self._document_it_stands_for(w)) is not None:
            words, k = found
        elif k is None or (
            not quoted_verb_of(words, k, w.quote.text)
            and (k + 1 >= len(words) or words[k + 1].lower in _NOT_DOCUMENT_VERBS)
        ):
            return False  # the quote follows the document's verb; "was “Q”" describes it
        return self._give_to_document(w, words, k, "document_subject")

    def _published_by(self, words: list[Token]) -> SpeakerRef | None:
        """``Statistics published on Tuesday by the Integrated Food Security Phase
        Classification (IPC) showed that ... “Q”``: a sentence whose subject is something
        published (released, issued) by X gives its quoted words to X."""
        if not words or not words[0].cap:
            return None
        m = next(
            (m for m in range(1, 4) if m < len(words) and words[m].lower in AUTHORING_VERBS), None
        )
        if m is None or words[0].lower in PREPOSITIONS or words[0].lower in CONJUNCTIONS:
            return None
        j = next(
            (j for j in range(m + 1, min(m + 5, len(words) - 1)) if words[j].lower == "by"), None
        )
        if j is None:
            return None
        ref = self.resolve_span(
            words[j + 1].start, words[min(j + 8, len(words) - 1)].end, words[0].start
        )
        if ref is None:
            ref = capitalised_name(words, j + 1)
        elif ref.actor is None or ref.actor.kind not in ("organisation", "group"):
            return None
        return replace(ref, how="it published what the sentence is about") if ref else None

    def _document_it_stands_for(self, w) -> tuple[list[Token], int] | None:
        """The words of the sentence before and the index of its subject's document noun,
        when the quote's clause opens with "it" (after at most one fronted word and a
        comma: "Instead, it listed") and the sentence before has a document as subject."""
        if not _IT_OPENS.match(self.text[w.s_start : w.quote.pair.open]):
            return None
        s = self.sent_of(w.s_start)
        if s == 0:
            return None
        words = self._words_before(self.sentences[s - 1][3], self.sentences[s - 1][4])
        k = clause_document(words)
        return (words, k) if k is not None else None

    def _document_subject_of_cue(self, cue: Cue) -> SpeakerRef | None:
        """``A new draft released on Monday of what's known as the global stocktake — ... —
        called for countries to reduce "Q"``: a reporting verb left with no subject, in a
        sentence that opens with a document as its subject, has the document's author."""
        s_start = self.sentences[cue.sent][3]
        words = self._words_before(s_start, cue.start)
        if self.text[s_start : cue.start].rstrip().endswith(_CLOSING_MARKS):
            return self._document_after_cue(cue)  # '"Q," reads an excerpt from the statement'
        k = clause_document(words)
        if k is None or k + 1 >= len(words) or words[-1].lower in PREPOSITIONS | _DETERMINERS:
            return None  # "over reports of evictions": a noun, not the document's verb
        if self._quotes_after(words[k].end, cue.start):
            return None  # the document's verb came before a quote: this is another clause
        ref = self._document(words, k, cue.start)
        return by_document(ref) if ref is not None else None

    def _document_after_cue(self, cue: Cue) -> SpeakerRef | None:
        """``"Q," reads an excerpt from the statement``: an inverted reporting verb whose
        subject is a document, or a part of one ("an excerpt from", "a passage of"), has
        the document's author."""
        words = self._words_before(cue.end, self.sentences[cue.sent][4])[:6]
        k = document_phrase_at(words, 0)
        part = len(words) > 3 and words[1].lower in _DOCUMENT_PARTS
        if k is None and part and words[2].lower in ("from", "of", "in"):
            k = document_phrase_at(words, 3)
        if k is None:
            return None
        ref = self._document(words, k, cue.start)
        return by_document(ref) if ref is not None else None

    def _subject_put_it_in(self, words: list[Token], i: int, cues: list[Cue]) -> SpeakerRef | None:
        """``The Group of 20 finance ministers committed to cooperation in a communique
        adopted on Friday``: the subject of a clause that did something "in a communique"
        (no reporting verb before it) owns the document ``words[i]``; so does the subject
        after a fronted one: ``In its recent resolution, the UN Human Rights Council
        remains critical of ...``."""
        k = next((k for k in (i - 2, i - 3, i - 4) if k >= 0 and words[k].lower == "in"), None)
        if k is None or words[k + 1].lower not in ("a", "an", "its", "their"):
            return None
        if any(c.start < words[k].start for c in cues):
            return None  # "S said in a statement": the verb's own rules
        s_start, s_end = self.sentences[words[i].sent][3], self.sentences[words[i].sent][4]
        if words[k].start == s_start:  # "In its resolution, S ...": S after the comma
            ref = verb_subject_after(cues, words[i]) or self._subject_after_fronted(s_start, s_end)
            ref = fronted_group(ref) if ref is not None else None
        else:  # "Earlier this month, the Central Zoo Authority in a letter to ... said"
            toks = self.toks_between(s_start, words[k].start)
            ref = self._clause_subject(after_fronted_time(toks, s_start), words[k].start)
        if ref is None or (ref.actor is None and not ref.label):
            return None
        return replace(ref, how=ref.how or "did it in the document")

    def _subject_after_fronted(self, s_start: int, s_end: int) -> SpeakerRef | None:
        """The subject of the first comma segment of the sentence that opens with no
        preposition, conjunction or participle: ``In its letter, dated November 10 and
        sent by the Mission, the Turkish government accused``: "the Turkish government"."""
        segs: list[list[Token]] = [[]]
        for t in self.toks_between(s_start, s_end):
            if t.text in ",;:":
                segs.append([])
            elif t.text[0].isalnum():
                segs[-1].append(t)
        for n, seg in enumerate(segs):
            low = seg[0].lower if seg else ""
            if not seg or low in PREPOSITIONS or low in CONJUNCTIONS:
                continue
            if seg[0].text.islower() and (low.endswith(("ed", "ing")) or low in AUTHORING_VERBS):
                continue  # "dated November 10", "sent by the Mission"
            if n and place_after_place(segs[n - 1], seg):
                continue  # "in Davos, Switzerland,"
            return self.resolve_span(seg[0].start, seg[-1].end, seg[0].start)
        return None

    def _fronted_possessor(self, words: list[Token], i: int, cues: list[Cue]) -> SpeakerRef | None:
        """``In its diplomatic letter, dated November 10 and sent by the Turkish Permanent
        Mission ..., the Turkish government accused``: "its" in a fronted phrase opening the
        sentence is the main clause's subject, who owns the document ``words[i]`` (the one
        it was "sent by" only carried it)."""
        k = next((k for k in (i - 2, i - 3) if k >= 0 and words[k].lower == "in"), None)
        if k is None or words[k + 1].lower not in ("its", "their"):
            return None
        if words[k].start != self.sentences[words[i].sent][3]:
            return None
        return self._subject_put_it_in(words, i, cues)

    def _known_office_report(self) -> SpeakerRef | None:
        """The office the article names a report as being "of" (read once)."""
        if not self.office_scanned:
            self.office_scanned = True
            self.office_report = self._office_report()
        return self.office_report

    def _document_alone(self, words: list[Token], i: int, kind: str) -> SpeakerRef:
        """The document ``words[i]`` nobody is named (so far) as writing: a report the
        article names elsewhere as an office's ("the UN report accusing Beijing of “Q”",
        then "the report of the Office of the High Commissioner") is the office's; a
        definite one whose author a later sentence names ("the report by the UN Human
        Rights Office") is that author's; else the document itself speaks."""
        if kind == "report" and (office := self._known_office_report()) is not None:
            return office
        if (author := named_research_author(self, words[i])) is not None:
            return author  # "claims a new study" ... "X, first author of the study, said"
        if any(w.lower == "the" for w in words[max(0, i - 3) : i]):
            return author_by_later(self, words[i]) or with_placing(
                document_itself(words, i), words, i
            )  # "The report to the committee read"
        # "a new report" ... "Authors of the Oxford Economics report said"
        return body_before_noun_later(self, words[i]) or with_placing(
            document_itself(words, i), words, i
        )

    def _office_report(self) -> SpeakerRef | None:
        """``the report of the Office of the High Commissioner of Human Rights ... (OHCHR)``
        anywhere in the article: the office the report is named as being "of" wrote it,
        though a sentence says it was "by" the office's head, who released it."""
        first = self.text.find("eport")  # every match holds it: search from there
        if first == -1 or _REPORT_OF.search(self.text, max(0, first - 1)) is None:
            return None  # a quick test before reading every sentence
        for s_start, s_end in ((s[3], s[4]) for s in self.sentences):
            words = self._words_before(s_start, s_end)
            for i, t in enumerate(words[:-2]):
                if t.lower != "report" or words[i + 1].lower != "of":
                    continue
                owner = self.owner_after_of(words, i, t.start)
                if owner is not None and owner.actor and owner.actor.kind == "organisation":
                    return replace(owner, how="the office the report is named as of")
        return None

    def _words_before(self, start: int, end: int) -> list[Token]:
        """The words (no punctuation) of ``text[start:end]``."""
        return [t for t in self.toks_between(start, end) if t.text[0].isalnum()]

    def _give_to_document(
        self, w, words: list[Token], k: int, attribution: str, at: int | None = None
    ) -> bool:
        """Give the quote of ``w`` to the owner of the document ``words[k]`` (its owner
        named in the words up to ``at``, the quote's opening mark unless given)."""
        ref = self._document(words, k, w.quote.pair.open if at is None else at)
        if ref is None:
            return False
        ref = by_document(ref)
        q = w.quote
        q.cue = w.cues_before[-1] if w.cues_before else None
        q.ref, q.attribution = ref, attribution
        return True
