"""How tables, texts and figures look in the lessons.

A lesson calls :func:`lesson_display` once, in its first code cell. From then on,
in that notebook:

* a table shows whole texts (no cut at 50 characters), text left-aligned, blanks
  for missing values, no 0-based row numbers next to the 1-based ids, and a count
  such as ``value_counts()`` as a small two-column table (no ``dtype`` footer);
* a concordance (a :func:`hrlesson.kwic` table) is shown as three aligned columns
  (see :func:`hrlesson.concordance.concordance_html`);
* a figure carries its text description as the ``alt`` of its image.

:func:`read_article` shows an article for reading: numbered paragraphs in the
page's normal font.

>>> import hrlesson
>>> html = table_html(hrlesson.load_article().paragraphs.head(2))
>>> "<th" in html and "…" not in html
True
"""

from __future__ import annotations

import base64
import html
import math
import textwrap
import weakref
from typing import Any

from .article import Article
from .errors import HrlessonError

__all__ = [
    "MAX_ROWS",
    "ReadingError",
    "ReadingView",
    "alt_text",
    "lesson_display",
    "read_article",
    "set_alt_text",
    "table_html",
]

#: Rows shown before a long table is shortened to its first and last rows.
MAX_ROWS = 60

_TABLE = "border-collapse:collapse;margin:0.3em 0;font-size:0.95em"
_HEAD = (
    "text-align:left;vertical-align:bottom;padding:0.25em 0.6em;"
    "border-bottom:1px solid #999;white-space:nowrap"
)
_CELL = "vertical-align:top;padding:0.25em 0.6em;border-bottom:1px solid #ddd"
_TEXT_CELL = _CELL + ";text-align:left;white-space:normal;min-width:16em;max-width:50em"
_SHORT_CELL = _CELL + ";text-align:left;white-space:nowrap"
#: A column whose texts are all this short stays on one line (names, kinds, short words).
SHORT_TEXT = 30
_NUMBER_CELL = _CELL + ";text-align:right;white-space:nowrap"
_NOTE = "font-size:0.85em;color:#555;margin:0.2em 0"

_ALT_TEXTS: weakref.WeakKeyDictionary[Any, str] = weakref.WeakKeyDictionary()
#: PNG bytes drawn for a figure's HTML, reused for its image/png output (drawn once).
_PNG: weakref.WeakKeyDictionary[Any, bytes] = weakref.WeakKeyDictionary()


class ReadingError(HrlessonError, ValueError):
    """:func:`read_article` got something that is not an Article, or an unknown paragraph."""


# --------------------------------------------------------------------------- cells


def _missing(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, float) and math.isnan(value):
        return True
    try:
        import pandas as pd

        return value is pd.NA or value is pd.NaT
    except ImportError:  # pragma: no cover - pandas is a dependency
        return False


def cell_text(value: Any) -> str:
    """How one value reads in a table: blank when missing, numbers without noise.

    >>> [cell_text(v) for v in (None, float("nan"), 3, 0.42857, 2.0, True, ["a", "b"])]
    ['', '', '3', '0.429', '2', 'True', 'a, b']
    """
    if isinstance(value, (list, tuple, set, frozenset)):
        return ", ".join(cell_text(v) for v in value)
    if _missing(value):
        return ""
    value = _plain(value)
    if isinstance(value, bool):
        return str(value)  # as students write it in code: in_quote == True
    if isinstance(value, float):
        if value.is_integer():
            return str(int(value))
        return f"{value:.3f}".rstrip("0").rstrip(".")
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)


def _plain(value: Any) -> Any:
    """A NumPy scalar as the Python value it holds: np.int64(475) reads as 475."""
    if type(value).__module__ == "numpy" and hasattr(value, "item"):
        return value.item()
    return value


def _is_number(value: Any) -> bool:
    value = _plain(value)
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _td(value: Any, style: str | None = None, short: bool = False) -> str:
    text = cell_text(value)
    if style is None:
        style = _NUMBER_CELL if _is_number(value) and text else _TEXT_CELL
        if short and style == _TEXT_CELL:
            style = _SHORT_CELL
    return f'<td style="{style}">{html.escape(text)}</td>'


# --------------------------------------------------------------------------- tables


def _shown_rows(n: int) -> tuple[list[int], int]:
    """Row positions to show and how many are left out (first and last rows of long tables)."""
    if n <= MAX_ROWS:
        return list(range(n)), 0
    half = MAX_ROWS // 2
    return list(range(half)) + list(range(n - half, n)), n - 2 * half


