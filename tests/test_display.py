"""How tables, texts and figures look in a notebook set up by hrlesson.lesson_display()."""

from __future__ import annotations

import base64
import re

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt
import pandas as pd
import pytest

from hrlesson import load_article
from hrlesson.display import ReadingError, cell_text, read_article, set_alt_text, table_html


@pytest.fixture(scope="module")
def bundled():
    return load_article()


def _rows(html):
    return [re.findall(r"<t[dh][^>]*>([^<]*)</t[dh]>", row) for row in html.split("<tr>")[1:]]


def test_long_texts_are_whole_and_left_aligned(bundled):
    paragraphs = bundled.paragraphs[["paragraph_id", "text"]]
    html = table_html(paragraphs)
    longest = max(paragraphs.text, key=len)
    assert len(longest) > 200
    assert longest.replace("'", "&#x27;").replace('"', "&quot;") in html
    assert "…" not in html
    assert re.search(r'<td style="[^"]*text-align:left[^"]*">Michelle Bachelet presented', html)


def test_no_row_numbers_next_to_ids(bundled):
    html = table_html(bundled.paragraphs[["paragraph_id", "kind"]])
    assert _rows(html)[0] == ["paragraph_id", "kind"]
    assert _rows(html)[1] == ["1", "body"]
    filtered = bundled.paragraphs[bundled.paragraphs.kind == "heading"][["paragraph_id"]]
    assert _rows(table_html(filtered))[1] == ["6"]  # not "5 | 6"


def test_missing_values_are_blank():
    table = pd.DataFrame(
        {
            "speaker": pd.array(["Ana Diaz", None], dtype="string"),
            "n": pd.array([3, None], dtype="Int64"),
            "x": [float("nan"), 0.5],
        }
    )
    assert _rows(table_html(table))[1:] == [["Ana Diaz", "3", ""], ["", "", "0.5"]]


def test_value_counts_is_a_small_table_without_dtype():
    counts = pd.Series(["full", "partial", "full"], name="kind").value_counts()
    html = table_html(counts)
    assert _rows(html) == [["kind", "count"], ["full", "2"], ["partial", "1"]]
    assert "dtype" not in html
    assert "Name:" not in html


def test_long_tables_show_both_ends():
    table = pd.DataFrame({"word_id": range(1, 201)})
    html = table_html(table)
    rows = _rows(html)
    assert rows[1] == ["1"]
    assert rows[-1] == ["200"]
    assert "140 rows not shown" in html


@pytest.mark.parametrize(
    ("value", "shown"),
    [(None, ""), (pd.NA, ""), (float("nan"), ""), (3, "3"), (0.125, "0.125"), (False, "False")],
)
def test_cell_text(value, shown):
    assert cell_text(value) == shown


def test_numpy_scalars_read_as_numbers():
    import numpy as np

    assert cell_text(np.int64(475)) == "475"
    assert cell_text(np.bool_(True)) == "True"
    html = table_html(pd.DataFrame({"in_quote": [True, False], "n": [1, 2]}))
    assert re.search(r'text-align:left[^"]*">True</td>', html)  # a yes/no is not a number


def test_reading_view_numbers_paragraphs(bundled):
    view = read_article(bundled)
    html = view._repr_html_()
    assert html.count("<p ") == len(bundled.paragraphs)
    assert "¶ 19</span>" in html
    assert "<strong>&#x27;Atmosphere of fear&#x27;</strong>" in html  # a heading
    assert "monospace" not in html
    assert str(read_article(bundled, 19)).startswith("[19] ")
    with pytest.raises(ReadingError, match="paragraphs are 1 to 22"):
        read_article(bundled, 40)
    with pytest.raises(ReadingError, match="needs an Article"):
        read_article("Geneva, 25 Feb")
    assert [n for n, _, _ in read_article(bundled, [20, 14]).rows] == [20, 14]  # order kept


def test_lesson_display_in_ipython(bundled):
    from IPython.core.interactiveshell import InteractiveShell

    import hrlesson

    shell = InteractiveShell.instance()
    try:
        hrlesson.lesson_display()
        data, _ = shell.display_formatter.format(bundled.paragraphs[["paragraph_id", "text"]])
        assert "hrlesson-table" in data["text/html"]
        hits = hrlesson.kwic(bundled, "report")[["left", "node", "right"]]
        data, _ = shell.display_formatter.format(hits)
        assert "hrlesson-concordance" in data["text/html"]
        fig, ax = plt.subplots()
        ax.bar(["a"], [1])
        set_alt_text(ax, "One constructed bar.")
        data, _ = shell.display_formatter.format(fig)
        png = data["image/png"]
        png = png if isinstance(png, bytes) else base64.b64decode(png)
        assert png.startswith(b"\x89PNG")
        assert base64.b64encode(png).decode() in data["text/html"]  # one drawing, two formats
        assert re.search(
            r'<img src="data:image/png;base64,[^"]+" alt="One constructed bar\."', data["text/html"]
        )
    finally:
        InteractiveShell.clear_instance()
        pd.reset_option("display.max_colwidth")
        pd.reset_option("display.max_rows")
        pd.reset_option("display.show_dimensions")
        plt.close("all")
