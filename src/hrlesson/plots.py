"""Charts for the lessons: who is quoted, how speech is reported, stance markers, dates, readability.

Every function takes an Article (and computes the table it needs) or that table
as a DataFrame, draws on the matplotlib Axes ``ax`` (a new figure when ``ax`` is
None) and returns the Axes, so a notebook can add to it or save it. Colours come
from :mod:`hrlesson.palette`: one colour per marker category and per role
(speaker, reporter) in every chart, from the Okabe-Ito palette, which stays
distinct for readers with colour-vision deficiencies. Bars carry their values,
and each chart records a text description that a notebook set up with
:func:`hrlesson.lesson_display` gives its image as ``alt`` text. Nothing here
calls ``plt.show()``; matplotlib is imported only when a chart is drawn.

>>> import hrlesson, matplotlib.pyplot as plt
>>> from hrlesson.plots import plot_readability
>>> fig, ax = plt.subplots(figsize=(8, 4))
>>> ax = plot_readability(hrlesson.load_article(), ax=ax)
>>> ax.get_title(), ax.get_xlabel()
('Readability per paragraph', 'Paragraph')
>>> plt.close(fig)
"""

from __future__ import annotations

import datetime as dt
import math
import re
from typing import Any

from .article import Article
from .display import cell_text, set_alt_text
from .errors import HrlessonError
from .palette import category_colour, role_colour, speaker_colours
from .segment import iter_words

__all__ = [
    "OKABE_ITO",
    "PALETTE",
    "PlotDataError",
    "plot_marker_density",
    "plot_readability",
    "plot_reporting_verbs",
    "plot_timeline",
    "plot_words_quoted",
]

#: The Okabe-Ito colour-blind-safe palette (Okabe & Ito 2008, "Color Universal Design").
OKABE_ITO = {
    "black": "#000000",
    "orange": "#E69F00",
    "sky_blue": "#56B4E9",
    "bluish_green": "#009E73",
    "yellow": "#F0E442",
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "reddish_purple": "#CC79A7",
}

#: Colours in the order they are given to categories (yellow last: weak on white).
PALETTE = tuple(
    OKABE_ITO[name]
    for name in (
        "blue",
        "orange",
        "bluish_green",
        "vermillion",
        "reddish_purple",
        "sky_blue",
        "black",
        "yellow",
    )
)

#: Axis labels of the measures :func:`plot_readability` can draw.
READABILITY_MEASURES = {
    "flesch_reading_ease": "Flesch Reading Ease (higher = easier)",
    "flesch_kincaid_grade": "Flesch-Kincaid grade (higher = harder)",
    "gunning_fog": "Gunning fog index (higher = harder)",
    "smog_index": "SMOG index (higher = harder)",
}

_UNATTRIBUTED = "(unattributed)"


class PlotDataError(HrlessonError, ValueError):
    """The data given to a plot function is not an Article or lacks the columns it needs."""


# --------------------------------------------------------------------------- helpers


def _axes(ax: Any, size: tuple[float, float] = (7.0, 4.0)) -> Any:
    if ax is not None:
        return ax
    import matplotlib.pyplot as plt

    _, new_ax = plt.subplots(figsize=size, layout="constrained")
    return new_ax


def _table(data: Any, build: Any, columns: tuple[str, ...], what: str, function: str) -> Any:
    """The table to plot: ``build(article)`` for an Article, else ``data`` checked for ``columns``."""
    if isinstance(data, Article):
        return build(data)
    if not hasattr(data, "columns"):
        raise PlotDataError(
            f"{function}() needs an Article or a {what} DataFrame, not {type(data).__name__}"
        )
    missing = [c for c in columns if c not in data.columns]
    if missing:
        raise PlotDataError(
            f"{function}(): the {what} table lacks the column(s) {', '.join(missing)} "
            f"(it needs {', '.join(columns)})"
        )
    return data


def _nothing_to_plot(ax: Any, message: str) -> None:
    ax.text(0.5, 0.5, message, transform=ax.transAxes, ha="center", va="center", color="0.4")
    ax.set_xticks([])
    ax.set_yticks([])


def _label(ax: Any, title: str, xlabel: str, ylabel: str) -> Any:
    ax.set_title(title)
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    return ax


def _present(value: Any) -> bool:
    """True for a real value (not None, NaN or an empty string)."""
    if value is None or value is _pandas_na():
        return False
    if isinstance(value, float) and math.isnan(value):
        return False
    return str(value).strip() != ""


