"""What every chart shares: the colour palette, the data error, axes, tables and labels."""

from __future__ import annotations

import math
from typing import Any

from ..article import Article
from ..errors import HrlessonError

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


class PlotDataError(HrlessonError, ValueError):
    """The data given to a plot function is not an Article or lacks the columns it needs."""


# --------------------------------------------------------------------------- helpers


def axes_for(ax: Any, size: tuple[float, float] = (7.0, 4.0)) -> Any:
    if ax is not None:
        return ax
    import matplotlib.pyplot as plt

    _, new_ax = plt.subplots(figsize=size, layout="constrained")
    return new_ax


def table_for(data: Any, build: Any, columns: tuple[str, ...], what: str, function: str) -> Any:
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


def nothing_to_plot(ax: Any, message: str) -> None:
    ax.text(0.5, 0.5, message, transform=ax.transAxes, ha="center", va="center", color="0.4")
    ax.set_xticks([])
    ax.set_yticks([])


def label_axes(ax: Any, title: str, xlabel: str, ylabel: str) -> Any:
    ax.set_title(title)
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    return ax


def is_present(value: Any) -> bool:
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
