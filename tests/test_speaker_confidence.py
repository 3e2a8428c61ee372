"""Tests for hrlesson.speech.ranking.confidence: how likely each quote's speaker is right.

The first-sight quotes (tools/data/first_sight_instances.jsonl.gz, real pages as an older kit
attributed them before anyone studied them) are data; the short texts here are constructed,
with invented people.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import numpy as np
import pytest

import hrlesson
from hrlesson.quotes import TABLE, quotes
from hrlesson.speech.ranking.confidence import (
    CHOSEN_FEATURES,
    confidence_features,
    confidence_model,
    title_only,
)
from hrlesson.speech.ranking.model import speaker_model

ROOT = Path(__file__).resolve().parents[1]
FIRST_SIGHT = ROOT / "tools" / "data" / "first_sight_instances.jsonl.gz"


@pytest.fixture(scope="module")
def first_sight():
    """Each first-sight quote's confidence (shipped ranker and model) and whether its
    speaker names the gold one."""
    ranker, model = speaker_model(), confidence_model()
    probs, right = [], []
    with gzip.open(FIRST_SIGHT, "rt", encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            best, scores = ranker.best(row["features"], row["allowed"])
            chosen = best if row["unplaced"] else row["rule_choice"]
            rule = "ranked" if row["unplaced"] else row["rule"]
            name = row["names"][chosen]
            feats = confidence_features(row["features"], scores, chosen, name, rule)
            probs.append(model.probability(feats))
            right.append(row["right"][chosen])
    return np.array(probs), np.array(right, dtype=float)


def test_every_quote_of_the_bundled_article_has_a_confidence_and_headings_none():
    table = quotes(hrlesson.load_article())
    speech = table[table.kind != "heading"]
    assert str(table["speaker_confidence"].dtype) == "Float64"
    assert speech["speaker_confidence"].between(0, 1).all()
    assert table.loc[table.kind == "heading", "speaker_confidence"].isna().all()
    assert "speaker_confidence" in {name for name, _, _ in TABLE.fields}


def test_confidence_is_the_same_on_every_run():
    text = hrlesson.load_article().text
    first = quotes(hrlesson.article_from_text(text))["speaker_confidence"].tolist()
    again = quotes(hrlesson.article_from_text(text))["speaker_confidence"].tolist()
    assert first == again


def test_a_named_speaker_beside_its_verb_is_surer_than_a_guess_from_afar():
    # constructed: the first quote has its speaker in its own sentence; the second,
    # two paragraphs on, has no reporting verb and several people between
    text = (
        'GENEVA - "We will not stop until the wells are repaired," Amara Quist, the '
        "head of the water board, said on Monday.\n\n"
        "Tomas Veld and Ilse Brandt, two engineers, visited the site. Ruth Okafor of "
        "the ministry joined them later.\n\n"
        'Officials met again in the afternoon. "A disgrace."'
    )
    table = quotes(hrlesson.article_from_text(text, date="2024-05-06")).set_index("text")
    named = table.loc["We will not stop until the wells are repaired,", "speaker_confidence"]
    guess = table.loc["A disgrace.", "speaker_confidence"]
    assert table.loc["We will not stop until the wells are repaired,", "speaker"] == "Amara Quist"
    assert named >= 0.9
    assert guess < 0.7


def test_on_first_sight_quotes_high_confidence_is_mostly_right_and_low_mostly_not(first_sight):
    probs, right = first_sight
    assert len(right) > 2000
    high, low = probs >= 0.9, probs < 0.5
    assert high.mean() > 0.5  # most quotes are rated high
    assert right[high].mean() >= 0.93
    assert right[low].mean() <= 0.45
    assert right[high].mean() - right.mean() >= 0.08


def test_the_model_only_weighs_features_that_can_be_computed():
    known = {"bias", "share", "share_squared", "agree", "nobody", "lower_case", "title_only"}
    known |= {"candidates", *CHOSEN_FEATURES}
    attributions = {n: d for n, _, d in TABLE.fields}["attribution"]
    for name in confidence_model().weights:
        if name.startswith("rule_"):
            assert name.removeprefix("rule_") in attributions + " ranked none", name
        else:
            assert name in known, name


@pytest.mark.parametrize(
    ("name", "expected"),
    [("General", True), ("Deputy Minister", True), ("Officials", True), ("spokeswoman", True),
     ("General Motors", False), ("Amara Quist", False), ("", False)],
)  # fmt: skip
def test_a_name_of_title_words_only(name, expected):
    assert title_only(name) is expected


def test_a_description_or_a_title_alone_lowers_the_confidence():
    feats = [{"kind_person": 1.0, "near_cue": 1.0}, {}]
    model = confidence_model()

    def prob(name):
        return model.probability(confidence_features(feats, [2.0, 0.0], 0, name, "passive"))

    assert prob("Amara Quist") > prob("the board's head")
    assert prob("Amara Quist") > prob("Chairman")
