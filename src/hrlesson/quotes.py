"""Quotations, who speaks them, and the verbs that report them.

Every pair of quotation marks is found first (marks are paired by type: ``" “ ” ‘ ’
« »`` and ``'`` as a single quote; apostrophes such as *Belarus's* and *don't* are
not marks). A pair whose content is speech or writing is a **quote**; a pair
around a name, term or ballot option (``drug "watch lists"``, ``vote "no"``) is a
**label** (see :func:`scare_quotes`); a quotation alone on a heading line is a
**heading**. Quotes nested inside another quote are part of the outer quote.

Each quote is attributed with rules for news English: ``"Q," said S``,
``"Q," S said``, ``S said: "Q"``, ``S said that ... "partial"``, ``according to
S``, passives (``slammed by Minsk as "Q"``), continuation quotes, and headline
forms (``S: "Q"``, ``"Q" - S``). Speakers are resolved to one actor per person or
body (pronouns, titles and descriptions included, see :mod:`hrlesson.actors`).

>>> from hrlesson import load_article
>>> q = quotes(load_article())
>>> q.loc[2, ["text", "speaker", "cue", "kind"]].tolist()
["The government's systematic crackdown against protesters continues,", 'Michelle Bachelet', 'say', 'full']
>>> q.speaker.value_counts().to_dict()
{'Michelle Bachelet': 12, 'Yuri Ambrazevich': 4, 'Gennady Gatilov': 2, 'Jeppe Kofod': 2, 'Thomas Wagner': 1}
"""

from __future__ import annotations

import bisect
import re
from contextlib import contextmanager
from dataclasses import dataclass, field

from . import export
from .actors import (
    COUNTRIES,
    DEMONYMS,
    DOCUMENT_NOUNS,
    GENDER_WORDS,
    GROUP_NOUNS,
    TITLE_HEADS,
    TITLE_MODIFIERS,
    Actor,
    Index,
    Token,
    actor_index,
)
from .article import Article
from .lexicon import cue_verbs
from .wordlists import word_set

__all__ = [
    "CUE_LEMMAS",
    "GOLD_FIELDS",
    "TABLE",
    "SpeechAnalysis",
    "quotation_mark_roles",
    "quote_spans",
    "quotes",
    "scare_quotes",
    "speaker_at",
    "speech_analysis",
]

# --------------------------------------------------------------------------- reporting verbs


#: The reporting verbs of ``data/lexicon.csv`` that introduce quotes (its ``cue`` column).
_CUE_VERBS = {c.lemma: c for c in cue_verbs()}

#: Reporting-verb lemmas recognised as cues (the lemma is what the ``cue`` column holds).
CUE_LEMMAS = tuple(_CUE_VERBS)
_CUE_FORMS: dict[str, str] = {}
for _verb in _CUE_VERBS.values():
    for _form in _verb.forms:
        _CUE_FORMS.setdefault(_form, _verb.lemma)
#: Cue forms that are also nouns ("a UN report", "the EU's call", "a tweet").
_NOUN_CUES = word_set("noun_cue_forms")
#: How many tokens after a cue a quotation may start when the lexicon allows ``"`` next.
_QUOTE_WINDOW = {"find": 6}
_QUOTE_WINDOW = {c.lemma: _QUOTE_WINDOW.get(c.lemma, 10) for c in _CUE_VERBS.values()}
#: Cues that name what they report: "called the vote "a farce"", "branded it "illegal"".
_NAMING_CUES = frozenset(c.lemma for c in _CUE_VERBS.values() if c.cue == "name")
_ACCORDING = re.compile(r"\b[Aa]ccording to\b")
#: Verbs whose object is a clause of reported speech ("said that ...", "told the council ...").
_CLAUSAL = frozenset(c.lemma for c in _CUE_VERBS.values() if c.cue in ("say", "clause"))
#: Verbs whose object is always reported speech ("said the talks failed").
_SAY_VERBS = frozenset(c.lemma for c in _CUE_VERBS.values() if c.cue == "say")
_FINITE = word_set("finite_verbs")
_DETERMINERS = word_set("determiners")
_PREPOSITIONS = word_set("prepositions")
_IDIOMS = re.compile(
    r"\b(?:as far as [^.,;]{0,40}?(?:could|can) tell|needless to say|that is to say|"
    r"so to speak|to say nothing of|hard to (?:say|tell)|it is said|is said to)\b",
    re.IGNORECASE,
)
_IDIOM_HINTS = ("as far as", "needless", "to say", "to speak", "hard to", "said")
_ADVERBS = word_set("adverbs")
_TIME_WORDS = word_set("time_words") | word_set("weekdays")
_AUXILIARIES = word_set("auxiliaries")
#: Frequent verbs that may come right before a quoted phrase ("have "total control"").
_COMMON_VERBS = word_set("common_verbs")
#: Words before a quotation that show it is not a term inside a noun phrase: object pronouns
#: ("calling it "Q""), verb particles ("carried out "Q" attacks") and linking verbs whose
#: complement is the speaker's description ("stood "ready to assist"").
_NOT_MODIFIERS = word_set("not_modifiers")
#: Degree words that open a predicate ("too weak to cry", "so grave"), never a term.
_DEGREE_WORDS = word_set("degree_words")
_CONJUNCTIONS = word_set("conjunctions")
_RELATIVES = word_set("relative_pronouns")
# Heads of a delegate's title, whose "of X" names the country represented.
_DELEGATE_HEADS = word_set("delegate_heads")
# Title abbreviations written with a full stop before a name ("Dr.", "Prof.", "Mr."): the
# stop does not end the phrase that names the speaker.
_HONORIFICS = word_set("honorifics")

# --------------------------------------------------------------------------- quotation marks

_MARK_RE = re.compile(r"[\"“”„«»'‘’‚‹›]")
_FAMILY = {'"': "D", "“": "D", "”": "D", "„": "D", "«": "G", "»": "G",
           "'": "S", "‘": "S", "’": "S", "‚": "S", "‹": "H", "›": "H"}  # fmt: skip
_OPENERS = "\"“„«'‘‚‹(["
_CLOSERS = "\"”»'’›)]"
_ELISION = re.compile(r"(?:til|tis|twas|em|cause|n['’]|round|\d\ds?\b)", re.IGNORECASE)


@dataclass(slots=True)
class _Mark:
    pos: int
    char: str
    family: str
    can_open: bool
    can_close: bool


@dataclass(slots=True)
class Pair:
    """A pair of quotation marks: ``open`` and ``close`` are the offsets of the marks."""

    open: int
    close: int
    family: str
    depth: int
    open_char: str
    close_char: str
    continued: bool = False


@dataclass(slots=True)
class _Pairs:
    top: list[Pair]
    nested: list[Pair]
    warnings: list[str]


def _classify_mark(text: str, i: int) -> _Mark | None:
    ch = text[i]
    family = _FAMILY[ch]
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    left = i == 0 or prev.isspace() or prev in "([{—–-/" or prev in _OPENERS
    right = i + 1 == len(text) or nxt.isspace() or nxt in ".,;:!?)]}—–-…" or nxt in _CLOSERS
    if family in ("S", "H"):
        if prev.isalnum() and nxt.isalnum():
            return None  # apostrophe: Belarus's, don't
        if ch in "'’" and left and _ELISION.match(text, i + 1):
            return None  # 'til, '90s, rock 'n' roll
    if ch in "“„‘‚«‹":
        return _Mark(i, ch, family, True, (not left) and right)
    if ch in "”»’›":
        return _Mark(i, ch, family, left and not right, True)
    # straight marks: decide from the spaces around them
    can_open = left and not right
    can_close = right and not left
    if not can_open and not can_close:
        can_open = can_close = family == "D"
        if family == "S":
            return None
    return _Mark(i, ch, family, can_open, can_close)


def _pair_marks(text: str, paragraphs: list[tuple]) -> _Pairs:
    marks = [m for m in (_classify_mark(text, x.start()) for x in _MARK_RE.finditer(text)) if m]
    top: list[Pair] = []
    nested: list[Pair] = []
    warnings: list[str] = []
    stack: list[list] = []  # [mark, continued]
    k = 0
    for p_start, p_end in ((p[2], p[3]) for p in paragraphs):
        here = []
        while k < len(marks) and marks[k].pos < p_end:
            if marks[k].pos >= p_start:
                here.append(marks[k])
            k += 1
        j = 0
        if stack:
            bottom = stack[0]
            first = here[0] if here else None
            if (
                first
                and first.pos == p_start
                and first.can_open
                and first.family == bottom[0].family
            ):
                stack = [bottom]  # a quotation continued in the next paragraph
                bottom[1] = True
                j = 1
            elif (
                first
                and first.can_close
                and not first.can_open
                and first.family == bottom[0].family
            ):
                stack = [bottom]
                bottom[1] = True
            else:
                warnings.append(_unmatched(text, bottom[0]))
                stack = []
        for mark in here[j:]:
            if not stack:
                if mark.can_open:
                    stack.append([mark, False])
                elif mark.family in ("D", "G") and mark.char != "'":
                    warnings.append(
                        f"closing quotation mark {mark.char} at offset {mark.pos} has no "
                        "opening mark: ignored"
                    )
                continue
            top_mark = stack[-1][0]
            if mark.family == top_mark.family:
                if mark.can_close:
                    _close(stack, len(stack) - 1, mark, top, nested)
                elif mark.can_open:
                    stack.append([mark, False])
                continue
            if mark.can_open and not mark.can_close:
                stack.append([mark, False])
                continue
            lower = [i for i, s in enumerate(stack) if s[0].family == mark.family]
            if mark.can_close and lower:
                _close(stack, lower[-1], mark, top, nested)
            elif mark.can_open:
                stack.append([mark, False])
    if stack:
        warnings.append(_unmatched(text, stack[0][0]))
    top.sort(key=lambda p: p.open)
    nested.sort(key=lambda p: p.open)
    return _Pairs(top, nested, warnings)


def _close(stack: list[list], i: int, mark: _Mark, top: list[Pair], nested: list[Pair]) -> None:
    opener, continued = stack[i]
    del stack[i:]
    pair = Pair(opener.pos, mark.pos, opener.family, i, opener.char, mark.char, continued)
    (nested if i else top).append(pair)


def _unmatched(text: str, mark: _Mark) -> str:
    snippet = text[mark.pos : mark.pos + 30].split("\n")[0]
    return (
        f"opening quotation mark {mark.char} at offset {mark.pos} is never closed "
        f"({snippet!r}...): not read as a quotation"
    )


def _pairs(article: Article) -> _Pairs:
    cache = article._cache.setdefault("quotes", {})
    if "pairs" not in cache:
        cache["pairs"] = _pair_marks(article.text, article._segments()[0])
    return cache["pairs"]


# --------------------------------------------------------------------------- cues


@dataclass(slots=True, eq=False)
class _Cue:
    start: int
    end: int
    form: str
    lemma: str | None  # None for "according to"
    sent: int
    tok: int  # index of the cue's token
    passive: bool = False
    subject: _Ref | None = None
    clausal: bool = False
    parenthetical: bool = False
    event: int = 0


@dataclass(slots=True)
class _Ref:
    """A resolved speaker: an actor, or a description that names no actor."""

    actor: Actor | None
    label: str | None
    start: int
    end: int
    described: bool = False  # found through a description ("the envoy"), not a name

    @property
    def name(self) -> str | None:
        if self.actor is not None:
            return self.actor.name
        return self.label


def is_cue_at(text: str, tok: Token) -> bool:
    """True when ``tok`` is a reporting verb form (used by :mod:`hrlesson.actors`)."""
    return tok.text.islower() and tok.lower in _CUE_FORMS


# --------------------------------------------------------------------------- analysis


@dataclass(slots=True, eq=False)
class _Quote:
    pair: Pair
    start: int
    end: int
    text: str
    role: str = "quote"  # quote, heading, label
    reason: str = ""
    kind: str = "partial"
    cue: _Cue | None = None
    ref: _Ref | None = None
    attribution: str | None = None
    event: int = 0
    sent: int = 0
    n_words: int = 0
    speaker_actor: Actor | None = None
    speaker: str | None = None