def _pandas_na() -> Any:
    import pandas as pd

    return pd.NA


# --------------------------------------------------------------------------- quotes


def _quotes(article: Article) -> Any:
    from .quotes import quotes

    return quotes(article)


def plot_words_quoted(data: Any, ax: Any = None) -> Any:
    """Horizontal bars: how many words each speaker has in quotation marks.

    Parameters
    ----------
    data : an Article, or a quotes table with ``speaker`` and ``text`` (``n_words``
        and ``kind`` are used when present; section-heading quotes are left out).
    ax : the matplotlib Axes to draw on (a new figure when None).

    Returns
    -------
    matplotlib.axes.Axes
        Speakers from most to least quoted, top to bottom; a quote without a
        speaker counts for "(unattributed)".

    >>> import hrlesson, matplotlib.pyplot as plt
    >>> ax = plot_words_quoted(hrlesson.load_article())
    >>> [t.get_text() for t in ax.get_yticklabels()][:2]
    ['Michelle Bachelet', 'Yuri Ambrazevich']
    >>> plt.close(ax.figure)
    """
    table = _table(data, _quotes, ("speaker", "text"), "quotes", "plot_words_quoted")
    totals: dict[str, int] = {}
    kinds = table["kind"] if "kind" in table.columns else [None] * len(table)
    counts = table["n_words"] if "n_words" in table.columns else [None] * len(table)
    for speaker, text, kind, n in zip(table["speaker"], table["text"], kinds, counts, strict=True):
        if kind == "heading":
            continue
        words = int(n) if _present(n) else sum(1 for _ in iter_words(str(text)))
        name = str(speaker) if _present(speaker) else _UNATTRIBUTED
        totals[name] = totals.get(name, 0) + words
    ax = _axes(ax)
    ranked = sorted(totals.items(), key=lambda item: (-item[1], item[0]))
    if not ranked:
        _nothing_to_plot(ax, "no quotes to plot")
    else:
        names = [name for name, _ in ranked]
        bars = ax.barh(names, [n for _, n in ranked], color=role_colour("speaker"))
        ax.bar_label(bars, padding=3)
        ax.invert_yaxis()
        ax.margins(x=0.15)
        set_alt_text(
            ax,
            "Horizontal bar chart of the words each speaker has in quotation marks, "
            "most quoted at the top: " + _listing(ranked, "words") + ".",
        )
    return _label(ax, "Words quoted per speaker", "Words in quotation marks", "Speaker")


def _listing(pairs: Any, unit: str) -> str:
    """``"A 12 words, B 3 words"`` from ``(name, value)`` pairs."""
    return ", ".join(f"{name} {cell_text(value)} {unit}" for name, value in pairs)


# --------------------------------------------------------------------------- markers


def _markers(article: Article) -> Any:
    from .markers import markers

    return markers(article)


def _reporting_verb_rows(article: Article) -> Any:
    """The article's reporting verbs (``hrlesson.reporting_verbs``) as marker-style rows."""
    import importlib

    return _as_marker_rows(importlib.import_module("hrlesson.markers").reporting_verbs(article))


def _as_marker_rows(verbs: Any) -> Any:
    return verbs.rename(columns={"stance": "subcategory"}).assign(category="reporting_verb")


