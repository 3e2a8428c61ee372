"""Grading with nbgrader itself, as INSTRUCTORS.md ("Grading with nbgrader") tells instructors.

A course folder holds Lesson 0 (``notebooks/00-start-here.ipynb``, the complete lesson with
its nbgrader metadata) and the hashed answers (``exercises/.hrlesson-checks.json``) in
``source/lesson0/``. ``nbgrader generate_assignment`` makes the student version, and
``nbgrader autograde`` grades three submissions: a blank one, one whose first answer is right
and the others wrong, and a right one. ``HRLESSON_CHECK_RAISE`` is *not* set: the checks
must notice nbgrader by themselves. ``nbgrader validate`` must not call the kit's own blank
student notebook a success.
"""

from __future__ import annotations

import ast
import copy
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from hrlesson.checks import (
    CHECKS_ENV,
    CHECKS_FILE,
    NBGRADER_ENV,
    RAISE_ENV,
    RECORD_ENV,
    checks_path,
)
from hrlesson.exercises import TEXT_STUB

REPO = Path(__file__).resolve().parent.parent
LESSON = "00-start-here.ipynb"
ASSIGNMENT = "lesson0"
WRONG = "'no such answer'"
WRITTEN_LESSON = "01-article-as-data.ipynb"
WRITTEN_ASSIGNMENT = "lesson1"
#: The course's nbgrader_config.py, as INSTRUCTORS.md shows it: written answers are
#: released with the kit's own stub text.
CONFIG = (
    "c = get_config()\n"
    'c.CourseDirectory.course_id = "hrlesson-test"\n'
    f"c.ClearSolutions.text_stub = {TEXT_STUB!r}\n"
)


