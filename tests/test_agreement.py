"""Lesson 8's label tables (shipped annotation files) and agreement measures."""

from __future__ import annotations

import csv
import math
from pathlib import Path

import pytest

import hrlesson
from hrlesson.agreement import (
    ANNOTATORS,
    LABELS,
    agreement,
    blank_labels,
    confusion,
    guideline,
    passage_labels,
    read_labels,
)
from hrlesson.errors import InputError

CASES = Path(__file__).parent / "fixtures" / "agreement_cases.csv"
ARTICLE = hrlesson.load_article()
PASSAGE = ARTICLE.sentences.query("10 <= sentence_id <= 29 and kind == 'body'")


def _cases() -> list[dict[str, str]]:
    with CASES.open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def _same(value: float, expected: str) -> bool:
    if expected == "nan":
        return math.isnan(value)
    return round(value, 4) == round(float(expected), 4)


# --------------------------------------------------------------------------- shipped data


@pytest.mark.parametrize("annotator", ANNOTATORS)
def test_sentence_rows_are_the_passage_sentences_with_their_offsets(annotator: str) -> None:
    rows = passage_labels("sentences", annotator)
    assert rows["sentence_id"].tolist() == PASSAGE["sentence_id"].tolist()
    assert rows["start"].tolist() == PASSAGE["start"].tolist()
    assert rows["end"].tolist() == PASSAGE["end"].tolist()


@pytest.mark.parametrize("annotator", ANNOTATORS)
def test_word_rows_point_at_their_words(annotator: str) -> None:
    rows = passage_labels("words", annotator)
    assert rows["item_id"].tolist() == list(range(1, len(rows) + 1))
    for row in rows.itertuples():
        assert ARTICLE.text[row.start : row.end] == row.text, row.item_id
        assert ARTICLE.sentence_at(row.start) == row.sentence_id, row.item_id
    assert set(rows["sentence_id"]) <= set(PASSAGE["sentence_id"])


@pytest.mark.parametrize("annotator", ANNOTATORS)
def test_sentence_verbs_occur_in_their_sentence(annotator: str) -> None:
    rows = passage_labels("sentences", annotator)
    for row in rows.itertuples():
        sentence = ARTICLE.text[row.start : row.end]
        assert (row.verb in sentence) if row.verb else row.verb_class == "none", row.sentence_id


@pytest.mark.parametrize("table", list(LABELS))
@pytest.mark.parametrize("annotator", ANNOTATORS)
def test_every_label_is_in_the_label_set(table: str, annotator: str) -> None:
    rows = passage_labels(table, annotator)
    for layer, allowed in LABELS[table].items():
        assert set(rows[layer]) <= set(allowed), (table, annotator, layer)


@pytest.mark.parametrize("table", list(LABELS))
def test_the_two_annotators_label_the_same_items(table: str) -> None:
    gold, other = (passage_labels(table, a) for a in ANNOTATORS)
    assert gold.drop(columns=[*LABELS[table], "note", "verb"], errors="ignore").equals(
        other.drop(columns=[*LABELS[table], "note", "verb"], errors="ignore")
    )


def test_annotator_b_disagrees_somewhere_in_every_layer() -> None:
    # the lesson asks students to discuss disagreements: each layer must have some
    for table, layers in LABELS.items():
        gold, other = (passage_labels(table, a) for a in ANNOTATORS)
        for layer in layers:
            result = agreement(gold[layer], other[layer])
            assert 0 < result.kappa < 1, (table, layer)


def test_guideline_names_every_label() -> None:
    text = guideline()
    for layers in LABELS.values():
        for labels in layers.values():
            for label in labels:
                assert f"`{label}`" in text, label


def test_unknown_table_or_annotator_is_a_one_line_error() -> None:
    with pytest.raises(InputError, match="no annotation table 'paragraphs'"):
        passage_labels("paragraphs")
    with pytest.raises(InputError, match="no annotator 'c'; use one of: gold, annotator_b"):
        passage_labels("sentences", "c")


# --------------------------------------------------------------------------- agreement


@pytest.mark.parametrize("case", _cases(), ids=[c["case"] for c in _cases()])
def test_agreement_on_hand_computed_cases(case: dict[str, str]) -> None:
    result = agreement(case["a"].split(), case["b"].split())
    assert result.n == int(case["n"])
    assert _same(result.observed, case["observed"])
    assert _same(result.expected, case["expected"])
    assert _same(result.kappa, case["kappa"])


