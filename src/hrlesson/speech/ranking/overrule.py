"""Where the ranker overrules a rule: the few rules it beats on articles nobody tuned it on.

The rules place most quotes and the ranker (:mod:`.rerank`) only those they leave without
a speaker. On *first-sight* quotes (real pages as the kit attributed them before anyone
studied them, ``tools/data/first_sight_instances.jsonl.gz``), with rankers trained on the
other test pages (leave one batch out), the ranker's choice beats the choice of two rules
where it scores clearly higher: a continuation's speaker carried over from the quote before
('"Q1," the minister said. ... "Q2."', another person named between; by a margin over 1:
4 right against 0, over 0: 11 against 4) and a guess from the nearest speaker (margin over
1.5: 9 right against 3, over 1: 9 against 5, over 2: 7 against 2). There, and only there,
the ranker's choice replaces the rule's (attribution ``ranked_override``); every other rule
keeps its speaker: the ranker loses to a pull quote, a display line or an echo, and its
gain on "according to" (2 of 31) is too thin to trust.
"""

from __future__ import annotations

from ..records import QuoteRecord
from .candidates import Candidate, candidate_key

#: The attribution of a quote whose rule the ranker overruled.
RANKED_OVERRIDE = "ranked_override"
#: Rule → by how much (in score) the ranker's choice must beat the rule's own choice.
OVERRULED = {"continuation": 1.0, "nearby_speaker": 1.5}


def overrulable(q: QuoteRecord) -> bool:
    """A quote a rule gave a speaker that the ranker may overrule (:data:`OVERRULED`)."""
    return q.role == "quote" and q.ref is not None and q.attribution in OVERRULED


def rule_candidate(q: QuoteRecord, candidates: list[Candidate]) -> int:
    """The index of the candidate the rule chose (the last, nobody, when it chose none)."""
    key = candidate_key(q.ref)
    return next((i for i, c in enumerate(candidates) if c.key == key), len(candidates) - 1)


def overrules(attribution: str, scores: list[float | None], best: int, ruled: int) -> bool:
    """Whether the ranker's ``best`` candidate replaces the one the rule ``attribution``
    chose (``ruled``): a different candidate, scored higher by more than the rule's margin
    (always when the rule's choice does not fit the gendered subject of the verb).

    >>> overrules("continuation", [2.5, 1.0, 0.0], 0, 1)
    True
    >>> overrules("nearby_speaker", [2.0, 1.0, 0.0], 0, 1), overrules("passive", [9.0, 1.0, 0.0], 0, 1)
    (False, False)
    >>> overrules("nearby_speaker", [2.0, None, 0.0], 0, 1)
    True
    """
    if best == ruled or attribution not in OVERRULED:
        return False
    own = scores[ruled]
    return own is None or scores[best] - own > OVERRULED[attribution]
