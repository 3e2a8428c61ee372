"""The stance-marker lexicon: load it, check it, and turn it into patterns.

The lexicon is a CSV file (``hrlesson/data/lexicon.csv``, documented in
``hrlesson/data/LEXICON.md``) with one entry per row. Instructors can edit it or
pass their own file or DataFrame to :func:`hrlesson.markers.markers`.

Each entry is written in a small *wildcard form*: words separated by spaces,
``*`` for a gap of up to four words, ``a|b`` for alternative words. A verb entry
(``pos`` = ``verb``) matches every inflection of its verb, and a noun entry its
plural. A ``pattern`` starting with ``re:`` is a Python regular expression.

>>> lex = load_lexicon()
>>> row = lex[lex.term == "as far as * could tell"].iloc[0]
>>> row.category, row.subcategory, row.layer
('hedge', 'limitation', 'text')
>>> verb_forms("decry")
['decry', 'decries', 'decried', 'decrying']
"""

from __future__ import annotations

import math
import os
import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any

from .errors import InputError
from .inflection import noun_forms, verb_forms
from .lexicon_patterns import MAX_GAP_WORDS, entry_regex, exclusion_regex

__all__ = [
    "CATEGORIES",
    "FACTIVITY",
    "LAYERS",
    "LEXICON_COLUMNS",
    "MAX_GAP_WORDS",
    "POS_VALUES",
    "STANCES",
    "LexiconError",
    "bundled_entries",
    "bundled_lexicon_path",
    "load_lexicon",
    "noun_forms",
    "verb_forms",
]

#: Columns of a loaded lexicon, in order. Only ``term`` and ``category`` are required in a file.
LEXICON_COLUMNS = (
    "term",
    "pattern",
    "pos",
    "category",
    "subcategory",
    "factivity",
    "layer",
    "case",
    "exclude_before",
    "exclude_after",
    "cue",
    "cue_forms",
    "cue_next",
    "in_markers",
    "source",
    "note",
)

#: Categories a lexicon entry can have (``scare_quote`` markers are found by a rule, not listed).
CATEGORIES = ("reporting_verb", "hedge", "booster", "force", "attitude", "obligation", "un_phrase")

#: Does a reporting verb present the reported claim as true (``factive``: point out,
#: confirm), leave its truth open (``non_factive``: say, claim) or present it as false
#: (``counter_factive``: falsely claim, pretend)? After Thompson & Ye (1991). Empty for
#: other entries.
FACTIVITY = ("factive", "non_factive", "counter_factive")

#: Who is evaluating: the quoted speaker's speech act, the journalist's own word, or other text.
LAYERS = ("speaker", "journalist", "text")

#: Parts of speech; ``verb`` entries match inflections, ``noun`` entries plurals.
POS_VALUES = ("verb", "noun", "adj", "adv", "modal", "phrase")

#: Stance classes of reporting verbs and UN phrases (their ``subcategory``).
STANCES = (
    "neutral",
    "assertive",
    "directive",
    "critical",
    "positive",
    "tentative",
    "denial",
    "warning",
    "concession",
    "emotive",
    "media_evaluative",
)

_CASE_VALUES = ("", "ignore", "exact")

#: How the quote attribution reads a reporting verb (the ``cue`` column; empty: not a cue):
#: ``say`` its object is always reported speech ("said the talks failed"), ``clause`` it may
#: take a clause of reported speech ("confirmed the report was ..."), ``name`` it names what
#: it reports ("called the vote "a farce""), ``verb`` any other cue.
CUE_CLASSES = ("say", "clause", "name", "verb")


class LexiconError(InputError):
    """The lexicon file or table cannot be used (missing column, bad category, bad regex, ...)."""


def bundled_lexicon_path() -> Path:
    """Path of the lexicon shipped with hrlesson (``hrlesson/data/lexicon.csv``)."""
    from .data import package_data_path

    return package_data_path("lexicon.csv")


# --------------------------------------------------------------------------- loading