@dataclass
class SpeechAnalysis:
    """Everything the speech tables read, computed once per article (see :func:`speech_analysis`).

    ``quotes`` (quotes and headings, in reading order), ``labels`` (pairs of marks that are
    not speech), ``cues`` (reporting verbs with their resolved subjects), ``regions``
    (stretches of reported speech) and the pairer's ``warnings``.
    """

    quotes: list[_Quote]
    labels: list[_Quote]
    headings: list[_Quote]
    cues: list[_Cue]
    regions: list[tuple[int, int, str]]
    warnings: list[str]
    extra_mentions: dict[int, list[tuple[int, int]]] = field(default_factory=dict)
    attributor: _Attributor | None = field(default=None, repr=False)
    _verb_subjects: dict[tuple[int, int], _Ref | None] = field(default_factory=dict, repr=False)

    def cue_at(self, start: int, end: int) -> _Cue | None:
        """The cue that starts in ``[start, end)``, if the attribution found one there."""
        starts = [c.start for c in self.cues]
        i = bisect.bisect_left(starts, start)
        return self.cues[i] if i < len(self.cues) and self.cues[i].start < end else None

    def introduced_at(self, start: int, end: int) -> tuple[str | None, str | None]:
        """Who the reporting verb at ``text[start:end]`` introduces, and the evidence.

        The speaker of the quote the verb governs when there is one (so ``quotes`` and
        ``reporting_verbs`` always agree), else the verb's subject as the attribution
        resolved it (indirect speech: "The UN rights chief accused Belarus ...").
        """
        cue = self.cue_at(start, end)
        if cue is not None:
            quote = next((q for q in self.quotes if q.cue is cue and q.role == "quote"), None)
            if quote is not None and quote.speaker is not None:
                evidence = _quote_evidence(self.attributor, quote) if self.attributor else ""
                return quote.speaker, f"introduces the quote {_quote_ref(quote)}: {evidence}"
            ref = cue.subject
        else:
            key = (start, end)
            if key not in self._verb_subjects and self.attributor is not None:
                self._verb_subjects[key] = self.attributor.subject_of_verb(start, end)
            ref = self._verb_subjects.get(key)
        if ref is None or ref.name is None:
            return None, None
        return ref.name, _ref_evidence(self.attributor, "subject", ref)


#: The old private name, kept while other modules move to :class:`SpeechAnalysis`.
_Analysis = SpeechAnalysis


_WORDS = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")


