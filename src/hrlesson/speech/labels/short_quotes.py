"""Short quotations that are evaluations, not labels: by form, and whose they are.

A quotation of one to four words is either someone's words or the writer's label for a thing.
A label names a thing, so it is a noun phrase ("blue helmets", "war on drugs", "phase 5"); a
quoted adjective, adverb, prepositional phrase or predicate ("timely", "covertly", "bit by
bit", "officially over", "premature to say", "like footballs") names nothing: it is a
judgement somebody made, so it is speech (:func:`evaluative_quote`). Its speaker is found by
:meth:`ShortQuoteSpeakers._evaluation_speaker`; so is a noun phrase that gives a verdict
("disaster", "environmental catastrophe", a "dreadful state": :func:`judging_phrase`) when
no other rule placed it. Some quoted noun phrases are labels by
their frame alone: a nickname, a phrasal verb used as a noun, a designated status
(:func:`label_by_frame`).
"""

from __future__ import annotations

import re

from ...wordlists import word_set
from ..agentless_reports import AGENTLESS_REPORT, passive_report_before
from ..cues import CUE_FORMS
from ..names.parts import inside_a_name
from ..records import QuoteRecord, SpeakerRef
from ..vocabulary import (
    ADVERBS,
    AUXILIARIES,
    DEGREE_WORDS,
    DETERMINERS,
    FINITE_VERBS,
    PASSIVE_BE,
    PREPOSITIONS,
    WORD_RE,
)
from .classifying_participles import classifying_participle
from .framed_evaluations import closing_frame_speaker
from .modifying_names import modifies_noun
from .new_names import newly_named
from .next_sentence_speakers import next_sentence_speaker
from .quoted_names import inverted_outlet, organisation_name
from .quoted_predicates import next_word, quoted_time, verb_with_object

#: Adjectives with no telling suffix ("crazy", "premature"): data/words/evaluative_words.txt.
EVALUATIVE_WORDS = word_set("evaluative_words")
#: Nouns that are a judgement ("disaster", "underdog"): data/words/evaluative_nouns.txt.
EVALUATIVE_NOUNS = word_set("evaluative_nouns")
#: Foreign words that make a quotation a term ("in absentia"): data/words/foreign_words.txt.
FOREIGN_WORDS = word_set("foreign_words")
#: Endings of adjectives ("unviable", "negative", "undiplomatic", "corrective").
ADJECTIVE_ENDINGS = ("able", "ible", "ive", "ous", "ful", "less", "ical", "istic", "atic")
#: Nouns with an adjective's or adverb's ending ("representative", "family"):
#: data/words/adjective_like_nouns.txt.
NOUNS_LIKE_ADJECTIVES = word_set("adjective_like_nouns")
#: Nouns for something said ("a claim by X that"): data/words/statement_nouns.txt.
STATEMENT_NOUNS = word_set("statement_nouns")
#: Subjects that stand for a thing or an unnamed group, not a speaker.
NON_SPEAKING_PRONOUNS = frozenset(["it", "this", "that", "they", "these", "those"])
#: The kinds of actor whose judgement a subject can voice (not an unnamed "group").
SPEAKING_KINDS = frozenset(["person", "state", "organisation"])
#: Quantifiers and prepositions before a quoted noun phrase that they do not name
#: ('numerous "arbitrary arrests"', 'via "mass arrests"').
QUANTIFIERS = frozenset(["numerous", "other", "various", "several", "countless", "via", "per"])
#: The agent after "by" of a passive verb ("was described ... by X").
_BY_AGENT = re.compile(r"\bby\s+([^.,;:!?\n\"“”‘’]{1,60})")
#: A parenthesis after a name ('the Constitutional Court (TC) ordered').
_ASIDE = re.compile(r"\s*\([^()]{0,40}\)")
#: Particles of a phrasal verb ('the "phase out" of', 'a "crack down" on').
PARTICLES = frozenset(["out", "up", "down", "off", "back", "over"])
#: Verbs by which an authority gives a legal status ('declared ... "foreign agents"').
DESIGNATING_VERBS = frozenset(
    ["declared", "designated", "designates", "designating", "classified", "registered", "listed"]
)
#: The end of a quotation and "and"/"or" right before the next ('"X" and "Y"').
AFTER_A_QUOTE = re.compile(r"[\"”’]\s*(?:and|or)\s+$")
#: Words that open a comparison or a manner phrase ("like footballs", "sooner rather than").
MANNER_OPENERS = frozenset(["like", "unlike", "sooner", "later", "not", "never"])


