"""Readability scores: our sentence counts, textstat's syllables, the published formulas.

Texts and quote tables marked "constructed" were written by us for these tests.
"""

from __future__ import annotations

import math

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hrlesson import InputError, article_from_text, load_article
from hrlesson._nltk_data import SYLLABLE_SOURCE
from hrlesson.export import write_csv
from hrlesson.readability import COLUMNS, TABLE, readability, syllable_counter

# Constructed article: a dateline, a quote, a section heading, a second paragraph.
TEXT = (
    'GENEVA (AP) — The envoy spoke. "We are deeply concerned about the situation," she said.'
    "\n\n- 'Grave concern' -\n\n"
    "The council adjourned."
)


def _quotes(article, rows):
    """A quotes table for ``article``: (quoted text, speaker, kind) -> offsets found in the text."""
    records = []
    for quoted, speaker, kind in rows:
        start = article.text.index(quoted)
        records.append(
            {
                "text": quoted,
                "speaker": speaker,
                "start": start,
                "end": start + len(quoted),
                "kind": kind,
            }
        )
    return pd.DataFrame(records, columns=["text", "speaker", "start", "end", "kind"])


@pytest.fixture(scope="module")
def constructed():
    return article_from_text(TEXT, date="2021-02-25")


@pytest.fixture(scope="module")
def scores(constructed):
    quotes = _quotes(
        constructed,
        [
            ("We are deeply concerned about the situation,", "Envoy", "full"),
            ("Grave concern", None, "heading"),
        ],
    )
    return readability(constructed, quotes=quotes).set_index("label", drop=False)


def test_rows_and_columns(scores):
    assert list(scores.columns) == COLUMNS
    assert scores.unit.tolist() == [
        "paragraph",
        "paragraph",
        "speaker",
        "voice",
        "voice",
        "article",
    ]
    assert scores.label.tolist() == [
        "paragraph 1",
        "paragraph 3",
        "Envoy",
        "narration",
        "quotation",
        "text",
    ]


def test_table_describes_every_column():
    assert [f[0] for f in TABLE.fields] == COLUMNS
    assert TABLE.name == "readability"
    assert all(description for _, _, description in TABLE.fields)


@pytest.mark.parametrize(
    ("label", "n_sentences", "n_words", "n_syllables", "n_polysyllables"),
    [
        # the(1) envoy(2) spoke(1) + the quote + she said; the dateline is left out
        ("paragraph 1", 2, 12, 19, 1),
        ("paragraph 3", 1, 3, 5, 0),  # the(1) council(2) adjourned(2)
        ("Envoy", 1, 7, 13, 1),  # we are deeply concerned about the situation(4)
        ("narration", 3, 8, 11, 0),  # the heading quote is not body text
        ("quotation", 1, 7, 13, 1),
        ("text", 3, 15, 24, 1),
    ],
)
def test_counts(scores, label, n_sentences, n_words, n_syllables, n_polysyllables):
    row = scores.loc[label]
    assert (row.n_sentences, row.n_words, row.n_syllables, row.n_polysyllables) == (
        n_sentences,
        n_words,
        n_syllables,
        n_polysyllables,
    )


def test_formulas(scores):
    for row in scores.itertuples():
        wps = row.n_words / row.n_sentences
        spw = row.n_syllables / row.n_words
        poly = row.n_polysyllables
        assert row.words_per_sentence == round(wps, 2)
        assert row.syllables_per_word == round(spw, 2)
        assert row.flesch_reading_ease == round(206.835 - 1.015 * wps - 84.6 * spw, 2)
        assert row.flesch_kincaid_grade == round(0.39 * wps + 11.8 * spw - 15.59, 2)
        assert row.gunning_fog == round(0.4 * (wps + 100 * poly / row.n_words), 2)
        assert row.smog_index == round(1.0430 * math.sqrt(30 * poly / row.n_sentences) + 3.1291, 2)


def test_paragraph_offsets_cover_the_measured_sentences(constructed, scores):
    first = scores.loc["paragraph 1"]
    assert constructed.text[first.start : first.end] == (
        'The envoy spoke. "We are deeply concerned about the situation," she said.'
    )
    assert first.paragraph_id == 1
    assert pd.isna(scores.loc["Envoy"].start)
    assert pd.isna(scores.loc["text"].paragraph_id)


def test_provenance_on_every_row(scores):
    from importlib import metadata

    assert (scores.textstat_version == metadata.version("textstat")).all()
    assert (scores.syllable_source == SYLLABLE_SOURCE).all()


def test_sentences_come_from_our_splitter():
    # Constructed: textstat's own counter splits after "U.N." and "Mr.".
    article = article_from_text(
        "The U.N. envoy met Mr. Smith in Geneva on Feb. 9. He left.", date="2021-02-25"
    )
    row = readability(article, quotes=_quotes(article, [])).iloc[-1]
    assert (row.unit, row.n_sentences, row.n_words) == ("article", 2, 13)


