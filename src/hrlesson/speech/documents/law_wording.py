"""A law's or a rule's wording quoted is the law's, named as the article names it.

"The law forbids the operation of any establishment that “Q”", "the House ethics rules
state that “Q”", "Ecuador’s constitution which establishes the “Q” rights", "Texas Local
Government Code § 22.077(b, which states, "Q"": the quoted words are the text of a law
(data/words/law_text_nouns.txt) that a verb of stating or ruling
(data/words/law_wording_verbs.txt) quotes; nobody says them, the law does. A bare "the
law" is the law the article named last before it ("the Law on Control ... The Adult
Entertainment Law, as it is known ... The law forbids": the Adult Entertainment Law).
"""

from __future__ import annotations

import re
from dataclasses import replace

from ...inflection import verb_forms
from ...wordlists import word_set
from ..cues import CUE_FORMS
from ..records import Cue, SpeakerRef
from ..tokens import Token
from ..vocabulary import (
    ADVERBS,
    CONJUNCTIONS,
    DETERMINERS,
    DOCUMENT_NOUNS,
    FINITE_VERBS,
    PREPOSITIONS,
)

#: Nouns of a law's or a rule's text: data/words/law_text_nouns.txt.
LAW_TEXT_NOUNS = word_set("law_text_nouns")

#: Verbs a law's text quotes itself with (data/words/law_wording_verbs.txt), each form to
#: its lemma: the present forms, and the past of say, state and stipulate ("the act stated").
LAW_WORDING_VERBS = {
    form: lemma
    for lemma in word_set("law_wording_verbs")
    for form in verb_forms(lemma)[: 3 if lemma in ("say", "state", "stipulate") else 2]
}

#: Words between the law's noun and its verb: a relative word ("which states").
_RELATIVES = frozenset(["which", "that"])

#: Adverbs of time before a law's verb ("The bill now imposes").
_TIME_ADVERBS = frozenset(["now", "already", "further", "currently"])

#: A lower-case adverb in "-ly" ("officially").
_LY = re.compile(r"[a-z]+ly")

#: At most this many words between the law's verb and the quotation.
_MAX_GAP = 12

#: How far back (characters) the name of a law a bare "the law" stands for is looked for.
_NAME_WINDOW = 800

#: A law's name: capitalised words ending in a law's noun ("Adult Entertainment Law").
_LAW_NAME = re.compile(
    r"(?:[A-Z][\w’'-]*\s+){1,6}(?:Law|Act|Code|Bill|Constitution|Treaty|Charter|Statute)\b"
)

#: Nouns a bare "the law" may stand for when the article names the law.
_GENERIC_LAW = frozenset(["law", "legislation", "act", "statute"])

#: Last words of a law's name a bare generic noun ("the law") may stand for.
_GENERIC_LAW_NAME_ENDS = _GENERIC_LAW | {"code", "bill"}

#: Words that open a matched law's name but are no part of it ("the", "of").
_NAME_OPENERS = DETERMINERS | PREPOSITIONS

#: A quotation inside the words between the verb and the quote ('the “Q1” rights of').
_QUOTED = re.compile(r"[“\"‘][^”\"’]*[”\"’]")

#: Words that close a law's phrase on the left.
_CLOSED = PREPOSITIONS | CONJUNCTIONS | DETERMINERS

#: Verbs of passing a law: its subject wrote it ("the French Parliament passed a law").
_PASSING_VERBS = frozenset(["passed", "adopted", "approved", "enacted"])

#: Kinds of actor that pass a law in their own name.
_AUTHOR_KINDS = ("organisation", "group")

#: How the evidence names the law's author.
LAW_AUTHOR = "the body that passed the law whose wording it is"

#: How the evidence names the rule.
LAW_WORDING = "a law's or a rule's wording, the law as the article names it"


def section_word(t: Token) -> bool:
    """A word of a section number after a law's name ("§ 22.077(b"): a number or a letter.

    >>> from hrlesson.speech.tokens import tokenize
    >>> [section_word(t) for t in tokenize("22.077 b which", [0])]
    [True, True, False]
    """
    return any(ch.isdigit() for ch in t.text) or (len(t.text) == 1 and t.text.isalpha())