class _Attributor:
    """Finds cues, resolves their subjects and attributes each quotation."""

    def __init__(self, article: Article) -> None:
        self.article = article
        self.text = article.text
        self.pairs = _pairs(article)
        self.index: Index = actor_index(article)
        self.tokens = self.index.tokens
        self.paragraphs, self.sentences, _ = article._segments()
        self.sent_starts = [s[3] for s in self.sentences]
        self.par_of_sent = [s[1] for s in self.sentences]
        self.top = self.pairs.top
        self.top_opens = [p.open for p in self.top]
        self.outside = _outside_mask(self.tokens, self.top)
        self.speakerish = self._speakerish()
        self.timeline: list[tuple[int, Actor, bool]] = []  # (pos, actor, salient)
        self.docs: dict[str, _Ref] = {}
        self.last_doc: _Ref | None = None
        self.extra: dict[int, list[tuple[int, int]]] = {}
        self.desc_memory: dict[tuple, _Ref] = {}
        self._subjects: list[tuple[int, Actor]] | None = None
        self._subject_starts: list[int] = []
        self._ranks: list[int] | None = None
        self.cues: list[_Cue] = []
        self.cue_starts: list[int] = []

    # -- small helpers ------------------------------------------------------------
    def sent_of(self, pos: int) -> int:
        return bisect.bisect_right(self.sent_starts, pos) - 1

    def quote_at(self, pos: int) -> Pair | None:
        i = bisect.bisect_right(self.top_opens, pos) - 1
        if i >= 0 and self.top[i].open <= pos <= self.top[i].close:
            return self.top[i]
        return None

    def toks_between(self, start: int, end: int) -> list[Token]:
        """Tokens that start in ``[start, end)`` and lie outside quotations."""
        starts = self.index.token_starts
        i = bisect.bisect_left(starts, start)
        j = bisect.bisect_left(starts, end)
        outside = self.outside
        return [t for k, t in enumerate(self.tokens[i:j], i) if outside[k]]

    def _speakerish(self) -> set[int]:
        """Starts of person mentions next to a reporting verb ("Moreau said", "said Moreau")."""
        out = set()
        toks = self.tokens
        for m in self.index.mentions:
            if m.actor.kind != "person":
                continue
            i = self.index.token_index(m.start)
            j = self.index.token_index(m.end)
            before = toks[i - 1].lower if i > 0 else ""
            after = toks[j].lower if j < len(toks) else ""
            if before in _CUE_FORMS or after in _CUE_FORMS:
                out.add(m.start)
        return out

    def subject_of_verb(self, start: int, end: int) -> _Ref | None:
        """The subject of a reporting verb that is no cue, found by the cue rules' own subject
        finder ("The UN rights chief accused Belarus ..."), without changing the analysis."""
        ti = self.index.token_index(start)
        if ti >= len(self.tokens) or self.tokens[ti].start != start or self.quote_at(start):
            return None
        tok = self.tokens[ti]
        nxt = self._next_word(ti)
        passive = nxt is not None and nxt.lower == "by" and tok.lower.endswith("ed")
        cue = _Cue(start, tok.end, tok.text, _CUE_FORMS.get(tok.lower, tok.lower), tok.sent, ti)
        cue.passive = passive
        earlier = [c for c in self.cues if c.sent == tok.sent and c.start < start]
        with self._scratch():
            return self._subject(cue, earlier)

    @contextmanager
    def _scratch(self):
        """Undo, on exit, what resolving a subject records on actors and in the memories."""
        index = self.index
        actors = list(index.actors)
        fields = [(a.role, a.affiliation, a.gender) for a in actors]
        by_key = dict(index._by_key)
        memory = dict(self.desc_memory)
        extra = {k: list(v) for k, v in self.extra.items()}
        docs, last_doc = dict(self.docs), self.last_doc
        try:
            yield
        finally:
            index.actors[:] = actors
            for a, (role, affiliation, gender) in zip(actors, fields, strict=True):
                a.role, a.affiliation, a.gender = role, affiliation, gender
            index._by_key.clear()
            index._by_key.update(by_key)
            self.desc_memory = memory
            self.extra.clear()
            self.extra.update(extra)
            self.docs, self.last_doc = docs, last_doc

    def _note(self, actor: Actor | None, start: int, end: int) -> None:
        if actor is not None and end > start:
            spans = self.extra.setdefault(id(actor), [])
            if (start, end) not in spans and (start, end) not in actor.mentions:
                spans.append((start, end))

    # -- cues -----------------------------------------------------------------------
    def find_cues(self) -> list[_Cue]:
        text = self.text
        lowered = text.lower()
        idioms = []
        if any(w in lowered for w in _IDIOM_HINTS):
            idioms = [(m.start(), m.end()) for m in _IDIOMS.finditer(text)]
        cues = []
        for ti, tok in enumerate(self.tokens):
            lower = tok.text.lower()
            if lower not in _CUE_FORMS:
                continue
            pos = tok.start
            if self.quote_at(pos) is not None or any(a <= pos < b for a, b in idioms):
                continue
            form = tok.text
            if not form.islower() and not self._sentence_initial(ti):
                continue
            prev = self._prev_word(ti, skip_quotes=True)
            if prev is not None and (
                prev.lower in _DETERMINERS or (prev.poss and prev.lower not in ("it",))
            ):
                continue  # a noun: "the report", "her report", "a warning"
            if prev is not None and prev.lower in ("to",) and lower.endswith(("s", "ed")):
                continue
            lemma = _CUE_FORMS[lower]
            nxt = self._next_word(ti)
            nxt_lower = nxt.lower if nxt else ""
            if (
                lemma == "accuse"
                and nxt_lower == "of"
                and (
                    prev is None
                    or prev.lower not in ("it", "he", "she", "they", "we", "who", "which")
                )
            ):
                continue  # "put on trial accused of ...": nobody speaks here
            if not self._allowed_next(tok, lemma, nxt_lower):
                continue  # "point" only in "point to/out", "put" only in "put it", ...
            if lower == "states" and (
                prev is None or (prev.lower not in DOCUMENT_NOUNS and prev.lower != "it")
            ):
                continue  # "member states"; but "the report states", "it states"
            if lemma == "read" and not (
                prev is not None
                and prev.lower in DOCUMENT_NOUNS
                and (nxt is None or nxt.sent != tok.sent)
            ):
                continue  # only a document's wording, postposed: '"Q," the statement read.'
            if (
                lemma in ("report", "note", "claim", "demand", "warn", "appeal", "request")
                and prev is not None
                and prev.text.islower()
                and prev.lower not in _ADVERBS
                and self._noun_after_adjective(ti, prev)
            ):
                continue  # "a damning report", "their repeated claims"
            if lower in _NOUN_CUES and self._after_determined_name(ti):
                continue  # "a United Nations report", "the UN appeal": a noun, not a verb
            passive = nxt_lower == "by" and (
                lower.endswith("ed") or lower in ("said", "told", "written")
            )
            if (
                passive is False
                and prev is not None
                and prev.lower in ("was", "were", "been", "be", "being", "is", "are")
            ):
                continue  # "was told", "were reported": no speaker here
            cue = _Cue(tok.start, tok.end, form, lemma, tok.sent, ti, passive)
            cue.clausal = self._that_follows(ti) or (
                lemma in _CLAUSAL
                and (
                    lemma in _SAY_VERBS or nxt_lower not in _DETERMINERS or self._clause_follows(ti)
                )
            )
            cues.append(cue)
        # "told the council that the commission had found "...": a finding reported inside
        # someone's speech is that speaker's quote; "find" is a cue only on its own
        said = {c.sent for c in cues if c.lemma != "find"}
        cues = [c for c in cues if c.lemma != "find" or c.sent not in said]
        for m in _ACCORDING.finditer(text):
            if self.quote_at(m.start()) is None:
                ti = self.index.token_index(m.start())
                cues.append(_Cue(m.start(), m.end(), m.group(0), None, self.tokens[ti].sent, ti))
        cues.sort(key=lambda c: c.start)
        return cues

    def _allowed_next(self, tok: Token, lemma: str, nxt_lower: str) -> bool:
        """The word after the cue is one its lexicon rows allow (``cue_next``, a particle).

        ``"`` allows a quotation soon after: "called the vote "a farce"", "found "grounds"".
        """
        allowed = _CUE_VERBS[lemma].next_words
        if not allowed or nxt_lower in allowed:
            return True
        return '"' in allowed and self._quote_follows(tok, _QUOTE_WINDOW[lemma])

    def _after_determined_name(self, ti: int) -> bool:
        """A capitalised name with a determiner before it: ``a United Nations [report]``."""
        j = ti - 1
        while j >= 0 and self.tokens[j].sent == self.tokens[ti].sent and self.tokens[j].cap:
            j -= 1
        return (
            j < ti - 1
            and j >= 0
            and self.tokens[j].sent == self.tokens[ti].sent
            and self.tokens[j].lower in _DETERMINERS
        )

    def _noun_after_adjective(self, ti: int, prev: Token) -> bool:
        p2 = self._prev_word(ti - 1)
        if p2 is not None and p2.lower in _DETERMINERS:
            return True
        return prev.lower.endswith(("ing", "al", "ful", "ous", "ive"))

    def _sentence_initial(self, ti: int) -> bool:
        tok = self.tokens[ti]
        j = ti - 1
        while j >= 0 and self.tokens[j].sent == tok.sent and not self.tokens[j].text[0].isalnum():
            j -= 1
        return j < 0 or self.tokens[j].sent != tok.sent

    def _prev_word(self, ti: int, skip_quotes: bool = False) -> Token | None:
        j = ti - 1
        if skip_quotes and j >= 0:
            q = self.quote_at(self.tokens[j].start)
            if q is not None and self.text[q.close + 1 : self.tokens[ti].start].strip() == "":
                j = self.index.token_index(q.open) - 1
        if (
            j >= 0
            and self.tokens[j].sent == self.tokens[ti].sent
            and self.tokens[j].text[0].isalnum()
        ):
            return self.tokens[j]
        return None

    def _next_word(self, ti: int) -> Token | None:
        j = ti + 1
        if j < len(self.tokens) and self.tokens[j].text[0].isalnum():
            return self.tokens[j]
        return None

    def _quote_follows(self, tok: Token, n: int) -> bool:
        i = self.index.token_index(tok.end)
        for t in self.tokens[i : i + n]:
            if t.sent != tok.sent:
                return False
            if t.text in "\"“‘'«" and self.quote_at(t.start) is not None:
                return True
            if t.lower in _CUE_FORMS:
                return False
        return False

    def _clause_follows(self, ti: int) -> bool:
        """A finite verb soon after the cue: "confirmed the report was ..." (not "claim a term")."""
        for t in self.tokens[ti + 1 : ti + 8]:
            if t.sent != self.tokens[ti].sent or t.text in ".;,":
                return False
            if t.lower in _FINITE:
                return True
        return False

    def _that_follows(self, ti: int) -> bool:
        for t in self.tokens[ti + 1 : ti + 7]:
            if t.sent != self.tokens[ti].sent or t.text in ".;":
                return False
            if t.lower == "that":
                return True
        return False

    # -- subjects ---------------------------------------------------------------------
    def resolve_cues(self, cues: list[_Cue]) -> None:
        by_sent: dict[int, list[_Cue]] = {}
        for c in cues:
            by_sent.setdefault(c.sent, []).append(c)
        for s_index in range(len(self.sentences)):
            sent_cues = by_sent.get(s_index, [])
            for i, cue in enumerate(sent_cues):
                cue.subject = self._subject(cue, sent_cues[:i])
                if cue.subject is not None and cue.subject.actor is not None:
                    self.timeline.append((cue.start, cue.subject.actor, True))
            self._register_documents(s_index, sent_cues)

    def _subject(self, cue: _Cue, earlier: list[_Cue]) -> _Ref | None:
        text = self.text
        s_start, s_end = self.sentences[cue.sent][3], self.sentences[cue.sent][4]
        if cue.lemma is None:  # according to X
            return self._phrase_after(cue.end, s_end, cue.start)
        if cue.passive:
            by = self.index.token_index(cue.end)
            return self._phrase_after(self.tokens[by].end, s_end, cue.start)
        bound = s_start
        q_before = self._last_quote_before(cue.start, s_start)
        if q_before is not None:
            bound = max(bound, q_before.close + 1)
        if earlier and not self._aside_cue(earlier[-1], cue):
            bound = max(bound, earlier[-1].end)
        left = text[bound : cue.start]
        left_words = [t for t in self.toks_between(bound, cue.start) if t.text[0].isalnum()]
        # inverted order after a quotation: "..." said the UN rights chief
        if (
            q_before is not None
            and not left_words
            and bound == q_before.close + 1
            and not (earlier and earlier[-1].end > q_before.close)
        ):
            return self._phrase_after(cue.end, s_end, cue.start, inverted=True)
        # "S quoted X as saying": the words are X's; "X was quoted as saying (by S)": X's too
        if cue.form.lower() == "saying" and len(left_words) >= 2 and left_words[-1].lower == "as":
            k = next(
                (k for k in range(len(left_words) - 2, -1, -1) if left_words[k].lower == "quoted"),
                None,
            )
            if k is not None and k == len(left_words) - 2:
                if k >= 1 and left_words[k - 1].lower in ("was", "were", "been"):
                    ref = self._subject_from_left(bound, left_words[k - 1].start, cue)
                    if ref is not None:
                        return ref
            elif k is not None:
                obj = left_words[k + 1 : -1]
                ref = self._resolve_span(obj[0].start, obj[-1].end, cue.start)
                if ref is None and len(obj) <= 3 and obj[-1].text.islower():
                    # "quoted the woman as saying": a person the article only describes
                    label = " ".join(w.lower for w in obj if w.lower not in _DETERMINERS)
                    ref = _Ref(None, label, obj[0].start, obj[-1].end, True)
                if ref is not None:
                    return ref
        # participle: "..., saying", "Citing ...": the subject of the main clause
        if cue.form.lower().endswith("ing"):
            stripped = left.strip()
            with_k = next(
                (k for k in range(len(left_words) - 1, -1, -1) if left_words[k].lower == "with"),
                None,
            )
            if (
                with_k is not None
                and 0 < with_k < len(left_words) - 1
                and text[bound : left_words[with_k].start].rstrip().endswith(",")
            ):
                # absolute construction "..., with its foreign minister, X, calling ...": the
                # participle's subject follows "with", not the main clause's
                ref = self._subject_from_left(left_words[with_k].end, cue.start, cue)
                if ref is not None:
                    return ref
            if (
                not left_words
                or stripped.endswith(",")
                or [w.lower for w in left_words]
                in (
                    ["and"],
                    ["while"],
                    ["but"],
                )
            ):
                return self._main_subject(cue, earlier, s_start, s_end)
            if left_words and left_words[0].lower == "with":
                left_words = left_words[1:]
        words = [w for w in left_words if w.lower not in _ADVERBS]
        if not words or words[-1].lower in ("and", "but", "or", "nor"):
            # "... and called for": the subject of the first verb
            return self._main_subject(cue, earlier, s_start, s_end)
        # relative clause: "..., who said", "which it accused"
        if words[-1].lower in _RELATIVES or (
            len(words) >= 2
            and words[-2].lower in ("which", "who", "that")
            and words[-1].lower in ("it", "they", "he", "she")
        ):
            if words[-1].lower in ("it", "they", "he", "she"):
                return self._resolve_span(words[-1].start, words[-1].end, cue.start)
            return self._antecedent(words[-1].start, s_start, words[-1].lower in ("who", "whom"))
        return self._subject_from_left(bound, cue.start, cue)

    def _aside_cue(self, prev: _Cue, cue: _Cue) -> bool:
        """'The minister, asked whether ..., said': a cue inside an aside set off by commas
        is no boundary for the subject of the cue that follows it."""
        s_start = self.sentences[cue.sent][3]
        return (
            prev.form.lower().endswith("ed")
            and self.text[s_start : prev.start].rstrip().endswith(",")
            and self.text[prev.end : cue.start].rstrip().endswith(",")
            and self.quote_at(prev.end) is None
            and not any(self.quote_at(t.start) for t in self.toks_between(prev.end, cue.start))
        )

    def _last_quote_before(self, pos: int, floor: int) -> Pair | None:
        i = bisect.bisect_right(self.top_opens, pos) - 1
        while i >= 0:
            p = self.top[i]
            if p.close < pos:
                return p if p.close >= floor else None
            i -= 1
        return None

    def _subject_from_left(self, bound: int, cue_start: int, cue: _Cue) -> _Ref | None:
        """The subject in ``text[bound:cue_start]``: the last clause, asides skipped."""
        toks = [t for t in self.toks_between(bound, cue_start)]
        # split into comma segments
        segments: list[list[Token]] = [[]]
        depth = 0
        for t in toks:
            if t.text == "(":
                depth += 1
            elif t.text == ")":
                depth = max(0, depth - 1)
            if t.text in ",;:—–" and depth == 0:
                segments.append([])
            else:
                segments[-1].append(t)
        last_words = [t for t in segments[-1] if t.text[0].isalnum()]
        # "Santos, a former minister, later told": an adverb alone after the aside
        ends_with_comma = all(t.lower in _ADVERBS or t.lower in _TIME_WORDS for t in last_words)
        asides: list[list[Token]] = []
        if ends_with_comma and len(segments) > 1:
            segments.pop()
            # skip the aside(s) between the subject and the verb
            while len(segments) > 1:
                aside = [t for t in segments[-1] if t.text[0].isalnum()]
                segments.pop()
                asides.append(aside)
                first = aside[0].lower if aside else ""
                if first not in _RELATIVES and first not in ("however", "meanwhile", "too"):
                    break
        chosen = None
        for seg in reversed(segments):
            words = [t for t in seg if t.text[0].isalnum()]
            if words:
                chosen = words
                break
        if not chosen:
            return None
        # cut after the last reporting verb or "that" inside the clause ("said her report")
        for i in range(len(chosen) - 1, -1, -1):
            if chosen[i].lower in ("that",) or (
                chosen[i].lower in _CUE_FORMS and chosen[i].text.islower() and i < len(chosen) - 1
            ):
                chosen = chosen[i + 1 :]
                break
        while chosen and chosen[0].lower in _CONJUNCTIONS:
            chosen = chosen[1:]
        while chosen and (chosen[-1].lower in _ADVERBS or chosen[-1].lower in _TIME_WORDS):
            chosen = chosen[:-1]
            if chosen and chosen[-1].lower in ("on", "last", "this", "on", "at"):
                chosen = chosen[:-1]
        # "The spokesman for the ministry, Ivo Marek, said", "His colleague, Ambassador Omar
        # Haidari, disagreed": the name in apposition says who the subject is
        named = None
        for aside in filter(None, asides):
            names = self.index.mentions_in(aside[0].start, aside[-1].end + 1)
            if names and names[0].actor.kind == "person" and _only_titles_before(aside, names[0]):
                named = names[0]
                break
        if named is not None and chosen and not self._names_person(chosen):
            self._describe(named.actor, chosen)
            return _Ref(named.actor, None, named.start, named.end)
        ref = self._resolve_span(chosen[0].start, chosen[-1].end, cue.start) if chosen else None
        return ref

    def _main_subject(
        self, cue: _Cue, earlier: list[_Cue], s_start: int, s_end: int
    ) -> _Ref | None:
        for prev in reversed(earlier):
            if prev.subject is not None and prev.lemma is not None and not prev.passive:
                return prev.subject
        # the first clause of the sentence that is not a fronted phrase
        toks = self.toks_between(s_start, cue.start)
        words = [t for t in toks if t.text[0].isalnum()]
        if not words:
            # sentence-initial participle: "Citing "...", an independent expert ..."
            q = self.quote_at(self._next_nonspace(cue.end))
            after = q.close + 1 if q is not None else cue.end
            return self._phrase_after(after, s_end, cue.start, skip_to_comma=q is None)
        segs: list[list[Token]] = [[]]
        for t in toks:
            if t.text in ",;":
                segs.append([])
            elif t.text[0].isalnum():
                segs[-1].append(t)
        for seg in segs:
            if (
                seg
                and seg[0].lower not in _PREPOSITIONS
                and seg[0].lower
                not in (
                    "as",
                    "while",
                    "when",
                    "because",
                    "although",
                    "if",
                )
            ):
                return self._resolve_span(seg[0].start, seg[-1].end, cue.start)
        return None

    def _next_nonspace(self, pos: int) -> int:
        while pos < len(self.text) and self.text[pos].isspace():
            pos += 1
        return pos

    def _phrase_after(
        self, start: int, s_end: int, at: int, inverted: bool = False, skip_to_comma: bool = False
    ) -> _Ref | None:
        toks = self.toks_between(start, s_end)
        if skip_to_comma:
            for i, t in enumerate(toks):
                if t.text == ",":
                    toks = toks[i + 1 :]
                    break
        while toks and not toks[0].text[0].isalnum():
            toks = toks[1:]
        words: list[Token] = []
        for n, t in enumerate(toks):
            if (
                t.text == "."
                and words
                and words[-1].lower in _HONORIFICS
                and t.start == words[-1].end
            ):
                continue  # "said Prof. Odhiambo": the full stop of a title abbreviation
            if t.text in ",.;:!?()—–" or self.quote_at(t.start) is not None:
                if t.text == "," and words and n + 1 < len(toks):
                    # "said the special rapporteur, Ines Moreau": the name in apposition
                    a = n + 1
                    if toks[a].lower in _HONORIFICS and a + 1 < len(toks):
                        # "the Commissioner for Information, Mrs. Folake Ibironke,"
                        a += 2 if toks[a + 1].text == "." and a + 2 < len(toks) else 1
                    m = self.index.mention_starting(toks[a].start)
                    if m is not None and m.actor.kind == "person":
                        if not self._names_person(words):
                            self._describe(m.actor, words)
                        return _Ref(m.actor, None, m.start, m.end)
                break
            if (
                words
                and inverted
                and t.lower
                in (
                    "in",
                    "on",
                    "at",
                    "during",
                    "via",
                    "after",
                    "before",
                    "from",
                    "to",
                    "when",
                    "while",
                    "who",
                )
            ) and not (t.lower in ("on", "for", "of") and self._cap_next(t)):
                break
            if (
                words
                and t.text.islower()
                and t.lower in _CUE_FORMS
                and words[-1].lower not in _DETERMINERS
                and not words[-1].poss
            ):
                break
            words.append(t)
        if not words:
            return None
        return self._resolve_span(words[0].start, words[-1].end, at)

    def _cap_next(self, t: Token) -> bool:
        i = self.index.token_index(t.end)
        return i < len(self.tokens) and self.tokens[i].cap

    def _antecedent(self, rel_start: int, s_start: int, personal: bool = False) -> _Ref | None:
        cands = [m for m in self.index.mentions_in(s_start, rel_start) if m.end <= rel_start]
        if personal and any(m.actor.kind == "person" for m in cands):
            # "Leyla Osmanoglu, director of the Centre for Minority Rights, who said": "who"
            # refers to a person, not to the organisation named in her appositive
            cands = [m for m in cands if m.actor.kind == "person"]
        if cands:
            m = cands[-1]
            return _Ref(m.actor, None, m.start, m.end)
        return None

    # -- resolving a phrase to an actor -------------------------------------------------
    def _resolve_span(self, start: int, end: int, at: int) -> _Ref | None:
        """The first entity in ``text[start:end]``: a pronoun, name, description or document."""
        words = [t for t in self.toks_between(start, end) if t.text[0].isalnum() or t.text == "'"]
        words = [t for t in words if t.text[0].isalnum()]
        mentions = self.index.mentions_in(start, end)
        titled = self._titled_name(words, mentions)
        if titled is not None:
            return titled
        i = 0
        while i < len(words):
            t = words[i]
            low = t.lower
            m = next((x for x in mentions if x.start == t.start), None)
            if low in ("he", "she", "they", "it", "we"):
                return self._pronoun(t, at)
            # "According to him, ...": an object pronoun standing alone is the speaker too
            # ("her" only as the last word: "according to her office" is a possessive)
            if low in ("him", "them") or (low == "her" and i == len(words) - 1):
                return self._pronoun(t, at)
            if low in ("the", "a", "an") and i + 1 < len(words):
                # "the Group of Human Rights Experts on Nicaragua": the name, not a description
                m2 = next((x for x in mentions if x.start == words[i + 1].start), None)
                if m2 is not None and m2.how == "name":
                    if m2.actor.kind != "person":
                        desc = self._description(words, i, at)
                        if desc is not None and desc.end > m2.end:
                            return desc  # "the United Nations human rights chief"
                    return _Ref(m2.actor, None, m2.start, m2.end)
            if low == "the" and i + 1 < len(words) and m is None:
                acr = self._role_acronym(words[i + 1], at)
                if acr is not None:
                    return acr
            if low in ("his", "her", "its", "their") and i + 1 < len(words):
                # "her report": the owner of a document
                rest = words[i + 1 :]
                doc = next((r for r in rest[:3] if r.lower in DOCUMENT_NOUNS), None)
                if doc is not None:
                    return self._pronoun(t, at, span=(t.start, doc.end))
            if m is not None and m.actor.kind != "person" and m.how == "name":
                # "The United Nations human rights chief": a description that starts with a name
                desc = self._description(words, i, at)
                if desc is not None and desc.end > m.end:
                    return desc
            if m is not None:
                possessor = t.poss and i + 1 < len(words) and _is_head(words[i + 1].lower)
                if m.actor.kind != "person" or possessor:
                    # "EU ambassador Thomas Wagner", "Government spokesman Ali Reza"
                    person = self._person_after_titles(words, i, mentions)
                    if person is not None:
                        return person
                after = next((w for w in words[i + 1 :] if w.start >= m.end), None)
                modifier = (
                    after is not None
                    and _is_head(after.lower)
                    and self.text[m.end : after.start].strip() == ""
                )
                if (
                    (m.how in ("demonym", "country", "acronym") and m.end <= t.end)
                    or possessor
                    or (modifier and m.actor.kind != "person")
                ):
                    # "UN human rights chief", "Ukraine's UN ambassador", "the rapporteur's
                    # spokesperson": a description
                    desc = self._description(words, i, at)
                    if desc is not None:
                        return desc
                if m.how == "demonym":
                    i += 1
                    continue
                return _Ref(m.actor, None, m.start, m.end)
            if low in DOCUMENT_NOUNS:
                return self._document(words, i, at)
            desc = self._description(words, i, at)
            if desc is not None:
                return desc
            i += 1
        return None

    def _epithet(self, noun: str, det: str | None, start: int, end: int, at: int) -> _Ref | None:
        """``the father of three told``: the man of this paragraph the writer renames.

        Only with "the", a gendered noun, and a person of that gender named earlier in the
        same paragraph (the latest one).
        """
        gender = _EPITHET_GENDER.get(noun)
        if det != "the" or gender is None:
            return None
        num = self.par_of_sent[self.sent_of(at)]
        par = next((p for p in self.paragraphs if p[0] == num), None)
        if par is None:
            return None
        if self._introduces_unnamed(par[2], start):
            return None  # "a witness told ...; X quoted the woman": the unnamed one
        for m in reversed(self.index.mentions_in(par[2], start)):
            if m.actor.kind == "person" and m.actor.gender == gender and not m.in_quote:
                self._note(m.actor, start, end)
                return _Ref(m.actor, None, start, end, True)
        return None

    def _introduces_unnamed(self, start: int, end: int) -> bool:
        """An indefinite person noun in ``[start, end)``: "a witness", "a young woman"."""
        words = [t for t in self.toks_between(start, end) if t.text[0].isalnum()]
        person_nouns = _ANONYMOUS | _RELATION_WORDS | _KIN_WORDS
        return any(
            t.lower in person_nouns
            and any(w.lower in ("a", "an", "one") for w in words[max(0, k - 2) : k])
            for k, t in enumerate(words)
        )

    def _role_acronym(self, tok: Token, at: int) -> _Ref | None:
        """``the CS`` for a Cabinet Secretary named before: initials of a person's title.

        Only an all-capital word of two to four letters that is no known actor, and only a
        person met before ``at`` whose title's capitalised words start with those letters.
        """
        word = tok.text
        if not (word.isalpha() and word.isupper() and 2 <= len(word) <= 4):
            return None
        if self.index.mention_starting(tok.start) is not None:
            return None
        best = None
        for a in self.index.actors:
            if a.kind != "person" or not a.role or a.first[0] >= at:
                continue
            caps = [w[0] for w in a.role.split() if w[:1].isupper()]
            initials = "".join(caps)
            if word in initials and (best is None or a.first[0] > best.first[0]):
                best = a
        if best is None:
            return None
        self._note(best, tok.start, tok.end)
        return _Ref(best, None, tok.start, tok.end, True)

    def _titled_name(self, words: list[Token], mentions: list) -> _Ref | None:
        """``Velmoran Deputy Minister of Justice and Human Rights Ahmet Sarıkaya``.

        A phrase of capitalised words (with of/for/on/to/in/the/and inside) that contains a
        title head and runs, without punctuation, straight into a person's name is that
        person's title: the phrase names the person, not an unnamed office holder.
        """
        if not words or not words[0].cap:
            return None
        person = next((m for m in mentions if m.actor.kind == "person" and m.how == "name"), None)
        if person is None or person.start == words[0].start:
            return None
        before = [w for w in words if w.start < person.start]
        if any(c in self.text[words[0].start : person.start] for c in ',;:()—–"'):
            return None
        if not any(w.lower in TITLE_HEADS for w in before):
            return None
        if not all(w.cap or w.lower in _TITLE_LINKS for w in before):
            return None
        return _Ref(person.actor, None, person.start, person.end)

    def _names_person(self, words: list[Token]) -> bool:
        """True when ``words`` name a person (not just describe one)."""
        return any(
            m.actor.kind == "person" and m.how in ("name", "surname")
            for m in self.index.mentions_in(words[0].start, words[-1].end)
        )

    def _describe(self, actor: Actor, words: list[Token]) -> None:
        """Record a description in apposition to a name as an alias, and as the role."""
        start, end = words[0].start, words[-1].end
        self._note(actor, start, end)
        if actor.role is None:
            heads = [w for w in words if w.lower in TITLE_HEADS and not w.poss]
            if heads:
                first = next(
                    (
                        k
                        for k, w in enumerate(words)
                        if w.lower not in ("the", "a", "an", "his", "her")
                    ),
                    0,
                )
                role_words = [
                    w.base for w in words[first : words.index(heads[0]) + 1] if not w.poss
                ]
                actor.role = " ".join(role_words) or None
        if actor.affiliation is None:
            for m in self.index.mentions_in(start, end):
                if m.actor.kind in ("state", "organisation"):
                    actor.affiliation = m.actor.name
                    break

    def _unnamed_person(self, description: str, affiliation: str | None) -> Actor:
        """A person the article describes but never names ("one Western diplomat")."""
        key = "unnamed:" + description.lower()
        actor = self.index._by_key.get(key)
        if actor is None:
            actor = self.index._new_actor("person", description, key)
            actor.role = description
            actor.affiliation = affiliation
        return actor

    def _relink(self, ref: _Ref, actor: Actor) -> None:
        """A description turned out to name ``actor`` ("the spokesman ..., Ivo Marek,")."""
        for key, known in list(self.desc_memory.items()):
            if known.start == ref.start:
                self.desc_memory[key] = _Ref(actor, None, ref.start, ref.end, True)
        self._note(actor, ref.start, ref.end)

    def _person_after_titles(self, words: list[Token], i: int, mentions: list) -> _Ref | None:
        j = i + 1
        while j < len(words) and (
            words[j].lower in TITLE_HEADS
            or words[j].lower in _ORG_TITLE_WORDS
            or words[j].lower in TITLE_MODIFIERS
            or words[j].lower in DEMONYMS
            or words[j].lower in ("eu", "un", "u.n.")
        ):
            j += 1
        if j == i + 1 or j >= len(words):
            return None
        m = next((x for x in mentions if x.start == words[j].start), None)
        if m is not None and m.actor.kind == "person":
            return _Ref(m.actor, None, m.start, m.end)
        return None

    def _pronoun(self, t: Token, at: int, span: tuple[int, int] | None = None) -> _Ref | None:
        low = t.lower
        gender = {"he": "m", "his": "m", "him": "m", "she": "f", "her": "f"}.get(low)
        if low in ("he", "she", "his", "her", "him"):
            actor = self._recent(at, lambda a: a.kind == "person" and a.gender in (None, gender))
            if actor is not None and actor.gender is None:
                actor.gender = gender  # pronoun history
        elif low in ("it", "its"):
            actor = self._recent(at, lambda a: a.kind in ("organisation", "state", "group"))
        elif low == "we":
            actor = None
        else:
            actor = self._recent(
                at, lambda a: a.kind in ("organisation", "group", "state") or a.kind == "plural"
            )
        if actor is None:
            return None
        s, e = span or (t.start, t.end)
        self._note(actor, t.start, t.end)
        return _Ref(actor, None, s, e)

    def _narrative_rank(self) -> list[int]:
        """Per paragraph number, how many paragraphs up to it are narration, not quotation only.

        A quotation that fills whole paragraphs (a long statement over three paragraphs)
        does not move the narration on: a pronoun after it still reaches the speaker named
        before it.
        """
        if self._ranks is None:
            last = max((par[0] for par in self.paragraphs), default=0)
            ranks, n = [0] * (last + 1), 0
            for par in self.paragraphs:  # (number, kind, start, end, ...)
                start, end = par[2], par[3]
                first = self._next_nonspace(start)
                q = self.quote_at(first)
                if not (q is not None and q.open <= first and q.close >= end - 2):
                    n += 1
                ranks[par[0]] = n
            self._ranks = ranks
        return self._ranks

    def _recent(self, at: int, ok) -> Actor | None:
        """The most recent compatible actor: speakers and sentence subjects first."""
        ranks = self._narrative_rank()
        par_now = ranks[self.par_of_sent[self.sent_of(at)]]
        if self._subjects is None:
            self._subjects = [
                (m.start, m.actor) for m in self.index.mentions if m.subject and not m.in_quote
            ]
            self._subject_starts = [p for p, _ in self._subjects]
        i = bisect.bisect_left(self._subject_starts, at) - 1
        j = len(self.timeline) - 1
        while j >= 0 and self.timeline[j][0] >= at:
            j -= 1
        while i >= 0 or j >= 0:
            # walk back through both lists, the later position first
            if j < 0 or (i >= 0 and self._subjects[i][0] > self.timeline[j][0]):
                pos, actor = self._subjects[i]
                i -= 1
            else:
                pos, actor = self.timeline[j][0], self.timeline[j][1]
                j -= 1
            if par_now - ranks[self.par_of_sent[self.sent_of(pos)]] > 2:
                break
            if ok(actor):
                return actor
        mentions = self.index.mentions
        k = bisect.bisect_left(self.index.mention_starts, at) - 1
        while k >= 0:
            m = mentions[k]
            k -= 1
            if m.in_quote:
                continue
            if par_now - ranks[self.par_of_sent[self.sent_of(m.start)]] > 3:
                break
            if ok(m.actor):
                return m.actor
        return None

    def _description(self, words: list[Token], i: int, at: int) -> _Ref | None:
        """``the UN rights chief``, ``Ukraine's UN ambassador``, ``the experts group``.

        The words from ``words[i]`` that can make up a description (determiner,
        affiliation, modifiers, title or group nouns) are read as one noun phrase whose
        last title or group noun is its head.
        """
        j = i
        det = None
        owner_word = None
        if words[j].lower in ("the", "a", "an", "one", "another"):
            det = words[j].lower
            j += 1
        elif words[j].lower in ("his", "her", "their") and j + 1 < len(words):
            det = owner_word = words[j]
            j += 1
        if owner_word is not None and words[j].lower in _KIN_WORDS and words[j].text.islower():
            nxt = words[j + 1] if j + 1 < len(words) else None
            if nxt is None or not nxt.cap or nxt.start != words[j].end + 1:
                # "his sister said": a relative of someone named, never named themselves;
                # the words stay with the relative, not with the person they are about
                text = self.text[owner_word.start : words[j].end]
                actor = self._unnamed_person(_tidy_description(text), None)
                self._note(actor, owner_word.start, words[j].end)
                return _Ref(actor, None, owner_word.start, words[j].end, True)
        # "one user", "a witness": an indefinite person the article never names (the noun
        # need not be a title)
        unnamed = det in ("a", "an", "one", "another")
        affiliation = None
        of_end = None  # end of "of X" after a delegate's title
        run: list[Token] = []
        k = j
        while k < len(words):
            t = words[k]
            low = t.lower
            if run and low in ("for", "of", "to", "at", "on") and _is_person_head(run[-1].lower):
                nxt_word = words[k + 1] if k + 1 < len(words) else None
                if (
                    low == "of"
                    and affiliation is None
                    and nxt_word is not None
                    and nxt_word.cap
                    and nxt_word.start == t.end + 1
                    and run[-1].lower in _DELEGATE_HEADS
                ):
                    # "the representative of Norvalia": the country a delegate speaks for
                    affiliation = DEMONYMS.get(nxt_word.lower) or nxt_word.base
                    of_end = nxt_word.start + len(nxt_word.base)
                break  # "the spokesman for the ministry": the head is "spokesman"
            if low in DEMONYMS or low in COUNTRIES or (not run and _looks_demonym(t)):
                if affiliation is None:
                    affiliation = DEMONYMS.get(low) or COUNTRIES.get(low) or t.base
            elif not run and t.poss and t.cap:
                # "the rapporteur's spokesperson" is handled below; "Velmora's envoy"
                affiliation = t.base
            elif low in ("eu", "un", "u.n.") and affiliation is None:
                affiliation = t.base
            elif (
                not run
                and affiliation is None
                and t.text.isupper()
                and len(t.text) >= 2
                and k + 1 < len(words)
                and _is_head(words[k + 1].lower)
            ):
                # "the MEA spokesperson": an acronym before a title is the body the
                # person speaks for, as in "MEA spokesperson Rohan Varadarajan"
                affiliation = t.base
            elif not (
                low in _DESCRIPTION_WORDS
                or _is_head(low)
                or (unnamed and low in _ANONYMOUS)
                or (low == "of" and run and k + 1 < len(words))
                or (
                    # "a diplomatic source", "a senior Western diplomat": an adjective right
                    # before the noun of an unnamed person
                    unnamed
                    and t.text.islower()
                    and low not in _PREPOSITIONS
                    and low not in _DETERMINERS
                    and k + 1 < len(words)
                    and words[k + 1].lower in _ANONYMOUS
                )
            ):
                break
            run.append(t)
            k += 1
        heads = [
            n
            for n, t in enumerate(run)
            if (_is_head(t.lower) or (unnamed and t.lower in _ANONYMOUS)) and not t.poss
        ]
        if not heads:
            last = run[-1] if run else words[j] if j < len(words) else None
            if det == "the" and last is not None and last.lower in _ANONYMOUS:
                # "the source said" after "a diplomatic source": the unnamed person the
                # article introduced with that noun, if one was met recently
                noun = last.lower
                actor = self._recent(
                    at,
                    lambda a: a.key.startswith("unnamed:") and a.key.rsplit(" ", 1)[-1] == noun,
                )
                if actor is not None:
                    return _Ref(actor, None, words[i].start, last.end, True)
            return None
        head = run[heads[-1]]
        end = of_end if of_end is not None and heads[-1] == len(run) - 1 else head.end
        nxt = words[k] if k < len(words) else None
        if nxt is not None and nxt.cap and nxt.start == run[-1].end + 1:
            m_next = self.index.mention_starting(nxt.start)
            if m_next is not None and m_next.how == "name" and m_next.actor.kind != "person":
                return None  # "the rights group Free Ostravia Now": the name is the mention
        anonymous = unnamed and head.lower in _ANONYMOUS
        if (head.lower in TITLE_HEADS or anonymous) and head.lower not in GROUP_NOUNS:
            if nxt is not None and nxt.cap and nxt.start == run[-1].end + 1:
                return None  # a title before a name: the name is the mention
            if head.lower in _RELATION_WORDS:
                return self._epithet(head.lower, det, words[i].start, end, at)
            if det in ("a", "an", "one", "another") and head.lower in _ANONYMOUS:
                # "one Western diplomat", "an official": somebody the article does not name
                text = self.text[words[i].start : head.end]
                actor = self._unnamed_person(_tidy_description(text), affiliation)
                self._note(actor, words[i].start, head.end)
                return _Ref(actor, None, words[i].start, head.end, True)
            return self._person_description(
                head.lower, affiliation, words[i].start, end, at, run[: heads[-1] + 1]
            )
        content = [
            t.lower
            for t in run[: heads[-1] + 1]
            if _is_group(t.lower) and t.lower not in ("nations", "united", "states")
        ]
        owner = self._pronoun(owner_word, at) if owner_word is not None else None
        qualifiers = {
            t.lower
            for t in run[: heads[-1]]
            if not _is_group(t.lower) and t.lower in ("rights", "human", "aid", "humanitarian")
        }
        return self._group_description(
            content,
            det if isinstance(det, str) else None,
            affiliation,
            words[i].start,
            end,
            at,
            owner,
            qualifiers,
        )

    def _person_description(
        self, head: str, aff: str | None, start: int, end: int, at: int, run: list[Token]
    ) -> _Ref:
        lowers = {t.lower for t in run}
        if head in ("chief", "commissioner") and lowers & {"rights", "high"}:
            head = "rights-chief"  # "the UN rights chief" is the High Commissioner
        elif head == "chief" and lowers & {"un", "u.n.", "united"}:
            head = "secretary-general"  # "the UN chief"
        key = (head, aff)
        text = self.text[start:end]
        known = self.desc_memory.get(key)
        if known is not None:
            self._note(known.actor, start, end)
            return _Ref(known.actor, known.label, start, end, True)
        persons = [a for a in self.index.actors if a.kind == "person"]
        match = [
            a
            for a in persons
            if a.role and _role_has(a.role, head) and (aff is None or a.affiliation in (None, aff))
        ]
        if aff is not None and not _national(aff):
            match = [a for a in match if a.affiliation == aff] or match
        elif aff is not None:
            # "Sarvania's representative" is not the representative of another country: with
            # an affiliation in the description, a person of unknown affiliation matches only
            # when nobody of that affiliation does and the person was named before
            # or the affiliation is named in the sentence that introduces them ("China's
            # representative, Zhou Weiming,"; "Lemaria will ..., Foreign Minister X told")
            match = [a for a in match if a.affiliation == aff] or [
                a for a in match if a.first[0] < start or self._names_place(a.first[0], aff)
            ]
        actor = None
        if match:
            match.sort(key=lambda a: abs(a.first[0] - at))
            actor = match[0]
        else:
            # named later: the first person who is the subject of a later sentence
            s = self.sent_of(at)
            par = self.par_of_sent[s]
            s_end = self.sentences[s][4]
            horizon = self.paragraphs[min(len(self.paragraphs), par + 4) - 1][3]
            title = self.index.sentence_kind(s) in ("title", "heading")
            later = [
                m
                for m in self.index.mentions_in(s_end, horizon + 1)
                if m.actor.kind == "person"
                and (
                    m.subject
                    or m.start in self.speakerish
                    # headline "UN expert says": the person the lead names with that title
                    # ("The UN Special Rapporteur on torture, Amara Bello-Lindqvist, told")
                    or (
                        title
                        and _role_has(
                            self.text[self.sentences[self.sent_of(m.start)][3] : m.start], head
                        )
                    )
                )
                and not m.in_quote
                and self.sent_of(m.start) > s
                and self.par_of_sent[self.sent_of(m.start)] - par <= 4
                # a later name of another delegation is not this one's delegate
                and (not _national(aff) or m.actor.affiliation == aff)
            ]
            if later:
                actor = later[0].actor
        if actor is None:
            actor = self._unnamed_person(_tidy_description(text), aff)
        ref = _Ref(actor, None, start, end, True)
        self.desc_memory[key] = ref
        if actor is not None and not actor.role:
            # "the UN rights chief" named as Michelle Bachelet: her role
            actor.role = _tidy_description(text)
            if actor.affiliation is None:
                actor.affiliation = aff or ("UN" if lowers & {"un", "u.n.", "united"} else None)
        self._note(actor, start, end)
        return ref

    def _names_place(self, pos: int, place: str) -> bool:
        """True when the sentence at ``pos`` names ``place`` (or its demonym)."""
        s = self.sent_of(pos)
        a, b = self.sentences[s][3], self.sentences[s][4]
        return any(_same_place(t.base, place) for t in self.toks_between(a, b) if t.cap)

    def _group_description(
        self,
        content: list[str],
        det: str | None,
        aff: str | None,
        start: int,
        end: int,
        at: int,
        owner: _Ref | None = None,
        qualifiers: set[str] | frozenset[str] = frozenset(),
    ) -> _Ref:
        text = self.text[start:end]
        nouns = {w.rstrip("s") if w not in ("rights",) else w for w in content}
        orgs = [a for a in self.index.actors if a.kind in ("organisation", "group")]
        bare = [
            w for w in content if w in ("group", "body", "bloc", "organisation", "organization")
        ]
        if det in ("the", None) and bare and len(content) == 1 and not qualifiers:
            # "the group said", "The New York-based group said" (the modifiers are not
            # description words): the body that spoke last, whatever its name
            actor = self._recent(at, lambda a: a.kind in ("organisation", "group"))
            if actor is not None:
                self._note(actor, start, end)
                return _Ref(actor, None, start, end)
        if nouns <= {"government", "authoritie", "regime", "authorities"}:
            actor = self._recent(at, lambda a: a.kind == "state") or (
                self.index.actor_for_country(aff) if aff else None
            )
            if actor is not None:
                self._note(actor, start, end)
                return _Ref(actor, None, start, end)
        # "rights group", "the rights watchdog": a bare group noun qualified by its field
        # names an organisation whose name has that field and no other head noun
        # ("Human Rights Watch", not "Human Rights Council")
        # (singular only: "rights groups" are several organisations)
        bare_head = bool(content) and set(content) <= {"group", "organisation", "watchdog"}
        matches = []
        for a in orgs:
            toks = {w.rstrip("s") if w != "rights" else w for w in a.name_tokens}
            if (nouns and nouns <= toks) or (
                bare_head
                and qualifiers
                and qualifiers <= set(a.name_tokens)
                and not any(_is_group(w) for w in a.name_tokens)
            ):
                matches.append(a)
        if matches:
            matches.sort(key=lambda a: (a.first[0] > at, abs(a.first[0] - at)))
            self._note(matches[0], start, end)
            return _Ref(matches[0], None, start, end)
        key = ("group", text.lower().removeprefix("the ").removeprefix("a "))
        known = self.desc_memory.get(key)
        if known is not None:
            return known
        actor = self.index._by_key.get("group:" + key[1])
        if actor is None:
            # "the United Nations" when the UN is already known by its acronym: one actor
            # per name, never a second actor with the same name
            tidy = _tidy_description(text).casefold()
            actor = next((a for a in orgs if a.name.casefold() == tidy), None)
        if actor is None:
            name = _tidy_description(text)
            if owner is not None and owner.actor is not None and owner.actor.kind == "person":
                name = f"{owner.actor.name}'s {' '.join(name.split()[1:])}"
            kind = "organisation" if content and content[-1] in _ORG_TITLE_WORDS else "group"
            actor = self.index._new_actor(kind, name, "group:" + key[1])
            actor.affiliation = aff
            actor.first = (start, end)
        ref = _Ref(actor, None, start, end)
        self._note(actor, start, end)
        self.desc_memory[key] = ref
        return ref

    def _document(self, words: list[Token], i: int, at: int) -> _Ref | None:
        noun = words[i].lower.rstrip("s")
        kind = (
            "resolution" if noun in ("resolution", "motion", "decision", "text", "draft") else noun
        )
        # owner named in the phrase or an aside: "released by X", ", adopted by X,"
        words = words[: i + 1] + [
            t for t in self.toks_between(words[i].end, at) if t.text[0].isalnum()
        ]
        for j in range(i + 1, len(words) - 1):
            if words[j].lower == "by" and _authored_by(kind, words[j - 1].lower, j == i + 1):
                # "read out by X on behalf of N countries": the author is X, who speaks
                last = next(
                    (
                        k - 1
                        for k in range(j + 2, len(words) - 1)
                        if words[k].lower == "on" and words[k + 1].lower == "behalf"
                    ),
                    len(words) - 1,
                )
                ref = self._resolve_span(words[j + 1].start, words[last].end, at)
                if ref is None:  # the reader is not a known actor: those it speaks for
                    ref = self._resolve_span(words[j + 1].start, words[-1].end, at)
                if ref is not None:
                    return ref
        j = i - 1
        while (
            j >= 0
            and words[j].text.islower()
            and words[j].lower not in ("her", "his", "its", "their")
        ):
            j -= 1
        if j >= 0 and words[j].lower in ("her", "his", "its", "their"):
            return self._pronoun(words[j], at)
        if j >= 0 and i - j <= 3:
            # "a UN statement", "the ministry's report": the body named before the noun
            m = self.index.mention_starting(words[j].start)
            if m is not None and (m.how != "demonym" or words[j].poss):
                return _Ref(m.actor, None, m.start, m.end)
        known = self.docs.get(kind)
        if known is None and noun == "text" and self.last_doc is not None:
            # "the text said" after "a joint statement read out by X": "text" names the
            # wording of the document last mentioned, whatever kind it is
            known = self.last_doc
        if known is not None:
            return known
        author = self._author_next_sentence(words[i])
        if author is not None:
            return author
        # nobody named as its author: the document itself speaks
        return _Ref(None, words[i].lower, words[i].start, words[i].end)

    def _author_next_sentence(self, noun: Token) -> _Ref | None:
        """'... the statement read. It was issued by X': an author named right after."""
        if noun.sent + 1 >= len(self.sentences):
            return None
        s_start, s_end = self.sentences[noun.sent + 1][3], self.sentences[noun.sent + 1][4]
        words = [t for t in self.toks_between(s_start, s_end) if t.text[0].isalnum()]
        lows = [w.lower for w in words[:5]]
        # "It was issued by X", "The statement was released by X": subject, passive, "by"
        for k in range(1, 4):
            if (
                k + 2 < len(words)
                and lows[k] in ("was", "were")
                and lows[k + 1] in _AUTHORING
                and lows[k + 2] == "by"
                and (lows[:k] == ["it"] or lows[k - 1] == noun.lower)
            ):
                return self._resolve_span(words[k + 3].start, words[-1].end, words[k + 3].start)
        return None

    def _register_documents(self, s_index: int, cues: list[_Cue]) -> None:
        """Remember who owns a document mentioned here ("In a report ..., they said")."""
        s_start, s_end = self.sentences[s_index][3], self.sentences[s_index][4]
        words = [t for t in self.toks_between(s_start, s_end) if t.text[0].isalnum()]
        for i, t in enumerate(words):
            if t.lower not in DOCUMENT_NOUNS:
                continue
            noun = t.lower.rstrip("s")
            kind = (
                "resolution"
                if noun in ("resolution", "motion", "decision", "text", "draft")
                else noun
            )
            owner = None
            for j in range(i + 1, min(i + 4, len(words) - 1)):
                if words[j].lower == "by" and _authored_by(kind, words[j - 1].lower, j == i + 1):
                    # "a statement signed by the Commissioner, Mrs. X, ...": the phrase after
                    # "by" with a name in apposition first; else its first entity
                    owner = self._phrase_after(words[j + 1].start, s_end, t.start)
                    if owner is None or owner.actor is None:
                        owner = self._resolve_span(
                            words[j + 1].start, words[min(j + 6, len(words) - 1)].end, t.start
                        )
                    break
            if owner is None and i > 0 and words[i - 1].poss:
                m = self.index.mention_starting(words[i - 1].start)
                if m is not None:
                    owner = _Ref(m.actor, None, m.start, m.end)
            if owner is None and i > 0 and words[i - 1].lower in ("her", "his", "its", "their"):
                owner = self._pronoun(words[i - 1], t.start)
            if owner is None and i > 0 and words[i - 1].cap:
                # "a UN Human Rights Council resolution", "an Amnesty International report":
                # the body named right before the noun wrote or adopted it
                m = next(
                    (
                        x
                        for x in self.index.mentions_in(s_start, t.start)
                        if x.end == words[i - 1].end and x.actor.kind != "person"
                    ),
                    None,
                )
                if m is not None and m.how != "demonym":
                    owner = _Ref(m.actor, None, m.start, m.end)
            if owner is None:
                if any(c.lemma and c.end <= t.start for c in cues):
                    # "S said the report was ...", "S rejected the findings": S speaks about
                    # the document, after the verb; S does not own it
                    continue
                subj = next((c.subject for c in cues if c.subject is not None and c.lemma), None)
                if subj is not None:
                    owner = subj
                else:
                    owner = self._sentence_subject(s_start, t.start)
            if owner is None or owner.actor is None:
                continue
            if (
                kind == "resolution"
                and owner.actor.kind in ("state", "person")
                and kind in self.docs
            ):
                continue  # a sponsor, not the body that adopted the text
            self.docs[kind] = owner
            self.last_doc = owner

    def _sentence_subject(self, s_start: int, before: int) -> _Ref | None:
        toks = self.toks_between(s_start, before)
        segs: list[list[Token]] = [[]]
        for t in toks:
            if t.text in ",;":
                segs.append([])
            elif t.text[0].isalnum():
                segs[-1].append(t)
        for seg in segs:
            if not seg or seg[0].lower in _PREPOSITIONS:
                continue
            ms = self.index.mentions_in(seg[0].start, seg[-1].end)
            ms = [m for m in ms if m.how != "demonym"]
            if ms:
                return _Ref(ms[0].actor, None, ms[0].start, ms[0].end)
            return None
        return None

    # -- quotes ---------------------------------------------------------------------------
    def analyse(self) -> SpeechAnalysis:
        text = self.text
        cues = self.find_cues()
        self.cues = cues
        self.cue_starts = [c.start for c in cues]
        self.resolve_cues(cues)
        quotes: list[_Quote] = []
        labels: list[_Quote] = []
        headings: list[_Quote] = []
        for p in self.top:
            q = _Quote(p, p.open + 1, p.close, text[p.open + 1 : p.close])
            q.sent = self.sent_of(p.open)
            q.n_words = len(_WORDS.findall(q.text))
            quotes.append(q)
        events = 0
        last: _Quote | None = None
        kept: list[_Quote] = []
        for q in quotes:
            if self._is_heading(q):
                q.role, q.kind, q.attribution = "heading", "heading", "heading"
                headings.append(q)
                kept.append(q)
                continue
            reason = self._label_reason(q)
            if reason:
                q.role, q.reason = "label", reason
                labels.append(q)
                continue
            self._attribute(q, last)
            if (
                q.ref is None
                and q.attribution is None
                and q.n_words < 5
                and not self._starts_sentence(q)
            ):
                q.role, q.reason = "label", "no speaker or reporting verb: a scare quote"
                labels.append(q)
                continue
            q.kind = self._kind(q)
            if q.attribution == "continuation" and last is not None:
                q.event = last.event
            elif q.cue is not None and q.cue.event:
                q.event = q.cue.event
            else:
                events += 1
                q.event = events
                if q.cue is not None:
                    q.cue.event = events
            kept.append(q)
            last = q
        self._lead_repeats([q for q in kept if q.role == "quote"])
        for q in kept:
            if q.role == "quote" and q.ref is not None:
                q.speaker_actor = q.ref.actor
                q.speaker = q.ref.name
        regions = self._regions(cues)
        return SpeechAnalysis(
            [q for q in kept],
            labels,
            headings,
            cues,
            regions,
            list(self.pairs.warnings),
            self.extra,
            self,
        )

    def _is_heading(self, q: _Quote) -> bool:
        s = self.sentences[q.sent]
        if s[2] not in ("heading", "title"):
            return False
        par = self.paragraphs[s[1] - 1]
        bare = par[4].strip().strip("-–—•* ").strip()
        return (
            bare == self.text[q.pair.open : q.pair.close + 1]
            or bare.strip("\"'“”‘’«»") == q.text.strip()
        )

    def _starts_sentence(self, q: _Quote) -> bool:
        s_start = self.sentences[q.sent][3]
        before = self.text[s_start : q.pair.open]
        return not re.search(r"\w", before)

    def _naming_complement(self, prev_toks: list[Token]) -> bool:
        """``calling the decision``, ``branded the vote a``: a naming cue, a determiner and at
        most two more words, no punctuation, right before the quote."""
        tail = prev_toks[-4:]
        for j in range(len(tail) - 2, -1, -1):
            t = tail[j]
            if not t.text[0].isalnum():
                return False
            if t.text.islower() and _CUE_FORMS.get(t.lower) in _NAMING_CUES:
                rest = tail[j + 1 :]
                return rest[0].lower in _DETERMINERS and all(w.text[0].isalnum() for w in rest)
        return False

    def _label_reason(self, q: _Quote) -> str:
        words = _WORDS.findall(q.text)
        if len(words) > 4 or not words:
            return ""
        low = q.text.strip(" .,!?").lower()
        prev_toks = [t for t in self.toks_between(self.sentences[q.sent][3], q.pair.open)]
        prev_words = [t for t in prev_toks if t.text[0].isalnum()]
        prev = prev_words[-1] if prev_words else None
        prev2 = prev_words[-2] if len(prev_words) > 1 else None
        if self._naming_complement(prev_toks):
            # 'calling the decision "illegitimate"', 'called the vote "a farce"': the object
            # complement of a naming cue is the speaker's words, not a term or ballot option
            return ""
        if low in ("yes", "no", "abstain", "for", "against", "yes or no") or (
            prev is not None and prev.lower in ("vote", "voted", "votes", "voting")
        ):
            return "ballot option"
        if prev is not None and prev.lower in (
            "so-called", "dubbed", "termed", "labelled", "labeled", "nicknamed", "named",
            "word", "words", "term", "phrase", "slogan", "hashtag", "motto", "title",
            "headline", "label", "name", "entitled", "titled", "operation", "campaign",
        ):  # fmt: skip
            return "name or term"
        if prev is not None and prev2 is not None and (prev2.lower, prev.lower) in (
            ("known", "as"), ("charged", "with"), ("convicted", "of"), ("charges", "of"),
            ("guilty", "of"), ("crime", "of"), ("offence", "of"), ("referred", "to"),
        ):  # fmt: skip
            return "name of a charge or term"
        if (
            prev is not None
            and prev.lower in ("for", "of", "under")
            and prev2 is not None
            and (
                prev2.lower.startswith(
                    (
                        "investigat",
                        "charg",
                        "prosecut",
                        "convict",
                        "sentenc",
                        "arrest",
                        "detain",
                        "case",
                        "trial",
                    )
                )
            )
        ):
            return "name of a charge"
        first = words[0].lower()
        clause = (
            q.text.rstrip()[-1:] in ".!?"
            or first in _AUXILIARIES
            or first in _PREPOSITIONS
            or first in _DETERMINERS
            or first.endswith(("n't", "n’t", "ed"))
            or (prev is not None and prev.lower in _AUXILIARIES)
        )
        if prev is not None and prev2 is not None and prev2.lower == "to" and prev.text.islower():
            # 'willing to conduct "constructive exchanges"': the object of an infinitive verb,
            # not a term inside a noun phrase
            return ""
        if first in _DEGREE_WORDS or first.endswith("ly") or self._quoted_verb(q):
            # 'children "too weak to cry"', 'the resolution "urges" Velmora': a predicate
            # or a verb, not a term that a noun before it qualifies
            return ""
        if (
            prev is not None
            and not clause
            and prev.text.islower()
            and prev.lower not in _COMMON_VERBS
            and not prev.poss
            and prev.lower not in _DETERMINERS
            and prev.lower not in _PREPOSITIONS
            and prev.lower not in _CUE_FORMS
            and prev.lower not in _NOT_MODIFIERS
            and prev.lower
            not in (
                "as",
                "that",
                "and",
                "or",
                "but",
                "is",
                "was",
                "are",
                "were",
                "be",
                "being",
                "been",
                "very",
                "most",
                "more",
                "so",
                "too",
            )
            and not prev.lower.endswith(("ly", "ed", "ing"))
            and self.text[prev.end : q.pair.open].strip() == ""
        ):
            return "term inside a noun phrase"
        return ""

    def _attribute(self, q: _Quote, last: _Quote | None) -> None:
        text = self.text
        p = q.pair
        s_open = q.sent
        s_close = self.sent_of(p.close)
        s_start = self.sentences[s_open][3]
        s_end = self.sentences[s_close][4]
        par = self.paragraphs[self.sentences[s_open][1] - 1]
        kind = self.sentences[s_open][2]
        starts = self._starts_sentence(q)
        cues_before = [c for c in self._cues_in(s_start, p.open) if c.lemma is not None]
        cues_after = [c for c in self._cues_in(p.close + 1, s_end) if c.lemma is not None]
        text[p.close + 1 : s_end]
        # 1. "Q," said S / "Q," S said
        post = None
        after_mark = text[p.close + 1 : p.close + 3].lstrip()[:1]
        invites = (
            starts
            or q.text.rstrip().endswith((",", "?", "!", "—", "...", "…"))
            or after_mark in (",", "—", "–")
            or text[s_start : p.open].rstrip().endswith(":")
        )
        if cues_after and invites and (not cues_before or starts):
            post = self._post_cue(q, cues_after)
        if post is not None:
            q.cue = post
            q.ref = post.subject
            inverted = post.subject is not None and post.subject.start > post.start
            q.attribution = "quote_cue_speaker" if inverted else "quote_speaker_cue"
            return
        # 1b. the quote starts with the reporting verb itself: 'The resolution, adopted ...,
        # "expresses grave concern"', 'the commission "requests" it to': the clause's subject
        # speaks (a document's words go to its author, see _document)
        if self._quoted_verb(q):
            ref = self._clause_subject(s_start, p.open)
            if ref is not None:
                q.cue, q.ref = None, ref
                q.attribution = "quoted_verb"
                return
        # 2. S said: "Q" / S said that ... "Q" / slammed by S as "Q" / Citing "Q", S ...
        if cues_before:
            cue = cues_before[-1]
            if cue.subject is None:
                # "S said that the evidence pointed to "Q"": a cue with no speaker inside the
                # reported clause of an earlier cue; the quote is the earlier speaker's
                gov = [c for c in cues_before[:-1] if c.clausal and c.subject is not None]
                if gov:
                    cue = gov[-1]
            # a quotation that sits between the cue and this one belongs to the same cue
            q.cue = cue
            q.ref = cue.subject
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
            if cue.subject is not None:
                return
        # "... has "systematically" targeted critics, investigators said on Thursday"
        late = next((c for c in cues_after if c.subject is not None and self._postposed(c)), None)
        if late is not None and not cues_before:
            q.cue, q.ref = late, late.subject
            q.attribution = "speaker_cue_after"
            return
        # 3. according to S
        acc = [c for c in self._cues_in(s_start, s_end) if c.lemma is None]
        if acc:
            q.cue = None
            q.ref = acc[0].subject
            q.attribution = "according_to"
            if q.ref is not None:
                return
        # 4. headlines: S: "Q" / "Q" - S / "Q ...: S"
        if kind in ("title", "heading") or p.open == par[2]:
            ref = self._headline(q, par)
            if ref is not None:
                q.ref, q.cue = ref
                q.attribution = "headline"
                return
        # 5. continuation of the previous speaker
        if starts and last is not None and last.ref is not None:
            last_close_sent = self.sent_of(last.pair.close)
            if s_open == last_close_sent + 1 or (
                s_open == last_close_sent and last.pair.close < p.open
            ):
                q.cue = None
                q.ref = last.ref
                q.attribution = "continuation"
                return
        if starts and s_open > 0:
            prev = self.sentences[s_open - 1]
            prev_sent_cues = [
                c
                for c in self._cues_in(prev[3], prev[4])
                if c.subject is not None and c.lemma in _CLAUSAL
            ]
            if prev_sent_cues:
                q.cue = None
                q.ref = prev_sent_cues[-1].subject
                q.attribution = "continuation"
                return
        if q.cue is not None and q.ref is None:
            return
        q.cue = None

    def _quoted_verb(self, q: _Quote) -> bool:
        """True when the quote opens with a present-tense reporting verb used as a verb."""
        m = _WORDS.match(q.text.lstrip())
        if m is None or q.text[:1].isspace() or self._starts_sentence(q):
            return False
        word = m.group(0)
        # resolutions often open an operative verb with an adverb: 'It "strongly urges" X',
        # '"further requests"', '"also calls upon"': look at the verb after the adverb
        words = _WORDS.findall(q.text[:60])
        if len(words) > 1 and (word.endswith("ly") or word in ("also", "further", "again")):
            word = words[1]
        if not word.islower() or not word.endswith("s") or word not in _CUE_FORMS:
            return False
        ti = self.index.token_index(q.pair.open)
        prev = self._prev_word(ti)
        if prev is None:
            # after an aside: 'The resolution, adopted by 24 votes, "expresses ..."'
            return ti > 0 and self.tokens[ti - 1].text in (",", "—", "–")
        if prev.lower in _DETERMINERS or prev.poss or prev.lower in _PREPOSITIONS:
            return False  # "the "calls" of ...", "its "requests"": nouns
        rest = self.text[q.pair.close + 1 : q.pair.close + 3].lstrip()
        return len(_WORDS.findall(q.text)) > 1 or (rest[:1].isalpha())

    def _clause_subject(self, s_start: int, before: int) -> _Ref | None:
        """The subject of the sentence's first clause that is not a fronted phrase."""
        segs: list[list[Token]] = [[]]
        for t in self.toks_between(s_start, before):
            if t.text in ",;:":
                segs.append([])
            elif t.text[0].isalnum():
                segs[-1].append(t)
        for seg in segs:
            if seg and seg[0].lower not in _PREPOSITIONS and seg[0].lower not in _CONJUNCTIONS:
                return self._resolve_span(seg[0].start, seg[-1].end, before)
        return None

    def _postposed(self, cue: _Cue) -> bool:
        """``..., UN investigators said on Thursday.``: an attribution after its clause."""
        s_start = self.sentences[cue.sent][3]
        comma = self.text.rfind(",", s_start, cue.start)
        if comma == -1 or cue.subject is None or cue.subject.start < comma:
            return False
        between = _WORDS.findall(self.text[comma + 1 : cue.start])
        return 0 < len(between) <= 8

    def _cues_in(self, start: int, end: int) -> list[_Cue]:
        i = bisect.bisect_left(self.cue_starts, start)
        j = bisect.bisect_left(self.cue_starts, end)
        return self.cues[i:j]

    def _post_cue(self, q: _Quote, cues_after: list[_Cue]) -> _Cue | None:
        cue = cues_after[0]
        between = self.text[q.pair.close + 1 : cue.start]
        if self.quote_at(cue.start) is not None:
            return None
        words = _WORDS.findall(between)
        if len(words) > 12:
            return None
        if not re.match(r"^\s*[,—–-]?\s*", between):
            return None
        if words and not re.match(r"^[\s,—–-]*$", between[: between.find(words[0])]):
            return None
        if cue.form.lower().endswith("ing") and words:
            return None
        return cue

    def _headline(self, q: _Quote, par: tuple) -> tuple[_Ref, None] | None:
        p = q.pair
        p_start, p_end = par[2], par[3]
        before = self.text[p_start : p.open]
        after = self.text[p.close + 1 : p_end]
        m = re.match(r"^\s*([^:\"“”‘’]{2,60}?)\s*:\s*$", before)
        if m:
            ref = self._resolve_span(p_start + m.start(1), p_start + m.end(1), p.open)
            if ref is not None:
                return ref, None
        m = re.match(r"^\s*[-–—]\s*(.{2,60}?)\s*$", after)
        if m:
            s = p.close + 1 + m.start(1)
            ref = self._resolve_span(s, s + len(m.group(1)), p.open)
            if ref is not None:
                return ref, None
        m = re.search(r":\s*([^:\"“”‘’]{2,60}?)\s*$", after)
        if m:
            s = p.close + 1 + m.start(1)
            ref = self._resolve_span(s, s + len(m.group(1)), p.open)
            if ref is not None:
                return ref, None
        # 'UN chief "appalled" by executions': the headline drops "is"; the speaker is the
        # noun phrase right before the quote. Only when the body quotes the same words
        # again, so a label in a headline ('UN "experts" meet') stays a label.
        m = re.match(r"^\s*([^:\"“”‘’,;]{2,40}?)\s*$", before)
        if m and re.match(r"^\s*[a-z]", after) and self._echoed_in_body(q, p_end):
            ref = self._resolve_span(p_start + m.start(1), p_start + m.end(1), p.open)
            if ref is not None:
                return ref, None
        return None

    def _echoed_in_body(self, q: _Quote, after: int) -> bool:
        """The body quotes the same words again (a headline quote taken from the story)."""
        needle = _norm(q.text)
        return bool(needle) and f" {needle} " in f" {_norm(self.text[after:])} "

    def _kind(self, q: _Quote) -> str:
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

    def _lead_repeats(self, quotes: list[_Quote]) -> None:
        """A government's words in the lead, quoted in full later by its envoy: the envoy."""
        for i, q in enumerate(quotes):
            ref = q.ref
            if ref is None or ref.actor is None or ref.actor.kind != "state":
                continue
            needle = _norm(q.text)
            for later in quotes[i + 1 :]:
                a = later.ref.actor if later.ref else None
                if (
                    a is not None
                    and a.kind == "person"
                    and a.affiliation == ref.actor.name
                    and needle in _norm(later.text)
                ):
                    q.ref = _Ref(a, None, ref.start, ref.end)
                    break

    def _regions(self, cues: list[_Cue]) -> list[tuple[int, int, str]]:
        """Stretches of reported speech: ``(start, end, speaker)`` for :func:`speaker_at`."""
        regions = []
        for c in cues:
            if c.subject is None or c.subject.name is None:
                continue
            s_start, s_end = self.sentences[c.sent][3], self.sentences[c.sent][4]
            name = c.subject.name
            if c.lemma is None:  # according to X
                if c.start - s_start < 3:
                    comma = self.text.find(",", c.end, s_end)
                    if comma != -1:
                        regions.append((comma + 1, s_end, name))
                else:
                    regions.append((s_start, c.start, name))
                continue
            subj_start = min(c.subject.start, c.start)
            lead_comma = self.text.rfind(",", s_start, subj_start + 1)
            if lead_comma != -1 and len(_WORDS.findall(self.text[lead_comma : c.start])) <= 12:
                subj_start = lead_comma + 1  # ", UN High Commissioner ... Bachelete told"
            before = self.text[s_start:subj_start].rstrip()
            comma = self.text.find(",", c.end, s_end)
            first_part = self.text[c.end : comma if comma != -1 else s_end]
            tail_words = [w.lower() for w in _WORDS.findall(first_part)]
            before_words = [w.lower() for w in _WORDS.findall(before)]
            short_tail = not tail_words or (
                len(tail_words) <= 5
                and "that" not in tail_words
                and not any(w in _FINITE for w in tail_words)
                and any(w in _FINITE or w.endswith("ed") for w in before_words)
                and self.quote_at(self._next_nonspace(c.end)) is None
                and not any(self.quote_at(t.start) for t in self.tokens[c.tok + 1 : c.tok + 8])
            )
            if (
                before.endswith(",")
                and short_tail
                and self._last_quote_before(c.start, s_start) is None
            ):
                # post-posed attribution: "246 people ..., she said." / "As of ..., she said, ..."
                regions.append((s_start, subj_start, name))
                if comma != -1:
                    regions.append((comma + 1, s_end, name))
                continue
            q_before = self._last_quote_before(c.start, s_start)
            if (
                q_before is not None
                and len(_WORDS.findall(self.text[q_before.close : c.start])) <= 6
            ):
                continue  # '"...," she wrote of the two men': the rest is the reporter's
            if c.clausal and c.subject.start < c.start:
                regions.append((self._complement_start(c, s_end), s_end, name))
        return regions

    def _complement_start(self, c: _Cue, s_end: int) -> int:
        """Where reported speech starts after a cue: after "that" or ":" if they come soon."""
        for t in self.tokens[c.tok + 1 : c.tok + 9]:
            if t.start >= s_end:
                break
            if t.lower == "that" or t.text == ":":
                return t.end
            if self.quote_at(t.start) is not None:
                return t.start
        return c.end


