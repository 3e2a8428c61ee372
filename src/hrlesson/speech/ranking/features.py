"""What the article shows about one candidate speaker around one quote: the features the
model of :mod:`hrlesson.speech.ranking.model` weighs.

Every feature is a number, most of them 0 or 1, named for what it says ("before_same_sent":
the candidate is named earlier in the quote's sentence). A feature that is 0 is left out.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field

from ..records import QuoteRecord
from .candidates import Candidate

Span = tuple[int, int]
KINDS = ("person", "state", "organisation", "group")
#: How far (characters) a cue may stand from a quote for its subject to count as near it.
CUE_REACH = 400
#: How far (characters) a mention may stand from the quote's own cue to count as next to it.
CUE_NEIGHBOUR = 60


@dataclass(slots=True)
class QuoteSetting:
    """The article-wide facts the features read: where sentences and paragraphs are,
    which mentions are the subject of their clause, the subject of every cue, and the
    speaker the rules gave each quote (``rule_keys``, see :func:`.candidates.speaker_key`)."""

    sent_of: Callable[[int], int]
    para_of: Callable[[int], int]
    subject_spans: set[Span]
    cue_subjects: list[tuple[int, object]]
    rule_keys: list[object]
    cue_positions: dict[object, list[int]] = field(default_factory=dict)

    def cues_of(self, key: object) -> list[int]:
        """Where the cues whose subject is candidate ``key`` stand, in article order."""
        if not self.cue_positions and self.cue_subjects:
            for at, k in self.cue_subjects:
                self.cue_positions.setdefault(k, []).append(at)
        return self.cue_positions.get(key, [])


def before_features(setting: QuoteSetting, q: QuoteRecord, last: Span) -> dict[str, float]:
    """The candidate's last mention before the quote: how far (characters, sentences,
    paragraphs) and whether it is a clause's subject ('Türk said ... . "Q"': a mention one
    sentence before gives ``before_prev_sent``)."""
    return _before(setting, _QuoteAt.of(setting, q, 0), last)


def _before(setting: QuoteSetting, at: _QuoteAt, last: Span) -> dict[str, float]:
    """:func:`before_features` with the quote's sentence and paragraph read once."""
    sents = at.sent - setting.sent_of(last[0])
    paras = at.para - setting.para_of(last[0])
    return {
        "has_before": 1.0,
        "logd_before": math.log1p(at.start - last[1]) / 8,
        "before_same_sent": float(sents == 0),
        "before_prev_sent": float(sents == 1),
        "before_same_para": float(paras == 0),
        "before_prev_para": float(paras == 1),
        "before_sents": min(sents, 10) / 10,
        "before_subject": float(last in setting.subject_spans),
    }


def after_features(setting: QuoteSetting, q: QuoteRecord, first: Span) -> dict[str, float]:
    """The candidate's first mention after the quote ('"Q," said Türk': ``after_same_sent``)."""
    return _after(setting, _QuoteAt.of(setting, q, 0), first)


def _after(setting: QuoteSetting, at: _QuoteAt, first: Span) -> dict[str, float]:
    """:func:`after_features` with the quote's sentences and paragraph read once."""
    sents = setting.sent_of(first[0]) - at.last_sent
    return {
        "has_after": 1.0,
        "logd_after": math.log1p(first[0] - at.end) / 8,
        "after_same_sent": float(sents == 0),
        "after_next_sent": float(sents == 1),
        "after_same_para": float(setting.para_of(first[0]) == at.para),
        "after_subject": float(first in setting.subject_spans),
    }