def plot_reporting_verbs(data: Any, ax: Any = None) -> Any:
    """Horizontal stacked bars: reporting verbs per stance class, split by layer.

    Parameters
    ----------
    data : an Article (its ``hrlesson.reporting_verbs`` table is plotted, so the bars
        match that table), a ``reporting_verbs`` table (``stance``, ``layer``), or a
        markers table with ``category``, ``subcategory`` (the stance class) and
        optionally ``layer`` (speaker: the quoted person's speech act; journalist: the
        reporter's own evaluation, such as "slammed"); only rows with category
        ``reporting_verb`` are counted.
    ax : the matplotlib Axes to draw on (a new figure when None).

    Returns
    -------
    matplotlib.axes.Axes
        One bar per stance class (most frequent at the top), one colour per layer.

    >>> import hrlesson, matplotlib.pyplot as plt
    >>> ax = plot_reporting_verbs(hrlesson.load_article())
    >>> [t.get_text() for t in ax.get_yticklabels()][0]
    'neutral'
    >>> plt.close(ax.figure)
    """
    if hasattr(data, "columns") and "stance" in data.columns and "category" not in data.columns:
        data = _as_marker_rows(data)  # a reporting_verbs() table
    table = _table(
        data, _reporting_verb_rows, ("category", "subcategory"), "markers", "plot_reporting_verbs"
    )
    rows = table[table["category"] == "reporting_verb"]
    layers = rows["layer"] if "layer" in rows.columns else ["speaker"] * len(rows)
    counts: dict[tuple[str, str], int] = {}
    for stance, layer in zip(rows["subcategory"], layers, strict=True):
        stance = str(stance) if _present(stance) else "unclassified"
        layer = str(layer) if _present(layer) else "text"
        counts[(stance, layer)] = counts.get((stance, layer), 0) + 1
    ax = _axes(ax)
    if not counts:
        _nothing_to_plot(ax, "no reporting verbs to plot")
    else:
        totals: dict[str, int] = {}
        for (stance, _), n in counts.items():
            totals[stance] = totals.get(stance, 0) + n
        stances = sorted(totals, key=lambda s: (-totals[s], s))
        layer_order = ["speaker", "journalist", "text"]
        present = [x for x in layer_order if any(k[1] == x for k in counts)]
        present += sorted({k[1] for k in counts} - set(layer_order))
        left = [0] * len(stances)
        names = [s.replace("_", " ") for s in stances]
        bars = None
        for layer in present:
            widths = [counts.get((s, layer), 0) for s in stances]
            bars = ax.barh(
                names, widths, left=left, color=role_colour(layer), label=f"{layer} layer"
            )
            left = [a + b for a, b in zip(left, widths, strict=True)]
        ax.bar_label(bars, labels=[str(totals[s]) for s in stances], padding=3)
        ax.invert_yaxis()
        ax.legend(title="Whose evaluation", loc="lower right")
        ax.xaxis.get_major_locator().set_params(integer=True)
        ax.set_xlim(0, max(totals.values()) * 1.15)  # room for the labels: no bar meets the frame
        parts = []
        for stance, name in zip(stances, names, strict=True):
            split = [f"{counts[(stance, x)]} {x}" for x in present if counts.get((stance, x))]
            parts.append(f"{name} {totals[stance]} ({', '.join(split)})")
        set_alt_text(
            ax,
            f"Horizontal stacked bar chart of {sum(totals.values())} reporting verbs by "
            f"stance class, most frequent at the top, split by layer: {'; '.join(parts)}.",
        )
    return _label(ax, "Reporting verbs by stance class", "Occurrences", "Stance class")


def plot_marker_density(
    data: Any, article: Article | None = None, ax: Any = None, per: int = 100
) -> Any:
    """Stacked bars: stance markers per paragraph, by category.

    Parameters
    ----------
    data : an Article, or a markers table with ``paragraph_id`` and ``category``.
    article : the article the table comes from; with it, bars are markers per
        ``per`` words of each body paragraph and every body paragraph gets a bar.
        Without it (a table alone), bars are raw counts.
    ax : the matplotlib Axes to draw on (a new figure when None).
    per : words per which to count markers when the article is known.

    Returns
    -------
    matplotlib.axes.Axes
        One bar per paragraph (x), stacked by category, with a legend.

    >>> import hrlesson, matplotlib.pyplot as plt
    >>> ax = plot_marker_density(hrlesson.load_article())
    >>> ax.get_title(), ax.get_ylabel()
    ('Stance markers per paragraph', 'Markers per 100 words')
    >>> plt.close(ax.figure)
    """
    if isinstance(data, Article):
        article = data
    table = _table(data, _markers, ("paragraph_id", "category"), "markers", "plot_marker_density")
    if article is not None and not isinstance(article, Article):
        raise PlotDataError(
            f"plot_marker_density(): article must be an Article, not {type(article).__name__}"
        )
    counts: dict[tuple[int, str], int] = {}
    for p_id, category in zip(table["paragraph_id"], table["category"], strict=True):
        if _present(p_id):
            key = (int(p_id), str(category))
            counts[key] = counts.get(key, 0) + 1
    if article is not None:
        sizes = {p[0]: p[6] for p in article._segments()[0] if p[1] == "body" and p[6]}
        paragraphs = sorted(sizes)
    else:
        sizes = {}
        paragraphs = sorted({p for p, _ in counts})
    categories = sorted({c for _, c in counts})
    ax = _axes(ax, (8.0, 4.0))
    if not paragraphs:
        _nothing_to_plot(ax, "no paragraphs to plot")
    else:
        bottom = [0.0] * len(paragraphs)
        for category in categories:
            heights = [
                counts.get((p, category), 0) * (per / sizes[p] if sizes else 1) for p in paragraphs
            ]
            ax.bar(
                paragraphs,
                heights,
                bottom=bottom,
                color=category_colour(category),
                label=category.replace("_", " "),
            )
            bottom = [a + b for a, b in zip(bottom, heights, strict=True)]
        ax.set_xticks(paragraphs)
        if max(bottom) > 0:  # room above the tallest bar (zero-height segments pin autoscale)
            ax.set_ylim(0, max(bottom) * 1.1)
        if categories:
            ax.legend(title="Category", fontsize="small", loc="upper left", bbox_to_anchor=(1, 1))
        unit = f"markers per {per} words" if sizes else "markers"
        tallest = max(range(len(paragraphs)), key=lambda i: (bottom[i], -i))
        set_alt_text(
            ax,
            f"Stacked bar chart of {unit} in each of {len(paragraphs)} paragraphs, by "
            f"category ({', '.join(c.replace('_', ' ') for c in categories) or 'none'}). "
            f"The tallest bar is paragraph {paragraphs[tallest]}, about "
            f"{cell_text(round(bottom[tallest], 1))} {unit}.",
        )
    ylabel = f"Markers per {per} words" if article is not None else "Markers"
    return _label(ax, "Stance markers per paragraph", "Paragraph", ylabel)


