"""The last pass of the attribution: the quotes the rules only guessed, ranked again.

A quote the rules left without a speaker gets the candidate the model scores highest
(attribution ``ranked``), which may still be nobody; a continuation of it ("'Q1,' she said.
'Q2.'") follows it. A quote of the few rules the model beats on articles nobody tuned it on
(:mod:`.overrule`) gets the model's choice where it differs by enough (attribution
``ranked_override``); every other quote keeps the rules' speaker.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cache

from ..agentless_reports import AGENTLESS_REPORT
from ..records import QuoteRecord, SpeakerRef
from ..speakerless_rules import AGENTLESS_PASSIVE, CHARGE_WORDING, CROSSHEAD_PHRASE
from ..unspoken_headlines import UNSPOKEN_HEADLINE
from .candidates import Candidate, candidate_key, speaker_candidates
from .features import QuoteSetting, candidate_facts, quote_features
from .model import SpeakerModel
from .overrule import (
    RANKED_OVERRIDE,
    RENAMED_BY_EPITHET,
    continuation_in_paragraph,
    guess_in_sentence,
    overrulable,
    overrules,
    rule_candidate,
    unnamed_renamed_by_epithet,
)
from .posting_places import posting_place
from .slot_gender import allowed_candidates


@dataclass(slots=True)
class RankedQuote:
    """One quote, its candidates and their features (in candidate order)."""

    index: int
    quote: QuoteRecord
    candidates: list[Candidate]
    features: list[dict[str, float]]


def quote_setting(attributor, quotes: list[QuoteRecord]) -> QuoteSetting:
    """The article-wide facts of :class:`QuoteSetting`, read from the attribution (the
    sentence and paragraph of a position are looked up once per position)."""
    sent_of = cache(attributor.sent_of)

    @cache
    def para_of(pos: int) -> int:
        return attributor.par_of_sent[sent_of(pos)]

    subjects = {(m.start, m.end) for m in attributor.index.mentions if m.subject}
    cue_subjects = [(c.start, candidate_key(c.subject)) for c in attributor.cues if c.subject]
    rule_keys = [candidate_key(q.ref) for q in quotes]
    return QuoteSetting(sent_of, para_of, subjects, cue_subjects, rule_keys)


def ranked_quotes(attributor, quotes: list[QuoteRecord], rule_blind: bool, which=None):
    """A :class:`RankedQuote` for every quote in ``quotes`` (speech, in reading order), or
    for those whose index is in ``which``."""
    cue_refs = [c.subject for c in attributor.cues if c.subject is not None]
    cands = speaker_candidates(attributor.index.actors, attributor.extra, cue_refs, quotes)
    setting = quote_setting(attributor, quotes)
    facts = candidate_facts(setting, cands)
    return [
        RankedQuote(i, q, cands, quote_features(setting, i, q, cands, rule_blind, facts))
        for i, q in enumerate(quotes)
        if which is None or i in which
    ]


def unplaced(q: QuoteRecord) -> bool:
    """A quote the rules left without a speaker (a continuation follows the quote before; a
    headline's quotation no one is said to have spoken keeps none)."""
    return (
        q.role == "quote"
        and q.ref is None
        and q.attribution
        not in (
            "continuation",
            UNSPOKEN_HEADLINE,
            CROSSHEAD_PHRASE,
            AGENTLESS_REPORT,
            AGENTLESS_PASSIVE,
            CHARGE_WORDING,
        )
    )


def rank_unplaced_speakers(attributor, quotes: list[QuoteRecord], model: SpeakerModel) -> None:
    """Give each quote of ``quotes`` the rules left without a speaker the model's best
    candidate, and its continuations the same speaker; replace the speaker of a quote of a
    rule the model beats where :func:`.overrule.overrules` says so. The ``evidence`` column
    says why (``q.ranking``). Every quote is ranked against the rules' speakers as they
    were before this pass."""
    which = {i for i, q in enumerate(quotes) if unplaced(q) or overrulable(q)}
    if not which:
        return
    chosen: dict[int, SpeakerRef | None] = {}
    for r in ranked_quotes(attributor, quotes, model.rule_blind, which):
        q = r.quote
        allowed = allowed_candidates(attributor.tokens, q, r.candidates)
        allowed = [
            a and not posting_place(attributor.text, c)
            for a, c in zip(allowed, r.candidates, strict=True)
        ]
        best, scores = model.best(r.features, allowed)
        pick = r.candidates[best]
        if unplaced(q):
            q.ref, q.attribution = pick.ref(q.start), "ranked"
            q.ranking = ranking_evidence(model, r, best, scores)
            chosen[q.event] = q.ref
            continue
        ruled = rule_candidate(q, r.candidates)
        if overrules(q.attribution, scores, best, ruled) and not kept_by_rule(
            attributor, quotes, r.index, pick
        ):
            was = r.candidates[ruled].name or "no speaker"
            why = ranking_evidence(model, r, best, scores)
            by = scores[best] - (scores[ruled] if scores[ruled] is not None else 0.0)
            q.ranking = f"overruled rule {q.attribution} (its choice: {was}; by {by:.1f}); {why}"
            q.ref, q.attribution = pick.ref(q.start), RANKED_OVERRIDE
    for q in quotes:
        if q.attribution == "continuation" and q.event in chosen:
            q.ref = chosen[q.event]


def kept_by_rule(attributor, quotes: list[QuoteRecord], i: int, pick: Candidate) -> bool:
    """The rule's speaker of ``quotes[i]`` stands against the ranker's ``pick``: a guess its
    own sentence names, a continuation of a quotation in its own paragraph that the
    paragraph does not name ``pick`` in, an unnamed person's continuation against a bare
    epithet, its evidence then saying so (:mod:`.overrule`)."""
    q, sent_of = quotes[i], attributor.sent_of
    before = next((quotes[j] for j in range(i - 1, -1, -1) if quotes[j].role == "quote"), None)
    if unnamed_renamed_by_epithet(q, pick):
        q.ref = replace(q.ref, how=RENAMED_BY_EPITHET)
        return True
    return guess_in_sentence(q, pick, sent_of) or continuation_in_paragraph(
        q, before, pick, lambda pos: attributor.par_of_sent[sent_of(pos)]
    )


def ranking_evidence(model: SpeakerModel, r: RankedQuote, best: int, scores) -> str:
    """'ranked first of 9 candidates (nobody included): named earlier in the same sentence,
    a person (next: Amnesty International)'; or why nobody could be chosen."""
    allowed = [i for i, s in enumerate(scores) if s is not None]
    if len(allowed) == 1:  # nobody alone
        named = len(scores) - 1
        if not named:
            return "ranked: the article names no one who could have said it"
        return f"ranked: none of the {named} named fits the gendered subject of its verb"
    runner = max((i for i in allowed if i != best), key=lambda i: scores[i])
    why = ", ".join(model.reasons(r.features[best])) or "no feature stood out"
    nxt = r.candidates[runner].name or "no speaker"
    return f"ranked first of {len(allowed)} candidates (nobody included): {why} (next: {nxt})"