def adverb_word(word: str) -> bool:
    """A lower-case adverb: one the word lists know, or a long word in -ly.

    >>> [adverb_word(w) for w in ("covertly", "categorically", "family", "timely", "bit")]
    [True, True, False, True, False]
    """
    return word in ADVERBS or (
        len(word) > 4 and word.endswith("ly") and word not in NOUNS_LIKE_ADJECTIVES
    )


def adjective_word(word: str) -> bool:
    """A lower-case adjective or participle by its ending or the evaluative word list.

    >>> [adjective_word(w) for w in ("unviable", "negative", "undiplomatic", "crazy")]
    [True, True, True, True]
    >>> [adjective_word(w) for w in ("representative", "helmets", "arrests", "snapback")]
    [False, False, False, False]
    >>> [adjective_word(w) for w in ("politicized", "related", "need")]
    [True, True, False]
    """
    if word in EVALUATIVE_WORDS:
        return True
    if word in NOUNS_LIKE_ADJECTIVES or len(word) < 5:
        return False
    return word.endswith(ADJECTIVE_ENDINGS) or (word.endswith("ed") and not word.endswith("eed"))


def judging_phrase(text: str, before: str = "") -> bool:
    """A lower-case noun phrase of one to four words that is a verdict, not a name: its head
    a noun of judgement ('Quotas a "disaster" for fishermen', 'an "environmental
    catastrophe"', 'called himself the "underdog"'), or an evaluative adjective of the list
    after an indefinite article that ends ``before`` (the text before the quote: 'intended
    to send a "strong message"', 'in a "dreadful state"'; not 'under the "critical level"',
    'qualifies as "good data"'); read only for a quotation no other rule placed.

    >>> [judging_phrase(t) for t in ("disaster", "environmental catastrophe", "Great Briton")]
    [True, True, False]
    >>> judging_phrase("strong message", "to send a "), judging_phrase("critical level", "the ")
    (True, False)
    """
    words = WORD_RE.findall(text)
    if not words or len(words) > 4 or not words[0].islower():
        return False
    if words[-1].lower() in EVALUATIVE_NOUNS:
        return True
    return (
        len(words) > 1
        and words[0] in EVALUATIVE_WORDS
        and _INDEFINITE_END.search(before) is not None
    )


#: An indefinite article right before a quotation ('send a "strong message"').
_INDEFINITE_END = re.compile(r"\b(?:a|an)\s*$", re.IGNORECASE)


def not_a_noun_modifier(word: str) -> bool:
    """A lower-case word before a quotation that cannot make the quotation a term inside
    its noun phrase: an adjective, a quantifier or a preposition ('condemned numerous
    "arbitrary arrests"', 'or other "inhuman treatment"', 'targeting the youth via "mass
    arrests"'); a noun can ('cursory drug "watch lists"').

    >>> [not_a_noun_modifier(w) for w in ("numerous", "other", "via", "recent", "drug")]
    [True, True, True, False, False]
    """
    return word in QUANTIFIERS or adjective_word(word)


def active_verb(word: str) -> bool:
    """A lower-case word that reads as an active verb in the past or present tense after
    its subject ('ordered', 'says', 'rejects'; not 'top', 'is' or "'s").

    >>> [active_verb(w) for w in ("ordered", "says", "rejects", "top", "is", "s")]
    [True, True, True, False, False, False]
    """
    return (
        word.islower()
        and len(word) > 3
        and word not in AUXILIARIES
        and (word.endswith("ed") or word in FINITE_VERBS or word in CUE_FORMS)
    )


def acting_verb(word: str) -> bool:
    """An active verb after its subject (:func:`active_verb`) or a participle in -ing that
    goes on with the subject's act ('members of the union handing out').

    >>> [acting_verb(w) for w in ("began", "handing", "union", "thing")]
    [True, True, False, False]
    """
    return active_verb(word) or (word.islower() and len(word) > 5 and word.endswith("ing"))