_DESCRIPTION_WORDS = word_set("description_words")
#: Roles of people a report leaves unnamed ("a senior official", "one diplomat").
_ANONYMOUS = word_set("anonymous_roles")
#: Lower-case words that may sit inside a capitalised title ("Minister of Justice and Human
#: Rights", "Permanent Representative to the UN Office in Geneva").
_TITLE_LINKS = word_set("title_links")
_RELATION_WORDS = word_set("epithet_nouns")
#: Gendered nouns a writer uses to rename a person just named ("the father of three").
_EPITHET_GENDER = {w: g for w, g in GENDER_WORDS.items() if w in _RELATION_WORDS}
#: Relatives a report quotes without a name ("his sister said", "her son told").
_KIN_WORDS = word_set("kin_speakers")


def _is_group(word: str) -> bool:
    if word in GROUP_NOUNS:
        return True
    # plurals: "groups", "investigators", "officials"
    return word.endswith("s") and (word[:-1] in GROUP_NOUNS or word[:-1] in TITLE_HEADS)


def _is_head(word: str) -> bool:
    return word in TITLE_HEADS or _is_group(word)


def _authored_by(kind: str, verb: str, right_after_noun: bool) -> bool:
    """Does "<document> <verb> by X" name the document's author (or adopting body)?"""
    if kind == "resolution":
        return verb in ("adopted", "passed", "approved")
    return right_after_noun or verb in _AUTHORING