def load_lexicon(path: Any = None):
    """Load and check a marker lexicon; return it as a DataFrame.

    Parameters
    ----------
    path : a CSV file, a pandas DataFrame with the same columns, or None for the
        lexicon shipped with hrlesson. Only ``term`` and ``category`` are required;
        missing optional columns are filled with defaults (``layer`` from the category,
        ``pos`` ``verb`` for reporting verbs, ``source`` ``user``).

    Returns
    -------
    DataFrame with the columns :data:`LEXICON_COLUMNS`, all strings, one row per entry.

    Raises
    ------
    LexiconError : the file is missing or unreadable, a required column is missing, or a
        row has an empty term, an unknown category/layer/pos, a bad wildcard form or an
        invalid regular expression. The message names the row (file line or table index).

    >>> lex = load_lexicon()
    >>> 300 <= len(lex) <= 600
    True
    >>> sorted(set(lex.category)) == sorted(CATEGORIES)
    True
    """
    import pandas as pd

    rows = _rows_from(path)
    return pd.DataFrame([r[1] for r in rows], columns=list(LEXICON_COLUMNS))


def _rows_from(source: Any) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Read and validate a lexicon: ``((row_label, values), ...)``."""
    if source is None:
        return _bundled_rows()
    if _is_dataframe(source):
        label = "lexicon table"
        records = source.to_dict("records")
        labels = [f"row {i}" for i in source.index]
        columns = [str(c) for c in source.columns]
    else:
        file = Path(os.fspath(source))
        label = file.name
        columns, records = _read_csv(file)
        labels = [f"line {i}" for i in range(2, len(records) + 2)]
    return _validate(label, columns, records, labels)


@lru_cache(maxsize=1)
def _bundled_rows() -> tuple[tuple[str, tuple[str, ...]], ...]:
    file = bundled_lexicon_path()
    columns, records = _read_csv(file)
    return _validate(file.name, columns, records, [f"line {i}" for i in range(2, len(records) + 2)])


def _is_dataframe(obj: Any) -> bool:
    return hasattr(obj, "columns") and hasattr(obj, "to_dict") and hasattr(obj, "index")


def _read_csv(file: Path) -> tuple[list[str], list[dict[str, str]]]:
    import csv

    if not file.exists():
        raise LexiconError(f"{file}: no such lexicon file")
    if file.is_dir():
        raise LexiconError(f"{file}: is a folder, not a lexicon CSV file")
    try:
        with file.open(encoding="utf-8-sig", newline="") as fh:
            reader = csv.DictReader(fh)
            records = list(reader)
            columns = list(reader.fieldnames or [])
    except UnicodeDecodeError:
        raise LexiconError(
            f"{file.name}: is not a UTF-8 text file; save the lexicon as UTF-8 CSV"
        ) from None
    except (OSError, csv.Error) as exc:
        raise LexiconError(f"{file.name}: cannot be read as CSV ({exc})") from None
    if not columns:
        raise LexiconError(
            f"{file.name}: is empty; a lexicon needs a header row with term,category"
        )
    return columns, records


def _validate(
    label: str, columns: list[str], records: list[dict[str, Any]], labels: list[str]
) -> tuple[tuple[str, tuple[str, ...]], ...]:
    names = [c.strip().lower() for c in columns]
    missing = [c for c in ("term", "category") if c not in names]
    if missing:
        raise LexiconError(
            f"{label}: missing column(s) {', '.join(missing)}; a lexicon needs at least "
            f"term,category (optional: {', '.join(c for c in LEXICON_COLUMNS if c not in ('term', 'category'))})"
        )
    out: list[tuple[str, tuple[str, ...]]] = []
    seen: dict[tuple[str, ...], str] = {}
    for row_label, record in zip(labels, records, strict=True):
        raw = {str(k).strip().lower(): v for k, v in record.items() if k is not None}
        values = {c: _cell(raw.get(c)) for c in LEXICON_COLUMNS}
        where = f"{label}, {row_label}"
        _check_row(values, where)
        key = (values["term"].lower(), values["pattern"], values["category"], values["pos"])
        if key in seen:
            raise LexiconError(
                f"{where}: duplicate entry {values['term']!r} ({values['category']}); "
                f"it is already at {seen[key]}"
            )
        seen[key] = row_label
        out.append((row_label, tuple(values[c] for c in LEXICON_COLUMNS)))
    if not out:
        raise LexiconError(f"{label}: has no entries")
    return tuple(out)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and math.isnan(value):  # NaN from pandas
        return ""
    return str(value).strip()


def _check_row(v: dict[str, str], where: str) -> None:
    if not v["term"]:
        raise LexiconError(f"{where}: empty term; every entry needs a term")
    category = v["category"].lower()
    if category not in CATEGORIES:
        hint = " (scare quotes are found automatically)" if category == "scare_quote" else ""
        raise LexiconError(
            f"{where}: unknown category {v['category']!r} for {v['term']!r}{hint}; "
            f"use one of {', '.join(CATEGORIES)}"
        )
    v["category"] = category
    _check_stance(v, where)
    v["pos"] = v["pos"].lower() or ("verb" if category == "reporting_verb" else "phrase")
    if v["pos"] not in POS_VALUES:
        raise LexiconError(
            f"{where}: unknown pos {v['pos']!r} for {v['term']!r}; use one of {', '.join(POS_VALUES)}"
        )
    v["layer"] = v["layer"].lower() or _default_layer(category, v["subcategory"])
    if v["layer"] not in LAYERS:
        raise LexiconError(
            f"{where}: unknown layer {v['layer']!r} for {v['term']!r}; use one of {', '.join(LAYERS)}"
        )
    v["case"] = v["case"].lower()
    if v["case"] not in _CASE_VALUES:
        raise LexiconError(f"{where}: case must be empty, 'ignore' or 'exact', not {v['case']!r}")
    v["source"] = v["source"] or "user"
    v["cue"] = v["cue"].lower()
    if v["cue"] not in ("", *CUE_CLASSES):
        raise LexiconError(
            f"{where}: cue of {v['term']!r} must be empty or one of {', '.join(CUE_CLASSES)}"
        )
    v["in_markers"] = v["in_markers"].lower()
    if v["in_markers"] not in ("", "yes", "no"):
        raise LexiconError(f"{where}: in_markers of {v['term']!r} must be empty, 'yes' or 'no'")
    try:
        entry_regex(v["term"], v["pattern"], v["pos"], v["case"])
    except (ValueError, re.error) as exc:
        raise LexiconError(f"{where}: bad pattern for {v['term']!r}: {exc}") from None
    for column in ("exclude_before", "exclude_after"):
        try:
            exclusion_regex(v[column], at_end=column == "exclude_before")
        except re.error as exc:
            raise LexiconError(
                f"{where}: {column} of {v['term']!r} is not a valid regular expression ({exc})"
            ) from None


def _check_stance(v: dict[str, str], where: str) -> None:
    """The stance (subcategory) of a reporting verb or UN phrase, and the factivity of any row."""
    v["subcategory"] = v["subcategory"].lower()
    if v["category"] in ("reporting_verb", "un_phrase"):
        if not v["subcategory"]:
            raise LexiconError(
                f"{where}: {v['term']!r} needs a subcategory (its stance): one of {', '.join(STANCES)}"
            )
        if v["subcategory"] not in STANCES:
            raise LexiconError(
                f"{where}: unknown stance {v['subcategory']!r} for {v['term']!r}; "
                f"use one of {', '.join(STANCES)}"
            )
    v["factivity"] = v["factivity"].lower().replace("-", "_")
    if v["factivity"] not in ("", *FACTIVITY):
        raise LexiconError(
            f"{where}: unknown factivity {v['factivity']!r} for {v['term']!r}; "
            f"leave it empty or use one of {', '.join(FACTIVITY)}"
        )


def _default_layer(category: str, subcategory: str) -> str:
    if category == "reporting_verb":
        return "journalist" if subcategory == "media_evaluative" else "speaker"
    return "speaker" if category == "un_phrase" else "text"


# --------------------------------------------------------------------------- compiled form


@dataclass(frozen=True)
class Entry:
    """One lexicon entry, ready for matching (used by :mod:`hrlesson.markers`).

    Its regular expressions are compiled when first used: most entries' first words never
    occur in a given article, and compiling all ~1,000 costs about 30 ms at start-up.

    >>> entry = compile_lexicon().by_key["alleged"][0]
    >>> bool(entry.regex.match("alleged abuses"))
    True
    """

    index: int
    term: str
    pos: str
    category: str
    subcategory: str
    layer: str
    source: str
    pattern: str  # the regular expression, compiled as ``regex`` on first use
    exclude_before_pattern: str
    exclude_after_pattern: str
    factivity: str = ""

    @cached_property
    def regex(self) -> re.Pattern[str]:
        """The entry's regular expression, compiled."""
        return re.compile(self.pattern)

    @cached_property
    def exclude_before(self) -> re.Pattern[str] | None:
        """What must not come right before a match (anchored at its start), or None."""
        return exclusion_regex(self.exclude_before_pattern, at_end=True)

    @cached_property
    def exclude_after(self) -> re.Pattern[str] | None:
        """What must not come right after a match, or None."""
        return exclusion_regex(self.exclude_after_pattern, at_end=False)


