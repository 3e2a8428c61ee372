"""Structure and readability of every lesson notebook in ``notebooks/``.

nbval (run by plain ``pytest``) checks that the stored outputs are reproduced;
this file checks that each lesson has the shape students rely on: a title,
learning objectives, a time estimate and prerequisites at the top; exercises
with solution regions and self-checks; captioned figures whose images carry
alt text; what students see (whole-text tables, answer boxes, short check lines); a
summary and "going further" at the end; plain prose (Flesch-Kincaid grade <= 12);
and that it was executed top to bottom and is in sync with its lesson source.
"""

from __future__ import annotations

import ast
import re
import sys
from pathlib import Path

import nbformat
import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools" / "lessons"))
sys.path.insert(0, str(ROOT / "tools"))

import build_lessons
from _kit import figure_cells, markdown_prose, prose_text, readability_grade

NOTEBOOKS = sorted((ROOT / "notebooks").glob("[0-9][0-9]-*.ipynb"))
SOURCES = sorted((ROOT / "tools" / "lessons").glob("[0-9][0-9]_*.py"))
MAX_GRADE = 12.0

_H1 = re.compile(r"^# \S", re.MULTILINE)
_H2 = re.compile(r"^## +(.+?)\s*$", re.MULTILINE)
_TIME = re.compile(r"\babout \d+ minutes\b", re.IGNORECASE)
_CAPTION = re.compile(r"^\**Figure (\d+)\.\**\s+\S", re.MULTILINE)


def _read(path: Path) -> nbformat.NotebookNode:
    return nbformat.read(path, as_version=4)


def _top(nb: nbformat.NotebookNode) -> str:
    """Markdown before the first code cell."""
    parts = []
    for cell in nb.cells:
        if cell.cell_type == "code":
            break
        if cell.cell_type == "markdown":
            parts.append(cell.source)
    return "\n\n".join(parts)


def _headings(nb: nbformat.NotebookNode) -> list[tuple[int, str]]:
    """(cell index, title) of every level-2 heading."""
    return [
        (i, m.group(1).strip())
        for i, cell in enumerate(nb.cells)
        if cell.cell_type == "markdown"
        for m in _H2.finditer(cell.source)
    ]


def _is_solution(cell: nbformat.NotebookNode) -> bool:
    """A code answer: a ``### BEGIN SOLUTION`` region or a code cell tagged ``solution``."""
    if cell.cell_type != "code":
        return False
    return "### BEGIN SOLUTION" in cell.source or "solution" in cell.metadata.get("tags", [])


def _ids(paths: list[Path]) -> list[str]:
    return [p.name for p in paths]


notebook = pytest.mark.parametrize("path", NOTEBOOKS, ids=_ids(NOTEBOOKS))


# --------------------------------------------------------------------------- the top


@notebook
def test_top_has_title_objectives_time_and_prerequisites(path: Path) -> None:
    nb = _read(path)
    first = nb.cells[0]
    assert first.cell_type == "markdown"
    assert _H1.search(first.source), "the first cell must start with a '# Title'"
    top = _top(nb)
    assert "learning objectives" in top.lower()
    assert _TIME.search(top), "say how long the lesson takes: 'about N minutes'"
    assert "prerequisites" in top.lower()


# --------------------------------------------------------------------------- the end


@notebook
def test_ends_with_summary_then_going_further(path: Path) -> None:
    titles = [t.lower() for _, t in _headings(_read(path))]
    assert "summary" in titles
    assert "going further" in titles
    assert titles[-1] == "going further", "'Going further' must be the last section"
    assert titles.index("summary") < titles.index("going further")


@notebook
def test_no_exercise_after_the_summary(path: Path) -> None:
    nb = _read(path)
    summary = next(i for i, t in _headings(nb) if t.lower() == "summary")
    assert not any(_is_solution(c) for c in nb.cells[summary:])


# --------------------------------------------------------------------------- exercises


@notebook
def test_at_least_two_exercises_each_followed_by_a_self_check(path: Path) -> None:
    nb = _read(path)
    solutions = [i for i, c in enumerate(nb.cells) if _is_solution(c)]
    assert len(solutions) >= 2, "each lesson needs at least two exercises with solutions"
    for i in solutions:
        assert "### END SOLUTION" in nb.cells[i].source, f"cell {i + 1}: region is not closed"
        nxt = next((c for c in nb.cells[i + 1 :] if c.cell_type == "code"), None)
        assert nxt is not None, f"cell {i + 1}: no check cell after the answer"
        assert nxt.source.startswith("hrlesson.check("), (
            f"cell {i + 1}: the next code cell must be the hrlesson.check(...) call"
        )


