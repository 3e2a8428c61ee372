"""What each chart draws (bars, labels, titles, ticks) on the Agg backend.

Tables marked "constructed" were written by us for these tests.
"""

from __future__ import annotations

import datetime as dt

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt
import pandas as pd
import pytest
from matplotlib.colors import to_hex

from hrlesson import HrlessonError, article_from_text
from hrlesson.display import alt_text
from hrlesson.palette import (
    CVD_MATRICES,
    category_colour,
    palette,
    role_colour,
    simulate_colour_blindness,
)
from hrlesson.plots import (
    OKABE_ITO,
    PALETTE,
    PlotDataError,
    plot_marker_density,
    plot_readability,
    plot_reporting_verbs,
    plot_timeline,
    plot_words_quoted,
)


@pytest.fixture(autouse=True)
def _close_figures():
    yield
    plt.close("all")


def _bars(ax):
    return [p for p in ax.patches if p.get_width() > 0 and p.get_height() > 0]


def _ticks(labels):
    return [t.get_text() for t in labels]


# Constructed quotes table.
QUOTES = pd.DataFrame(
    {
        "text": [
            "We are worried about it",
            "No",
            "Atmosphere of fear",
            "Not at all, not now",
            "ok",
        ],
        "speaker": ["Ana Diaz", "Ben Li", None, "Ben Li", None],
        "kind": ["full", "partial", "heading", "full", "partial"],
        "start": [0, 30, 40, 60, 90],
        "end": [23, 32, 58, 79, 92],
    }
)

# Constructed markers table.
MARKERS = pd.DataFrame(
    {
        "text": ["said", "urged", "slammed", "insisted", "said", "reportedly", "unprecedented"],
        "category": [
            "reporting_verb",
            "reporting_verb",
            "reporting_verb",
            "reporting_verb",
            "reporting_verb",
            "hedge",
            "booster",
        ],
        "subcategory": ["neutral", "directive", "media_evaluative", "assertive", "neutral", "", ""],
        "layer": ["speaker", "speaker", "journalist", "speaker", "speaker", "text", "text"],
        "speaker": [None] * 7,
        "paragraph_id": [1, 1, 2, 2, 3, 3, 3],
    }
)

# Constructed figures table.
FIGURES = pd.DataFrame(
    {
        "text": ["Thursday", "last August", "246 people", "2020", "December 20"],
        "kind": ["date", "date", "count", "date", "date"],
        "resolved_date": ["2021-02-25", "2020-08", None, "2020", "2020-12-20"],
        "start": [0, 10, 20, 30, 40],
        "end": [8, 21, 30, 34, 51],
        "attributed_to": ["reporter", "reporter", "Ana Diaz", "reporter", "Ana Diaz"],
    }
)

# Constructed readability table.
READABILITY = pd.DataFrame(
    {
        "unit": ["paragraph", "paragraph", "paragraph", "speaker", "article"],
        "paragraph_id": [1, 2, 4, None, None],
        "flesch_reading_ease": [30.5, -5.0, 60.0, 20.0, 35.25],
        "gunning_fog": [15.0, 20.0, 10.0, 18.0, 14.0],
    }
)


def test_words_quoted():
    ax = plot_words_quoted(QUOTES)
    assert isinstance(ax, plt.Axes)
    # most quoted first, drawn at the top; the heading quote is left out
    assert _ticks(ax.get_yticklabels()) == ["Ben Li", "Ana Diaz", "(unattributed)"]
    assert [b.get_width() for b in _bars(ax)] == [6, 5, 1]
    assert ax.yaxis_inverted()
    assert [t.get_text() for t in ax.texts] == ["6", "5", "1"]  # bar labels
    assert ax.get_title() == "Words quoted per speaker"
    assert ax.get_xlabel() == "Words in quotation marks"
    assert ax.get_ylabel() == "Speaker"


