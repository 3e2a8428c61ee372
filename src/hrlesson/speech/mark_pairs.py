"""The pairs the quotation-mark pairer (:mod:`.marks`) reads: one pair, and all of an article's."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(slots=True)
class Pair:
    """A pair of quotation marks: ``open`` and ``close`` are the offsets of the marks."""

    open: int
    close: int
    family: str
    depth: int
    open_char: str
    close_char: str
    continued: bool = False


@dataclass(slots=True)
class QuotationMarks:
    """The pairs of an article: ``top`` level, ``nested`` inside another, and ``warnings``."""

    top: list[Pair]
    nested: list[Pair]
    warnings: list[str]