def law_verb_after(words: list[Token], k: int) -> int | None:
    """Index of the verb that quotes the law ``words[k]``: right after it, after a section
    number, or after a relative word ("Code § 22.077(b, which states"), else None.

    >>> from hrlesson.speech.tokens import tokenize
    >>> ws = [t for t in tokenize("the Code 22.077 b which states", [0]) if t.text[0].isalnum()]
    >>> law_verb_after(ws, 1)
    5
    >>> law_verb_after([t for t in tokenize("the rules of the game", [0])], 1) is None
    True
    >>> law_verb_after(tokenize("The law officially enables", [0]), 1)
    3
    """
    j = k + 1
    while j < len(words) and section_word(words[j]):
        j += 1
    if j < len(words) and words[j].lower in _RELATIVES:
        if document_before(words, law_phrase_start(words, k)):
            return None  # "a statement in support of the bill that read": the statement's
        j += 1
    while j < len(words) and j - k < 4 and adverb_word(words[j]):
        j += 1  # "The bill now also imposes", "The law officially enables"
    if j < len(words) and words[j].text.islower() and words[j].lower in LAW_WORDING_VERBS:
        return j
    return None


def document_before(words: list[Token], j: int) -> bool:
    """A document's noun stands in the few words before the law's phrase at ``words[j]``,
    the phrase a preposition's object ("a statement in support of the bill that read"): a
    relative clause after the law may be the document's (not "The statement cites the
    Code, which states").

    >>> from hrlesson.speech.tokens import tokenize
    >>> ws = tokenize("issued a statement in support of the bill that read", [0])
    >>> document_before(ws, 7), document_before(tokenize("The statement cites the Code", [0]), 4)
    (True, False)
    """
    j -= j > 0 and words[j - 1].lower in DETERMINERS
    if j == 0 or words[j - 1].lower not in PREPOSITIONS:
        return False
    return any(t.lower in DOCUMENT_NOUNS for t in words[max(0, j - 6) : j])


def adverb_word(t: Token) -> bool:
    """``t`` is an adverb that may stand between a law and its verb ("now", "also",
    "officially").

    >>> from hrlesson.speech.tokens import tokenize
    >>> [adverb_word(t) for t in tokenize("now officially Only imposes", [0])]
    [True, True, False, False]
    """
    return t.lower in ADVERBS or t.lower in _TIME_ADVERBS or bool(_LY.fullmatch(t.text))


def law_phrase_start(words: list[Token], k: int) -> int:
    """Where the phrase of the law ``words[k]`` starts: lower-case modifiers right before
    the noun, then a capitalised name or a possessive before them ("the House ethics
    rules": "House ethics rules"; "Ecuador’s constitution"; "a 1987 law": "1987 law"); a
    lower-case possessive keeps its "the" ("the country’s media law").

    >>> from hrlesson.speech.tokens import tokenize
    >>> ws = [t for t in tokenize("cites Texas Local Government Code", [0])]
    >>> law_phrase_start(ws, 4)
    1
    >>> ws = [t for t in tokenize("Likewise the House ethics rules", [0])]
    >>> law_phrase_start(ws, 4)
    2
    """
    j = k
    while j > 0 and k - j < 3 and not words[j - 1].cap and modifier_word(words[j - 1]):
        if words[j - 1].text.isalpha() and not words[j - 1].text.islower():
            break
        j -= 1
    while j > 0 and k - j < 6 and words[j - 1].cap and words[j - 1].lower not in DETERMINERS:
        j -= 1
        if words[j].poss:
            break  # "Ecuador’s constitution": the owner ends the phrase
    if 1 < j < k and words[j].poss and words[j].text.islower() and words[j - 1].lower == "the":
        j -= 1  # "the country’s media law": a lower-case owner keeps its article
    return j


