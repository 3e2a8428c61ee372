"""KWIC, collocates and word frequencies on constructed texts (written by us) and the bundled article."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hrlesson import HrlessonError, article_from_text, load_article
from hrlesson.concordance import (
    STOPWORDS,
    PatternError,
    collocates,
    concordance_html,
    kwic,
    word_frequencies,
)

# Constructed text, written by us for these tests.
CONSTRUCTED = (
    "GENEVA (AP) — The envoy said the report was grim. Reporters asked the envoy again.\n\n"
    "“The reporting is late,” she said. Human rights groups said human rights matter."
)


@pytest.fixture(scope="module")
def constructed():
    return article_from_text(CONSTRUCTED, date="2021-02-25")


@pytest.fixture(scope="module")
def bundled():
    return load_article()


@pytest.mark.parametrize(
    ("pattern", "options", "nodes"),
    [
        ("report", {}, ["report"]),  # whole words: not "Reporters", not "reporting"
        ("REPORT", {}, ["report"]),  # case ignored by default
        ("Report", {"case": True}, []),
        ("envoy", {}, ["envoy", "envoy"]),
        ("human rights", {}, ["Human rights", "human rights"]),
        ("human   rights", {}, ["Human rights", "human rights"]),  # any spacing
        ("report\\w*", {"regex": True}, ["report", "Reporters", "reporting"]),
        ("Report\\w*", {"regex": True, "case": True}, ["Reporters"]),
        ("said", {}, ["said", "said", "said"]),
        ("a.b", {}, []),  # plain patterns are literal: "." is not a wildcard
        ("x?", {"regex": True}, []),  # empty matches are skipped
    ],
)
def test_kwic_matches(constructed, pattern, options, nodes):
    hits = kwic(constructed, pattern, **options)
    assert hits.node.tolist() == nodes


def test_kwic_offsets_and_ids(constructed):
    hits = kwic(constructed, "said")
    text = constructed.text
    for row in hits.itertuples():
        assert text[row.start : row.end] == row.node
        assert constructed.sentence_at(row.start) == row.sentence_id
        assert constructed.paragraph_at(row.start) == row.paragraph_id
    assert hits.paragraph_id.tolist() == [1, 2, 2]
    assert list(hits.columns) == [
        "left",
        "node",
        "right",
        "start",
        "end",
        "sentence_id",
        "paragraph_id",
        "left_word",
        "right_word",
    ]


def test_kwic_char_context(constructed):
    hit = kwic(constructed, "grim", width=10).iloc[0]
    assert hit.left == "eport was "  # 10 characters
    assert hit.right == ". Reporter"
    first = kwic(constructed, "geneva", width=10).iloc[0]
    assert first.left == ""  # nothing before the first word
    assert first.left_word == ""


def test_kwic_word_context_and_l1_r1(constructed):
    hits = kwic(constructed, "envoy", width=2, by="word")
    assert hits.left.tolist() == ["AP) — The ", "asked the "]
    assert hits.right.tolist() == [" said the", " again.  “The"]  # context crosses sentences
    assert hits.left_word.tolist() == ["the", "the"]
    assert hits.right_word.tolist() == ["said", "again"]
    last = kwic(constructed, "matter", width=3, by="word").iloc[0]
    assert last.right == "."  # fewer words than asked: up to the end of the text


def test_kwic_line_breaks_shown_as_spaces(constructed):
    hit = kwic(constructed, "again", width=6).iloc[0]
    assert "\n" not in hit.right
    assert hit.right == ".  “Th"


def test_kwic_sorting_on_right_word(bundled):
    hits = kwic(bundled, "said").sort_values(["right_word", "start"])
    assert hits.right_word.tolist()[:2] == ["246", "her"]


@pytest.mark.parametrize(
    ("pattern", "options", "message"),
    [
        ("", {}, "empty"),
        ("   ", {}, "empty"),
        ("(unclosed", {"regex": True}, "not a valid regular expression"),
        ("said", {"by": "line"}, "by="),
        ("said", {"width": -1}, "width="),
        ("said", {"width": 2.5}, "width="),
    ],
)
def test_kwic_bad_input(constructed, pattern, options, message):
    with pytest.raises(PatternError, match=message):
        kwic(constructed, pattern, **options)


def test_pattern_error_is_an_hrlesson_error():
    assert issubclass(PatternError, HrlessonError)


def test_functions_need_an_article():
    with pytest.raises(HrlessonError, match="needs an Article"):
        kwic("some text", "text")
    with pytest.raises(HrlessonError, match="needs an Article"):
        collocates("some text", "text")
    with pytest.raises(HrlessonError, match="needs an Article"):
        word_frequencies("some text")


def test_word_frequencies(constructed):
    freq = word_frequencies(constructed)
    counts = dict(zip(freq.word, freq["count"], strict=True))
    assert counts["said"] == 3
    assert counts["human"] == 2  # case folded
    assert "geneva" not in counts  # the dateline is left out
    assert freq["count"].is_monotonic_decreasing
    assert list(freq.columns) == ["word", "count", "per_1000"]
    n_words = freq["count"].sum()
    assert freq.per_1000.iloc[0] == round(1000 * freq["count"].iloc[0] / n_words, 2)


def test_word_frequencies_stopwords_and_min_count(constructed):
    freq = word_frequencies(constructed, stopwords=STOPWORDS, min_count=2)
    assert "the" not in set(freq.word)
    assert set(freq.word) == {"envoy", "human", "rights", "said"}
    assert word_frequencies(constructed, stopwords=["said"]).word.str.contains("said").sum() == 0
    with pytest.raises(PatternError, match="collection"):
        word_frequencies(constructed, stopwords="the")


def test_stopwords_keep_stance_markers():
    assert {"the", "of", "and", "she"} <= STOPWORDS
    assert not {"may", "must", "not", "never", "very", "most", "should"} & STOPWORDS


def test_collocates_counts(constructed):
    col = collocates(constructed, "human", window=1)
    rows = {r.collocate: r for r in col.itertuples()}
    assert rows["rights"].count == 2
    assert rows["rights"].right_count == 2
    assert rows["said"].left_count == 1  # "... said human rights"
    assert "late" not in rows  # another sentence, even though it is within 1 word
    assert col.iloc[0].collocate == "rights"


def test_collocates_phrase_and_window(constructed):
    col = collocates(constructed, "human rights", window=2)
    assert set(col.collocate) == {"groups", "said", "matter"}
    assert "human" not in set(col.collocate)


def test_collocates_scores(constructed):
    col = collocates(constructed, "human", window=1)
    top = col.iloc[0]
    # N = 25 words without the dateline, R = 3 window positions, F(rights) = 2
    assert top.expected == round(3 * 2 / 25, 2)
    assert top.mi > 0
    assert top.log_likelihood > 3.84
    assert col.log_likelihood.is_monotonic_decreasing


def test_overlapping_windows_count_a_word_once():
    # Constructed: "rights" sits in the windows of two nodes.
    a = article_from_text("Human rights human rights.", date="2021-02-25")
    col = collocates(a, "human", window=1)
    assert dict(zip(col.collocate, col["count"], strict=True)) == {"rights": 2}
    assert (col["count"] <= col.frequency).all()


def test_collocates_options(constructed):
    assert collocates(constructed, "human", min_count=2).collocate.tolist() == ["rights"]
    assert "the" not in set(collocates(constructed, "envoy", stopwords=STOPWORDS).collocate)
    assert collocates(constructed, "absent").empty


@pytest.mark.parametrize(
    ("word", "window", "message"),
    [("human", 0, "window="), ("human", True, "window="), ("...", 5, "no word"), (3, 5, "string")],
)
def test_collocates_bad_input(constructed, word, window, message):
    with pytest.raises(PatternError, match=message):
        collocates(constructed, word, window=window)


def test_bundled_article_results_are_deterministic(bundled):
    assert kwic(bundled, "torture").equals(kwic(bundled, "torture"))
    first = collocates(bundled, "report", stopwords=STOPWORDS)
    assert first.equals(collocates(bundled, "report", stopwords=STOPWORDS))
    assert kwic(bundled, "Bachelet").node.tolist() == ["Bachelet"] * 9


def test_collocate_scores_by_hand():
    # Constructed: N = 4 words, windows hold positions 1 and 3 (R = 2), O = F = 2, E = 1.
    a = article_from_text("Human rights human rights.", date="2021-02-25")
    top = collocates(a, "human", window=1).iloc[0]
    assert (top.expected, top.mi, top.t_score) == (1.0, 1.0, 0.71)
    # 2x2 table [[2, 0], [0, 2]]: G2 = 2 * (2 ln 2 + 2 ln 2) = 8 ln 2
    assert top.log_likelihood == 5.55


@settings(max_examples=40, deadline=None)
@given(
    text=st.text(alphabet=st.sampled_from(list("ab cd.\n,'-“”U")), min_size=1, max_size=80).filter(
        lambda t: any(c.isalpha() for c in t)
    ),
    pattern=st.sampled_from(["a", "ab", "cd", "U.", "a b", "[ab]+"]),
    width=st.integers(min_value=0, max_value=6),
    by=st.sampled_from(["char", "word"]),
)
def test_kwic_offsets_property(text, pattern, width, by):
    article = article_from_text(text, date="2021-02-25")
    hits = kwic(article, pattern, width=width, regex=pattern.startswith("["), by=by)
    for row in hits.itertuples():
        assert article.text[row.start : row.end] == row.node
        assert article.text[row.start - len(row.left) : row.start].replace("\n", " ") == row.left
        assert article.text[row.end : row.end + len(row.right)].replace("\n", " ") == row.right
        if by == "char":
            assert len(row.left) <= width
            assert len(row.right) <= width
    assert hits.equals(kwic(article, pattern, width=width, regex=pattern.startswith("["), by=by))


# --------------------------------------------------------------------------- concordance display


def _cells(html, row):
    """The text of the cells of one body row of a concordance table."""
    import re

    body = html.split("<tbody>", 1)[1]
    cells = re.findall(r"<td style=\"([^\"]*)\">([^<]*)</td>", body.split("<tr>")[row + 1])
    return [(style, text) for style, text in cells]


def test_concordance_keeps_the_words_next_to_the_keyword(bundled):
    """The issue's case: pandas cut "country's \"" off the left of "unprecedented"."""
    hits = kwic(bundled, "unprecedented", width=60)[["left", "node", "right", "paragraph_id"]]
    (left_style, left), (node_style, node), (right_style, right), (_, paragraph) = _cells(
        concordance_html(hits), 0
    )
    assert left.endswith("crisis-wracked country&#x27;s &quot;")
    assert node == "unprecedented"
    assert right.startswith("&quot; human rights situation")
    assert "text-align:right" in left_style
    assert "text-align:center" in node_style
    assert "bold" in node_style
    assert "text-align:left" in right_style
    assert paragraph == "2"


def test_concordance_trims_at_the_far_end_to_whole_words(constructed):
    hits = kwic(constructed, "grim", width=10)
    (_, left), _, (_, right) = _cells(concordance_html(hits[["left", "node", "right"]]), 0)
    assert left == "was"  # "eport was " cut inside "report": the part-word goes
    assert right == "."  # ". Reporter": the part-word goes
    whole = kwic(constructed, "grim", width=2, by="word")
    (_, left), _, (_, right) = _cells(concordance_html(whole[["left", "node", "right"]]), 0)
    assert (left, right) == ("report was", ". Reporters asked")  # words: nothing cut


def test_concordance_of_a_sorted_selection_and_of_no_match(constructed):
    hits = kwic(constructed, "said").sort_values("right_word")[["left", "node", "right"]]
    html = concordance_html(hits)
    assert html.count("<tr>") == 1 + len(hits)
    assert concordance_html(kwic(constructed, "absent")) == "<p>No matches.</p>"
