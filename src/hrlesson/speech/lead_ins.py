"""A sentence that brings in a statement hands the floor to its subject, a body included.

A body's words often follow a paragraph that announces them without a reporting verb the
rules can read: ``The society is warning people hosting amateur displays to follow safety
guidelines:`` then ``"We understand that ..."``; ``The Indian Ministry of External Affairs,
in turn, issued the following statement today;`` then ``"The Canadian High Commissioner to
India was summoned today ..."``; ``In a statement on Thursday, the South Africa Department
of Agriculture, Forestry and Fisheries confirmed an avian influenza outbreak.`` then the
statement's words. The quotation alone in the next paragraph is the subject's (attribution
``lead_in_subject``), not the last person quoted: a colon (or a semicolon written for one)
closing that sentence, or a statement noun in it, says the words to come are the subject's.
"""

from __future__ import annotations

from ..wordlists import word_set
from .clause_words import SUBORDINATORS
from .clauses import clause_words
from .rules import QuotePlace
from .vocabulary import (
    AUXILIARIES,
    CONJUNCTIONS,
    FINITE_VERBS,
    PREPOSITIONS,
    RELATIVE_PRONOUNS,
    WORD_RE,
)

#: The attribution of a quotation placed by :meth:`LeadIns.rule_lead_in_subject`.
LEAD_IN_SUBJECT = "lead_in_subject"
#: Nouns of a public statement ("statement", "release"): data/words/public_statement_nouns.txt.
STATEMENT_NOUNS = word_set("public_statement_nouns")
#: Words that open a clause whose first name is not the sentence's subject ("In a
#: statement", "After the meeting", "which").
_NOT_SUBJECT_OPENERS = PREPOSITIONS | SUBORDINATORS | RELATIVE_PRONOUNS
#: Links that may stand before a clause's subject ("but"; not "with", "as", "while").
_LINKS = CONJUNCTIONS - _NOT_SUBJECT_OPENERS
#: Lower-case words that may open a subject ("the society").
_SUBJECT_ARTICLES = frozenset(["the", "its", "their"])
#: Kinds of actor that may issue a statement.
_ISSUING_KINDS = ("person", "organisation", "group")


def brings_in_words(sentence: str) -> bool:
    """The sentence announces words to come: it ends with a colon (or a semicolon set for
    one) or names a public statement (data/words/public_statement_nouns.txt).

    >>> brings_in_words("The society is warning people to follow safety guidelines:")
    True
    >>> brings_in_words("The Indian Ministry of External Affairs issued the following statement;")
    True
    >>> brings_in_words("In a statement, the Department confirmed an outbreak.")
    True
    >>> brings_in_words("The council approved the plan on Monday.")
    False
    """
    s = sentence.rstrip()
    if s.endswith((":", ";")):
        return True
    return any(w in STATEMENT_NOUNS for w in WORD_RE.findall(s.lower()))


def verb_cut(seg: list) -> list:
    """A clause's words up to its verb ("The society | is warning"), or all of them.

    >>> from .tokens import tokenize
    >>> [t.text for t in verb_cut(tokenize("The society is warning people", [0]))]
    ['The', 'society']
    """
    for k, t in enumerate(seg[1:], 1):
        low = t.lower
        if t.text.islower() and (low in AUXILIARIES or low in FINITE_VERBS or low.endswith("ed")):
            return seg[:k]
    return seg


def subject_openers(segs: list, anchor: int) -> list:
    """The clauses of a sentence (from :func:`clause_words`) that open with their subject,
    a capital or an article, after at most a link such as "but" (``but Wada posted a
    statement``), cut to that subject (:func:`verb_cut`): the last at or before the clause
    ``anchor`` that brings the words in, nearest first, then the later ones (``In a
    statement on Thursday, the Department confirmed ...``).

    >>> from .tokens import tokenize
    >>> def subjects(s, anchor):
    ...     segs = [seg for seg in clause_words(tokenize(s, [0])) if seg]
    ...     return [[t.text for t in sub] for sub in subject_openers(segs, anchor)]
    >>> subjects("In a statement on Thursday, the Department confirmed an outbreak", 0)
    [['the', 'Department']]
    """
    found = []
    for k, seg in enumerate(segs):
        if seg and seg[0].lower in _LINKS:  # "but Wada posted a statement"
            seg = seg[1:]
        if not seg or seg[0].lower.endswith("ing") or seg[0].lower in _NOT_SUBJECT_OPENERS:
            continue
        if seg[0].text[:1].isupper() or seg[0].lower in _SUBJECT_ARTICLES:
            found.append((k, verb_cut(seg)))
    before = [sub for k, sub in reversed(found) if k <= anchor]
    return before + [sub for k, sub in found if k > anchor]


class LeadIns:
    """The rule of :data:`LEAD_IN_SUBJECT` (a part of :class:`Attributor`)."""

    def rule_lead_in_subject(self, w: QuotePlace) -> bool:
        """A quotation that is its whole paragraph, which no rule placed, goes to the
        subject of the last sentence of the paragraph before, a person or a body, when that
        sentence quotes nothing and brings the words in (:func:`brings_in_words`): ``The
        society is warning people hosting amateur displays to follow safety guidelines:``
        then ``"We understand that ..."``: the Royal Society for the Prevention of
        Accidents, not the adviser quoted before."""
        q = w.quote
        if q.ref is not None or q.cue is not None or w.sentence_kind != "body" or q.sent == 0:
            return False
        par = self.sentences[q.sent][1]
        _, prev_par, kind, s_start, s_end = self.sentences[q.sent - 1][:5]
        if prev_par != par - 1 or kind != "body":
            return False
        p_end = self.paragraphs[par - 1][3]
        if self.text[w.paragraph[2] : q.pair.open].strip():
            return False
        if self.text[q.pair.close + 1 : p_end].strip(" .\"”’'\n"):
            return False  # the quotation is not its whole paragraph
        lead = self.text[s_start:s_end]
        if not brings_in_words(lead) or any(c in lead for c in '"“”'):
            return False
        ref = self.lead_in_subject(s_start, s_end, q.pair.open)
        if ref is None:
            return False
        q.ref, q.cue, q.attribution = ref, None, LEAD_IN_SUBJECT
        return True

    def lead_in_subject(self, s_start: int, s_end: int, at: int):
        """The person or body that is the subject of the clause of the sentence at
        ``s_start:s_end`` that brings the words in (the one naming the statement, else the
        last), named at the clause's start (not "Shortly after releasing information about
        how the passenger went overboard"); a :class:`SpeakerRef` or None."""
        segs = clause_words(self.toks_between(s_start, s_end))
        segs = [seg for seg in segs if seg]
        named = [k for k, seg in enumerate(segs) if any(t.lower in STATEMENT_NOUNS for t in seg)]
        anchor = named[0] if named else len(segs) - 1
        for sub in subject_openers(segs, anchor):
            ref = self.resolve_span(sub[0].start, sub[-1].end, at)
            if ref is None or ref.actor is None or ref.actor.kind not in _ISSUING_KINDS:
                continue
            if ref.start <= sub[min(1, len(sub) - 1)].start:
                return ref
        return None