def test_words_quoted_uses_n_words_and_draws_on_given_axes():
    fig, ax = plt.subplots()
    table = QUOTES.assign(n_words=[10, 1, 3, 2, 1])
    assert plot_words_quoted(table, ax=ax) is ax
    assert sorted(b.get_width() for b in _bars(ax)) == [1, 3, 10]
    assert len(fig.axes) == 1


def test_reporting_verbs():
    ax = plot_reporting_verbs(MARKERS)
    labels = _ticks(ax.get_yticklabels())
    assert labels == ["neutral", "assertive", "directive", "media evaluative"]
    bars = _bars(ax)
    assert len(bars) == 4  # hedges and boosters are not reporting verbs
    colours = {to_hex(b.get_facecolor()).upper() for b in bars}
    assert colours == {role_colour("speaker"), role_colour("journalist")}
    assert [t.get_text() for t in ax.texts] == ["2", "1", "1", "1"]  # totals at the bar ends
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert legend == ["speaker layer", "journalist layer"]
    assert ax.get_title() == "Reporting verbs by stance class"
    assert (ax.get_xlabel(), ax.get_ylabel()) == ("Occurrences", "Stance class")


def test_marker_density_counts_without_article():
    ax = plot_marker_density(MARKERS)
    assert [t for t in ax.get_xticks()] == [1, 2, 3]
    bars = _bars(ax)
    assert sum(b.get_height() for b in bars) == len(MARKERS)
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert legend == ["booster", "hedge", "reporting verb"]
    assert ax.get_ylabel() == "Markers"
    assert ax.get_title() == "Stance markers per paragraph"
    assert ax.get_xlabel() == "Paragraph"


def test_marker_density_per_100_words_with_article():
    # Constructed article: paragraphs of 4, 2 and 5 words.
    article = article_from_text(
        "The envoy said this.\n\nShe urged.\n\nThey reportedly saw unprecedented scenes.",
        date="2021-02-25",
    )
    ax = plot_marker_density(MARKERS, article=article)
    assert ax.get_ylabel() == "Markers per 100 words"
    totals = {}
    for bar in _bars(ax):
        x = round(bar.get_x() + bar.get_width() / 2)
        totals[x] = totals.get(x, 0) + bar.get_height()
    assert totals == pytest.approx({1: 50.0, 2: 100.0, 3: 60.0})


def test_timeline():
    ax = plot_timeline(FIGURES, article_date="2021-02-25")
    # one row per dated figure, earliest first; "246 people" has no date
    assert _ticks(ax.get_yticklabels()) == ["2020", "last August", "December 20", "Thursday"]
    points = [line for line in ax.get_lines() if line.get_marker() in ("o", "s", "D")]
    assert len(points) == 4
    assert sorted(p.get_marker() for p in points) == ["D", "o", "o", "s"]
    article_line = [line for line in ax.get_lines() if line.get_label() == "article date"]
    assert len(article_line) == 1
    assert ax.get_title() == "Dates mentioned in the article"
    assert (ax.get_xlabel(), ax.get_ylabel()) == ("Date", "As written in the text")
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert "Ana Diaz (day)" in legend
    assert "reporter (month)" in legend


def test_timeline_takes_dates_from_an_article_and_accepts_date_objects():
    ax = plot_timeline(FIGURES, article_date=dt.date(2021, 2, 25))
    assert any(line.get_label() == "article date" for line in ax.get_lines())


def test_readability():
    ax = plot_readability(READABILITY)
    bars = _bars(ax) + [p for p in ax.patches if p.get_height() < 0]
    assert sorted(b.get_height() for b in bars) == [-5.0, 30.5, 60.0]
    assert list(ax.get_xticks()) == [1, 2, 4]
    whole = [line for line in ax.get_lines() if line.get_label().startswith("whole article")]
    assert len(whole) == 1
    assert whole[0].get_ydata()[0] == 35.25
    assert ax.get_title() == "Readability per paragraph"
    assert ax.get_xlabel() == "Paragraph"
    assert ax.get_ylabel() == "Flesch Reading Ease (higher = easier)"