# --------------------------------------------------------------------------- figures


def _figures(article: Article) -> Any:
    from .figures import figures

    return figures(article)


_ISO = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")
_GRANULARITY_MARKERS = {
    "day": "o",
    "week": "v",
    "month": "s",
    "year": "D",
    "decade": "h",
    "century": "p",
}


def _parse_resolved(value: Any) -> tuple[dt.date, str] | None:
    """``("2020-08" -> (2020-08-01, "month"))``; None for an empty or unreadable value."""
    if not _present(value):
        return None
    m = _ISO.match(str(value).strip())
    if not m:
        return None
    year, month, day = m.group(1), m.group(2), m.group(3)
    try:
        date = dt.date(int(year), int(month or 1), int(day or 1))
    except ValueError:
        return None
    return date, "day" if day else "month" if month else "year"


def plot_timeline(data: Any, ax: Any = None, article_date: Any = None) -> Any:
    """Dated figures on a time axis, one row per date, labelled as written in the text.

    Parameters
    ----------
    data : an Article, or a figures table with ``text`` and ``resolved_date``
        (``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``; rows without one are left out);
        ``attributed_to`` colours the points and ``granularity`` (day, week,
        month, year, decade) sets their shape when present.
    ax : the matplotlib Axes to draw on (a new figure when None).
    article_date : draw a dashed line at this date (``datetime.date`` or ISO
        string); by default the Article's date.

    Returns
    -------
    matplotlib.axes.Axes
        Circles mark a day, triangles a week, squares a month, diamonds a year
        (a week, month or year is drawn at its first day).

    >>> import hrlesson, matplotlib.pyplot as plt
    >>> fig, ax = plt.subplots()
    >>> ax = plot_timeline(hrlesson.load_article(), ax=ax)
    >>> [t.get_text() for t in ax.get_yticklabels()][:3]
    ['last year', 'last May', 'last August']
    >>> plt.close(fig)
    """
    table = _table(data, _figures, ("text", "resolved_date"), "figures", "plot_timeline")
    if isinstance(data, Article) and article_date is None:
        article_date = data.date
    attributed = table["attributed_to"] if "attributed_to" in table.columns else [None] * len(table)
    given = table["granularity"] if "granularity" in table.columns else [None] * len(table)
    points = []
    for text, resolved, who, granularity in zip(
        table["text"], table["resolved_date"], attributed, given, strict=True
    ):
        parsed = _parse_resolved(resolved)
        if parsed is not None:
            who = str(who) if _present(who) else "not known"
            if granularity not in _GRANULARITY_MARKERS:
                granularity = parsed[1]
            points.append((parsed[0], granularity, str(text), who))
    points.sort(key=lambda p: (p[0], p[2]))
    ax = _axes(ax, (8.0, max(2.5, 0.45 * len(points) + 1.5)))
    if not points:
        _nothing_to_plot(ax, "no dated figures to plot")
    else:
        colours = speaker_colours(p[3] for p in points)
        drawn: set[tuple[str, str]] = set()
        for y, (date, granularity, _, who) in enumerate(points):
            key = (who, granularity)
            ax.plot(
                [date],
                [y],
                linestyle="none",
                marker=_GRANULARITY_MARKERS[granularity],
                markersize=8,
                color=colours[who],
                label=f"{who} ({granularity})" if key not in drawn else "_nolegend_",
            )
            drawn.add(key)
        ax.set_yticks(range(len(points)), [p[2] for p in points])
        ax.invert_yaxis()
        ax.grid(axis="x", color="0.9")
        set_alt_text(
            ax,
            f"Timeline of {len(points)} dates mentioned in the article, earliest at the top: "
            + "; ".join(f"{p[2]} ({p[0].isoformat()}, {p[1]}, from {p[3]})" for p in points)
            + ".",
        )
    reference = _parse_resolved(
        article_date.isoformat() if isinstance(article_date, dt.date) else article_date
    )
    if reference is not None and points:
        ax.axvline(
            reference[0], color=role_colour("reference"), linestyle="--", label="article date"
        )
    if points:
        dates = [p[0] for p in points] + ([reference[0]] if reference is not None else [])
        pad = max(dt.timedelta(days=10), (max(dates) - min(dates)) * 0.05)
        ax.set_xlim(min(dates) - pad, max(dates) + pad)  # no point on the frame
        ax.legend(title="Claimed by", fontsize="small", loc="best")
    return _label(ax, "Dates mentioned in the article", "Date", "As written in the text")


