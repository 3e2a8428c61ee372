"""How likely each quote's speaker is right: a probability learned from real articles the
rules had never seen (the ``speaker_confidence`` column of the quotes table).

The rules and the ranker give every quote one speaker; on an article nobody tuned them on,
about one in six is wrong. This module says which ones to check. For each quote it reads
what the ranker (:mod:`.model`) thinks of the chosen speaker among every candidate (its
share of the probability, whether the ranker would have chosen it too), how the speaker is
written (a lower-case description, a title alone, nobody) and the rule that placed it, and
turns them into one probability with a logistic model.

The weights (``data/speaker_confidence.json``) are written by
``tools/train_speaker_confidence.py`` from *first-sight* quotes: quotes of real test pages
as the kit attributed them before anyone had studied those pages (each batch of pages by
the kit as it stood just before the batch was added). So the probability is calibrated for
an article the kit has not seen, not for the test pages it was tuned on.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import cache
from importlib import resources

from ...wordlists import word_set
from ..records import QuoteRecord
from ..vocabulary import GENERIC_TITLES, TITLE_HEADS
from .candidates import candidate_key
from .model import SpeakerModel
from .rerank import RankedQuote, ranked_quotes
from .slot_gender import allowed_candidates

#: The model file, inside the package data.
CONFIDENCE_FILE = ("data", "speaker_confidence.json")
#: Words a name made only of titles holds: title heads, ranks and generic titles.
TITLE_NAME_WORDS = TITLE_HEADS | word_set("rank_words") | GENERIC_TITLES
#: Candidate features of the chosen speaker that the confidence model reads as they are.
CHOSEN_FEATURES = (
    "kind_person",
    "kind_organisation",
    "kind_state",
    "kind_group",
    "src_label",
    "near_cue",
    "kit_cue_subject",
    "before_same_sent",
    "after_same_sent",
)


def title_only(name: str) -> bool:
    """A name made only of title words, a plural included: the rules took a title for a
    name ("General", "Officials", "spokesman").

    >>> title_only("General"), title_only("Officials"), title_only("Marco Giorgianni")
    (True, True, False)
    """
    words = [w.strip(".,'’").casefold() for w in name.split()]
    return bool(words) and all(
        w in TITLE_NAME_WORDS or w.removesuffix("s") in TITLE_NAME_WORDS for w in words
    )


def chosen_share(scores: list[float | None], chosen: int) -> float:
    """The ranker's probability for candidate ``chosen``: a softmax over the allowed
    candidates' scores (0 when the ranker does not allow it).

    >>> round(chosen_share([2.0, 0.0, None], 0), 3), chosen_share([2.0, 0.0, None], 2)
    (0.881, 0.0)
    """
    if scores[chosen] is None:
        return 0.0
    allowed = [s for s in scores if s is not None]
    top = max(allowed)
    return math.exp(scores[chosen] - top) / sum(math.exp(s - top) for s in allowed)


def confidence_features(
    features: list[dict[str, float]],
    scores: list[float | None],
    chosen: int,
    name: str,
    attribution: str,
) -> dict[str, float]:
    """What the confidence model reads about one quote whose speaker is candidate
    ``chosen`` (the last candidate is nobody), named ``name``, placed by ``attribution``.

    >>> f = confidence_features([{"kind_person": 1.0}, {}], [1.0, 0.0], 0, "Ann Lee", "passive")
    >>> sorted(f)
    ['agree', 'bias', 'candidates', 'kind_person', 'rule_passive', 'share', 'share_squared']
    """
    share = chosen_share(scores, chosen)
    allowed = [i for i, s in enumerate(scores) if s is not None]
    best = max(allowed, key=lambda i: (scores[i], -i))
    own = features[chosen]
    f = {
        "bias": 1.0,
        "share": share,
        "share_squared": share * share,
        "agree": float(best == chosen),
        "nobody": float(chosen == len(scores) - 1),
        "lower_case": float(name[:1].islower()),
        "title_only": float(bool(name) and title_only(name)),
        "candidates": min(len(allowed), 10) / 10,
        f"rule_{attribution}": 1.0,
    }
    f.update((k, own[k]) for k in CHOSEN_FEATURES if own.get(k))
    return {k: v for k, v in f.items() if v}


@dataclass(frozen=True)
class ConfidenceModel:
    """Logistic weights over :func:`confidence_features`."""

    weights: dict[str, float]

    def probability(self, features: dict[str, float]) -> float:
        """The model's probability that the speaker is right.

        >>> ConfidenceModel({"bias": 0.0, "share": 2.0}).probability({"bias": 1.0, "share": 1.0})
        0.8807970779778823
        """
        z = sum((self.weights.get(k, 0.0) * features[k] for k in sorted(features)), 0.0)
        return 1.0 / (1.0 + math.exp(-z))


@cache
def confidence_model() -> ConfidenceModel:
    """The shipped model (read once)."""
    path = resources.files("hrlesson").joinpath(*CONFIDENCE_FILE)
    return ConfidenceModel(dict(json.loads(path.read_text(encoding="utf-8"))["weights"]))


def chosen_candidate(r: RankedQuote) -> int:
    """The index of the candidate that is the quote's speaker (the last, nobody, when it
    has none)."""
    key = candidate_key(r.quote.ref)  # None for no speaker, the key of the last candidate
    return next((i for i, c in enumerate(r.candidates) if c.key == key), len(r.candidates) - 1)


def rate_speakers(
    attributor, quotes: list[QuoteRecord], ranker: SpeakerModel, model: ConfidenceModel
) -> None:
    """Set ``q.confidence`` for every quote of ``quotes`` (speech, in reading order)."""
    for r in ranked_quotes(attributor, quotes, ranker.rule_blind):
        allowed = allowed_candidates(attributor.tokens, r.quote, r.candidates)
        _, scores = ranker.best(r.features, allowed)
        chosen = chosen_candidate(r)
        name = r.candidates[chosen].name
        attribution = r.quote.attribution or "none"
        features = confidence_features(r.features, scores, chosen, name, attribution)
        r.quote.confidence = round(model.probability(features), 2)
