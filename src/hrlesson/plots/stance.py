"""How speech is reported and how dense the stance markers are."""

from __future__ import annotations

from typing import Any

from ..article import Article
from ..display import cell_text, set_alt_text
from ..palette import category_colour, role_colour
from .common import PlotDataError, axes_for, is_present, label_axes, nothing_to_plot, table_for


def _markers(article: Article) -> Any:
    from ..markers import markers

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
    table = table_for(
        data, _reporting_verb_rows, ("category", "subcategory"), "markers", "plot_reporting_verbs"
    )
    rows = table[table["category"] == "reporting_verb"]
    layers = rows["layer"] if "layer" in rows.columns else ["speaker"] * len(rows)
    counts: dict[tuple[str, str], int] = {}
    for stance, layer in zip(rows["subcategory"], layers, strict=True):
        stance = str(stance) if is_present(stance) else "unclassified"
        layer = str(layer) if is_present(layer) else "text"
        counts[(stance, layer)] = counts.get((stance, layer), 0) + 1
    ax = axes_for(ax)
    if not counts:
        nothing_to_plot(ax, "no reporting verbs to plot")
    else:
        _draw_stance_bars(ax, counts)
    return label_axes(ax, "Reporting verbs by stance class", "Occurrences", "Stance class")


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
    table = table_for(
        data, _markers, ("paragraph_id", "category"), "markers", "plot_marker_density"
    )
    if article is not None and not isinstance(article, Article):
        raise PlotDataError(
            f"plot_marker_density(): article must be an Article, not {type(article).__name__}"
        )
    counts: dict[tuple[int, str], int] = {}
    for p_id, category in zip(table["paragraph_id"], table["category"], strict=True):
        if is_present(p_id):
            key = (int(p_id), str(category))
            counts[key] = counts.get(key, 0) + 1
    if article is not None:
        sizes = {p[0]: p[6] for p in article._segments()[0] if p[1] == "body" and p[6]}
        paragraphs = sorted(sizes)
    else:
        sizes = {}
        paragraphs = sorted({p for p, _ in counts})
    categories = sorted({c for _, c in counts})
    ax = axes_for(ax, (8.0, 4.0))
    if not paragraphs:
        nothing_to_plot(ax, "no paragraphs to plot")
    else:
        _draw_density(ax, paragraphs, categories, counts, sizes, per)
    ylabel = f"Markers per {per} words" if article is not None else "Markers"
    return label_axes(ax, "Stance markers per paragraph", "Paragraph", ylabel)


def _draw_stance_bars(ax: Any, counts: dict[tuple[str, str], int]) -> None:
    """Stacked bars from ``(stance, layer) -> count``, most frequent stance on top; alt text."""
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
        bars = ax.barh(names, widths, left=left, color=role_colour(layer), label=f"{layer} layer")
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


def _draw_density(
    ax: Any,
    paragraphs: list[int],
    categories: list[str],
    counts: dict[tuple[int, str], int],
    sizes: dict[int, int],
    per: int,
) -> None:
    """Bars per paragraph stacked by category (per ``per`` words when sizes are known)."""
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
