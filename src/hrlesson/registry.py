"""The dataset tables that ``hrlesson extract`` and ``hrlesson data`` write, besides the core ones.

Each dataset module (quotes, actors, markers, figures, readability) describes its
table with :class:`hrlesson.export.Table`; this list fixes their order.
"""

from __future__ import annotations

import importlib

__all__ = ["DATASET_MODULES", "dataset_tables"]

#: Modules whose ``TABLE`` is written for every article, in this order.
DATASET_MODULES = ("quotes", "actors", "markers", "figures", "readability")


def dataset_tables() -> list:
    """Return the dataset tables in the order they are written."""
    return [importlib.import_module(f"hrlesson.{name}").TABLE for name in DATASET_MODULES]
