"""The kind of an actor (person, organisation, state, group) on real sentences.

Cases are data (tests/fixtures/actor_kinds.json): unedited sentences with their URL, the
kind each named actor must have, the speakers that must be found, and the actors a
pronoun ("he said") must never reach.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import hrlesson
from hrlesson.actors import actors
from hrlesson.quotes import quotes

CASES = json.loads((Path(__file__).parent / "fixtures" / "actor_kinds.json").read_text())["cases"]


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_actor_kinds_on_real_sentences(case):
    article = hrlesson.article_from_text(case["text"], date="2022-05-28")
    kinds = {r.name: r.kind for r in actors(article).itertuples()}
    for name, kind in case["kinds"].items():
        assert kinds.get(name) == kind, (name, kinds)
    speakers = set(quotes(article).speaker.dropna())
    assert not speakers & set(case["not_speakers"]), speakers
    assert set(case.get("speakers", [])) <= speakers, speakers
