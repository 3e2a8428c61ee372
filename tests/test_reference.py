"""Tests for hrlesson.reference: reference facts, sources and quote fidelity.

Texts other than the bundled article are CONSTRUCTED (written by us for these tests).
"""

from __future__ import annotations

import pytest

import hrlesson
from hrlesson.data import package_data_path
from hrlesson.errors import InputError
from hrlesson.reference import (
    STATUS_LABELS,
    fact_mentions,
    fact_spans,
    is_bundled,
    quote_fidelity,
    reference_facts,
    reference_sources,
)

DATE = "2021-02-25"


def test_sources_table() -> None:
    sources = reference_sources()
    assert list(sources.columns) == ["id", "source", "what_it_is", "url"]
    assert sources.id.tolist() == ["S1", "S2", "S3", "S4"]
    assert sources.id.is_unique
    for urls in sources.url:
        assert all(u.strip().startswith("https://") for u in urls.split(" ; "))


def test_facts_table() -> None:
    facts = reference_facts()
    assert list(facts.columns) == [
        "fact_id",
        "claim_in_article",
        "anchors",
        "checked_fact",
        "source_ids",
        "status",
        "status_note",
        "source_phrases",
    ]
    assert facts.fact_id.is_unique
    assert set(facts.status) <= set(STATUS_LABELS)
    known = set(reference_sources().id)
    for ids in facts.source_ids:
        assert {i.strip() for i in ids.split(",") if i.strip()} <= known


def test_every_anchor_occurs_in_the_bundled_article() -> None:
    text = hrlesson.load_article().text
    for fact_id, anchors in zip(reference_facts().fact_id, reference_facts().anchors, strict=True):
        for anchor in anchors.split("|"):
            assert anchor in text, (fact_id, anchor)


def test_source_phrases_are_short() -> None:
    for phrases in reference_facts().source_phrases:
        for phrase in filter(None, phrases.split("|")):
            assert len(phrase.split()) <= 10


def test_cited_source_document_is_shipped() -> None:
    md = package_data_path("reference_primary_sources.md").read_text(encoding="utf-8")
    for source_id in reference_sources().id[:3]:
        assert f"| {source_id} |" in md


def test_fact_spans_only_for_the_bundled_article() -> None:
    bundled = hrlesson.load_article()
    assert is_bundled(bundled)
    spans = fact_spans(bundled)
    assert spans == sorted(spans)
    for start, end, fact_id, verification in spans:
        assert bundled.text[start:end]
        assert fact_id.startswith("F")
        assert verification
    other = hrlesson.article_from_text("Last August 246 people were sentenced.", date=DATE)
    assert not is_bundled(other)
    assert fact_spans(other) == []
    assert fact_mentions(other).empty


def test_fact_mentions() -> None:
    article = hrlesson.load_article()
    mentions = fact_mentions(article)
    assert list(mentions.columns) == ["fact_id", "text", "start", "end", "verification"]
    for row in mentions.itertuples():
        assert article.text[row.start : row.end] == row.text
    assert "F08" in set(mentions.fact_id)


def test_quote_fidelity_on_the_bundled_article() -> None:
    article = hrlesson.load_article()
    qf = quote_fidelity(article)
    rows = qf[["source_phrase", "article_text", "match", "in_quote"]].values.tolist()
    assert rows == [
        [
            "hundreds of allegations of torture and ill-treatment",
            "hundreds of allegations of torture",
            "partial",
            False,
        ],
        [
            "numerous and widespread violations",
            "numerous and widespread violations",
            "verbatim",
            True,
        ],
        [
            "mass arbitrary arrests and detentions",
            "mass arbitrary arrests and detentions",
            "verbatim",
            True,
        ],
        ["atmosphere of fear", "Atmosphere of fear", "verbatim", True],
        ["atmosphere of fear", "atmosphere of fear", "verbatim", True],
    ]
    assert set(qf.source_id) == {"S1"}
    for row in qf.itertuples():
        assert article.text[row.start : row.end] == row.article_text
    assert qf.verdict.tolist()[3] == "the source's words used as a section heading"


def test_quote_fidelity_not_found_and_shortened() -> None:
    # constructed: one phrase quoted exactly, one shortened without quotation marks
    text = (
        'She pointed to "mass arbitrary arrests and detentions" and to hundreds of allegations '
        "of torture."
    )
    qf = quote_fidelity(hrlesson.article_from_text(text, date=DATE))
    by_phrase = qf.set_index("source_phrase")
    assert by_phrase.loc["mass arbitrary arrests and detentions", "verdict"] == "quoted exactly"
    assert by_phrase.loc["hundreds of allegations of torture and ill-treatment", "match"] == (
        "partial"
    )
    assert by_phrase.loc["atmosphere of fear", "match"] == "not_found"
    assert by_phrase.loc["numerous and widespread violations", "words_matched"] == 0


def test_quote_fidelity_needs_an_article() -> None:
    with pytest.raises(InputError, match="needs an Article"):
        quote_fidelity(None)
