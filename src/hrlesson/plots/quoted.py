"""Who is quoted: words in quotation marks per speaker."""

from __future__ import annotations

from typing import Any

from ..article import Article
from ..display import cell_text, set_alt_text
from ..palette import role_colour
from ..segment import iter_words
from .common import axes_for, is_present, label_axes, nothing_to_plot, table_for

_UNATTRIBUTED = "(unattributed)"


def _quotes(article: Article) -> Any:
    from ..quotes import quotes

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
    table = table_for(data, _quotes, ("speaker", "text"), "quotes", "plot_words_quoted")
    totals: dict[str, int] = {}
    kinds = table["kind"] if "kind" in table.columns else [None] * len(table)
    counts = table["n_words"] if "n_words" in table.columns else [None] * len(table)
    for speaker, text, kind, n in zip(table["speaker"], table["text"], kinds, counts, strict=True):
        if kind == "heading":
            continue
        words = int(n) if is_present(n) else sum(1 for _ in iter_words(str(text)))
        name = str(speaker) if is_present(speaker) else _UNATTRIBUTED
        totals[name] = totals.get(name, 0) + words
    ax = axes_for(ax)
    ranked = sorted(totals.items(), key=lambda item: (-item[1], item[0]))
    if not ranked:
        nothing_to_plot(ax, "no quotes to plot")
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
    return label_axes(ax, "Words quoted per speaker", "Words in quotation marks", "Speaker")


def _listing(pairs: Any, unit: str) -> str:
    """``"A 12 words, B 3 words"`` from ``(name, value)`` pairs."""
    return ", ".join(f"{name} {cell_text(value)} {unit}" for name, value in pairs)