def test_readability_other_measure():
    ax = plot_readability(READABILITY, measure="gunning_fog")
    assert ax.get_ylabel() == "Gunning fog index (higher = harder)"
    with pytest.raises(PlotDataError, match="unknown measure"):
        plot_readability(READABILITY, measure="lix")


@pytest.mark.parametrize(
    ("function", "table", "message"),
    [
        (plot_words_quoted, pd.DataFrame({"speaker": []}), "no quotes"),
        (plot_reporting_verbs, MARKERS[MARKERS.category == "hedge"], "no reporting verbs"),
        (plot_marker_density, MARKERS.iloc[0:0], "no paragraphs"),
        (plot_timeline, FIGURES.assign(resolved_date=None), "no dated figures"),
        (plot_readability, READABILITY[READABILITY.unit == "article"], "no paragraph scores"),
    ],
)
def test_empty_tables_give_a_labelled_empty_chart(function, table, message):
    if function is plot_words_quoted:
        table = table.assign(text=[])
    ax = function(table)
    assert isinstance(ax, plt.Axes)
    assert ax.get_title()
    assert any(message in t.get_text() for t in ax.texts)


@pytest.mark.parametrize(
    "function",
    [plot_words_quoted, plot_reporting_verbs, plot_marker_density, plot_timeline, plot_readability],
)
def test_bad_input(function):
    with pytest.raises(PlotDataError, match="needs an Article"):
        function("not a table")
    with pytest.raises(PlotDataError, match="lacks the column"):
        function(pd.DataFrame({"x": [1]}))
    assert issubclass(PlotDataError, HrlessonError)


def test_palette_is_okabe_ito():
    assert set(PALETTE) == set(OKABE_ITO.values())
    assert len(PALETTE) == 8


def test_import_does_not_load_matplotlib(tmp_path):
    import subprocess
    import sys

    code = "import sys, hrlesson.plots; print('matplotlib' in sys.modules)"
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=tmp_path
    )
    assert out.stdout.strip() == "False"


def test_missing_values_are_skipped():
    # Constructed: nullable integers and NaN, as pandas gives them.
    markers = MARKERS.assign(paragraph_id=pd.array([1, None, 2, 2, 3, 3, None], dtype="Int64"))
    ax = plot_marker_density(markers)
    assert sum(b.get_height() for b in _bars(ax)) == 5
    table = READABILITY.astype({"paragraph_id": "Int64"})
    ax = plot_readability(table)
    assert list(ax.get_xticks()) == [1, 2, 4]


def test_timeline_uses_the_granularity_column():
    # Constructed: "last week" resolved to its Monday, with week granularity.
    table = pd.DataFrame(
        {"text": ["last week"], "resolved_date": ["2021-02-15"], "granularity": ["week"]}
    )
    ax = plot_timeline(table)
    assert [line.get_marker() for line in ax.get_lines()] == ["v"]
    assert ax.get_legend().get_texts()[0].get_text() == "not known (week)"


@pytest.fixture(scope="module")
def bundled():
    from hrlesson import load_article

    return load_article()


def test_reporting_verbs_on_the_bundled_article(bundled):
    from hrlesson.markers import reporting_verbs

    ax = plot_reporting_verbs(bundled)
    verbs = reporting_verbs(bundled)  # the bars match the table lessons read
    assert sum(b.get_width() for b in _bars(ax)) == len(verbs)
    neutral = sum(b.get_width() for b in _bars(ax) if b.get_y() < 0.5 and b.get_y() > -0.5)
    assert neutral == (verbs.stance == "neutral").sum()
    labels = _ticks(ax.get_yticklabels())
    assert labels[0] == "neutral"  # "said" is the commonest
    assert "media evaluative" in labels  # "slammed": the journalist's word
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert legend[:2] == ["speaker layer", "journalist layer"]