# --------------------------------------------------------------------------- readability


def _readability(article: Article) -> Any:
    from .readability import readability

    return readability(article)


def plot_readability(data: Any, ax: Any = None, measure: str = "flesch_reading_ease") -> Any:
    """Bars: a readability score for each body paragraph, with the whole article as a line.

    Parameters
    ----------
    data : an Article, or a readability table (``hrlesson.readability``) with
        ``unit``, ``paragraph_id`` and the ``measure`` column.
    ax : the matplotlib Axes to draw on (a new figure when None).
    measure : flesch_reading_ease, flesch_kincaid_grade, gunning_fog or smog_index.

    Returns
    -------
    matplotlib.axes.Axes
        One bar per paragraph; a dashed line at the article's score when the
        table has an ``article`` row.

    >>> import hrlesson, matplotlib.pyplot as plt
    >>> ax = plot_readability(hrlesson.load_article(), measure="gunning_fog")
    >>> len(ax.get_xticks()), ax.get_ylabel()
    (20, 'Gunning fog index (higher = harder)')
    >>> plt.close(ax.figure)
    """
    if measure not in READABILITY_MEASURES:
        raise PlotDataError(
            f"plot_readability(): unknown measure {measure!r}; use one of "
            f"{', '.join(READABILITY_MEASURES)}"
        )
    table = _table(
        data,
        _readability,
        ("unit", "paragraph_id", measure),
        "readability",
        "plot_readability",
    )
    rows = [
        (int(p), float(v))
        for unit, p, v in zip(table["unit"], table["paragraph_id"], table[measure], strict=True)
        if unit == "paragraph" and _present(p) and _present(v)
    ]
    whole = [float(v) for u, v in zip(table["unit"], table[measure], strict=True) if u == "article"]
    ax = _axes(ax, (8.0, 4.0))
    if not rows:
        _nothing_to_plot(ax, "no paragraph scores to plot")
    else:
        ids = [p for p, _ in rows]
        bars = ax.bar(ids, [v for _, v in rows], color=role_colour("measure"), label="paragraph")
        ax.bar_label(bars, fmt="%.0f", padding=2, fontsize="x-small")
        ax.set_xticks(ids)
        ax.margins(y=0.12)
        description = (
            f"Bar chart of the {READABILITY_MEASURES[measure]} for each of {len(rows)} "
            "paragraphs: " + ", ".join(f"paragraph {p} {v:.0f}" for p, v in rows) + "."
        )
        if whole and _present(whole[0]):
            ax.axhline(
                whole[0],
                color=role_colour("reference"),
                linestyle="--",
                label=f"whole article ({whole[0]:.1f})",
            )
            description += f" A dashed line marks the whole article, {whole[0]:.1f}."
        ax.axhline(0, color="0.3", linewidth=0.8)
        ax.legend(fontsize="small")
        set_alt_text(ax, description)
    return _label(ax, "Readability per paragraph", "Paragraph", READABILITY_MEASURES[measure])