@dataclass(frozen=True, eq=False)
class CompiledLexicon:
    """A lexicon ready for matching: entries indexed by the first word they start with."""

    entries: tuple[Entry, ...]
    by_key: dict[str, tuple[Entry, ...]]
    scanned: tuple[Entry, ...]  # ``re:`` entries, searched through the whole text


def compile_lexicon(lexicon: Any = None) -> CompiledLexicon:
    """Check a lexicon (path, DataFrame or None) and compile it; cached by content.

    >>> compile_lexicon() is compile_lexicon()
    True
    """
    if lexicon is None:
        return _compiled_bundled()
    if isinstance(lexicon, CompiledLexicon):
        return lexicon
    return _compile(_rows_from(lexicon))


@lru_cache(maxsize=1)
def _compiled_bundled() -> CompiledLexicon:
    """The bundled lexicon compiled, found without hashing its rows (every article asks)."""
    return _compile(_bundled_rows())


@lru_cache(maxsize=16)
def _compile(rows: tuple[tuple[str, tuple[str, ...]], ...]) -> CompiledLexicon:
    entries: list[Entry] = []
    by_key: dict[str, list[Entry]] = {}
    scanned: list[Entry] = []
    for index, (_, values) in enumerate(rows):
        v = dict(zip(LEXICON_COLUMNS, values, strict=True))
        if v["in_markers"] == "no":
            continue  # a quote cue only (see cue_verbs)
        regex, keys = entry_regex(v["term"], v["pattern"], v["pos"], v["case"])
        entry = Entry(
            index=index,
            term=v["term"],
            pos=v["pos"],
            category=v["category"],
            subcategory=v["subcategory"],
            layer=v["layer"],
            source=v["source"],
            factivity=v["factivity"],
            pattern=regex,
            exclude_before_pattern=v["exclude_before"],
            exclude_after_pattern=v["exclude_after"],
        )
        entries.append(entry)
        if keys is None:
            scanned.append(entry)
        else:
            for key in keys:
                by_key.setdefault(key, []).append(entry)
    return CompiledLexicon(
        entries=tuple(entries),
        by_key={k: tuple(v) for k, v in by_key.items()},
        scanned=tuple(scanned),
    )


def bundled_entries() -> tuple[dict[str, str], ...]:
    """The rows of the bundled lexicon as checked dicts (column -> value), in file order."""
    return tuple(dict(zip(LEXICON_COLUMNS, values, strict=True)) for _, values in _bundled_rows())
