"""Hand labels for Lesson 8 ("Code it yourself") and how far two annotators agree.

Two people label the same passage of the bundled article with the guideline
(:func:`guideline`); the kit ships its own labels (``"gold"``) and a second annotator's
(``"annotator_b"``), so a student without a partner can still compare. Labels are read
from a small text table that a student edits in the notebook (:func:`blank_labels`,
:func:`read_labels`). Agreement is percent agreement and Cohen's kappa (Cohen 1960)::

    >>> gold = passage_labels("sentences", "gold")
    >>> partner = passage_labels("sentences", "annotator_b")
    >>> result = agreement(gold["voice"], partner["voice"])
    >>> result.n, round(result.observed, 3), round(result.expected, 3), round(result.kappa, 3)
    (19, 0.895, 0.729, 0.612)
    >>> confusion(gold["voice"], partner["voice"]).to_dict("index")
    {'reporter': {'reporter': 2, 'speaker': 0}, 'speaker': {'reporter': 2, 'speaker': 15}}

Every row keeps ``start``/``end`` offsets into the cleaned article
(``hrlesson.load_article().text``).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import pandas as pd

from .data import package_data_path
from .errors import InputError

__all__ = [
    "ANNOTATORS",
    "LABELS",
    "UNLABELLED",
    "Agreement",
    "agreement",
    "blank_labels",
    "confusion",
    "guideline",
    "passage_labels",
    "read_labels",
]

#: the label set of each layer, per table ("sentences": one row per sentence of the passage;
#: "words": one row per marked word)
LABELS: dict[str, dict[str, tuple[str, ...]]] = {
    "sentences": {
        "voice": ("reporter", "speaker"),
        "verb_class": ("factive", "non_factive", "counter_factive", "none"),
    },
    "words": {
        "voice": ("reporter", "speaker"),
        "marker": ("hedge", "booster", "force", "attitude", "none"),
    },
}
#: the annotators whose labels are shipped with the kit
ANNOTATORS = ("gold", "annotator_b")
#: what a student writes for a label not given yet
UNLABELLED = "?"

_KEY = {"sentences": "sentence_id", "words": "item_id"}
_FOLDER = ("annotation",)


@dataclass(frozen=True)
class Agreement:
    """How far two annotators agree on one layer.

    n : items labelled by both (items with ``?`` on either side are left out).
    observed : share of those items with the same label (percent agreement / 100).
    expected : agreement expected by chance, from each annotator's label shares.
    kappa : Cohen's kappa, ``(observed - expected) / (1 - expected)``; NaN when it is
        undefined (no items, or both annotators used one and the same label throughout).
    """

    n: int
    observed: float
    expected: float
    kappa: float

    def __str__(self) -> str:
        if self.n == 0:
            return "no item has a label from both annotators yet: nothing to compare"
        kappa = "undefined" if math.isnan(self.kappa) else f"{self.kappa:.2f}"
        return (
            f"{self.n} items: percent agreement {100 * self.observed:.0f}%, "
            f"chance agreement {100 * self.expected:.0f}%, Cohen's kappa {kappa}"
        )


def _table_name(table: str) -> str:
    if table not in LABELS:
        raise InputError(f"no annotation table {table!r}; use one of: {', '.join(LABELS)}")
    return table


def passage_labels(table: str = "sentences", annotator: str = "gold") -> pd.DataFrame:
    """The shipped labels of the Lesson 8 passage.

    Parameters
    ----------
    table : ``"sentences"`` (columns ``sentence_id, start, end, verb, voice, verb_class,
        note``) or ``"words"`` (``item_id, sentence_id, start, end, text, voice, marker,
        note``).
    annotator : ``"gold"`` (the kit's labels) or ``"annotator_b"`` (a second annotator).

    >>> first = passage_labels("words").iloc[0]
    >>> first["text"], int(first["start"]), int(first["end"])
    ('unprecedented', 1277, 1290)
    """
    table = _table_name(table)
    if annotator not in ANNOTATORS:
        raise InputError(f"no annotator {annotator!r}; use one of: {', '.join(ANNOTATORS)}")
    path = package_data_path(*_FOLDER, f"{table}_{annotator}.csv")
    return pd.read_csv(path, keep_default_na=False, dtype={"verb": str, "note": str})


def guideline() -> str:
    """The annotation guideline (markdown text) that Lesson 8 applies."""
    return package_data_path(*_FOLDER, "guideline.md").read_text(encoding="utf-8")


def blank_labels(table: str = "sentences") -> str:
    """A label table to fill in: one row per item, ``?`` for every label.

    >>> print(blank_labels("words").splitlines()[1])
    1 | unprecedented | ? | ?
    """
    table = _table_name(table)
    layers = list(LABELS[table])
    key = _KEY[table]
    rows = passage_labels(table)
    if table == "words":
        header = " | ".join(["item", "word", *layers])
        lines = [
            f"{r.item_id} | {r.text} | " + " | ".join("?" for _ in layers)
            for r in rows.itertuples()
        ]
    else:
        header = " | ".join(["sentence", *layers])
        lines = [
            f"{getattr(r, key)} | " + " | ".join("?" for _ in layers) for r in rows.itertuples()
        ]
    return "\n".join([header, *lines])


def _normalise(label: str) -> str:
    return re.sub(r"[\s-]+", "_", label.strip().lower())


def read_labels(text: str, table: str = "sentences") -> pd.DataFrame:
    """Read a label table typed in the notebook (the format of :func:`blank_labels`).

    Each line is ``id | label | label`` (a ``words`` line also has the word after the id);
    blank lines, the header line and anything after ``#`` are ignored. Labels are not case
    sensitive, and ``non-factive`` means ``non_factive``. ``?`` means "not labelled yet" and
    becomes a missing value. The result has the key, ``start``/``end`` offsets and one column
    per layer, in passage order.

    >>> rows = read_labels("sentence | voice | verb_class\\n10 | Reporter | none")
    >>> rows.loc[rows.sentence_id == 10, ["voice", "verb_class"]].values.tolist()
    [['reporter', 'none']]
    >>> int(rows["voice"].isna().sum())
    18
    """
    table = _table_name(table)
    layers = list(LABELS[table])
    key = _KEY[table]
    base = passage_labels(table)
    found: dict[int, dict[str, Any]] = {}
    for number, raw in enumerate(str(text).splitlines(), start=1):
        line = raw.split("#", 1)[0].strip()
        if not line or not line[0].isdigit():
            continue
        cells = [c.strip() for c in line.split("|")]
        found_id, labels = _parse_row(cells, number, table, layers)
        if found_id not in set(base[key]):
            raise InputError(f"line {number}: {key.split('_')[0]} {found_id} is not in the passage")
        found[found_id] = labels
    out = base[[key, "start", "end"]].copy()
    for layer in layers:
        out[layer] = [found.get(i, {}).get(layer) for i in out[key]]
    return out


def _parse_row(
    cells: list[str], number: int, table: str, layers: list[str]
) -> tuple[int, dict[str, str | None]]:
    expected = 1 + (table == "words") + len(layers)
    if len(cells) != expected:
        raise InputError(
            f"line {number}: expected {expected} columns separated by '|', found {len(cells)}"
        )
    item = int(cells[0]) if cells[0].isdigit() else None
    if item is None:
        raise InputError(f"line {number}: the first column must be a number, not {cells[0]!r}")
    labels: dict[str, str | None] = {}
    for layer, value in zip(layers, cells[-len(layers) :], strict=True):
        label = _normalise(value)
        if label in ("", UNLABELLED):
            labels[layer] = None
        elif label in LABELS[table][layer]:
            labels[layer] = label
        else:
            allowed = ", ".join(LABELS[table][layer])
            raise InputError(
                f"line {number}: {value!r} is not a {layer} label; use {allowed} (or ? for not yet)"
            )
    return item, labels


def _pairs(a: Sequence[Any], b: Sequence[Any]) -> list[tuple[str, str]]:
    first, second = list(a), list(b)
    if len(first) != len(second):
        raise InputError(
            f"the two label lists have different lengths ({len(first)} and {len(second)}): "
            "label the same items"
        )
    return [(x, y) for x, y in zip(first, second, strict=True) if _given(x) and _given(y)]


def _given(label: Any) -> bool:
    if label is None or (isinstance(label, float) and math.isnan(label)):
        return False
    return str(label).strip() not in ("", UNLABELLED)


def agreement(a: Sequence[Any], b: Sequence[Any]) -> Agreement:
    """Percent agreement and Cohen's kappa of two annotators' labels for the same items.

    ``a`` and ``b`` are label lists (or pandas columns) in the same item order. An item that
    either annotator has not labelled (``?``, empty or missing) is left out.

    >>> agreement(["x", "x", "y", "y"], ["x", "y", "y", "y"]).kappa
    0.5
    >>> agreement(["x", "?"], ["x", "y"]).n
    1
    """
    pairs = _pairs(a, b)
    n = len(pairs)
    if n == 0:
        return Agreement(0, math.nan, math.nan, math.nan)
    observed = sum(x == y for x, y in pairs) / n
    shares_a = Counter(x for x, _ in pairs)
    shares_b = Counter(y for _, y in pairs)
    expected = sum(shares_a[label] * shares_b[label] for label in shares_a) / (n * n)
    kappa = math.nan if expected == 1 else (observed - expected) / (1 - expected)
    return Agreement(n, observed, expected, kappa)


def confusion(
    a: Sequence[Any],
    b: Sequence[Any],
    labels: Sequence[str] | None = None,
    names: tuple[str, str] | None = None,
) -> pd.DataFrame:
    """Counts of label pairs: rows are ``a``'s labels, columns ``b``'s (a confusion table).

    Items without a label on either side are left out. ``labels`` fixes the rows and columns
    (every label of the layer, so that a label nobody used still shows as zeros). ``names``
    titles the rows and the columns (default: the names of ``a`` and ``b`` when they are
    pandas columns, else ``"a"`` and ``"b"``).

    >>> confusion(["x", "y"], ["x", "x"], labels=["x", "y"]).values.tolist()
    [[1, 0], [1, 0]]
    """
    pairs = _pairs(a, b)
    if names is None:
        names = (getattr(a, "name", None) or "a", getattr(b, "name", None) or "b")
    order = list(labels) if labels is not None else sorted({x for p in pairs for x in p})
    counts = Counter(pairs)
    table = pd.DataFrame(
        [[counts[(row, col)] for col in order] for row in order],
        index=pd.Index(order, name=names[0]),
        columns=pd.Index(order, name=names[1]),
    )
    return table.astype("int64")