def framed_label(index, text: str, q: QuoteRecord) -> str:
    """Why the short quotation ``q`` is a label by where it stands, or "": a nickname inside
    a person's name in ``index`` ('Bosco "Terminator" Ntaganda'), or a frame of the words
    around it (:func:`label_by_frame`)."""
    if inside_a_name(index, q.pair.open, q.pair.close):
        return "nickname inside a name"
    if organisation_name(q.text):
        return "name of an organisation"
    before = text[max(0, q.pair.open - 60) : q.pair.open]
    if inverted_outlet(q.text, before, text[q.pair.close + 1 : q.pair.close + 3]):
        return "name of the outlet that reports"
    return label_by_frame(q.text, before, text[q.pair.close + 1 : q.pair.close + 4])


def label_by_frame(quote: str, before: str, after: str) -> str:
    """Why a short quotation is a label by the words around it (``before`` and ``after``,
    the text just outside the marks), or "": a phrasal verb used as a noun ('omitted the "phase out" of
    fossil fuels'), or a status an authority designates ('had declared both organisations
    were "foreign agents"').

    >>> label_by_frame("phase out", "but omitted the ", " of fossil fuels")
    'phrasal verb used as a noun'
    >>> label_by_frame("foreign agents", "had declared both organisations were ", ". And")
    'status designated by an authority'
    >>> label_by_frame("a victory", "had declared it ", "")
    ''
    >>> label_by_frame("air defence identification zone", "response to Beijing's new ", " which")
    'name of a new thing'
    """
    words = [w.lower() for w in WORD_RE.findall(quote)]
    prev = [w.lower() for w in WORD_RE.findall(before[-60:])]
    if not words or not prev or not quote[:1].islower() or quote.rstrip()[-1:] in ",.;:!?":
        return ""
    if len(words) == 2 and words[1] in PARTICLES and prev[-1] in DETERMINERS:
        return "phrasal verb used as a noun"
    if DESIGNATING_VERBS.intersection(prev[-5:]) and DETERMINERS.isdisjoint([words[0], prev[-1]]):
        return "status designated by an authority"
    if newly_named(before):
        return "name of a new thing"
    return ""


def quoted_predicate(quote: str, text: str, close: int) -> bool:
    """A short quotation that is a verb with its object or a relative time, read with the
    word after its closing mark at ``close`` in ``text`` (:func:`verb_with_object`,
    :func:`quoted_time`): 'Mohamed told CNN his neighbor "lost" his two children'.

    >>> quoted_predicate("lost", 'his neighbor "lost" his two', 18)
    True
    >>> quoted_predicate("watch lists", 'drug "watch lists" the', 17)
    False
    """
    words = WORD_RE.findall(quote)
    if quote.strip()[-1:] in ".!?" or quoted_time(words):
        return bool(words) and quoted_time(words)
    return verb_with_object(words, next_word(text, close))


def repeated_phrase(words: list[str]) -> bool:
    """``bit by bit``, ``step by step``, ``day after day``: a noun repeated around a
    preposition is a manner adverbial.

    >>> repeated_phrase(["bit", "by", "bit"]), repeated_phrase(["war", "on", "drugs"])
    (True, False)
    """
    return len(words) == 3 and words[0] == words[2] and words[1] in PREPOSITIONS


def evaluative_quote(text: str) -> bool:
    """A lower-case quotation of one to four words that names nothing: an adjective or an
    adverb ('the WHO's "timely" actions', 'trying to "covertly" send'), a phrase that opens
    with an adverb, a degree word, a preposition or "like"/"not" ('"officially over"',
    '"like footballs"', '"not inconsiderable number"', '"sooner rather than later"'), an
    adjective with its complement ('"premature to say"', '"inapplicable in Burundi"'), a
    phrase that ends in a participle or adjective ('"security related"'), or a repeated noun
    ('"bit by bit"'). A noun phrase ("blue helmets", "war on drugs", "re-education camps")
    or a capitalised name ("Close Guantánamo") is not; nor a foreign term ("in absentia").

    >>> [evaluative_quote(t) for t in ("timely", "covertly", "bit by bit", "officially over")]
    [True, True, True, True]
    >>> [evaluative_quote(t) for t in ("premature to say", "like footballs", "unviable")]
    [True, True, True]
    >>> evaluative_quote("immediate and comprehensive")
    True
    >>> [evaluative_quote(t) for t in ("blue helmets", "war on drugs", "phase 5", "Yes")]
    [False, False, False, False]
    >>> [evaluative_quote(t) for t in ("re-education camps", "snapback", "in absentia")]
    [False, False, False]
    """
    words = WORD_RE.findall(text)
    if not words or len(words) > 4 or not words[0].islower():
        return False
    low = [w.lower() for w in words]
    if FOREIGN_WORDS.intersection(low):
        return False
    first, last = low[0], low[-1]
    if len(low) == 1:
        return adverb_word(first) or adjective_word(first)
    if adverb_word(first) or first in DEGREE_WORDS or first in MANNER_OPENERS:
        return True
    if first in PREPOSITIONS and first != "of":
        return True
    if adjective_word(first) and (low[1] in PREPOSITIONS or low[1] == "to"):
        return True
    if len(low) == 3 and low[1] in ("and", "or") and adjective_word(first):
        return adjective_word(last)  # '"immediate and comprehensive" ceasefire'
    return repeated_phrase(low) or (adjective_word(last) and not last.endswith("ive"))


