"""Dates mentioned in the article, on a time axis."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from ..article import Article
from ..display import set_alt_text
from ..palette import role_colour, speaker_colours
from .common import axes_for, is_present, label_axes, nothing_to_plot, table_for


def _figures(article: Article) -> Any:
    from ..figures import figures

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
    if not is_present(value):
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
    table = table_for(data, _figures, ("text", "resolved_date"), "figures", "plot_timeline")
    if isinstance(data, Article) and article_date is None:
        article_date = data.date
    points = _timeline_points(table)
    ax = axes_for(ax, (8.0, max(2.5, 0.45 * len(points) + 1.5)))
    if not points:
        nothing_to_plot(ax, "no dated figures to plot")
    else:
        _draw_timeline(ax, points)
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
    return label_axes(ax, "Dates mentioned in the article", "Date", "As written in the text")


def _timeline_points(table: Any) -> list[tuple[dt.date, str, str, str]]:
    """``(date, granularity, text, claimed by)`` of each dated row, earliest first."""
    attributed = table["attributed_to"] if "attributed_to" in table.columns else [None] * len(table)
    given = table["granularity"] if "granularity" in table.columns else [None] * len(table)
    points = []
    for text, resolved, who, granularity in zip(
        table["text"], table["resolved_date"], attributed, given, strict=True
    ):
        parsed = _parse_resolved(resolved)
        if parsed is not None:
            who = str(who) if is_present(who) else "not known"
            if granularity not in _GRANULARITY_MARKERS:
                granularity = parsed[1]
            points.append((parsed[0], granularity, str(text), who))
    points.sort(key=lambda p: (p[0], p[2]))
    return points


def _draw_timeline(ax: Any, points: list[tuple[dt.date, str, str, str]]) -> None:
    """One marker per date (colour: who claims it; shape: granularity), and the alt text."""
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