_AUTHORING = word_set("authoring_verbs")


def _only_titles_before(words: list[Token], mention) -> bool:
    """``Ambassador Omar Haidari``, ``Ms. Adaeze Nwosu``: nothing but titles before the name."""
    return all(
        w.lower in TITLE_HEADS
        or w.lower in TITLE_MODIFIERS
        or w.lower in _HONORIFICS
        or w.lower in ("a", "an", "the")
        for w in words
        if w.start < mention.start
    )


def _same_place(word: str, place: str) -> bool:
    """``Lemarian`` and ``Lemaria``: a country and its demonym share all but their ending."""
    if len(word) < 4 or len(place) < 4:
        return word == place
    return word.startswith(place[:-2]) and place.startswith(word[:-2])


def _national(aff: str | None) -> bool:
    """An affiliation that is a country, not the UN or the EU ("the UN rights chief")."""
    return aff is not None and aff.replace(".", "").upper() not in ("UN", "EU", "UNITED NATIONS")


def _is_person_head(word: str) -> bool:
    return word in TITLE_HEADS and word not in GROUP_NOUNS


#: Organisation words that may stand between an affiliation and a title ("Government
#: spokesman Ali Reza", "Foreign Ministry spokesperson ...").
_ORG_TITLE_WORDS = word_set("organisation_title_words")