@dataclass(slots=True)
class _QuoteAt:
    """What every candidate's features read of one quote, looked up once per quote: its
    offsets, the sentences of its first and last character, its paragraph, its cue, and
    the speakers the rules gave the quotes before it (``keys_before``, a set)."""

    start: int
    end: int
    sent: int
    last_sent: int
    para: int
    cue: object
    keys_before: set

    @classmethod
    def of(cls, setting: QuoteSetting, q: QuoteRecord, qi: int) -> _QuoteAt:
        start, end = q.start, q.end
        return cls(
            start,
            end,
            setting.sent_of(start),
            setting.sent_of(max(start, end - 1)),
            setting.para_of(start),
            q.cue,
            set(setting.rule_keys[:qi]),
        )


def cue_features(
    setting: QuoteSetting, q: QuoteRecord, key: object, outside: list[Span]
) -> dict[str, float]:
    """The candidate as the subject of a reporting verb near the quote, of the quote's own
    verb, or named within a few characters of that verb ('"Q," Türk said')."""
    f: dict[str, float] = {}
    _cue(setting, _QuoteAt.of(setting, q, 0), key, outside, f)
    return f


def _cue(setting: QuoteSetting, at: _QuoteAt, key: object, outside: list[Span], f: dict) -> None:
    """:func:`cue_features`, written into ``f``."""
    cue = at.cue
    if cue is not None:
        f["near_cue"] = float(_named_near(outside, cue.start, cue.end))
    start, end = at.start, at.end
    hits = [
        p for p in setting.cues_of(key) if abs(p - start) < CUE_REACH or abs(p - end) < CUE_REACH
    ]
    f["cue_subject_near"] = float(bool(hits))
    same_sent = False
    if hits:
        first, last = at.sent, at.last_sent
        same_sent = any(first - 1 <= setting.sent_of(p) <= last + 1 for p in hits)
    f["cue_subject_same_sent"] = float(same_sent)
    f["kit_cue_subject"] = float(cue is not None and cue.start in hits)


def _named_near(spans: list[Span], start: int, end: int) -> bool:
    """A span ends fewer than ``CUE_NEIGHBOUR`` characters before ``start`` or begins fewer
    than that after ``end`` (a plain loop: this runs for every candidate of every quote).

    >>> _named_near([(0, 4), (40, 45)], 10, 15)
    True
    >>> _named_near([(100, 105)], 10, 15)
    False
    """
    for s, e in spans:
        if (e <= start and start - e < CUE_NEIGHBOUR) or (s >= end and s - end < CUE_NEIGHBOUR):
            return True
    return False


def prominence_features(setting: QuoteSetting, c: Candidate, order: int) -> dict[str, float]:
    """How present the candidate is in the whole article: mentions, the lead paragraph,
    the order in which the article first names it, a title or affiliation, a one-word name."""
    actor = c.actor
    return {
        "log_mentions": math.log1p(len(c.spans)) / 3,
        "first_para": float(any(setting.para_of(s) == 0 for s, _ in c.spans)),
        "first_actor": float(order == 0),
        "rank": min(order, 10) / 10,
        "role": float(bool(actor is not None and actor.role)),
        "aff": float(bool(actor is not None and actor.affiliation)),
        "one_word": float(len(c.name.split()) == 1),
    }


def dialogue_features(setting: QuoteSetting, qi: int, key: object) -> dict[str, float]:
    """Whether the rules gave the candidate an earlier quote, the quote just before, or the
    one just after (speakers are often quoted in runs)."""
    return _dialogue(setting.rule_keys, qi, key, set(setting.rule_keys[:qi]))


def _dialogue(keys: list, qi: int, key: object, before: set) -> dict[str, float]:
    """:func:`dialogue_features`, the keys of the quotes before ``qi`` given as a set (every
    key is an actor, compared by identity, a tuple of text, or None: a set tests as ``in``
    on the list does)."""
    return {
        "quoted_before": float(key in before),
        "quoted_prev": float(qi > 0 and keys[qi - 1] == key),
        "quoted_next": float(qi + 1 < len(keys) and keys[qi + 1] == key),
    }