#: What follows an actor's name up to its verb: spaces, a bracket's end or an aside, at most
#: one lower-case noun of its phrase (' (RMT) union handing'), then the verb; no comma.
_VERB_AFTER_ACTOR = re.compile(r"[\s)]*(?:\([^()]{0,40}\)\s*)?([a-z][\w'’-]*\s+)?([a-z][\w'’-]*)")
#: "to" right before a quotation, and the word before that "to".
_TO_BEFORE = re.compile(r"([\w’']*)\s*\bto\s+$", re.IGNORECASE)
#: Words before "to" that make it a preposition, not an infinitive ('due to', 'owing to').
_PREPOSITIONAL_TO = frozenset(
    ["due", "owing", "thanks", "according", "prior", "next", "contrary", "addition", "up",
     "reference", "compared", "relative", "back", "from", "close", "regard", "respect"]
)  # fmt: skip


def stated_aim(quote: str, before: str) -> bool:
    """A short quotation right after an infinitive "to" that opens with a lower-case verb is
    an aim somebody gave for an act, in their words, not a term: 'The owner of the items
    decided to withdraw the pendant and hanging vase to "avoid any possible offence"',
    'Tencent began limiting daily playing times ... to "ensure children's healthy
    development"', 'union members handing out chocolates to "sweeten the bitter pill"'.
    ``before`` is the text before the opening mark. A "to" that is a preposition ('due to
    "increased emergency demand"') or a first word that cannot be a verb's base form (a
    participle, an adverb, an adjective, a plural: 'to "mounting pressure"') is no aim.

    >>> stated_aim("avoid any possible offence", "withdraw the vase to ")
    True
    >>> stated_aim("stand together", "The churches committed to ")
    True
    >>> stated_aim("increased emergency demand", "cancelled due to ")
    False
    >>> [stated_aim(q, "in order to ") for q in ("Kashmir", "mounting pressure", "improvements")]
    [False, False, False]
    """
    m = _TO_BEFORE.search(before)
    words = WORD_RE.findall(quote)
    if m is None or not words or m.group(1).lower() in _PREPOSITIONAL_TO:
        return False
    first = words[0]
    return (
        len(words) <= 4
        and first.isalpha()
        and first.islower()
        and first not in DETERMINERS
        and first not in AUXILIARIES
        and first not in PREPOSITIONS
        and not first.endswith(("ed", "ing", "ly"))
        and not (first.endswith("s") and not first.endswith("ss"))
        and not adjective_word(first)
    )