def _nbgrader(args: list[str], cwd: Path) -> str:
    """Run ``nbgrader ARGS`` with this Python (its kernel too); return stdout + stderr."""
    env = {k: v for k, v in os.environ.items() if k not in (RAISE_ENV, RECORD_ENV, CHECKS_ENV)}
    env.pop(NBGRADER_ENV, None)
    env["PATH"] = os.path.dirname(sys.executable) + os.pathsep + env.get("PATH", "")
    env["JUPYTER_CONFIG_DIR"] = str(cwd / ".jupyter")  # no personal nbgrader settings
    done = subprocess.run(
        [sys.executable, "-m", "nbgrader", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout + done.stderr


def _answer_cells(nb: dict) -> list[int]:
    return [
        i
        for i, cell in enumerate(nb["cells"])
        if cell["cell_type"] == "code" and cell["metadata"].get("nbgrader", {}).get("solution")
    ]


def _solution(source: str) -> str:
    return re.sub(r"^[ \t]*#+ (BEGIN|END) SOLUTION[ \t]*\n?", "", source, flags=re.MULTILINE)


def _wrong(source: str) -> str:
    """Code that assigns a wrong answer to every name the solution assigns."""
    names = {
        node.id
        for node in ast.walk(ast.parse(_solution(source)))
        if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store)
    }
    return "\n".join(f"{name} = {WRONG}" for name in sorted(names))


def _submissions(release: dict, source: dict) -> dict[str, dict]:
    """blank: as released; half: first answer right, the rest wrong; right: the key."""
    blank, half, right = release, copy.deepcopy(release), copy.deepcopy(release)
    for n, index in enumerate(_answer_cells(source)):
        key = "".join(source["cells"][index]["source"])
        right["cells"][index]["source"] = _solution(key)
        half["cells"][index]["source"] = _solution(key) if n == 0 else _wrong(key)
    return {"blank": blank, "half": half, "right": right}


def _check_points(nb: dict) -> list[float]:
    """Points of the autograded check cells, in notebook order."""
    return [
        float(cell["metadata"]["nbgrader"].get("points", 0))
        for cell in nb["cells"]
        if cell["cell_type"] == "code"
        and cell["metadata"].get("nbgrader", {}).get("grade")
        and "hrlesson.check(" in "".join(cell["source"])
    ]


@pytest.fixture(scope="module")
def course(tmp_path_factory):
    """A course folder with Lesson 0 generated and three submissions autograded."""
    root = tmp_path_factory.mktemp("course")
    (root / "nbgrader_config.py").write_text(CONFIG, encoding="utf-8")
    source_dir = root / "source" / ASSIGNMENT
    source_dir.mkdir(parents=True)
    shutil.copy(REPO / "notebooks" / LESSON, source_dir / LESSON)
    shutil.copy(checks_path(REPO / "exercises"), source_dir / CHECKS_FILE)
    _nbgrader(["generate_assignment", ASSIGNMENT], root)
    written = root / "source" / WRITTEN_ASSIGNMENT  # a lesson with a written answer
    written.mkdir(parents=True)
    shutil.copy(REPO / "notebooks" / WRITTEN_LESSON, written / WRITTEN_LESSON)
    _nbgrader(["generate_assignment", WRITTEN_ASSIGNMENT], root)
    release = json.loads((root / "release" / ASSIGNMENT / LESSON).read_text(encoding="utf-8"))
    source = json.loads((source_dir / LESSON).read_text(encoding="utf-8"))
    for student, nb in _submissions(release, source).items():
        folder = root / "submitted" / student / ASSIGNMENT
        folder.mkdir(parents=True)
        (folder / LESSON).write_text(json.dumps(nb), encoding="utf-8")
    _nbgrader(["autograde", ASSIGNMENT, "--create"], root)
    return root, _check_points(source)


def _score(root: Path, student: str) -> tuple[float, float]:
    from nbgrader.api import Gradebook

    with Gradebook(f"sqlite:///{root / 'gradebook.db'}", course_id="hrlesson-test") as gb:
        submission = gb.find_submission(ASSIGNMENT, student)
        return submission.code_score, submission.max_code_score


@pytest.mark.slow
def test_release_has_no_solution(course):
    root, points = course
    release = (root / "release" / ASSIGNMENT / LESSON).read_text(encoding="utf-8")
    assert "BEGIN SOLUTION" not in release
    assert len(points) >= 2, "Lesson 0 should have at least two checked exercises"


@pytest.mark.slow
def test_release_uses_the_kits_text_stub(course):
    """With ``c.ClearSolutions.text_stub`` set, a written answer is released with the words
    the kit's own student notebooks use, not nbgrader's "YOUR ANSWER HERE"."""
    root, _ = course
    release = json.loads(
        (root / "release" / WRITTEN_ASSIGNMENT / WRITTEN_LESSON).read_text(encoding="utf-8")
    )
    written = [
        "".join(cell["source"])
        for cell in release["cells"]
        if cell["cell_type"] == "markdown" and cell["metadata"].get("nbgrader", {}).get("solution")
    ]
    assert written
    assert all(text == TEXT_STUB for text in written), written
    assert "YOUR ANSWER HERE" not in json.dumps(release)


@pytest.mark.slow
@pytest.mark.parametrize("student", ["blank", "half", "right"])
def test_autograde_scores(course, student):
    root, points = course
    expected = {"blank": 0.0, "half": points[0], "right": sum(points)}[student]
    assert _score(root, student) == (expected, sum(points))


@pytest.mark.slow
def test_a_wrong_answer_fails_its_check_cell(course):
    root, _ = course
    nb = json.loads(
        (root / "autograded" / "half" / ASSIGNMENT / LESSON).read_text(encoding="utf-8")
    )
    errors = [
        output
        for cell in nb["cells"]
        for output in cell.get("outputs", [])
        if output.get("output_type") == "error"
    ]
    assert errors
    assert all(e["ename"] == "AssertionError" for e in errors)
    assert all("(wrong" in e["evalue"] for e in errors), [e["evalue"] for e in errors]


@pytest.mark.slow
def test_validate_fails_a_blank_student_notebook(tmp_path):
    shutil.copy(REPO / "exercises" / LESSON, tmp_path / LESSON)
    shutil.copy(checks_path(REPO / "exercises"), tmp_path / CHECKS_FILE)
    out = _nbgrader(["validate", LESSON], tmp_path)
    assert "Success" not in out
    assert "VALIDATION FAILED" in out
    assert "(not answered): not answered yet" in out


def test_instructors_guide_documents_this_flow():
    """INSTRUCTORS.md shows the layout and the commands that the tests above run."""
    guide = (REPO / "INSTRUCTORS.md").read_text(encoding="utf-8")
    section = guide.split("## Grading with nbgrader\n", 1)[1].split("\n## ", 1)[0]
    for text in (
        "nbgrader_config.py",
        "CourseDirectory.course_id",
        "ClearSolutions.text_stub",
        TEXT_STUB,
        "source/lesson2/",
        CHECKS_FILE,
        "nbgrader generate_assignment lesson2",
        "nbgrader autograde lesson2 --create",
        "submitted/<student id>/lesson2/",
        f"{RAISE_ENV}=1",
        f"{RAISE_ENV}=0",
        NBGRADER_ENV,
        "by hand",
    ):
        assert text in section, text
