"""The committed data/ folder is exactly what `hrlesson data` regenerates."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import hrlesson
from hrlesson.data import gold, package_data_path, write_data_folder
from hrlesson.errors import InputError

ROOT = Path(__file__).resolve().parents[1]


def _files(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


def test_committed_data_matches_regeneration(tmp_path):
    fresh = write_data_folder(tmp_path / "data")
    committed = _files(ROOT / "data")
    regenerated = _files(fresh)
    assert sorted(committed) == sorted(regenerated), "run `hrlesson data` and commit data/"
    stale = [name for name in committed if committed[name] != regenerated[name]]
    assert not stale, f"data/ is out of date ({', '.join(stale)}): run `hrlesson data`"


def test_regeneration_is_byte_identical(tmp_path):
    a = _files(write_data_folder(tmp_path / "a"))
    b = _files(write_data_folder(tmp_path / "b"))
    assert a == b


def test_raw_article_is_copied_unmodified(tmp_path):
    out = write_data_folder(tmp_path / "data")
    raw = out / "raw" / "belarus_2021-02-25.txt"
    assert raw.read_bytes() == package_data_path("article", "belarus_2021-02-25.txt").read_bytes()
    meta = json.loads((out / "raw" / "belarus_2021-02-25.json").read_text(encoding="utf-8"))
    assert meta["bundled"] is True


def test_data_dictionary_describes_every_csv(tmp_path):
    out = write_data_folder(tmp_path / "data")
    package = json.loads((out / "datapackage.json").read_text(encoding="utf-8"))
    described = {r["path"] for r in package["resources"]}
    on_disk = {str(p.relative_to(out)) for p in out.rglob("*.csv")}
    assert on_disk <= described
    for resource in package["resources"]:
        for field in resource.get("schema", {}).get("fields", []):
            assert field["name"]
            assert field["type"]
            assert field["description"]


def test_gold_unknown_name_is_a_clear_error():
    with pytest.raises(InputError, match="no gold annotations called 'nope'"):
        gold("nope")


def test_offsets_of_written_tables_point_into_article_txt(tmp_path):
    import pandas as pd

    out = write_data_folder(tmp_path / "data")
    text = (out / "article.txt").read_text(encoding="utf-8")
    assert text == hrlesson.load_article().text
    for csv in ("paragraphs", "sentences", "words"):
        df = pd.read_csv(out / f"{csv}.csv", keep_default_na=False)
        for row in df.itertuples():
            assert text[row.start : row.end] == str(row.text)
