"""The weights of the speaker ranker and the choice they make.

``data/speaker_ranker.json`` holds one weight per feature of :mod:`.features`, written by
``tools/train_speaker_ranker.py`` from the test pages' gold speakers (see its docstring);
``data/words/ranker_features.csv`` says in plain words what each feature means, for the
``evidence`` column. A candidate's score is the sum of its features times their weights;
the highest score wins, the first candidate on a tie.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources

from ...wordlists import word_table

#: The model file, inside the package data.
MODEL_FILE = ("data", "speaker_ranker.json")


@dataclass(frozen=True)
class SpeakerModel:
    """Feature weights, and whether the model was trained without the rules' own choice
    as a feature (``rule_blind``)."""

    weights: dict[str, float]
    rule_blind: bool

    def score(self, features: dict[str, float]) -> float:
        """The sum of ``features`` times their weights, in a fixed order.

        >>> SpeakerModel({"has_before": 1.5, "is_none": -1.0}, True).score({"has_before": 1.0})
        1.5
        """
        weight = self.weights.get
        return sum([weight(k, 0.0) * features[k] for k in sorted(features)], 0.0)

    def best(self, candidate_features: list[dict[str, float]], allowed: list[bool]):
        """The index of the best-scored allowed candidate, and every candidate's score
        (None for those not allowed). The last candidate (nobody) is always allowed.

        >>> SpeakerModel({"has_before": 1.0}, True).best([{"has_before": 1.0}, {}], [False, True])
        (1, [None, 0.0])
        """
        scores = [
            self.score(f) if ok else None for f, ok in zip(candidate_features, allowed, strict=True)
        ]
        scores[-1] = self.score(candidate_features[-1])
        best = max(
            (i for i, s in enumerate(scores) if s is not None), key=lambda i: (scores[i], -i)
        )
        return best, scores

    def reasons(self, features: dict[str, float], n: int = 3) -> list[str]:
        """The ``n`` features that raised this candidate's score most, in plain words.

        >>> m = SpeakerModel({"before_same_sent": 2.0, "kind_person": 0.5, "rank": -1.0}, True)
        >>> m.reasons({"before_same_sent": 1.0, "kind_person": 1.0, "rank": 0.3})
        ['named earlier in the same sentence', 'a person']
        """
        gains = sorted(
            ((self.weights.get(k, 0.0) * v, k) for k, v in features.items()), reverse=True
        )
        return [feature_meaning(k) for gain, k in gains[:n] if gain > 0]


@cache
def feature_meanings() -> dict[str, str]:
    """Feature name → what it says, from ``data/words/ranker_features.csv``."""
    return {row["feature"]: row["meaning"] for row in word_table("ranker_features")}


def feature_meaning(name: str) -> str:
    """What feature ``name`` says; the rules' attributions by their rule's name.

    >>> feature_meaning("before_prev_sent"), feature_meaning("kitattr_continuation")
    ('named in the sentence before', "the rules' choice by rule continuation")
    """
    if name.startswith("kitattr_"):
        return f"the rules' choice by rule {name.removeprefix('kitattr_')}"
    return feature_meanings().get(name, name)


@cache
def speaker_model() -> SpeakerModel:
    """The shipped model (read once)."""
    path = resources.files("hrlesson").joinpath(*MODEL_FILE)
    data = json.loads(path.read_text(encoding="utf-8"))
    return SpeakerModel(dict(data["weights"]), bool(data["rule_blind"]))