def _looks_demonym(tok: Token) -> bool:
    """A capitalised adjective such as 'Ostravian' that names no known country."""
    return (
        tok.cap
        and not tok.poss
        and tok.lower.endswith(("ian", "an", "ese", "ish", "i"))
        and tok.lower not in _NOT_DEMONYMS
    )


_NOT_DEMONYMS = word_set("not_demonyms")


_TITLE_PREFIXES = ("vice-", "deputy-", "co-", "ex-", "under-", "assistant-")


def _role_has(role: str, head: str) -> bool:
    # a "Vice-Minister" is not "the minister": hyphenated title prefixes stay attached
    words = set()
    for w in role.lower().split():
        words.add(w)
        if not w.startswith(_TITLE_PREFIXES):
            words.update(w.split("-"))
    if head == "secretary-general":
        return "secretary-general" in role.lower() or {"secretary", "general"} <= words
    if head in ("expert", "rapporteur"):
        return bool(words & {"expert", "rapporteur", "experts"})
    if head == "rights-chief":
        return ("chief" in words and "rights" in words) or {"high", "commissioner"} <= words
    return head in words


def _outside_mask(tokens: list[Token], pairs: list[Pair]) -> list[bool]:
    """For each token: True when it lies outside every top-level quotation."""
    mask = []
    k = 0
    for t in tokens:
        while k < len(pairs) and pairs[k].close < t.start:
            k += 1
        mask.append(not (k < len(pairs) and pairs[k].open <= t.start <= pairs[k].close))
    return mask