def test_speakers_in_order_of_first_quote_and_unattributed():
    # Constructed.
    article = article_from_text(
        '"Stop," said Ana. "No," said Ben. "Go on," said Ana. People shouted "enough".',
        date="2021-02-25",
    )
    quotes = _quotes(
        article,
        [
            ("Go on,", "Ana", "full"),
            ("Stop,", "Ana", "full"),
            ("No,", "Ben", "full"),
            ("enough", None, "partial"),
        ],
    )
    table = readability(article, quotes=quotes)
    speakers = table[table.unit == "speaker"]
    assert speakers.label.tolist() == ["Ana", "Ben", "(unattributed)"]
    assert speakers.n_words.tolist() == [3, 1, 1]
    assert speakers.n_sentences.tolist() == [2, 1, 1]


def test_unit_without_words_has_empty_scores():
    # Constructed: no quotes at all.
    article = article_from_text("The council adjourned. Nobody spoke.", date="2021-02-25")
    table = readability(article, quotes=_quotes(article, [])).set_index("label")
    assert table.loc["quotation", "n_words"] == 0
    assert table.loc["quotation", "n_sentences"] == 0
    assert table.loc[["quotation"], COLUMNS[9:15]].isna().all(axis=None)
    assert "speaker" not in set(table.unit)


def test_csv_output_is_stable(tmp_path, scores):
    first, second = tmp_path / "a.csv", tmp_path / "b.csv"
    write_csv(scores, first, COLUMNS)
    write_csv(scores.copy(), second, COLUMNS)
    assert first.read_bytes() == second.read_bytes()
    line = first.read_text(encoding="utf-8").splitlines()[1]
    assert line.startswith("paragraph,paragraph 1,1,")
    for value in line.split(","):
        if "." in value and value.replace(".", "").replace("-", "").isdigit():
            assert len(value.split(".")[1]) <= 2


@pytest.mark.parametrize(
    ("word", "syllables"),
    [
        ("diplomacy", 4),
        ("Geneva", 3),
        ("the", 1),
        ("situation", 4),
        ("anti-government", 5),  # parts counted separately
        ("crisis-wracked", 3),
        ("government’s", 3),  # typographic apostrophe
        ("U.N.", 1),  # read as "un"
    ],
)
def test_syllable_counter(word, syllables):
    assert syllable_counter()(word) == syllables


def test_bad_input(constructed):
    with pytest.raises(InputError, match="needs an Article"):
        readability("Some text.")
    with pytest.raises(InputError, match="lacks the column"):
        readability(constructed, quotes=pd.DataFrame({"speaker": ["A"]}))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.text(
        alphabet=st.sampled_from(list("abcdefghij ABC.,;!?\"'-\n0123")),
        min_size=1,
        max_size=200,
    ).filter(lambda t: any(c.isalpha() for c in t))
)
def test_any_text_gives_scores_or_empty_values(text):
    article = article_from_text(text, date="2021-02-25")
    table = readability(article, quotes=_quotes(article, []))
    assert list(table.columns) == COLUMNS
    measured = table[table.n_words > 0]
    assert measured[COLUMNS[9:15]].notna().all(axis=None)
    assert (table.n_sentences <= table.n_words).all()


def test_bundled_article_article_row():
    article = load_article()
    table = readability(article, quotes=_quotes(article, []))
    row = table[table.unit == "article"].iloc[0]
    body = article.sentences[article.sentences.kind == "body"]
    assert row.n_sentences == len(body) == 26
    assert row.n_words == body.n_words.sum()
    paragraphs = table[table.unit == "paragraph"]
    assert paragraphs.n_words.sum() == row.n_words
    assert table.equals(readability(article, quotes=_quotes(article, [])))


@pytest.fixture(scope="module")
def bundled_scores():
    return readability(load_article())


def test_bundled_article_speakers_and_voices(bundled_scores):
    from hrlesson.quotes import quotes

    table = bundled_scores.set_index("label", drop=False)
    speakers = table[table.unit == "speaker"]
    assert speakers.label.iloc[0] == "Yuri Ambrazevich"  # first quoted: "highly subjective"
    assert speakers.n_words.idxmax() == "Michelle Bachelet"
    found = quotes(load_article())
    named = set(found[found.kind != "heading"].speaker.dropna())
    assert set(speakers.label) - {"(unattributed)"} == named
    narration, quotation = table.loc["narration"], table.loc["quotation"]
    article = table[table.unit == "article"].iloc[0]
    assert narration.n_words + quotation.n_words == article.n_words
    assert speakers.n_words.sum() == quotation.n_words  # quotes do not overlap
    assert quotation.syllables_per_word > narration.syllables_per_word


def test_bundled_article_table_builds_and_is_deterministic(bundled_scores):
    again = TABLE.build(load_article())
    assert again.equals(bundled_scores)
    assert list(again.columns) == [f[0] for f in TABLE.fields]