def modifier_word(t: Token) -> bool:
    """``t`` may modify a law's noun: not a preposition, a link, a determiner or a verb
    ("ethics" in "the House ethics rules", not "cites").

    >>> from hrlesson.speech.tokens import tokenize
    >>> [modifier_word(t) for t in tokenize("ethics cites the", [0])]
    [True, False, False]
    """
    low = t.lower
    return low not in _CLOSED and low not in CUE_FORMS and low not in FINITE_VERBS


def clause_break(between: str) -> bool:
    """The text between a law's verb and the quotation holds a clause break (a comma, a
    semicolon, a colon or a dash) with words after it: the quotation stands in another
    clause; not a break right before the quotation, which closes an aside or the verb
    ("which states, "Q"", "enables a third option, through the immersion model, "Q"").

    >>> clause_break(", "), clause_break(" the freedoms of speech, those rights can not ")
    (False, True)
    >>> clause_break(" the “inalienable, unseizable” rights of ")
    False
    >>> clause_break(" a third option, through the immersion model, ")
    False
    """
    rest = _QUOTED.sub("", between)
    last = max(rest.rfind(mark) for mark in (",", ";", ":", " – ", " — "))
    return last != -1 and any(ch.isalnum() for ch in rest[last:])


def named_law_before(text: str, noun: str, at: int) -> str | None:
    """The name of the law that a bare "the law" at ``at`` stands for: the last law's name
    in the text before it, ending in the same noun (any law's noun for "law").

    >>> t = "called the Law on Control. The Adult Entertainment Law, as it is known, dates"
    >>> named_law_before(t, "law", len(t))
    'Adult Entertainment Law'
    >>> named_law_before("The Law forbids", "law", 15) is None
    True
    """
    window = max(0, at - _NAME_WINDOW)
    names = [m.group(0) for m in _LAW_NAME.finditer(text, window, at)]
    for name in reversed(names):
        words = name.split()
        while words and words[0].lower() in _NAME_OPENERS:
            words = words[1:]
        if len(words) < 2:
            continue
        last = words[-1].lower()
        if last == noun or (noun in _GENERIC_LAW and last in _GENERIC_LAW_NAME_ENDS):
            return " ".join(words)
    return None


def closing_law_frame(words: list[Token]) -> int | None:
    """Index of the law's noun when ``words`` (the words after a sentence's last comma)
    are a law's phrase of at most five words and its verb, ending the sentence
    ("congressional ethics rules stipulate", "the bill states"), else None.

    >>> from hrlesson.speech.tokens import tokenize
    >>> closing_law_frame(tokenize("congressional ethics rules stipulate", [0]))
    2
    >>> closing_law_frame(tokenize("the minister said", [0])) is None
    True
    >>> closing_law_frame(tokenize("rules state", [0])) is None
    True
    """
    if not 3 <= len(words) <= 6 or words[-1].lower not in LAW_WORDING_VERBS:
        return None
    k = len(words) - 2
    if words[k].lower not in LAW_TEXT_NOUNS or not words[-1].text.islower():
        return None
    if law_phrase_start(words, k) != 0 and words[0].lower not in DETERMINERS:
        return None
    return k


def passed_law_verb(words: list[Token]) -> int | None:
    """Index of a verb of passing a law ("passed", "adopted") whose object a law's noun
    heads, at most three words after it ("passed a new law", "adopted legislation"), else
    None.

    >>> from hrlesson.speech.tokens import tokenize
    >>> passed_law_verb(tokenize("Ghana’s parliament passed legislation, that", [0]))
    2
    >>> passed_law_verb(tokenize("The team passed the ball", [0])) is None
    True
    """
    for m, t in enumerate(words):
        if t.lower in _PASSING_VERBS and any(
            w.lower in LAW_TEXT_NOUNS for w in words[m + 1 : m + 5]
        ):
            return m
    return None