def _index_columns(frame: Any) -> list[str]:
    """The index levels worth showing: none for a plain 0, 1, 2, ... row number."""
    import pandas as pd

    index = frame.index
    if isinstance(index, pd.RangeIndex) and index.name is None:
        return []
    if index.name is None and index.nlevels == 1 and pd.api.types.is_integer_dtype(index):
        return []  # a filtered table keeps its row numbers: they mean nothing to a reader
    return [str(name) if name is not None else "" for name in index.names]


def table_html(data: Any) -> str:
    """A pandas DataFrame or Series as a plain HTML table for students.

    Whole texts, text left-aligned and numbers right-aligned, blanks for missing
    values, no row numbers (a named index, such as the categories of a
    ``value_counts()``, becomes the first column), no dtype footer. A table of more
    than :data:`MAX_ROWS` rows shows its first and last rows and says how many are
    left out. A concordance (columns ``left``, ``node``, ``right``) is drawn by
    :func:`hrlesson.concordance.concordance_html`.
    """
    import pandas as pd

    if isinstance(data, pd.Series):
        name = data.name if data.name is not None else "value"
        data = data.to_frame(name=str(name))
    if {"left", "node", "right"} <= set(map(str, data.columns)):
        from .concordance import concordance_html

        return concordance_html(data)
    levels = _index_columns(data)
    header = [*levels, *map(str, data.columns)]
    head = "".join(f'<th style="{_HEAD}">{html.escape(h)}</th>' for h in header)
    positions, left_out = _shown_rows(len(data))
    short = [
        all(len(cell_text(v)) <= SHORT_TEXT for v in data.iloc[positions, i].tolist())
        for i in range(data.shape[1])
    ]
    body = []
    index_values = list(data.index)
    for i, position in enumerate(positions):
        if left_out and i == MAX_ROWS // 2:
            body.append(
                f'<tr><td colspan="{len(header)}" style="{_CELL};color:#555">'
                f"… {left_out} rows not shown …</td></tr>"
            )
        key = index_values[position]
        keys = list(key) if isinstance(key, tuple) else [key]
        cells = [_td(k, _SHORT_CELL + ";font-weight:bold") for k in keys[: len(levels)]]
        values = data.iloc[position].tolist()
        cells += [_td(v, short=s) for v, s in zip(values, short, strict=True)]
        body.append("<tr>" + "".join(cells) + "</tr>")
    note = ""
    if left_out:
        note = f'<p style="{_NOTE}">{len(data)} rows; the middle {left_out} are not shown.</p>'
    if not len(data):
        note = f'<p style="{_NOTE}">No rows.</p>'
    return (
        f'<table class="hrlesson-table" style="{_TABLE}"><thead><tr>{head}</tr></thead>'
        f"<tbody>{''.join(body)}</tbody></table>{note}"
    )


# --------------------------------------------------------------------------- reading view


class ReadingView:
    """An article (or some of its paragraphs) laid out for reading, with paragraph numbers.

    In a notebook it shows as HTML in the page's normal font; ``str()`` gives the
    same text wrapped at 80 characters, each paragraph headed by its number.
    """

    def __init__(self, article: Article, paragraphs: Any = None) -> None:
        table = article.paragraphs
        if paragraphs is not None:
            wanted = [paragraphs] if isinstance(paragraphs, int) else list(paragraphs)
            unknown = [p for p in wanted if p not in set(table.paragraph_id)]
            if unknown:
                last = int(table.paragraph_id.max())
                raise ReadingError(f"no paragraph {unknown[0]}: the paragraphs are 1 to {last}")
            order = {p: i for i, p in enumerate(dict.fromkeys(wanted))}
            table = table[table.paragraph_id.isin(wanted)]
            table = table.iloc[
                sorted(range(len(table)), key=lambda i: order[table.paragraph_id.iloc[i]])
            ]
        self.rows = [
            (int(p), str(kind), str(text))
            for p, kind, text in zip(table.paragraph_id, table.kind, table.text, strict=True)
        ]

    def _repr_html_(self) -> str:
        parts = []
        for number, kind, text in self.rows:
            words = html.escape(text)
            if kind == "heading":
                words = f"<strong>{words}</strong>"
            parts.append(
                '<p style="margin:0 0 0.7em 0;line-height:1.5">'
                f'<span style="color:#555;font-size:0.85em">¶ {number}</span>&nbsp; {words}</p>'
            )
        return (
            '<div class="hrlesson-reading" style="font-family:inherit;max-width:46em;'
            f'font-size:1.05em">{"".join(parts)}</div>'
        )

    def __str__(self) -> str:
        blocks = []
        for number, _, text in self.rows:
            wrapped = textwrap.fill(text, width=80, initial_indent=f"[{number}] ")
            blocks.append(wrapped)
        return "\n\n".join(blocks)

    def __repr__(self) -> str:
        return str(self)

    def _repr_pretty_(self, printer: Any, cycle: bool) -> None:
        printer.text(str(self))