def _check_ids(path: Path) -> list[str]:
    return [
        m.group(1)
        for c in _read(path).cells
        if c.cell_type == "code"
        for m in re.finditer(r"hrlesson\.check\(\s*[\"']([^\"']+)[\"']", c.source)
    ]


@notebook
def test_check_ids_follow_the_convention(path: Path) -> None:
    number = int(path.name[:2])
    for question in _check_ids(path):
        assert re.fullmatch(rf"l{number}-[a-z0-9]+(-[a-z0-9]+)*", question), question


def test_check_ids_are_unique_across_lessons() -> None:
    ids = [q for path in NOTEBOOKS for q in _check_ids(path)]
    assert len(ids) == len(set(ids)), sorted(q for q in set(ids) if ids.count(q) > 1)


@notebook
def test_nbgrader_ids_are_unique(path: Path) -> None:
    ids = [
        c.metadata["nbgrader"]["grade_id"]
        for c in _read(path).cells
        if "grade_id" in c.metadata.get("nbgrader", {})
    ]
    assert len(ids) == len(set(ids))


@notebook
def test_has_a_parameters_cell(path: Path) -> None:
    tagged = [
        c
        for c in _read(path).cells
        if c.cell_type == "code" and "parameters" in c.metadata.get("tags", [])
    ]
    assert len(tagged) == 1, "tag exactly one code cell 'parameters'"
    for name in ("EXERCISE_ARTICLE", "EXERCISE_DATE", "SEED"):
        assert re.search(rf"^{name} = ", tagged[0].source, re.MULTILINE), name


# --------------------------------------------------------------------------- figures


_IMG_ALT = re.compile(r'<img src="data:image/png;base64,[^"]+" alt="([^"]{20,})"')


@notebook
def test_every_figure_has_a_numbered_caption_and_alt_text(path: Path) -> None:
    """The caption follows the figure; the description travels with the image (its alt)."""
    nb = _read(path)
    numbers = []
    for i in figure_cells(nb):
        assert i + 1 < len(nb.cells), f"cell {i + 1}: figure at the very end, without caption"
        nxt = nb.cells[i + 1]
        assert nxt.cell_type == "markdown", f"cell {i + 1}: the figure's next cell is not markdown"
        match = _CAPTION.search(nxt.source)
        assert match, f"cell {i + 2}: caption must start 'Figure N.'"
        assert "Alt text:" not in nxt.source, f"cell {i + 2}: alt text belongs to the image"
        images = [o for o in nb.cells[i].outputs if "image/png" in o.get("data", {})]
        for out in images:
            html = out.data.get("text/html", "")
            assert _IMG_ALT.search(html), f"cell {i + 1}: the image has no alt text"
        numbers.append(int(match.group(1)))
    assert numbers == list(range(1, len(numbers) + 1)), "figures are numbered 1, 2, 3, ..."


# --------------------------------------------------------------------------- what students see


@notebook
def test_tables_are_drawn_for_students(path: Path) -> None:
    """Every table goes through hrlesson's display: whole texts, no index, no dtype footer."""
    for i, cell in enumerate(_read(path).cells, start=1):
        for out in cell.get("outputs", []):
            html = out.get("data", {}).get("text/html", "")
            if "<table" in html:
                assert 'class="hrlesson-' in html, f"cell {i}: a table not set up for students"
                assert "dataframe" not in html, f"cell {i}: pandas' own table (cuts text)"


@notebook
def test_no_programmer_noise_in_outputs(path: Path) -> None:
    for i, cell in enumerate(_read(path).cells, start=1):
        for out in cell.get("outputs", []):
            shown = out.get("text", "") or out.get("data", {}).get("text/html", "")
            if not shown:
                shown = out.get("data", {}).get("text/plain", "")
            assert not re.search(r"np\.(int|float)\d+\(", shown), f"cell {i}: {shown[:80]!r}"
            assert "textstat" not in shown, f"cell {i}: tool versions are for instructors"
            assert "dtype:" not in out.get("text", ""), f"cell {i}: a printed dtype footer"


@notebook
def test_check_cells_fit_the_editor(path: Path) -> None:
    for i, cell in enumerate(_read(path).cells, start=1):
        if cell.cell_type == "code" and cell.source.startswith("hrlesson.check("):
            longest = max(len(line) for line in cell.source.splitlines())
            assert longest <= 79, f"cell {i}: a {longest}-character line runs past the editor"