class LawWordingRules:
    """The rule for a law's wording quoted (a part of :class:`Attributor`)."""

    def rule_law_wording(self, w) -> bool:
        """``The law forbids the operation of any establishment that “Q”``, ``the House
        ethics rules state that “Q”``: a quotation a law's text quotes, with no reporting
        verb that has a speaker between the law and the quotation, nor one after it, is the
        law's, named as the article names it (attribution ``law_wording``)."""
        q = w.quote
        if self._law_closing_frame(w):
            return True
        words = [t for t in self.toks_between(w.s_start, q.pair.open) if t.text[0].isalnum()]
        found = self._law_before_quote(words)
        if found is None or any(c.subject is not None for c in w.cues_after):
            return False
        k, v = found
        if clause_break(self.text[words[v].end : q.pair.open]):
            return False  # "the Basic Law, guarantees the freedoms ..., those rights “Q”"
        if any(c.subject is not None and c.start >= words[k].end for c in w.cues_before):
            return False  # "the law, which critics called “Q”": the critics'
        verb = words[v]
        q.cue = Cue(verb.start, verb.end, verb.text, LAW_WORDING_VERBS[verb.lower], verb.sent, 0)
        q.cue.tok = self.index.token_index(verb.start)
        ref = self._law_passed_by(words[k]) or self._law_ref(words, k)
        q.ref, q.attribution = ref, "law_wording"
        return True

    def _law_closing_frame(self, w) -> bool:
        """``The “solicitation of contributions” and other campaign activities may not be
        conducted with official resources, congressional ethics rules stipulate.``: a law's
        phrase and its verb closing the sentence after a comma (:func:`closing_law_frame`)
        give the wording of the clause before, quotations and all (attribution
        ``law_wording``)."""
        q = w.quote
        comma = self.text.rfind(",", q.pair.close, w.s_end)
        if comma == -1 or any(c.subject is not None for c in w.cues_before):
            return False  # 'X said the "Q" was illegal, the law states': X's words
        words = [t for t in self.toks_between(comma, w.s_end) if t.text[0].isalnum()]
        k = closing_law_frame(words)
        if k is None:
            return False
        verb = words[k + 1]
        q.cue = Cue(verb.start, verb.end, verb.text, LAW_WORDING_VERBS[verb.lower], verb.sent, 0)
        q.cue.tok = self.index.token_index(verb.start)
        q.ref, q.attribution = self._law_ref(words, k), "law_wording"
        return True

    def _law_passed_by(self, noun: Token) -> SpeakerRef | None:
        """``Ghana’s parliament passed legislation, ...`` then ``The bill now also imposes
        ... “Q”``: the law's author, the body a sentence before (at most five) names as
        passing a law (:func:`passed_law_verb`), else None."""
        for s in range(noun.sent - 1, max(-1, noun.sent - 6), -1):
            s_start, s_end = self.sentences[s][3], self.sentences[s][4]
            words = [t for t in self.toks_between(s_start, s_end) if t.text[0].isalnum()]
            m = passed_law_verb(words)
            if m is None or m == 0:
                continue
            ref = self.resolve_span(s_start, words[m].start, words[m].start)
            if ref is None or ref.actor is None or ref.actor.kind not in _AUTHOR_KINDS:
                return None
            return replace(ref, how=ref.how or LAW_AUTHOR)
        return None

    def _law_before_quote(self, words: list[Token]) -> tuple[int, int] | None:
        """The index of the law's noun and of its verb in ``words`` (the words of the
        sentence up to the quotation), the verb at most :data:`_MAX_GAP` words before the
        quotation, else None."""
        for k in range(len(words) - 2, -1, -1):
            if len(words) - k > _MAX_GAP + 6:
                return None
            t = words[k]
            if t.lower not in LAW_TEXT_NOUNS:
                continue
            v = law_verb_after(words, k)
            if v is not None and len(words) - v - 1 <= _MAX_GAP:
                return k, v
        return None

    def _law_ref(self, words: list[Token], k: int) -> SpeakerRef:
        """The law ``words[k]`` as its own speaker: its phrase as written, or the name of
        the law the article named last for a bare "the law"."""
        j = law_phrase_start(words, k)
        start, end = words[j].start, words[k].end
        label = " ".join(self.text[start:end].split())
        if j == k and k > 0 and words[k - 1].lower in ("the", "this"):
            label = named_law_before(self.text, words[k].lower, start) or label.lower()
        return SpeakerRef(None, label, start, end, how=LAW_WORDING)
