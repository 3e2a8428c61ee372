"""Readability scores per paragraph."""

from __future__ import annotations

from typing import Any

from ..article import Article
from ..display import set_alt_text
from ..palette import role_colour
from .common import PlotDataError, axes_for, is_present, label_axes, nothing_to_plot, table_for

#: Axis labels of the measures :func:`plot_readability` can draw.
READABILITY_MEASURES = {
    "flesch_reading_ease": "Flesch Reading Ease (higher = easier)",
    "flesch_kincaid_grade": "Flesch-Kincaid grade (higher = harder)",
    "gunning_fog": "Gunning fog index (higher = harder)",
    "smog_index": "SMOG index (higher = harder)",
}


def _readability(article: Article) -> Any:
    from ..readability import readability

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
    table = table_for(
        data,
        _readability,
        ("unit", "paragraph_id", measure),
        "readability",
        "plot_readability",
    )
    rows = [
        (int(p), float(v))
        for unit, p, v in zip(table["unit"], table["paragraph_id"], table[measure], strict=True)
        if unit == "paragraph" and is_present(p) and is_present(v)
    ]
    whole = [float(v) for u, v in zip(table["unit"], table[measure], strict=True) if u == "article"]
    ax = axes_for(ax, (8.0, 4.0))
    if not rows:
        nothing_to_plot(ax, "no paragraph scores to plot")
    else:
        _draw_scores(ax, rows, whole, measure)
    return label_axes(ax, "Readability per paragraph", "Paragraph", READABILITY_MEASURES[measure])


def _draw_scores(ax: Any, rows: list[tuple[int, float]], whole: list[float], measure: str) -> None:
    """One bar per paragraph score, the whole article as a dashed line, and the alt text."""
    ids = [p for p, _ in rows]
    bars = ax.bar(ids, [v for _, v in rows], color=role_colour("measure"), label="paragraph")
    ax.bar_label(bars, fmt="%.0f", padding=2, fontsize="x-small")
    ax.set_xticks(ids)
    ax.margins(y=0.12)
    description = (
        f"Bar chart of the {READABILITY_MEASURES[measure]} for each of {len(rows)} "
        "paragraphs: " + ", ".join(f"paragraph {p} {v:.0f}" for p, v in rows) + "."
    )
    if whole and is_present(whole[0]):
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
