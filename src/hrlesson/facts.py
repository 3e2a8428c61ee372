"""The reference facts as data: the shipped CSV tables and where their anchors occur.

A lower layer shared by :mod:`hrlesson.figures` (its ``verification`` and ``fact_id``
columns) and :mod:`hrlesson.reference` (the public tables and the quote-fidelity check),
so that neither has to import the other. Only the bundled article has reference facts.

>>> import hrlesson
>>> fact_spans(hrlesson.load_article())[:2]
[(49, 63, 'F01', 'S1: consistent'), (89, 97, 'F01', 'S1: consistent')]
"""

from __future__ import annotations

import csv
import functools
import hashlib
import re
from importlib import resources

from .article import Article, bundled_path

__all__ = ["STATUS_LABELS", "fact_spans", "is_bundled", "read_reference_table"]

#: What each fact status means, as shown in ``figures(...).verification``.
STATUS_LABELS = {
    "consistent": "consistent",
    "consistent_secondary": "consistent (secondary sources)",
    "faithful": "quotes faithful to the source",
    "source_more_precise": "source gives a number the article leaves out",
    "not_checked": "not checked",
    "open": "open",
}


@functools.cache
def read_reference_table(name: str) -> tuple[tuple[str, ...], tuple[tuple[str, ...], ...]]:
    """(header, rows) of a shipped reference CSV (``reference_facts.csv``, ...), cached.

    >>> read_reference_table("reference_sources.csv")[0][:2]
    ('id', 'source')
    """
    with resources.files("hrlesson").joinpath("data", name).open(encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    return tuple(rows[0]), tuple(tuple(r) for r in rows[1:])


@functools.lru_cache(maxsize=1)
def _bundled_sha256() -> str:
    return hashlib.sha256(bundled_path().read_bytes()).hexdigest()


def is_bundled(article: Article) -> bool:
    """True for the bundled case-study article (by its metadata or the raw file's sha256).

    >>> import hrlesson
    >>> is_bundled(hrlesson.load_article())
    True
    """
    return bool(article.meta.get("bundled")) or article.meta.get("sha256") == _bundled_sha256()


def verification_label(source_ids: str, status: str) -> str:
    """ "S2: consistent": the sources and the meaning of a status.

    >>> verification_label("S1, S2", "open")
    'S1, S2: open'
    """
    label = STATUS_LABELS.get(status, status)
    return f"{source_ids}: {label}" if source_ids else label


def fact_spans(article: Article) -> list[tuple[int, int, str, str]]:
    """Where the reference facts' anchors occur in ``article`` (bundled article only).

    Returns
    -------
    ``(start, end, fact_id, verification)`` tuples in text order; empty for any article
    other than the bundled one.
    """
    if not is_bundled(article):
        return []
    header, rows = read_reference_table("reference_facts.csv")
    col = {name: i for i, name in enumerate(header)}
    spans = []
    for row in rows:
        verification = verification_label(row[col["source_ids"]], row[col["status"]])
        for anchor in filter(None, row[col["anchors"]].split("|")):
            for m in re.finditer(re.escape(anchor), article.text):
                spans.append((m.start(), m.end(), row[col["fact_id"]], verification))
    return sorted(spans)
