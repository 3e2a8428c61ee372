"""The colours of the kit: one colour per category and per role, in every chart.

The colours live in ``data/palette.json``. A marker category ("hedge") or a role
("reporter", the journalist's own voice; "speaker", a quoted person) keeps its
colour from lesson to lesson, so a reader who learned that "hedge" is sky blue
never has to learn it again. The colours are from the Okabe-Ito palette.

>>> category_colour("hedge")
'#56B4E9'
>>> role_colour("journalist") == role_colour("reporter")
True
>>> speaker_colours(["reporter", "Ana Diaz", "Ben Li"])["reporter"] == role_colour("reporter")
True
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from functools import cache
from importlib import resources

__all__ = [
    "category_colour",
    "palette",
    "role_colour",
    "simulate_colour_blindness",
    "speaker_colours",
]

#: Machado, Oliveira & Fernandes (2009), severity 1.0, applied to linear RGB.
CVD_MATRICES = {
    "protanopia": (
        (0.152286, 1.052583, -0.204868),
        (0.114503, 0.786281, 0.099216),
        (-0.003882, -0.048116, 1.051998),
    ),
    "deuteranopia": (
        (0.367322, 0.860646, -0.227968),
        (0.280085, 0.672501, 0.047413),
        (-0.011820, 0.042940, 0.968881),
    ),
}


@cache
def palette() -> dict:
    """The colour table (``categories``, ``roles``, ``role_aliases``, ``speakers``, ``other``)."""
    text = resources.files("hrlesson").joinpath("data/palette.json").read_text("utf-8")
    return json.loads(text)


def category_colour(category: str) -> str:
    """The colour of a marker category (``hedge``, ``booster``, ...); grey for an unknown one."""
    table = palette()
    key = str(category).replace(" ", "_")
    return table["categories"].get(key, table["other"])


def role_colour(role: str) -> str:
    """The colour of a role: ``speaker``, ``reporter`` (alias ``journalist``), ``text``,
    ``not known``, ``reference`` (lines such as the article date) or ``measure`` (plain bars)."""
    table = palette()
    key = table["role_aliases"].get(str(role), str(role))
    return table["roles"].get(key, table["other"])


def speaker_colours(names: Iterable[str]) -> dict[str, str]:
    """A colour for each name in order: roles keep their colour, speakers share a fixed sequence."""
    table = palette()
    roles = set(table["roles"]) | set(table["role_aliases"])
    sequence = table["speakers"]
    colours: dict[str, str] = {}
    n = 0
    for name in dict.fromkeys(str(x) for x in names):
        if name in roles:
            colours[name] = role_colour(name)
        else:
            colours[name] = sequence[n % len(sequence)]
            n += 1
    return colours


def _linear(channel: float) -> float:
    return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4


def _gamma(channel: float) -> float:
    channel = min(1.0, max(0.0, channel))
    return 12.92 * channel if channel <= 0.0031308 else 1.055 * channel ** (1 / 2.4) - 0.055


def simulate_colour_blindness(colour: str, kind: str) -> str:
    """How ``colour`` (``#RRGGBB``) looks with ``protanopia`` or ``deuteranopia`` (Machado 2009).

    >>> simulate_colour_blindness("#000000", "deuteranopia")
    '#000000'
    """
    if kind not in CVD_MATRICES:
        raise ValueError(f"kind={kind!r}: use one of {', '.join(CVD_MATRICES)}")
    rgb = [_linear(int(colour[i : i + 2], 16) / 255) for i in (1, 3, 5)]
    out = [sum(m * c for m, c in zip(row, rgb, strict=True)) for row in CVD_MATRICES[kind]]
    return "#" + "".join(f"{round(_gamma(c) * 255):02X}" for c in out)