@notebook
def test_each_exercise_has_its_own_answer_name(path: Path) -> None:
    names = []
    for cell in _read(path).cells:
        if cell.cell_type == "code" and cell.source.startswith("hrlesson.check("):
            call = ast.parse(cell.source).body[0].value
            names.append(ast.unparse(call.args[1]))
    assert len(names) == len(set(names)), f"two exercises store their answer in one name: {names}"


@notebook
def test_written_answers_sit_under_an_answer_box(path: Path) -> None:
    cells = _read(path).cells
    for i, cell in enumerate(cells):
        if cell.cell_type == "markdown" and "solution" in cell.metadata.get("tags", []):
            above = cells[i - 1]
            assert "answer-box" in above.metadata.get("tags", []), f"cell {i + 1}: no answer box"
            assert "Your answer" in above.source


# --------------------------------------------------------------------------- prose


@notebook
def test_prose_is_plain_enough(path: Path) -> None:
    prose = markdown_prose(_read(path))
    assert len(prose.split()) > 300, "a lesson explains in prose first"
    grade = readability_grade(prose)
    assert grade <= MAX_GRADE, f"Flesch-Kincaid grade {grade:.1f} > {MAX_GRADE}: shorter sentences"


# --------------------------------------------------------------------------- execution


@notebook
def test_executed_in_order_in_a_python3_kernel(path: Path) -> None:
    nb = _read(path)
    assert nb.metadata["kernelspec"]["name"] == "python3"
    counts = [c.execution_count for c in nb.cells if c.cell_type == "code"]
    assert counts == list(range(1, len(counts) + 1)), "run the whole notebook top to bottom"


@notebook
def test_no_errors_or_warnings_in_outputs(path: Path) -> None:
    for i, cell in enumerate(_read(path).cells, start=1):
        if cell.cell_type != "code" or "raises-exception" in cell.metadata.get("tags", []):
            continue
        for out in cell.outputs:
            assert out.output_type != "error", f"cell {i}: {out.get('ename')}"
            assert out.get("name") != "stderr", f"cell {i} writes to stderr: {out.get('text')!r}"


# --------------------------------------------------------------------------- sources


@pytest.mark.parametrize("source", SOURCES, ids=_ids(SOURCES))
def test_notebook_is_built_from_its_current_source(source: Path) -> None:
    path = build_lessons.notebook_path(source)
    assert path.exists(), f"run: python tools/build_lessons.py {source.stem[:2]}"
    built = build_lessons.assemble(source)
    stored = _read(path)
    fresh = [
        (c.cell_type, c.source, c.metadata.get("tags"), c.metadata.get("nbgrader"))
        for c in built.cells
    ]
    saved = [
        (c.cell_type, c.source, c.metadata.get("tags"), c.metadata.get("nbgrader"))
        for c in stored.cells
    ]
    assert saved == fresh, f"stale notebook: run python tools/build_lessons.py {source.stem[:2]}"


def test_every_notebook_has_a_source() -> None:
    built = {build_lessons.notebook_path(s).name for s in SOURCES}
    assert {p.name for p in NOTEBOOKS} <= built


# --------------------------------------------------------------------------- the normaliser


@pytest.mark.parametrize(
    ("markdown", "expected"),
    [
        # constructed examples, written by us
        ("# The title", "The title."),
        ("Read the [table](https://example.org/x) now.", "Read the table now."),
        ("Call `hrlesson.kwic(article, 'torture')` to search.", "Call to search."),
        ("Before.\n\n```python\nx = 1\n```\n\nAfter.", "Before.\nAfter."),
        ("- one item\n- two items", "one item.\ntwo items."),
        ("1. first step\n2. second step", "first step.\nsecond step."),
        ("**Bold** and *italic* and _under_.", "Bold and italic and under."),
        ("A line\nwrapped here.", "A line wrapped here."),
        ("> A quoted remark.", "A quoted remark."),
        ("| who | words |\n|---|---|\n| Bachelet | 120 |", "who words.\nBachelet 120."),
        ("See <https://mybinder.org> or <b>this</b>.", "See or this."),
        ("Ends with a question?", "Ends with a question?"),
    ],
)
def test_prose_text(markdown: str, expected: str) -> None:
    assert prose_text(markdown) == expected


def test_readability_counts_headings_and_items_as_sentences() -> None:
    # constructed: without full stops, the list would read as one very long sentence
    items = "\n".join(f"- the council heard a statement number {n}" for n in range(12))
    grade = readability_grade(prose_text(items))
    assert grade < 8