@pytest.mark.parametrize("table", list(LABELS))
def test_agreement_matches_the_confusion_table(table: str) -> None:
    gold, other = (passage_labels(table, a) for a in ANNOTATORS)
    for layer, labels in LABELS[table].items():
        counts = confusion(gold[layer], other[layer], labels=labels).to_numpy()
        n = counts.sum()
        observed = counts.trace() / n
        expected = (counts.sum(axis=1) * counts.sum(axis=0)).sum() / n**2
        result = agreement(gold[layer], other[layer])
        assert result.n == n
        assert math.isclose(result.observed, observed)
        assert math.isclose(result.expected, expected)
        assert math.isclose(result.kappa, (observed - expected) / (1 - expected))


def test_agreement_needs_lists_of_the_same_length() -> None:
    with pytest.raises(InputError, match=r"different lengths \(2 and 3\)"):
        agreement(["x", "y"], ["x", "y", "y"])


def test_agreement_prints_a_sentence() -> None:
    assert str(agreement(["x", "y"], ["x", "x"])) == (
        "2 items: percent agreement 50%, chance agreement 50%, Cohen's kappa 0.00"
    )
    assert "nothing to compare" in str(agreement(["?"], ["x"]))


def test_confusion_keeps_unused_labels_as_zeros_and_takes_names() -> None:
    table = confusion(["x", "?"], ["x", "y"], labels=["x", "y", "z"], names=("me", "you"))
    assert table.index.name == "me"
    assert table.columns.name == "you"
    assert table.to_numpy().tolist() == [[1, 0, 0], [0, 0, 0], [0, 0, 0]]


# --------------------------------------------------------------------------- typed tables


@pytest.mark.parametrize("table", list(LABELS))
def test_blank_table_reads_as_all_unlabelled(table: str) -> None:
    rows = read_labels(blank_labels(table), table)
    assert len(rows) == len(passage_labels(table))
    for layer in LABELS[table]:
        assert rows[layer].isna().all()


@pytest.mark.parametrize("table", list(LABELS))
def test_gold_written_as_a_table_reads_back_as_gold(table: str) -> None:
    gold = passage_labels(table)
    blank = blank_labels(table).splitlines()
    lines = [blank[0]]
    for line, row in zip(blank[1:], gold.itertuples(), strict=True):
        fixed = line.rsplit("|", len(LABELS[table]))[0]
        labels = " | ".join(getattr(row, layer).upper() for layer in LABELS[table])
        lines.append(f"{fixed}| {labels}   # a comment")
    rows = read_labels("\n".join(lines), table)
    for layer in LABELS[table]:
        assert rows[layer].tolist() == gold[layer].tolist()
    assert rows[["start", "end"]].equals(gold[["start", "end"]])


def test_hyphens_and_spaces_in_labels_are_accepted() -> None:
    rows = read_labels("14 | speaker | non-factive\n16 | speaker | counter factive")
    labels = rows.set_index("sentence_id")["verb_class"]
    assert (labels[14], labels[16]) == ("non_factive", "counter_factive")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("10 | reporter | factiv", r"line 1: 'factiv' is not a verb_class label; use factive"),
        ("\n10 | reporter", "line 2: expected 3 columns separated by '|', found 2"),
        ("9 | reporter | none", "line 1: sentence 9 is not in the passage"),
        ("23 | reporter | none", "line 1: sentence 23 is not in the passage"),
    ],
)
def test_typing_mistakes_are_one_line_errors(text: str, message: str) -> None:
    with pytest.raises(InputError, match=message):
        read_labels(text)


# --------------------------------------------------------------------------- Lesson 8's tables


def _lesson_table(name: str) -> str:
    """The label table a student edits in Lesson 8 (the string assigned to ``name``)."""
    import nbformat

    path = Path(__file__).resolve().parents[1] / "notebooks" / "08-code-it-yourself.ipynb"
    for cell in nbformat.read(path, as_version=4).cells:
        if cell.cell_type == "code" and cell.source.startswith(f'{name} = """'):
            return cell.source.split('"""')[1]
    raise AssertionError(f"no cell assigns {name}")


@pytest.mark.parametrize(("name", "table"), [("MY_SENTENCES", "sentences"), ("MY_WORDS", "words")])
def test_the_lesson_table_filled_with_the_gold_reads_as_the_gold(name: str, table: str) -> None:
    gold = passage_labels(table)
    template = _lesson_table(name)
    assert read_labels(template, table)[list(LABELS[table])].isna().all().all()
    rows = iter(gold.itertuples())
    filled = []
    for line in template.splitlines():
        if line[:1].isdigit():
            row = next(rows)
            for layer in LABELS[table]:
                line = line.replace("?", getattr(row, layer), 1)
        filled.append(line)
    typed = read_labels("\n".join(filled), table)
    for layer in LABELS[table]:
        assert typed[layer].tolist() == gold[layer].tolist()