def _tidy_description(text: str) -> str:
    return re.sub(r"^(?:the|a|an|one|another)\s+", "", text.strip(), flags=re.IGNORECASE)


def _norm(text: str) -> str:
    return " ".join(_WORDS.findall(text.lower()))


def speech_analysis(article: Article) -> SpeechAnalysis:
    """The quotes, cues, speakers and regions of reported speech of ``article``.

    Computed once and cached on the article (``article._cache["quotes"]``): every table
    that says who speaks (quotes, reporting_verbs, markers, actors) reads this one result.
    """
    cache = article._cache.setdefault("quotes", {})
    if "analysis" not in cache:
        analysis = _Attributor(article).analyse()
        cache["analysis"] = analysis
        for w in analysis.warnings:
            if w not in article.warnings:
                article.warnings.append(w)
    return cache["analysis"]


#: The old private name, kept while other modules move to :func:`speech_analysis`.
_analysis = speech_analysis


def _paragraph(attributor: _Attributor, pos: int) -> int:
    return attributor.par_of_sent[attributor.sent_of(pos)]


def _quote_ref(q: _Quote) -> str:
    words = q.text.split()
    head = " ".join(words[:4]) + (" ..." if len(words) > 4 else "")
    return f'"{head}"'


def _ref_evidence(attributor: _Attributor | None, role: str, ref: _Ref) -> str:
    """``subject "she" (¶3) → Michelle Bachelet (named ¶2)``: how a mention names a speaker."""
    if attributor is None:
        return f"{role} → {ref.name}"
    mention = " ".join(attributor.text[ref.start : ref.end].split())
    out = f'{role} "{mention}" (¶{_paragraph(attributor, ref.start)})'
    if ref.actor is None:
        return out if mention == ref.name else f"{out} → {ref.name} (described, never named)"
    if mention == ref.name:
        return out
    if not ref.actor.mentions:
        return f"{out} → {ref.name}"
    return f"{out} → {ref.name} (named ¶{_paragraph(attributor, ref.actor.first[0])})"


