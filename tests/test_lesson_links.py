"""The glossary page and the closing cell of every lesson (readings, glossary, next lesson)."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import nbformat
import pytest

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = ROOT / "notebooks"
sys.path.insert(0, str(ROOT / "tools" / "lessons"))
sys.path.insert(0, str(ROOT / "tools"))

import build_lessons
from _ending import READINGS

LESSONS = sorted(NOTEBOOKS.glob("[0-9][0-9]-*.ipynb"))
GLOSSARY = NOTEBOOKS / "glossary.ipynb"
_LINK = re.compile(r"\[[^\]]+\]\(([^)#\s]+\.ipynb)(#[^)]*)?\)")
_NEXT = re.compile(r"\*\*Next:\*\* \[[^\]]+\]\(([^)]+\.ipynb)\)")

# terms the lessons teach; each must have a glossary entry (a "### term" heading)
REQUIRED_TERMS = [
    "attitude",
    "attribution",
    "booster",
    "Cohen's kappa",
    "confusion table",
    "counter-factive",
    "dateline",
    "factive",
    "force (graduation)",
    "hedge",
    "KWIC (keyword in context)",
    "legal term of art",
    "metonymy",
    "non-factive",
    "percent agreement",
    "reporting verb",
    "scare quote",
]


def _read(path: Path) -> nbformat.NotebookNode:
    return nbformat.read(path, as_version=4)


def _last_markdown(path: Path) -> str:
    return next(c.source for c in reversed(_read(path).cells) if c.cell_type == "markdown")


@pytest.mark.parametrize("path", LESSONS, ids=[p.name for p in LESSONS])
def test_lesson_ends_with_readings_glossary_and_next(path: Path) -> None:
    last = _last_markdown(path)
    readings = last.split("### Readings", 1)[1].split("###", 1)[0]
    listed = [line[2:] for line in readings.splitlines() if line.startswith("- ")]
    assert 2 <= len(listed) <= 3, "two or three readings"
    assert set(listed) <= set(READINGS.values()), "cite only the checked reading list"
    assert "](glossary.ipynb)" in last
    target = _NEXT.search(last)
    if target:
        assert (NOTEBOOKS / target.group(1)).exists(), target.group(1)
    else:
        assert "This is the last lesson" in last


def test_next_links_visit_every_lesson_once_with_lesson_8_after_4() -> None:
    order = ["00-start-here.ipynb"]
    while match := _NEXT.search(_last_markdown(NOTEBOOKS / order[-1])):
        assert match.group(1) not in order, f"loop at {match.group(1)}"
        order.append(match.group(1))
    assert sorted(order) == [p.name for p in LESSONS]
    assert order.index("08-code-it-yourself.ipynb") == order.index("04-rhetoric.ipynb") + 1


@pytest.mark.parametrize("path", [*LESSONS, GLOSSARY], ids=[p.name for p in [*LESSONS, GLOSSARY]])
def test_notebook_links_point_at_notebooks_that_exist(path: Path) -> None:
    for cell in _read(path).cells:
        if cell.cell_type == "markdown":
            for target, _anchor in _LINK.findall(cell.source):
                assert (NOTEBOOKS / target).exists(), f"{path.name}: broken link {target}"


def _glossary_terms() -> list[str]:
    return [
        m.group(1)
        for c in _read(GLOSSARY).cells
        if c.cell_type == "markdown"
        for m in re.finditer(r"^### (.+)$", c.source, re.MULTILINE)
    ]


def test_glossary_has_every_required_term_once_in_order() -> None:
    terms = _glossary_terms()
    missing = [t for t in REQUIRED_TERMS if t not in terms]
    assert not missing, missing
    assert len(terms) == len(set(terms))
    assert terms == sorted(terms, key=str.lower)


def test_every_glossary_entry_has_an_example() -> None:
    for cell in _read(GLOSSARY).cells[1:]:
        assert "*Example:*" in cell.source, cell.source[:40]


def test_glossary_is_built_from_its_current_source() -> None:
    source = ROOT / "tools" / "lessons" / "glossary.py"
    built = [(c.cell_type, c.source) for c in build_lessons.assemble(source).cells]
    stored = [(c.cell_type, c.source) for c in _read(GLOSSARY).cells]
    assert stored == built, "stale: run python tools/build_lessons.py glossary"