def read_article(article: Article, paragraphs: Any = None) -> ReadingView:
    """The article for reading: numbered paragraphs in a normal font (headings in bold).

    Parameters
    ----------
    article : the article.
    paragraphs : a paragraph number or a list of them (default: all).

    >>> import hrlesson
    >>> print(read_article(hrlesson.load_article(), paragraphs=[1]))  # doctest: +ELLIPSIS
    [1] Geneva, (APP - UrduPoint / Pakistan Point News - 25th Feb, 2021): The UN...
    """
    if not isinstance(article, Article):
        raise ReadingError(
            f"read_article() needs an Article, not {type(article).__name__}: "
            "use hrlesson.load_article()"
        )
    return ReadingView(article, paragraphs)


# --------------------------------------------------------------------------- figures


def set_alt_text(target: Any, text: str) -> Any:
    """Give a chart (a matplotlib Axes or Figure) its text description; return ``target``.

    The description becomes the ``alt`` of the figure's image in the notebook, where
    screen readers find it. Charts drawn by :mod:`hrlesson.plots` describe themselves.
    """
    _ALT_TEXTS[target] = " ".join(str(text).split())
    return target


def alt_text(figure: Any) -> str:
    """The text description of a figure: what was set with :func:`set_alt_text`, or one
    made from the titles, axis labels and bar values of its charts."""
    if figure in _ALT_TEXTS:
        return _ALT_TEXTS[figure]
    parts = []
    for ax in figure.axes:
        parts.append(_ALT_TEXTS.get(ax) or _describe_axes(ax))
    return " ".join(p for p in parts if p) or "A figure."


def _describe_axes(ax: Any) -> str:
    title = ax.get_title() or "A chart"
    text = f"{title}."
    labels = [x for x in (ax.get_xlabel(), ax.get_ylabel()) if x]
    if labels:
        text += f" Axes: {' and '.join(labels)}."
    values = _bar_values(ax)
    if values:
        text += " Bars: " + "; ".join(values) + "."
    return text


def _bar_values(ax: Any) -> list[str]:
    """``label value`` for the bars of a bar chart, per group of bars (at most 40 bars)."""
    from matplotlib.container import BarContainer

    containers = [c for c in ax.containers if isinstance(c, BarContainer)]
    if not containers or sum(len(c) for c in containers) > 40:
        return []
    out = []
    for container in containers:
        horizontal = getattr(container, "orientation", "vertical") == "horizontal"
        ticks = ax.get_yticklabels() if horizontal else ax.get_xticklabels()
        names = [t.get_text() for t in ticks]
        values = []
        for i, bar in enumerate(container):
            value = bar.get_width() if horizontal else bar.get_height()
            name = names[i] if len(names) == len(container) else str(i + 1)
            values.append(f"{name} {cell_text(round(float(value), 2))}")
        label = str(container.get_label() or "")
        prefix = f"{label}: " if label and not label.startswith("_") else ""
        out.append(prefix + ", ".join(values))
    return out


def _figure_png(figure: Any) -> bytes | None:
    """The figure as PNG bytes, drawn once for both its HTML and its image/png output."""
    png = _PNG.pop(figure, None)
    if png is None:
        from IPython.core.pylabtools import print_figure

        png = print_figure(figure, "png", bbox_inches="tight")
    return png or None


def _figure_html(figure: Any) -> str:
    png = _figure_png(figure)
    if not png:
        return ""
    _PNG[figure] = png  # the image/png formatter runs next and takes it
    source = base64.b64encode(png).decode("ascii")
    alt = html.escape(alt_text(figure), quote=True)
    return f'<img src="data:image/png;base64,{source}" alt="{alt}" style="max-width:100%">'


# --------------------------------------------------------------------------- setup


def lesson_display() -> None:
    """Set up how this notebook shows tables and figures (call once, at the top of a lesson).

    Sets pandas so that text is never cut, and tells IPython to draw tables with
    :func:`table_html` and to give figures their ``alt`` text. Outside IPython only the
    pandas settings change. Calling it again changes nothing more.
    """
    import pandas as pd

    pd.set_option("display.max_colwidth", None)
    pd.set_option("display.max_rows", MAX_ROWS)
    pd.set_option("display.show_dimensions", False)
    try:
        from IPython import get_ipython
    except ImportError:  # pragma: no cover - IPython comes with Jupyter
        return
    shell = get_ipython()
    if shell is None:
        return
    formatter = shell.display_formatter.formatters["text/html"]
    formatter.for_type(pd.DataFrame, table_html)
    formatter.for_type(pd.Series, table_html)
    from matplotlib.figure import Figure

    formatter.for_type(Figure, _figure_html)
    shell.display_formatter.formatters["image/png"].for_type(Figure, _figure_png)