_NO_CUE_EVIDENCE = {
    "continuation": "continues the quotation before it",
    "according_to": "according to",
    "headline": "headline",
    "quoted_verb": "the quote opens with its own reporting verb",
}


def _quote_evidence(attributor: _Attributor, q: _Quote) -> str:
    """What decided a quote's speaker, in plain words (the ``evidence`` column)."""
    if q.role == "heading":
        return "a quotation alone on a heading line: no speaker"
    ref, cue = q.ref, q.cue
    if cue is not None:
        verb = attributor.text[cue.start : cue.end] + (" by" if cue.passive else "")
        said = f'cue "{verb}" (¶{_paragraph(attributor, cue.start)})'
        if ref is None:
            return f"{said} → no subject found"
        return f"{said} → " + _ref_evidence(attributor, "agent" if cue.passive else "subject", ref)
    if ref is None:
        return "no reporting verb or speaker found"
    how = _NO_CUE_EVIDENCE.get(q.attribution or "", q.attribution or "speaker")
    if q.attribution == "continuation":
        return f"{how} → {q.speaker}"
    role = "subject" if q.attribution == "quoted_verb" else "speaker"
    return f"{how}: " + _ref_evidence(attributor, role, ref)


# --------------------------------------------------------------------------- public API

_COLUMNS = (
    ("text", "string", "The characters between the quotation marks (text[start:end])."),
    ("speaker", "string", "Who speaks: the actor's canonical name; empty for a section heading."),
    ("cue", "string", "Lemma of the reporting verb that governs the quote (say, slam, ...), or empty."),
    ("kind", "string", ("full (a whole sentence of speech), partial (words inside the reporter's "
     "sentence) or heading (a quotation standing alone as a section heading).")),
    ("start", "integer", "Offset of the first character after the opening mark."),
    ("end", "integer", "Offset of the closing mark (text[start:end] is the quote)."),
    ("quote_id", "integer", "Quote number, in reading order, from 1."),
    ("event_id", "integer", "Speech event: pieces of one utterance (\"A,\" she said, \"B.\") share it."),
    ("paragraph_id", "integer", "Paragraph of the opening mark."),
    ("sentence_id", "integer", "Sentence of the opening mark."),
    ("speaker_mention", "string", ("How the speaker is named at this quote (she, the UN rights "
     "chief, Minsk), or empty for a continuation.")),
    ("speaker_start", "integer", "Offset of speaker_mention, or empty."),
    ("speaker_end", "integer", "Offset just after speaker_mention, or empty."),
    ("speaker_kind", "string", "person, state, organisation or group (see actors.csv)."),
    ("cue_text", "string", "The reporting verb as written (said, slammed by, according to)."),
    ("cue_start", "integer", "Offset of the reporting verb, or empty."),
    ("cue_end", "integer", "Offset just after the reporting verb, or empty."),
    ("attribution", "string", ("Pattern that attributed the quote: quote_speaker_cue, "
     "quote_cue_speaker, speaker_cue_quote, speaker_cue_clause, speaker_cue_after, passive, "
     "participle, quoted_verb (the quote opens with its own reporting verb: the resolution "
     "\"urges\"), according_to, continuation, headline, heading.")),
    ("n_words", "integer", "Number of words in the quote."),
    ("open_mark", "string", "The opening quotation mark."),
    ("close_mark", "string", "The closing quotation mark."),
    ("evidence", "string", ("What decided the speaker, in plain words: cue \"said\" (¶3) → "
     "subject \"she\" (¶3) → Michelle Bachelet (named ¶2).")),
)  # fmt: skip


def quotes(article: Article):
    """Every direct and partial quotation in ``article``, with speaker and reporting verb.

    Parameters
    ----------
    article : the :class:`~hrlesson.article.Article` to analyse.

    Returns
    -------
    pandas.DataFrame with the columns of :data:`TABLE`, one row per quotation, in
    reading order. Problems such as an unmatched quotation mark are listed in
    ``df.attrs["warnings"]`` (and in ``article.warnings``).

    >>> from hrlesson import load_article
    >>> q = quotes(load_article())
    >>> q.loc[0, ["text", "speaker_mention", "speaker", "cue", "attribution"]].tolist()
    ['highly subjective', 'Minsk', 'Yuri Ambrazevich', 'slam', 'passive']
    """
    import pandas as pd

    analysis = speech_analysis(article)
    rows = _rows(article, analysis)
    df = pd.DataFrame(rows, columns=[c for c, _, _ in _COLUMNS])
    for col in ("speaker_start", "speaker_end", "cue_start", "cue_end"):
        df[col] = df[col].astype("Int64")
    df.attrs["warnings"] = list(analysis.warnings)
    return df


def _rows(article: Article, analysis: SpeechAnalysis) -> list[tuple]:
    cache = article._cache.setdefault("quotes", {})
    if "rows" in cache:
        return cache["rows"]
    text = article.text
    sentences = article._segments()[1]
    rows = []
    for n, q in enumerate(analysis.quotes, start=1):
        ref = q.ref if q.role == "quote" else None
        mention = None
        m_start = m_end = None
        if ref is not None and q.attribution != "continuation":
            m_start, m_end = ref.start, ref.end
            mention = text[m_start:m_end]
        cue = q.cue
        cue_text = None
        if cue is not None:
            cue_text = text[cue.start : cue.end]
            if cue.passive:
                cue_text += " by"
        actor = q.speaker_actor if q.role == "quote" else None
        rows.append(
            (
                q.text,
                q.speaker if q.role == "quote" else None,
                cue.lemma if cue is not None else None,
                q.kind,
                q.start,
                q.end,
                n,
                q.event if q.role == "quote" else None,
                sentences[q.sent][1],
                sentences[q.sent][0],
                mention,
                m_start,
                m_end,
                actor.kind if actor is not None else None,
                cue_text,
                cue.start if cue is not None else None,
                cue.end if cue is not None else None,
                q.attribution,
                q.n_words,
                text[q.pair.open],
                text[q.pair.close],
                _quote_evidence(analysis.attributor, q),
            )
        )
    cache["rows"] = rows
    return rows


def quote_spans(article: Article):
    """Every pair of quotation marks, with what it was read as.

    Returns a DataFrame with ``text, start, end`` (the characters between the
    marks), ``role`` (quote, heading, label or nested), ``reason`` (why a label
    is not a quote), ``depth`` (0 at top level), ``paragraph_id``, ``sentence_id``,
    ``open_mark`` and ``close_mark``.

    >>> from hrlesson import load_article
    >>> s = quote_spans(load_article())
    >>> s.loc[s.role == "nested", "text"].tolist()
    ['mass disorder']
    """
    import pandas as pd

    analysis = speech_analysis(article)
    text = article.text
    sentences = article._segments()[1]
    starts = [s[3] for s in sentences]
    items = [(q.pair, q.role, q.reason) for q in analysis.quotes + analysis.labels]
    items += [(p, "nested", "inside another quotation") for p in _pairs(article).nested]
    items.sort(key=lambda x: x[0].open)
    rows = []
    for p, role, reason in items:
        s = sentences[max(0, bisect.bisect_right(starts, p.open) - 1)]
        rows.append(
            (text[p.open + 1 : p.close], p.open + 1, p.close, role, reason or None, p.depth,
             s[1], s[0], text[p.open], text[p.close])
        )  # fmt: skip
    columns = ["text", "start", "end", "role", "reason", "depth", "paragraph_id", "sentence_id",
               "open_mark", "close_mark"]  # fmt: skip
    return pd.DataFrame(rows, columns=columns)


def quotation_mark_roles(article: Article) -> list[tuple[int, int, int, str]]:
    """Every pair of quotation marks as ``(open, close, depth, role)``, sorted by ``open``.

    ``open`` and ``close`` are the offsets of the marks; ``role`` is quote, heading, label
    or nested (what :func:`quote_spans` shows as a table).

    >>> from hrlesson import load_article
    >>> [r[3] for r in quotation_mark_roles(load_article())][:3]
    ['quote', 'quote', 'quote']
    """
    cache = article._cache.setdefault("quotes", {})
    if "mark_roles" not in cache:
        analysis = speech_analysis(article)
        roles = [(q.pair.open, q.pair.close, q.pair.depth, q.role) for q in analysis.quotes]
        roles += [(q.pair.open, q.pair.close, q.pair.depth, q.role) for q in analysis.labels]
        roles += [(p.open, p.close, p.depth, "nested") for p in _pairs(article).nested]
        cache["mark_roles"] = sorted(roles)
    return cache["mark_roles"]


def scare_quotes(article: Article):
    """Quotation marks around a label, term or name rather than speech (and nested ones).

    These are the spans :func:`quotes` leaves out: scare quotes in the writer's
    voice, terms (``drug "watch lists"``), ballot options (``vote "no"``) and
    quotations nested inside another quotation (``'mass disorder'``).

    >>> from hrlesson import load_article
    >>> scare_quotes(load_article())[["text", "role"]].values.tolist()
    [['mass disorder', 'nested']]
    """
    spans = quote_spans(article)
    return spans[spans.role.isin(["label", "nested"])].reset_index(drop=True)


def speaker_at(article: Article, start: int, end: int) -> str | None:
    """Who is speaking at ``text[start:end]``: a quote's speaker, a reported speaker, or None.

    The span is attributed to a speaker when it lies inside a quotation, or inside
    reported speech (``she said, 246 people had been ...``); otherwise it is the
    reporter's own voice and the result is None.

    >>> from hrlesson import load_article
    >>> a = load_article()
    >>> i = a.text.index("246 people")
    >>> speaker_at(a, i, i + 10)
    'Michelle Bachelet'
    >>> i = a.text.index("last August")
    >>> speaker_at(a, i, i + 11) is None
    True
    """
    analysis = speech_analysis(article)
    for q in analysis.quotes:
        if q.pair.open < start and end <= q.pair.close + 1:
            return q.speaker if q.role == "quote" else None
    best = None
    for r_start, r_end, name in analysis.regions:
        if r_start <= start and end <= r_end and (best is None or r_start >= best[0]):
            best = (r_start, name)
    return best[1] if best else None


TABLE = export.Table(
    "quotes",
    "Direct and partial quotations with their speaker (resolved to one name per actor), "
    "reporting verb and attribution pattern; section headings in quotation marks are "
    "kept with no speaker.",
    quotes,
    _COLUMNS,
)

#: Columns of the hand-made ``gold_quotes.csv`` (see ``data/annotations/README.md``).
GOLD_FIELDS = (
    (
        "Every quotation of the bundled article with its speaker, reporting verb, kind and the "
        "speaker's stance toward the report, annotated by hand (offsets into the cleaned text)."
    ),
    (
        ("quote_id", "integer", "Quote number in reading order, from 1."),
        ("text", "string", "The characters between the quotation marks, exactly text[start:end]."),
        ("speaker", "string", "Canonical name of the speaker; empty for a section heading."),
        ("cue", "string", "Lemma of the reporting verb in the quote's sentence, or empty."),
        ("kind", "string", "full, partial or heading."),
        ("stance", "string", "The speaker's stance toward the report: supports, opposes, neutral."),
        ("start", "integer", "Offset of the first character after the opening mark."),
        ("end", "integer", "Offset of the closing mark."),
        ("note", "string", "Why a debatable item is annotated this way."),
    ),
)