class ShortQuoteSpeakers:
    """Gives a short evaluation its speaker (a part of :class:`Attributor`)."""

    def _evaluation_speaker(self, q: QuoteRecord) -> bool:
        """A short evaluation or verdict with no speaker found (:func:`evaluative_quote`,
        :func:`judging_phrase`) is the judgement of the subject of a reporting frame closing its sentence ('..., said WFP':
        :func:`.closing_frame_speaker`, ``evaluation_frame``), else of the agent of a claim before it ('after a claim by Revolutionary Guards
        commander Mohammad Ali Jafari that the unrest was "officially over"', attribution
        ``evaluation_agent``), else of the agent after "by" of a passive reporting verb
        before it (:meth:`_judged_by_agent`, ``evaluation_passive_agent``), else of the
        active subject of its sentence when that is an actor ('The US earlier released
        intelligence information that Pyongyang is trying to "covertly" send',
        ``evaluation_subject``), else of the actor that opens its own clause
        (:meth:`_own_clause_actor`, ``evaluation_clause``); when a passive reporting verb
        before it names no agent ('have been described as "extreme."',
        :func:`passive_report_before`), nobody's (``agentless_report``); a participle that
        sorts the noun after it into a class (:func:`classifying_participle`) is then a term;
        else of the one the next sentence has speak (:func:`next_sentence_speaker`, ``evaluation_next``), else of the
        speaker quoted just before it ('..., she explained. The execution of such offenders is
        "categorically prohibited"', ``evaluation``). 'But for Daniel Espiritu, it is still
        "premature to say"': the view holder (``view_holder``). An aim quoted after "to"
        (:func:`stated_aim`) is the words of the one who acts (:meth:`_acting_actor`,
        attribution ``stated_aim``); with nobody found it stays a label."""
        start, at = self.sentences[q.sent][3], q.pair.open
        if stated_aim(q.text, self.text[max(start, at - 40) : at]):
            ref = self._acting_actor(start, at)
            if ref is not None:
                q.cue, q.ref, q.attribution = None, ref, "stated_aim"
            return ref is not None
        if not (self._evaluative(q) or judging_phrase(q.text, self.text[start:at])):
            return False
        in_sentence = (
            ("evaluation_frame", lambda: closing_frame_speaker(self, q)),
            ("evaluation_agent", lambda: self._claim_agent(start, at)),
            ("evaluation_passive_agent", lambda: self._judged_by_agent(q)),
            ("view_holder", lambda: self._view_holder(start, at)),
            ("evaluation_subject", lambda: self._evaluating_subject(start, at)),
            ("evaluation_clause", lambda: self._own_clause_actor(start, at)),
        )
        if self._place_first_found(q, in_sentence):
            return True
        if passive_report_before(self.text, start, at):
            q.cue, q.ref, q.attribution = None, None, AGENTLESS_REPORT
            return True
        if classifying_participle(q.text, self.text[q.pair.close + 1 : q.pair.close + 40]):
            return False  # 'two or three "unidentified" drones': a class, nobody's judgement
        next_or_before = (
            ("evaluation_next", lambda: next_sentence_speaker(self, q)),
            ("evaluation", lambda: self._speaker_before(q)),
        )
        return self._place_first_found(q, next_or_before)

    @staticmethod
    def _place_first_found(q: QuoteRecord, finders) -> bool:
        """Give ``q`` the first speaker ``finders`` (attribution, finder) find."""
        for how, find in finders:
            ref = find()
            if ref is not None:
                q.cue, q.ref, q.attribution = None, ref, how
                return True
        return False

    def _acting_actor(self, start: int, at: int) -> SpeakerRef | None:
        """The actor named last before ``at`` in its sentence (from ``start``) whose verb
        follows it, right after it or after one lower-case noun of its phrase: who acts for
        the aim quoted after "to" ('internet giant Tencent began limiting ... to "Q"',
        'members of the RMT union handing out chocolates to "Q"'); None when no actor is
        the subject of a verb there (a guess at someone else's aim is mostly wrong)."""
        for m in reversed(self.index.mentions_in(start, at)):
            if m.in_quote or m.actor.kind not in SPEAKING_KINDS or m.how == "description":
                continue
            follow = _VERB_AFTER_ACTOR.match(self.text, m.end, at)
            if follow is not None and acting_verb(follow.group(2)):
                return SpeakerRef(m.actor, None, m.start, m.end)
        return None

    def _own_clause_actor(self, start: int, at: int) -> SpeakerRef | None:
        """The actor named first in the quote's own clause (after the last comma), when a
        verb follows it in the active voice: 'Fujimori was released ..., a day after the
        Constitutional Court (TC) ordered his "immediate" release' (not 'In the adopted
        measure, Moscow is required to "urgently and unconditionally" give up')."""
        cut = max(self.text.rfind(c, start, at) for c in ",;:–—")
        for m in self.index.mentions_in(max(cut, start), at):
            if m.in_quote or m.actor.kind not in SPEAKING_KINDS or m.how == "description":
                continue
            follow = WORD_RE.findall(_ASIDE.sub("", self.text[m.end : at]))
            if not follow or not active_verb(follow[0]):
                return None
            return SpeakerRef(m.actor, None, m.start, m.end)
        return None

    def _speaker_before(self, q: QuoteRecord) -> SpeakerRef | None:
        """The last speaker quoted before ``q`` in its paragraph or the two before it."""
        par = self.sentences[q.sent][1]
        near = [
            a
            for pos, a, _ in self.timeline
            if pos < q.pair.open and par - self.sentences[self.sent_of(pos)][1] <= 2
        ]
        if not near:
            return None
        named = [m for m in self.index.mentions_in(0, q.pair.open) if m.actor is near[-1]]
        start, end = (named[-1].start, named[-1].end) if named else near[-1].first
        return SpeakerRef(near[-1], None, start, end)

    def _evaluative(self, q: QuoteRecord) -> bool:
        """:func:`evaluative_quote`, read in lower case in a title-case headline: 'Iran
        Rejects UN Chief's "Biased, Worthless" Human Rights Report'; or a part of a predicate
        (:func:`quoted_predicate`)."""
        if self.sentences[q.sent][2] == "title" and q.text.istitle():
            return evaluative_quote(q.text.lower())
        return evaluative_quote(q.text) or self._spoken_predicate(q)

    def _spoken_predicate(self, q: QuoteRecord) -> bool:
        """A quoted predicate (:func:`quoted_predicate`) in a sentence whose reporting verb
        has a speaker: 'Mohamed told CNN his neighbor "lost" his two children'. Not one
        coordinated with a quotation before it, which shares that one's role: 'sentenced for
        "spreading misinformation" and "insulting" the country's supreme leader' (charges)."""
        start, end = self.sentences[q.sent][3], self.sentences[q.sent][4]
        if AFTER_A_QUOTE.search(self.text[max(start, q.pair.open - 12) : q.pair.open]):
            return False
        if not quoted_predicate(q.text, self.text, q.pair.close):
            return False
        return any(c.subject is not None and c.subject.name for c in self.cues_in(start, end))

    def _claim_agent(self, start: int, before: int) -> SpeakerRef | None:
        """``a claim by X that``, ``the remarks by X``: the actor after a noun for something
        said and "by", before the quote in its sentence."""
        toks = [t for t in self.toks_between(start, before) if t.text[0].isalnum()]
        for k in range(len(toks) - 2, -1, -1):
            if toks[k].lower in STATEMENT_NOUNS and toks[k + 1].lower == "by" and k + 2 < len(toks):
                end = next(
                    (t.start for t in toks[k + 2 :] if t.lower in ("that", "of", "on")), before
                )
                ref = self.resolve_span(toks[k + 2].start, end, before)
                return ref if ref is not None and ref.actor is not None else None
        return None

    def _judged_by_agent(self, q: QuoteRecord) -> SpeakerRef | None:
        """The agent named after "by" later in the sentence of a passive reporting verb
        before the quotation: 'The spill was described as an "environmental catastrophe" by
        the mayor of Huntington Beach', 'A City law firm was accused of being 'inept', 'heavy
        handed' and committing a 'gross abuse of the system' by a High Court judge'."""
        start, end = self.sentences[q.sent][3], self.sentences[q.sent][4]
        if not passive_report_before(self.text, start, q.pair.open):
            return None
        by = _BY_AGENT.search(self.text, q.pair.close + 1, end)
        ref = self.resolve_span(by.start(1), by.end(1), q.pair.open) if by else None
        return ref if ref is not None and ref.actor is not None else None

    def _evaluating_subject(self, start: int, before: int) -> SpeakerRef | None:
        """The first subject of the sentence when it names an actor (not "it", not "they")
        and its verb is active: 'The home secretary, Priti Patel, has vowed to make the
        crossings "unviable"' (not 'Fujimori was released ..., a day after ...')."""
        words = [t for t in self.toks_between(start, before) if t.text[0].isalnum()]
        if not words or words[0].lower in NON_SPEAKING_PRONOUNS:
            return None
        ref = self._first_named_subject(start, before)
        if ref is None or ref.actor is None or ref.actor.kind not in SPEAKING_KINDS:
            return None
        lead_in = WORD_RE.findall(self.text[ref.end : before].lower())
        if any(x in PASSIVE_BE for x in lead_in) or modifies_noun(self.text[ref.end : before]):
            return None  # passive, or "Lugovoi refusal is": the name modifies the subject
        return ref