def test_marker_density_on_the_bundled_article(bundled):
    from hrlesson.markers import markers

    ax = plot_marker_density(bundled)
    body = bundled.paragraphs[bundled.paragraphs.kind == "body"]
    assert list(ax.get_xticks()) == body.paragraph_id.tolist()
    assert ax.get_ylabel() == "Markers per 100 words"
    found = markers(bundled)
    first = found[found.paragraph_id == 1]
    height = sum(b.get_height() for b in _bars(ax) if round(b.get_x() + b.get_width() / 2) == 1)
    assert height == pytest.approx(100 * len(first) / body.n_words.iloc[0])


def test_timeline_on_the_bundled_article(bundled):
    from hrlesson.figures import figures

    ax = plot_timeline(bundled)
    dated = figures(bundled).resolved_date.notna().sum()
    labels = _ticks(ax.get_yticklabels())
    assert len(labels) == dated
    assert "last August" in labels
    assert "Thursday" in labels
    assert any(line.get_label() == "article date" for line in ax.get_lines())


def test_words_quoted_on_the_bundled_article(bundled):
    from hrlesson.quotes import quotes

    ax = plot_words_quoted(bundled)
    labels = _ticks(ax.get_yticklabels())
    assert labels[0] == "Michelle Bachelet"
    found = quotes(bundled)
    speakers = set(found[found.kind != "heading"].speaker.dropna())
    assert set(labels) - {"(unattributed)"} == speakers
    widths = [b.get_width() for b in _bars(ax)]
    assert widths == sorted(widths, reverse=True)


def test_readability_on_the_bundled_article(bundled):
    ax = plot_readability(bundled)
    body = bundled.paragraphs[bundled.paragraphs.kind == "body"]
    assert list(ax.get_xticks()) == body.paragraph_id.tolist()
    assert len(ax.patches) == len(body)
    assert any(line.get_label().startswith("whole article") for line in ax.get_lines())


# --------------------------------------------------------------------------- one palette

#: Smallest CIELAB distance (Delta E 1976) between two category colours, as seen with
#: normal vision and with simulated protanopia and deuteranopia. About 2 is "just
#: noticeable"; 15 keeps neighbouring segments of a stacked bar apart.
MIN_DISTANCE = 15


def _lab(colour):
    rgb = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    lin = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in rgb]
    x = (0.4124 * lin[0] + 0.3576 * lin[1] + 0.1805 * lin[2]) / 0.95047
    y = 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]
    z = (0.0193 * lin[0] + 0.1192 * lin[1] + 0.9505 * lin[2]) / 1.08883

    def f(t):
        return t ** (1 / 3) if t > (6 / 29) ** 3 else t / (3 * (6 / 29) ** 2) + 4 / 29

    return (116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z)))


def _distance(a, b):
    return sum((p - q) ** 2 for p, q in zip(_lab(a), _lab(b), strict=True)) ** 0.5


@pytest.mark.parametrize("vision", ["normal", *CVD_MATRICES])
def test_categories_stay_apart_with_colour_blindness(vision):
    colours = dict(palette()["categories"])
    if vision != "normal":
        colours = {k: simulate_colour_blindness(v, vision) for k, v in colours.items()}
    pairs = [(a, b) for a in colours for b in colours if a < b]
    closest = min(pairs, key=lambda p: _distance(colours[p[0]], colours[p[1]]))
    assert _distance(colours[closest[0]], colours[closest[1]]) >= MIN_DISTANCE, closest


@pytest.mark.parametrize("vision", list(CVD_MATRICES))
def test_roles_stay_apart_with_colour_blindness(vision):
    roles = [role_colour(r) for r in ("speaker", "reporter", "text", "reference")]
    seen = [simulate_colour_blindness(c, vision) for c in roles]
    assert min(_distance(a, b) for i, a in enumerate(seen) for b in seen[i + 1 :]) >= MIN_DISTANCE


