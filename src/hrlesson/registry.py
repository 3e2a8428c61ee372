"""The dataset tables that ``hrlesson extract`` and ``hrlesson data`` write, besides the core ones.

Each dataset module (quotes, actors, markers, figures, readability) describes its
table with :class:`hrlesson.export.Table`; this list fixes their order.
"""

from __future__ import annotations

__all__ = ["dataset_tables"]


def dataset_tables() -> list:
    """Return the dataset tables in the order they are written."""
    return []