def rule_features(q: QuoteRecord) -> dict[str, float]:
    """For the candidate the rules chose: which rule, and whether it was a guess."""
    f = {"is_kit": 1.0, "kitattr_" + (q.attribution or "none"): 1.0}
    if q.attribution == "nearby_speaker":
        f["kit_guess"] = 1.0
    if q.ref is None:
        f["kit_empty"] = 1.0
    return f


def candidate_facts(setting: QuoteSetting, cands: list[Candidate]) -> list[tuple[dict, dict]]:
    """What does not depend on the quote, for every candidate but nobody: its kind and
    source, and :func:`prominence_features` (the order of first mention read once)."""
    order = sorted(
        range(len(cands) - 1), key=lambda i: cands[i].spans[0] if cands[i].spans else (10**9, 0)
    )
    rank = {i: n for n, i in enumerate(order)}
    return [
        (
            {f"kind_{c.kind if c.kind in KINDS else 'other'}": 1.0, f"src_{c.source}": 1.0},
            prominence_features(setting, c, rank[i]),
        )
        for i, c in enumerate(cands[:-1])
    ]


def one_candidate(setting, qi, q, c: Candidate, facts, rule_blind: bool, at=None) -> dict:
    """All features of candidate ``c`` for quote number ``qi`` (``facts``: its entry of
    :func:`candidate_facts`; ``at``: the quote's :class:`_QuoteAt`, read once per quote)."""
    if at is None:
        at = _QuoteAt.of(setting, q, qi)
    key = c.key
    head, prominence = facts
    f = dict(head)
    start, end = at.start, at.end
    outside, last, first = [], None, None
    for s in c.spans:  # one pass: the spans outside the quote, the last before, the first after
        if s[0] >= start and s[1] <= end:
            continue
        outside.append(s)
        if s[1] <= start and (last is None or s[1] > last[1]):
            last = s
        if s[0] >= end and (first is None or s < first):
            first = s
    f["in_quote_only"] = float(bool(c.spans) and not outside)
    if last is not None:
        f.update(_before(setting, at, last))
    if first is not None:
        f.update(_after(setting, at, first))
    _cue(setting, at, key, outside, f)
    f.update(prominence)
    f.update(_dialogue(setting.rule_keys, qi, key, at.keys_before))
    if f.get("before_same_sent") and f.get("kind_person"):
        f["x_person_same_sent_before"] = 1.0
    if not rule_blind and key == setting.rule_keys[qi]:
        f.update(rule_features(q))
    return f


def quote_features(
    setting: QuoteSetting,
    qi: int,
    q: QuoteRecord,
    cands: list[Candidate],
    rule_blind: bool,
    facts: list[tuple[dict, dict]] | None = None,
) -> list[dict[str, float]]:
    """The features of every candidate for quote number ``qi`` (nobody last: ``is_none``),
    with the nearest mention before and after the quote marked among all candidates
    (``facts``: :func:`candidate_facts` of ``cands``, read once for all quotes)."""
    if facts is None:
        facts = candidate_facts(setting, cands)
    at = _QuoteAt.of(setting, q, qi)
    feats = [
        one_candidate(setting, qi, q, c, facts[i], rule_blind, at) for i, c in enumerate(cands[:-1])
    ]
    nearest_before = [(f["logd_before"], i) for i, f in enumerate(feats) if "has_before" in f]
    nearest_after = [(f["logd_after"], i) for i, f in enumerate(feats) if "has_after" in f]
    if nearest_before:
        feats[min(nearest_before)[1]]["before_is_nearest"] = 1.0
    if nearest_after:
        feats[min(nearest_after)[1]]["after_is_nearest"] = 1.0
    for f in feats:
        if f.get("cue_subject_same_sent") and f.get("before_is_nearest"):
            f["x_cue_nearest"] = 1.0
    nobody = {"is_none": 1.0}
    if not rule_blind and setting.rule_keys[qi] is None:
        nobody["is_kit"] = 1.0
    feats.append(nobody)
    return [{k: v for k, v in f.items() if v} for f in feats]
