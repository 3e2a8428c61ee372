"""The bundled data: the case-study article, gold annotations, reference facts, and ``data/``.

``hrlesson data`` regenerates the repository's ``data/`` folder from the package:

* ``raw/`` - the article exactly as received, and its metadata;
* ``<table>.csv`` and ``article.txt`` - tables derived from the cleaned text by code;
* ``annotations/`` - hand-made gold labels (``gold_*.csv``), copied, never derived;
* ``datapackage.json`` - the data dictionary for all of the above.
"""

from __future__ import annotations

import os
import shutil
from importlib import resources
from pathlib import Path

from .article import BUNDLED_NAME, load_article
from .errors import InputError
from .export import (
    all_tables,
    csv_resource,
    datapackage,
    table_schema,
    text_resource,
    write_json,
    write_tables_into,
)
from .output_folder import (
    Replacement,
    check_writable,
    refuse_foreign,
    replace_folders,
    staging_folder,
    write_manifest,
)

__all__ = [
    "annotation_path",
    "gold",
    "is_repository",
    "package_data_path",
    "write_data_folder",
    "write_data_folder_report",
]


def _annotation_fields() -> dict[str, tuple[str, tuple[tuple[str, str, str], ...]]]:
    """Descriptions of the gold files: each dataset module's ``GOLD_FIELDS``
    is ``(description, ((column, type, description), ...))``."""
    import importlib

    fields = {}
    for module in ("quotes", "actors", "figures"):
        try:
            value = getattr(importlib.import_module(f"hrlesson.{module}"), "GOLD_FIELDS", None)
        except ImportError:
            value = None
        if value is not None:
            fields[f"gold_{module}.csv"] = value
    return fields


def package_data_path(*parts: str) -> Path:
    """Path of a file shipped in ``hrlesson/data/`` (works in any installed copy)."""
    return Path(str(resources.files("hrlesson").joinpath("data", *parts)))


def annotation_path(name: str) -> Path:
    """Path of a gold annotation file, e.g. ``annotation_path("gold_quotes.csv")``."""
    return package_data_path("annotations", name)


def gold(name: str):
    """Hand-made gold labels for the bundled article, e.g. ``gold("quotes")``.

    These are annotations made by people (``data/annotations/gold_<name>.csv``),
    kept apart from the tables that hrlesson derives by code, so the two can be
    compared.
    """
    import pandas as pd

    folder = package_data_path("annotations")
    available = (
        sorted(p.stem.removeprefix("gold_") for p in folder.glob("gold_*.csv"))
        if folder.is_dir()
        else []
    )
    if name not in available:
        raise InputError(
            f"no gold annotations called {name!r}; available: {', '.join(available) or 'none'}"
        )
    return pd.read_csv(folder / f"gold_{name}.csv", keep_default_na=False, na_values=[""])


def write_data_folder(out: str | os.PathLike[str] = "data") -> Path:
    """Regenerate the ``data/`` folder for the bundled article (replaced atomically).

    ``out`` must be new, empty, or a folder this function wrote before (it has the
    manifest ``.hrlesson-manifest.json`` and nothing else was added or changed);
    otherwise :class:`~hrlesson.errors.InputError` is raised and nothing is written.
    """
    return write_data_folder_report(out).target


def write_data_folder_report(out: str | os.PathLike[str] = "data") -> Replacement:
    """Like :func:`write_data_folder`, but say where replaced files were kept, if any."""
    target = Path(out)
    if target.exists() and not target.is_dir():
        raise InputError(f"{target}: exists and is not a folder; refusing to replace it")
    check_writable(target)
    with staging_folder(target) as tmp:
        _write_data_into(tmp)
        names = {p.relative_to(tmp).as_posix() for p in tmp.rglob("*") if p.is_file()}
        refuse_foreign(target, "the bundled article's data", names, "hrlesson data")
        write_manifest(tmp, "hrlesson data")
        return replace_folders([(tmp, target)])[0]


def is_repository(folder: str | os.PathLike[str] = ".") -> bool:
    """True when ``folder`` is the root of the hrlesson source repository (its ``data/`` is ours)."""
    root = Path(folder)
    try:
        project = (root / "pyproject.toml").read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return False
    return 'name = "hrlesson"' in project and (root / "src" / "hrlesson").is_dir()


def _write_data_into(folder: Path) -> None:
    article = load_article()
    tables = all_tables()
    built = [(t, t.build(article)) for t in tables]
    package = datapackage(article, tables)
    write_tables_into(article, built, folder)
    raw = folder / "raw"
    raw.mkdir()
    for suffix in (".txt", ".json"):
        src = package_data_path("article", BUNDLED_NAME + suffix)
        shutil.copyfile(src, raw / src.name)
    package["resources"].insert(
        1,
        text_resource(
            "raw_article",
            f"raw/{BUNDLED_NAME}.txt",
            f"The article exactly as received (never modified); metadata in "
            f"raw/{BUNDLED_NAME}.json.",
        ),
    )
    package["resources"].extend(_copy_annotations(folder))
    write_json(folder / "datapackage.json", package)


def _copy_annotations(folder: Path) -> list[dict]:
    """Copy the gold files into ``folder/annotations``; return their resources."""
    annotation_fields = _annotation_fields()
    gold_dir = package_data_path("annotations")
    # An empty folder is not packaged: a wheel without gold files has no annotations/.
    found = gold_dir.iterdir() if gold_dir.is_dir() else ()
    names = sorted(p.name for p in found if p.suffix in (".csv", ".md"))
    if names:
        (folder / "annotations").mkdir()
    resources_ = []
    for name in names:
        shutil.copyfile(gold_dir / name, folder / "annotations" / name)
        if name in annotation_fields:
            description, fields = annotation_fields[name]
            stem = name.removesuffix(".csv")
            resources_.append(
                csv_resource(
                    stem,
                    f"annotations/{name}",
                    "GOLD (hand-made, not derived): " + description,
                    table_schema(fields, stem),
                )
            )
    return resources_
