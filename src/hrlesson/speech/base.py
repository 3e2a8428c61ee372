"""What every attribution step shares: the article, its tokens, quotation marks and actor index."""

from __future__ import annotations

import bisect
import re
from contextlib import contextmanager

from ..article import Article
from .actor_index import ActorIndex, actor_index
from .cues import CUE_FORMS
from .marks import Pair, outside_quotes_mask, quotation_marks
from .records import Actor, Cue, QuoteRecord, SpeakerRef
from .tokens import Token
from .vocabulary import ACRONYMS, COURT_WORDS, HONORIFICS, WORD_RE


class AttributorBase:
    """The article as the attribution rules read it, and small helpers on it."""

    def __init__(self, article: Article) -> None:
        self.article = article
        self.text = article.text
        self.pairs = quotation_marks(article)
        self.index: ActorIndex = actor_index(article)
        self.tokens = self.index.tokens
        self.paragraphs, self.sentences, _ = article._segments()
        self.sent_starts = [s[3] for s in self.sentences]
        self.par_of_sent = [s[1] for s in self.sentences]
        self.top = self.pairs.top
        self.top_opens = [p.open for p in self.top]
        self.outside = outside_quotes_mask(self.tokens, self.top)
        self._outside_tokens = [t for t, out in zip(self.tokens, self.outside, strict=True) if out]
        self._outside_starts = [t.start for t in self._outside_tokens]
        self.speakerish = self._speakerish()
        self.timeline: list[tuple[int, Actor, bool]] = []  # (pos, actor, salient)
        self.docs: dict[str, SpeakerRef] = {}
        self.courts: list | None = None  # mentions of courts, read once by rule_charge_name
        self.last_doc: SpeakerRef | None = None
        self.capitals: dict[int, str] = {}  # speakers shown by the capital written (shown_names)
        self.written_forms: dict[int, str] = {}  # speakers shown in full (speaker_forms)
        self.office_report: SpeakerRef | None = None  # "the report of the Office of ..."
        self.other_offices: dict[int, Actor] = {}  # a description's start: who holds another office
        self.office_scanned = False  # office_report read yet
        self.extra: dict[int, list[tuple[int, int]]] = {}
        self._span_sets: dict[int, list] = {}  # see _span_set
        self.desc_memory: dict[tuple, SpeakerRef] = {}
        self._subjects: list[tuple[int, Actor]] | None = None
        self._subject_starts: list[int] = []
        self._ranks: list[int] | None = None
        self._passed_over: set[int] = set()  # pronouns whose last name was met in passing
        self._past_adjunct: set[int] = set()  # pronouns led past a fronted adjunct's speaker
        self.cues: list[Cue] = []
        self.cue_starts: list[int] = []
        self.events = 0  # speech events numbered so far (see Attributor._number_event)

    def sent_of(self, pos: int) -> int:
        """Index (0-based) of the sentence that holds offset ``pos``."""
        return bisect.bisect_right(self.sent_starts, pos) - 1

    def quote_at(self, pos: int) -> Pair | None:
        """The top-level pair of quotation marks around ``pos`` (marks included), or None."""
        i = bisect.bisect_right(self.top_opens, pos) - 1
        if i >= 0 and self.top[i].open <= pos <= self.top[i].close:
            return self.top[i]
        return None

    def toks_between(self, start: int, end: int) -> list[Token]:
        """Tokens that start in ``[start, end)`` and lie outside quotations."""
        starts = self._outside_starts
        return self._outside_tokens[
            bisect.bisect_left(starts, start) : bisect.bisect_left(starts, end)
        ]

    def _speakerish(self) -> set[int]:
        """Starts of person mentions next to a reporting verb ("Moreau said", "said Moreau")."""
        out = set()
        toks = self.tokens
        for m in self.index.mentions:
            if m.actor.kind != "person":
                continue
            i = self.index.token_index(m.start)
            j = self.index.token_index(m.end)
            i = before_honorific(toks, i)  # "said Dr. Mohammed Abu Mughaisib"
            before = toks[i - 1].lower if i > 0 else ""
            after = toks[j].lower if j < len(toks) else ""
            if before in CUE_FORMS or after in CUE_FORMS:
                out.add(m.start)
        return out

    def note_span(self, actor: Actor | None, start: int, end: int) -> None:
        """Record that ``actor`` is meant by the words at ``start``–``end`` (a description,
        a pronoun, a title), once; the speaker modules call this for what they resolve."""
        if actor is not None and end > start:
            spans = self.extra.setdefault(id(actor), [])
            span = (start, end)
            if span not in self._span_set(spans) and span not in self._span_set(actor.mentions):
                spans.append(span)
                entry = self._span_sets[id(spans)]
                entry[1].add(span)
                entry[2] += 1

    def _span_set(self, spans: list[tuple[int, int]]) -> set[tuple[int, int]]:
        """``set(spans)``, kept while ``spans`` only grows (``in`` on a long list is slow)."""
        entry = self._span_sets.get(id(spans))
        if entry is None or entry[0] is not spans or entry[2] != len(spans):
            entry = self._span_sets[id(spans)] = [spans, set(spans), len(spans)]
        return entry[1]

    @contextmanager
    def _scratch(self):
        """Undo, on exit, what resolving a subject records on actors and in the memories;
        the list it yields is the way to keep them instead: append anything to it."""
        index = self.index
        actors = list(index.actors)
        fields = [(a.role, a.affiliation, a.gender) for a in actors]
        by_key = dict(index.actors_by_key)
        memory = dict(self.desc_memory)
        extra = {k: list(v) for k, v in self.extra.items()}
        docs, last_doc = dict(self.docs), self.last_doc
        keep: list = []
        try:
            yield keep
        finally:
            if not keep:
                index.actors[:] = actors
                for a, (role, affiliation, gender) in zip(actors, fields, strict=True):
                    a.role, a.affiliation, a.gender = role, affiliation, gender
                index.actors_by_key.clear()
                index.actors_by_key.update(by_key)
                self.desc_memory = memory
                self.extra.clear()
                self.extra.update(extra)
                self.docs, self.last_doc = docs, last_doc

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

    def _next_nonspace(self, pos: int) -> int:
        while pos < len(self.text) and self.text[pos].isspace():
            pos += 1
        return pos

    def _cap_next(self, t: Token) -> bool:
        i = self.index.token_index(t.end)
        return i < len(self.tokens) and self.tokens[i].cap

    def _sentence_initial(self, ti: int) -> bool:
        tok = self.tokens[ti]
        j = ti - 1
        while j >= 0 and self.tokens[j].sent == tok.sent and not self.tokens[j].text[0].isalnum():
            j -= 1
        return j < 0 or self.tokens[j].sent != tok.sent

    def cues_in(self, start: int, end: int) -> list[Cue]:
        """The reporting cues that start at ``start`` or after and before ``end``."""
        i = bisect.bisect_left(self.cue_starts, start)
        j = bisect.bisect_left(self.cue_starts, end)
        return self.cues[i:j]

    def cue_starting(self, pos: int) -> Cue | None:
        """The reporting cue that starts at offset ``pos``, or None."""
        return next((c for c in self.cues_in(pos, pos + 1) if c.start == pos), None)

    def _last_quote_before(self, pos: int, floor: int) -> Pair | None:
        i = bisect.bisect_right(self.top_opens, pos) - 1
        while i >= 0:
            p = self.top[i]
            if p.close < pos:
                return p if p.close >= floor else None
            i -= 1
        return None

    def _starts_sentence(self, q: QuoteRecord) -> bool:
        s_start = self.sentences[q.sent][3]
        before = self.text[s_start : q.pair.open]
        return not re.search(r"\w", before)

    def court_mentions(self) -> list:
        """Mentions of courts ("International Criminal Court", "ICC"), read once."""
        courts = self.courts
        if courts is None:
            courts = [
                m
                for m in self.index.mentions_in(0, len(self.text))
                if m.actor.kind in ("organisation", "group")
                and COURT_WORDS.intersection(WORD_RE.findall(_expanded(m.actor.name).lower()))
            ]
            self.courts = courts
        return courts


def _expanded(name: str) -> str:
    """A body's name with its acronym spelled out ("ICJ" -> "International Court of Justice")."""
    return ACRONYMS.get(name.lower(), name)


def before_honorific(toks: list[Token], i: int) -> int:
    """The index of the honorific (and its full stop) right before the name at ``toks[i]``,
    else ``i``: in ``said Dr. Mohammed Abu Mughaisib`` the reporting verb stands next to
    the name all the same.

    >>> from .tokens import tokenize
    >>> toks = tokenize("said Dr. Ana Ruiz", [0])
    >>> before_honorific(toks, 3), before_honorific(toks, 1)
    (1, 1)
    """
    j = i - 1
    if j >= 1 and toks[j].text == "." and toks[j - 1].lower in HONORIFICS:
        j -= 1
    return j if j >= 0 and j < i and toks[j].lower in HONORIFICS and toks[j].cap else i