def test_the_simulation_merges_red_and_green():
    """The simulation is not the identity: red and green, far apart, come close."""
    red, green = "#D00000", "#00A000"
    assert _distance(red, green) > 80
    seen = [simulate_colour_blindness(c, "deuteranopia") for c in (red, green)]
    assert _distance(*seen) < 40


def test_a_category_has_one_colour_in_every_chart(bundled):
    ax = plot_marker_density(MARKERS)
    legend = ax.get_legend()
    for handle, text in zip(legend.legend_handles, legend.get_texts(), strict=True):
        category = text.get_text().replace(" ", "_")
        assert to_hex(handle.get_facecolor()).upper() == category_colour(category)
    practice = plot_marker_density(bundled)
    for handle, text in zip(
        practice.get_legend().legend_handles, practice.get_legend().get_texts(), strict=True
    ):
        assert to_hex(handle.get_facecolor()).upper() == category_colour(text.get_text())


def test_the_reporter_has_one_colour_in_timeline_and_verbs():
    timeline = plot_timeline(FIGURES)
    reporter = [line for line in timeline.get_lines() if line.get_label().startswith("reporter")]
    assert reporter
    assert {to_hex(line.get_color()).upper() for line in reporter} == {role_colour("reporter")}
    verbs = plot_reporting_verbs(MARKERS)
    handles = dict(
        zip(
            [t.get_text() for t in verbs.get_legend().get_texts()],
            verbs.get_legend().legend_handles,
            strict=True,
        )
    )
    assert to_hex(handles["journalist layer"].get_facecolor()).upper() == role_colour("reporter")


@pytest.mark.parametrize("function", [plot_words_quoted, plot_reporting_verbs])
def test_longest_bar_does_not_touch_the_frame(function, bundled):
    ax = function(bundled)
    ax.figure.canvas.draw()
    right = max(b.get_x() + b.get_width() for b in _bars(ax))
    assert ax.get_xlim()[1] > right * 1.1
    labels = [t for t in ax.texts if t.get_text()]
    assert labels, "bars carry their values"
    frame = ax.get_window_extent()
    renderer = ax.figure.canvas.get_renderer()
    assert all(t.get_window_extent(renderer).x1 < frame.x1 for t in labels)


def test_charts_describe_themselves_for_alt_text(bundled):
    ax = plot_words_quoted(bundled)
    text = alt_text(ax.figure)
    assert text.startswith("Horizontal bar chart")
    assert "Michelle Bachelet" in text
    ax = plot_reporting_verbs(bundled)
    assert "stance class" in alt_text(ax.figure)


def test_any_bar_chart_gets_a_description():
    fig, ax = plt.subplots()
    ax.bar(["a", "b"], [3, 5])
    ax.set_title("Constructed chart")
    assert alt_text(fig) == "Constructed chart. Bars: a 3, b 5."


def test_tallest_stacked_bar_does_not_touch_the_frame(bundled):
    ax = plot_marker_density(bundled)
    tops = [b.get_y() + b.get_height() for b in _bars(ax)]
    assert ax.get_ylim()[1] >= max(tops) * 1.05


def test_timeline_points_keep_off_the_frame(bundled):
    import matplotlib.dates as mdates

    ax = plot_timeline(bundled)
    xs = [x for line in ax.get_lines() for x in mdates.date2num(line.get_xdata())]
    low, high = ax.get_xlim()
    assert low < min(xs)
    assert high > max(xs)


def test_every_marker_category_has_its_own_colour():
    from hrlesson import load_lexicon

    categories = set(load_lexicon().category) | {"scare_quote"}
    missing = categories - set(palette()["categories"])
    assert not missing, f"add a colour to data/palette.json for {sorted(missing)}"
    colours = [category_colour(c) for c in categories]
    assert len(set(colours)) == len(colours)
