"""Write an article's tables as CSV files with a data dictionary (datapackage.json).

Every folder is written to a temporary sibling first and renamed into place, so a
reader never sees a half-written folder, and the same input gives byte-identical
files. A folder is replaced only when hrlesson wrote everything in it (see
:mod:`hrlesson.output_folder`).
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .article import Article
from .output_folder import (
    Replacement,
    refuse_foreign,
    replace_folders,
    staging_folder,
    write_manifest,
)

__all__ = [
    "TABLE_KEYS",
    "Table",
    "all_tables",
    "article_folder_names",
    "csv_resource",
    "datapackage",
    "table_names",
    "table_schema",
    "text_resource",
    "write_article_folder",
    "write_article_tables",
]


@dataclass(frozen=True)
class Table:
    """A dataset written as ``<name>.csv``: how to build it and what its columns mean."""

    name: str
    description: str
    build: Callable[[Article], Any]
    fields: tuple[tuple[str, str, str], ...]  # (column, Table Schema type, description)


def _core_tables() -> list[Table]:
    return [*_text_unit_tables(), _cleaning_log_table()]


def _text_unit_tables() -> list[Table]:
    """Paragraphs, sentences and words: the units every other table points into."""
    return [
        Table(
            "paragraphs",
            "Paragraphs of the cleaned text (blocks separated by a blank line).",
            lambda a: a.paragraphs,
            (
                ("paragraph_id", "integer", "Paragraph number, from 1."),
                ("kind", "string", "body, heading (a section heading) or title (a headline)."),
                ("start", "integer", "Offset of the first character in the cleaned text."),
                ("end", "integer", "Offset just after the last character (text[start:end])."),
                ("text", "string", "The paragraph text, exactly text[start:end]."),
                ("n_sentences", "integer", "Number of sentences (including a dateline)."),
                ("n_words", "integer", "Number of word tokens."),
            ),
        ),
        Table(
            "sentences",
            "Sentences of the cleaned text; abbreviations such as U.N., Feb. and Mr. do not split.",
            lambda a: a.sentences,
            (
                ("sentence_id", "integer", "Sentence number across the article, from 1."),
                ("paragraph_id", "integer", "Paragraph that holds the sentence."),
                ("kind", "string", "body, dateline, heading or title."),
                ("start", "integer", "Offset of the first character in the cleaned text."),
                ("end", "integer", "Offset just after the last character."),
                ("text", "string", "The sentence text, exactly text[start:end]."),
                ("n_words", "integer", "Number of word tokens."),
            ),
        ),
        Table(
            "words",
            "Word tokens (numbers, initialisms such as U.N., hyphen parts as separate words).",
            lambda a: a.words,
            (
                ("word_id", "integer", "Word number across the article, from 1."),
                ("sentence_id", "integer", "Sentence that holds the word."),
                ("paragraph_id", "integer", "Paragraph that holds the word."),
                ("start", "integer", "Offset of the first character in the cleaned text."),
                ("end", "integer", "Offset just after the last character."),
                ("text", "string", "The word as written, exactly text[start:end]."),
                ("lower", "string", "The word in lower case (for counting)."),
            ),
        ),
    ]


def _cleaning_log_table() -> Table:
    return Table(
        "cleaning_log",
        "Every repair made while cleaning the raw text, in the order applied.",
        lambda a: a.cleaning_log,
        (
            ("repair_id", "integer", "Repair number, in the order applied."),
            (
                "kind",
                "string",
                (
                    "What was repaired (line_endings, mojibake, glued_paragraphs, "
                    "broken_ellipsis, section_heading, stray_whitespace, html_markup, ...)."
                ),
            ),
            ("before", "string", "The text before the repair."),
            ("after", "string", "The text after the repair."),
            ("position", "integer", "Where the repaired text starts in the cleaned text."),
            ("note", "string", "A short explanation."),
        ),
    )


def _dataset_tables() -> list[Table]:
    """Tables contributed by the dataset modules (quotes, figures, ...)."""
    from . import registry

    return registry.dataset_tables()


def all_tables() -> list[Table]:
    """Every table written for an article, in a fixed order."""
    return _core_tables() + _dataset_tables()


def table_names() -> list[str]:
    """Names of the CSV files written for each article (without ``.csv``)."""
    return [t.name for t in all_tables()]


#: Primary key and foreign keys of each table, so Frictionless also checks the links:
#: table -> (primary key columns, ((column, referenced table, referenced column), ...)).
TABLE_KEYS: dict[str, tuple[tuple[str, ...], tuple[tuple[str, str, str], ...]]] = {
    "paragraphs": (("paragraph_id",), ()),
    "sentences": (("sentence_id",), (("paragraph_id", "paragraphs", "paragraph_id"),)),
    "words": (
        ("word_id",),
        (
            ("sentence_id", "sentences", "sentence_id"),
            ("paragraph_id", "paragraphs", "paragraph_id"),
        ),
    ),
    "cleaning_log": (("repair_id",), ()),
    "quotes": (
        ("quote_id",),
        (
            ("sentence_id", "sentences", "sentence_id"),
            ("paragraph_id", "paragraphs", "paragraph_id"),
        ),
    ),
    "actors": (("actor_id",), ()),
    "markers": (
        ("marker_id",),
        (
            ("sentence_id", "sentences", "sentence_id"),
            ("paragraph_id", "paragraphs", "paragraph_id"),
        ),
    ),
    "figures": (
        ("figure_id",),
        (
            ("sentence_id", "sentences", "sentence_id"),
            ("paragraph_id", "paragraphs", "paragraph_id"),
        ),
    ),
    "readability": (("unit", "label"), (("paragraph_id", "paragraphs", "paragraph_id"),)),
    "gold_quotes": (("quote_id",), ()),
    "gold_actors": (("name",), ()),
}


def table_schema(
    fields: tuple[tuple[str, str, str], ...], name: str | None = None, names: set[str] | None = None
) -> dict[str, Any]:
    """A Table Schema for ``fields``, with the keys of table ``name`` (see :data:`TABLE_KEYS`).

    Foreign keys are declared only to tables in ``names`` (the tables of the package).
    """
    schema: dict[str, Any] = {
        "fields": [{"name": n, "type": ty, "description": d} for n, ty, d in fields]
    }
    columns = {n for n, _, _ in fields}
    primary, foreign = TABLE_KEYS.get(name or "", ((), ()))
    if primary and set(primary) <= columns:
        schema["primaryKey"] = list(primary)
    links = [
        {"fields": column, "reference": {"resource": table, "fields": ref}}
        for column, table, ref in foreign
        if column in columns and (names is None or table in names)
    ]
    if links:
        schema["foreignKeys"] = links
    return schema


def text_resource(name: str, path: str, description: str) -> dict[str, Any]:
    """A Data Package resource for a plain-text (not tabular) file."""
    return {
        "name": name,
        "path": path,
        "profile": "data-resource",
        "format": "txt",
        "mediatype": "text/plain",
        "encoding": "utf-8",
        "description": description,
    }


def csv_resource(name: str, path: str, description: str, schema: dict[str, Any]) -> dict[str, Any]:
    """A Tabular Data Resource for a UTF-8 CSV file."""
    return {
        "name": name,
        "path": path,
        "profile": "tabular-data-resource",
        "format": "csv",
        "mediatype": "text/csv",
        "encoding": "utf-8",
        "description": description,
        "schema": schema,
    }


def datapackage(article: Article, tables: list[Table]) -> dict[str, Any]:
    """The data dictionary of one article's folder: a Frictionless Data Package.

    ``article.txt`` is described as a text resource; each table is a Tabular Data Resource
    whose schema declares its primary key and the foreign keys to the other tables.
    """
    meta = {k: v for k, v in article.meta.items() if k != "file" or v}
    names = {t.name for t in tables}
    return {
        "profile": "data-package",
        "name": _slug(article.name),
        "title": f"hrlesson tables for the article {article.name!r}",
        "description": "Derived by hrlesson from the cleaned text of the article; "
        "every start/end offset points into the cleaned text (article.txt).",
        "hrlesson_article": meta,
        "resources": [
            text_resource(
                "article",
                "article.txt",
                "The cleaned text of the article (UTF-8, \\n line ends): every start/end "
                "offset in the tables counts characters (Unicode code points) into it.",
            ),
            *(
                csv_resource(
                    t.name, f"{t.name}.csv", t.description, table_schema(t.fields, t.name, names)
                )
                for t in tables
            ),
        ],
    }


def _slug(name: str) -> str:
    import re

    return re.sub(r"[^a-z0-9._-]+", "-", name.lower()).strip("-") or "article"


def write_csv(
    df: Any, path: Path, columns: list[str], integers: tuple[str, ...] | list[str] = ()
) -> None:
    """Write a DataFrame as UTF-8 CSV with ``\\n`` line ends, in the documented column order.

    Columns named in ``integers`` are written as whole numbers even when some rows are
    empty (``1``, not ``1.0``).
    """
    df = df.reindex(columns=columns)
    for column in integers:
        values = df[column]
        if values.dtype.kind == "f" and (values.dropna() % 1 == 0).all():
            df[column] = values.astype("Int64")
    df.to_csv(path, index=False, lineterminator="\n", encoding="utf-8")


def write_article_tables(article: Article, out_dir: str | os.PathLike[str]) -> Path:
    """Write every table of ``article`` into the folder ``out_dir`` (replaced atomically).

    The folder gets ``article.txt`` (the cleaned text), ``<table>.csv`` for each
    table, ``datapackage.json`` and the manifest of what was written. A folder that
    holds anything hrlesson did not write is refused (:class:`~hrlesson.errors.InputError`),
    and nothing is written then. Returns the folder path.
    """
    return write_article_folder(article, out_dir).target


def write_article_folder(article: Article, out_dir: str | os.PathLike[str]) -> Replacement:
    """Like :func:`write_article_tables`, but say where replaced files were kept, if any."""
    target = Path(out_dir)
    tables = all_tables()
    refuse_foreign(target, "an article's tables", article_folder_names(tables), "hrlesson extract")
    built = [(t, t.build(article)) for t in tables]  # build first: errors leave no folder
    with staging_folder(target) as tmp:
        write_tables_into(article, built, tmp)
        write_json(tmp / "datapackage.json", datapackage(article, tables))
        write_manifest(tmp, "hrlesson extract")
        return replace_folders([(tmp, target)])[0]


def article_folder_names(tables: list[Table]) -> set[str]:
    """The files written into an article's folder (before manifests: how to recognise one)."""
    return {"article.txt", "datapackage.json"} | {f"{t.name}.csv" for t in tables}


def write_tables_into(article: Article, built: list[tuple[Table, Any]], folder: Path) -> None:
    """Write ``article.txt`` and one CSV per built table into an existing folder."""
    (folder / "article.txt").write_text(article.text, encoding="utf-8", newline="\n")
    for t, df in built:
        integers = [n for n, ty, _ in t.fields if ty == "integer"]
        write_csv(df, folder / f"{t.name}.csv", [f[0] for f in t.fields], integers)


def write_json(path: Path, obj: Any) -> None:
    """Write JSON deterministically (sorted keys are not used: order is meaningful)."""
    path.write_text(json.dumps(obj, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
