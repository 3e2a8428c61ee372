"""The data dictionaries are valid Data Packages, checked by Frictionless itself (issue 15).

``data/`` and an ``hrlesson extract`` folder of constructed articles must validate with 0
errors, including the primary and foreign keys declared between the tables.
"""

from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path

import frictionless  # a test dependency: pip install -e ".[test]"
import pytest

from hrlesson.cli import main
from hrlesson.export import TABLE_KEYS

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = Path(__file__).parent / "articles"


def _errors(package: Path) -> list[list[str]]:
    report = frictionless.validate(str(package))
    return report.flatten(["rowNumber", "fieldName", "type", "message"])


@pytest.fixture(scope="module")
def extracted(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("extract")
    names = sorted(ARTICLES.glob("*.txt"))[:4]
    assert main(["extract", *map(str, names), "--out", str(out), "--date", "2021-02-25"]) == 0
    return out


def test_committed_data_folder_is_a_valid_data_package():
    assert _errors(ROOT / "data" / "datapackage.json") == []


def test_every_extract_folder_is_a_valid_data_package(extracted):
    folders = sorted(p for p in extracted.iterdir() if p.is_dir())
    assert len(folders) == 4
    for folder in folders:
        assert _errors(folder / "datapackage.json") == [], folder.name


def test_keys_are_declared_and_checked(extracted, tmp_path):
    folder = min(p for p in extracted.iterdir() if p.is_dir())
    package = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    schemas = {r["name"]: r.get("schema", {}) for r in package["resources"]}
    for table, (primary, foreign) in TABLE_KEYS.items():
        if table in schemas:
            assert schemas[table]["primaryKey"] == list(primary)
            declared = {
                (f["fields"], f["reference"]["resource"])
                for f in schemas[table].get("foreignKeys", [])
            }
            assert declared == {(column, ref) for column, ref, _ in foreign}
    broken = tmp_path / "broken"
    shutil.copytree(folder, broken)
    with (broken / "words.csv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    rows[1][1] = "99999"  # sentence_id of the first word: no such sentence
    with (broken / "words.csv").open("w", encoding="utf-8", newline="") as f:
        csv.writer(f, lineterminator="\n").writerows(rows)
    assert [e[2] for e in _errors(broken / "datapackage.json")] == ["foreign-key"]


def test_nullable_integers_are_written_as_integers(extracted):
    packages = [ROOT / "data" / "datapackage.json", *sorted(extracted.glob("*/datapackage.json"))]
    for package_path in packages:
        package = json.loads(package_path.read_text(encoding="utf-8"))
        for resource in package["resources"]:
            if resource.get("format") != "csv":
                continue
            integers = [f["name"] for f in resource["schema"]["fields"] if f["type"] == "integer"]
            path = package_path.parent / resource["path"]
            with path.open(encoding="utf-8", newline="") as f:
                for row in csv.DictReader(f):
                    for name in integers:
                        assert row[name] == "" or row[name].lstrip("-").isdigit(), (path, name)


def test_article_text_is_described(extracted):
    package = json.loads((ROOT / "data" / "datapackage.json").read_text(encoding="utf-8"))
    [article] = [r for r in package["resources"] if r["path"] == "article.txt"]
    assert article["mediatype"] == "text/plain"
    assert package["profile"] == "data-package"
    tabular = [r for r in package["resources"] if r["format"] == "csv"]
    assert all(r["profile"] == "tabular-data-resource" for r in tabular)
