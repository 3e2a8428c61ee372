"""Building student notebooks and answer keys (``hrlesson exercises build``).

The fixture lessons in ``tests/fixtures/lessons/`` are tiny notebooks constructed by us
for these tests: ``01-counting`` has three checked exercises (a count, a seeded list,
a place) and one written answer; ``02-reading`` is a worked example only.
"""

from __future__ import annotations

import ast
import copy
import hashlib
import json
import shutil
from pathlib import Path

import nbformat
import pytest

from hrlesson import ExerciseError, InputError, exercises
from hrlesson.checks import CHECKS_FILE
from hrlesson.cli import main
from hrlesson.data import package_data_path
from hrlesson.exercises import (
    KEY_ANSWERS_FILE,
    MANIFEST_FILE,
    TEXT_STUB,
    build_exercises,
    execute_notebook,
    names_outside_solutions,
    student_notebooks,
    student_source,
    tag_lessons,
)
from hrlesson.practice import load_practice_article

FIXTURES = Path(__file__).parent / "fixtures" / "lessons"
REPO = Path(__file__).resolve().parent.parent
QUESTIONS = ["f1-body-sentences", "f1-first-words", "f1-place"]


def _copy_lessons(folder: Path) -> Path:
    source = folder / "notebooks"
    shutil.copytree(FIXTURES, source)
    return source


def _folder_bytes(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def _read(path: Path):
    return nbformat.read(path, as_version=4)


def _outputs_text(nb) -> list[str]:
    texts = []
    for cell in nb.cells:
        for out in cell.get("outputs", []):
            texts.append(out.get("text", "") or out.get("data", {}).get("text/plain", ""))
    return texts


@pytest.fixture(scope="module", autouse=True)
def _stable_fingerprint():
    """Colleagues edit hrlesson while tests run: pin the code fingerprint keys depend on."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(exercises, "_package_fingerprint", lambda: "tests")
        yield


@pytest.fixture(scope="module")
def built(tmp_path_factory, _stable_fingerprint):
    """One default build of the fixture lessons (bundled article, seed 0)."""
    root = tmp_path_factory.mktemp("build")
    source = _copy_lessons(root)
    result = build_exercises(source, out=root / "exercises")
    return root, result


# --------------------------------------------------------------------------- student cells

CELLS = [
    # (cell type, source, tags, expected student source); every name counts as used
    ("code", "x = 1", [], "x = 1"),
    (
        "code",
        "### BEGIN SOLUTION\nn = len(exercise.sentences)\n### END SOLUTION\nprint('kept')",
        [],
        "# YOUR CODE HERE\nn = ...\nprint('kept')",
    ),
    (
        "code",
        "def count(df):\n    ### BEGIN SOLUTION\n    return len(df)\n    ### END SOLUTION",
        [],
        "def count(df):\n    # YOUR CODE HERE\n    ...",
    ),
    (
        "code",
        "# BEGIN SOLUTION\na, (b, c) = 1, (2, 3)\nd: int = 4\nd += 1\n# END SOLUTION",
        [],
        "# YOUR CODE HERE\na = ...\nb = ...\nc = ...\nd = ...",
    ),
    (
        "code",
        "#### BEGIN SOLUTION\ndef share(x, y=2):\n    return x / y\n#### END SOLUTION",
        [],
        "# YOUR CODE HERE\ndef share(x, y=2):\n    ...",
    ),
    ("code", "### BEGIN SOLUTION\nprint(1)\n### END SOLUTION", [], "# YOUR CODE HERE\n..."),
    ("code", "answer = (\n### BEGIN SOLUTION\n3\n### END SOLUTION\n)", [], None),
    ("code", 'place = exercise.meta["place"]', ["solution"], "# YOUR CODE HERE\nplace = ..."),
    ("markdown", "The model answer.", ["solution"], TEXT_STUB),
    ("markdown", "A question.", [], "A question."),
]


@pytest.mark.parametrize(("kind", "source", "tags", "expected"), CELLS)
def test_student_source(kind, source, tags, expected):
    make = nbformat.v4.new_code_cell if kind == "code" else nbformat.v4.new_markdown_cell
    cell = make(source)
    if tags:
        cell.metadata["tags"] = tags
    result = student_source(cell, "test cell")
    if expected is None:  # a region that is not whole statements: a plain stub
        assert result == "answer = (\n# YOUR CODE HERE\n...\n)"
    else:
        assert result == expected


def test_stub_skips_names_used_only_in_strings_and_comments():
    """`table` and `words` appear only in the check's hint and a comment: no stub for them."""
    nb = nbformat.v4.new_notebook()
    nb.cells = [
        nbformat.v4.new_code_cell(
            "### BEGIN SOLUTION\ntable = hrlesson.quotes(exercise)\nwords = table.n_words\n"
            "n_words = words.sum()\n### END SOLUTION"
        ),
        nbformat.v4.new_code_cell(
            'hrlesson.check("l2-speaker-words", n_words, hint="Sum the words column of the '
            'table.")  # table, words\nprint(f"{n_words} words")'
        ),
    ]
    used = names_outside_solutions(nb)
    assert {"n_words", "hrlesson", "check"} <= used
    assert not {"table", "words"} & used
    assert student_source(nb.cells[0], "test cell", used) == "# YOUR CODE HERE\nn_words = ..."


def test_stub_keeps_names_used_in_f_strings():
    nb = nbformat.v4.new_notebook()
    nb.cells = [
        nbformat.v4.new_code_cell("### BEGIN SOLUTION\nshare = 0.5\n### END SOLUTION"),
        nbformat.v4.new_code_cell('print(f"{share:.0%} of the verbs")'),
    ]
    assert "share" in names_outside_solutions(nb)


def _names_loaded(nb) -> set[str]:
    """Names that code outside solution cells reads (ast: no strings, no comments)."""
    names = set()
    for cell in nb.cells:
        if cell.cell_type != "code" or "BEGIN SOLUTION" in cell.source:
            continue
        code = "\n".join(ln for ln in cell.source.splitlines() if not ln.lstrip().startswith("%"))
        for node in ast.walk(ast.parse(code)):
            if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Load):
                names.add(node.id)
    return names


def test_committed_lessons_stub_only_names_that_later_code_reads():
    """No stub line for a name that appears only inside a hint string (``table = ...``)."""
    for path in sorted((REPO / "notebooks").glob("*.ipynb")):
        nb = _read(path)
        loaded, used = _names_loaded(nb), names_outside_solutions(nb)
        for index, cell in enumerate(nb.cells):
            for line in student_source(cell, f"{path.name} cell {index}", used).splitlines():
                name = line.strip().removesuffix(" = ...")
                if line.strip().endswith(" = ...") and name.isidentifier():
                    assert name in loaded, (path.name, index, name)


BAD_CELLS = [
    # (cell type, source, message)
    ("code", "### BEGIN SOLUTION\nx = 1", "never closed"),
    ("code", "x = 1\n### END SOLUTION", "without a ### BEGIN SOLUTION"),
    ("code", "### BEGIN SOLUTION\n### BEGIN SOLUTION\n### END SOLUTION", "inside another one"),
    ("code", "x = 1  ### BEGIN SOLUTION\n### END SOLUTION", "not a marker line"),
    ("markdown", "### BEGIN SOLUTION\nThe answer\n### END SOLUTION", "in a markdown cell"),
    ("raw", "### END SOLUTION", "in a raw cell"),
    ("code", 'text = open("../data/article.txt").read()', "outside the notebook's folder"),
    ("code", 'check("L1 Bad", x)', "is not valid"),
]


def _lesson_with(tmp_path: Path, cell) -> Path:
    source = _copy_lessons(tmp_path)
    path = source / "01-counting.ipynb"
    nb = _read(path)
    nb.cells.insert(5, cell)
    nbformat.write(nb, path)
    return source


@pytest.mark.parametrize(("kind", "source", "message"), BAD_CELLS)
def test_bad_cells_stop_the_build_naming_file_and_cell(tmp_path, kind, source, message):
    maker = {
        "code": nbformat.v4.new_code_cell,
        "markdown": nbformat.v4.new_markdown_cell,
        "raw": nbformat.v4.new_raw_cell,
    }[kind]
    lessons = _lesson_with(tmp_path, maker(source))
    with pytest.raises(ExerciseError, match=message) as info:
        build_exercises(lessons, out=tmp_path / "exercises")
    assert "01-counting.ipynb cell 6" in str(info.value)
    assert not (tmp_path / "exercises").exists()
    assert not (tmp_path / "exercises-keys").exists()


def test_malformed_notebook(tmp_path):
    lessons = _copy_lessons(tmp_path)
    (lessons / "03-broken.ipynb").write_text('{"cells": [', encoding="utf-8")
    with pytest.raises(ExerciseError, match=r"03-broken.ipynb: not a valid Jupyter notebook"):
        build_exercises(lessons, out=tmp_path / "exercises")
    assert not (tmp_path / "exercises").exists()


def test_parameters_cell_required(tmp_path):
    lessons = _copy_lessons(tmp_path)
    path = lessons / "01-counting.ipynb"
    nb = _read(path)
    nb.cells[2].metadata["tags"] = []
    nbformat.write(nb, path)
    with pytest.raises(ExerciseError, match="exactly one code cell tagged 'parameters'"):
        build_exercises(lessons, out=tmp_path / "exercises")


def test_duplicate_question_ids_across_lessons(tmp_path):
    lessons = _copy_lessons(tmp_path)
    nb = _read(lessons / "01-counting.ipynb")
    nbformat.write(nb, lessons / "03-copy.ipynb")
    with pytest.raises(ExerciseError, match="unique across lessons"):
        build_exercises(lessons, out=tmp_path / "exercises")


def test_missing_article_and_folders(tmp_path):
    lessons = _copy_lessons(tmp_path)
    with pytest.raises(InputError, match="no such article file"):
        build_exercises(lessons, article=tmp_path / "missing.txt", out=tmp_path / "exercises")
    with pytest.raises(InputError, match="no such folder"):
        build_exercises(tmp_path / "nothing", out=tmp_path / "exercises")
    with pytest.raises(ExerciseError, match="separate folders"):
        build_exercises(lessons, out=lessons / "out")
    assert not (tmp_path / "exercises").exists()


def test_article_without_date_needs_date(tmp_path):
    lessons = _copy_lessons(tmp_path)
    article = tmp_path / "undated.txt"
    article.write_text("A constructed article, written by us.\n\nIt has no dateline.\n", "utf-8")
    with pytest.raises(ExerciseError, match="--date YYYY-MM-DD"):
        build_exercises(lessons, article=article, out=tmp_path / "exercises")


def test_failing_key_names_the_cell_and_writes_nothing(tmp_path):
    lessons = _lesson_with(tmp_path, nbformat.v4.new_code_cell("1 / 0"))
    with pytest.raises(ExerciseError, match=r"01-counting.ipynb \(answer key\) cell 6 failed: "):
        build_exercises(lessons, out=tmp_path / "exercises")
    assert not (tmp_path / "exercises").exists()
    assert not (tmp_path / "exercises-keys").exists()


def test_cli_errors_are_one_line_exit_2(tmp_path, capsys):
    lessons = _lesson_with(tmp_path, nbformat.v4.new_code_cell("### BEGIN SOLUTION"))
    status = main(["exercises", "build", "--source", str(lessons), "--out", str(tmp_path / "x")])
    err = capsys.readouterr().err
    assert status == 2
    assert err.count("\n") == 1
    assert err.startswith("hrlesson: error: ")
    assert "cell 6" in err


# --------------------------------------------------------------------------- the default build


def test_build_writes_students_keys_and_checks(built):
    root, result = built
    out, keys = root / "exercises", root / "exercises-keys"
    assert result.lessons == ["01-counting.ipynb", "02-reading.ipynb"]
    assert result.questions == QUESTIONS
    assert sorted(_folder_bytes(out)) == sorted(
        ["01-counting.ipynb", "02-reading.ipynb", CHECKS_FILE, MANIFEST_FILE]
    )
    assert (keys / KEY_ANSWERS_FILE).exists()
    # the instructor sources get the checks for the bundled article, seed 0
    source_checks = json.loads((root / "notebooks" / CHECKS_FILE).read_text(encoding="utf-8"))
    assert source_checks["scope"] == "source"
    assert list(source_checks["questions"]) == QUESTIONS


def test_student_notebook_is_clean(built):
    root, _ = built
    nb = _read(root / "exercises" / "01-counting.ipynb")
    assert nb.metadata.kernelspec.name == "python3"
    for cell in nb.cells:
        assert "execution" not in cell.metadata
        if cell.cell_type == "code":
            assert cell.outputs == []
            assert cell.execution_count is None
    sources = "\n".join(c.source for c in nb.cells)
    assert "BEGIN SOLUTION" not in sources
    assert sources.count("# YOUR CODE HERE") == 3
    assert TEXT_STUB in sources
    assert "YOUR ANSWER HERE" not in sources


def test_nbgrader_metadata(built):
    root, _ = built
    for folder in ("exercises", "exercises-keys"):
        nb = _read(root / folder / "01-counting.ipynb")
        graded = {
            c.metadata.nbgrader.grade_id: c.metadata.nbgrader
            for c in nb.cells
            if "nbgrader" in c.metadata
        }
        assert graded["f1-place"] == {
            "grade": True,
            "grade_id": "f1-place",
            "locked": True,
            "points": 1,
            "schema_version": 3,
            "solution": False,
            "task": False,
        }
        assert graded["01-counting-answer-1"]["solution"] is True
        assert graded["01-counting-answer-1"]["grade"] is False
        written = graded["01-counting-written-1"]
        assert (written["solution"], written["grade"], written["points"]) == (True, True, 1)


def test_key_is_executed_and_reports_correct(built):
    root, _ = built
    key = _read(root / "exercises-keys" / "01-counting.ipynb")
    text = "".join(_outputs_text(key))
    for qid in QUESTIONS:
        assert f"✔ {qid}: correct." in text
    assert "Progress: 3 of 3 checks correct" in text
    assert all(c.execution_count for c in key.cells if c.cell_type == "code")
    answers = json.loads((root / "exercises-keys" / KEY_ANSWERS_FILE).read_text("utf-8"))
    assert answers["questions"]["f1-place"]["answer"] == "Geneva"


def _insert_canaries(source: Path, canary: str) -> None:
    for path in sorted(source.glob("*.ipynb")):
        nb = _read(path)
        for cell in nb.cells:
            if cell.cell_type == "markdown" and "solution" in cell.metadata.get("tags", []):
                cell.source += f"\n\n{canary}"
            elif cell.cell_type == "code" and "BEGIN SOLUTION" in cell.source:
                cell.source = cell.source.replace(
                    "BEGIN SOLUTION\n", f"BEGIN SOLUTION\n# {canary}\n{canary.lower()}_x = 1\n"
                )
            elif cell.cell_type == "code" and "solution" in cell.metadata.get("tags", []):
                cell.source += f"\n# {canary}"
        nbformat.write(nb, path)


def test_canary_never_reaches_student_files(tmp_path):
    canary = "CANARY7F3A9"
    lessons = _copy_lessons(tmp_path)
    _insert_canaries(lessons, canary)
    build_exercises(lessons, out=tmp_path / "exercises")
    for name, data in _folder_bytes(tmp_path / "exercises").items():
        assert canary.lower().encode() not in data.lower(), name
    keys = b"".join(_folder_bytes(tmp_path / "exercises-keys").values())
    assert canary.encode() in keys  # the test really planted them


def test_canary_in_the_real_lessons(tmp_path):
    if not sorted((REPO / "notebooks").glob("*.ipynb")):
        pytest.skip("no lessons in notebooks/ yet")
    canary = "CANARY5C1D0"
    lessons = tmp_path / "notebooks"
    lessons.mkdir()
    for path in (REPO / "notebooks").glob("*.ipynb"):
        shutil.copyfile(path, lessons / path.name)
    _insert_canaries(lessons, canary)
    for name, data in student_notebooks(lessons).items():
        assert canary.lower().encode() not in data.lower(), name


def _copy_out(root: Path, tmp_path: Path) -> Path:
    """Copy the student folder somewhere else: it must work wherever it is copied."""
    target = tmp_path / "handed-out"
    shutil.copytree(root / "exercises", target)
    return target


def test_student_notebooks_run_unanswered(built, tmp_path):
    root, _ = built
    folder = _copy_out(root, tmp_path)
    for path in sorted(folder.glob("*.ipynb")):
        nb = execute_notebook(_read(path), folder, path.name)
        text = "".join(_outputs_text(nb))
        if path.name == "01-counting.ipynb":
            for qid in QUESTIONS:
                assert f"… {qid}: not answered yet" in text
            assert "Progress: 0 of 3 checks correct" in text


def _with_key_answers(student, key):
    """The student notebook with every solution cell replaced by the key's cell."""
    nb = copy.deepcopy(student)
    for cell, key_cell in zip(nb.cells, key.cells, strict=True):
        if cell.metadata.get("nbgrader", {}).get("solution") and cell.cell_type == "code":
            cell.source = key_cell.source
    return nb


def test_key_answers_make_every_check_correct(built, tmp_path):
    root, _ = built
    folder = _copy_out(root, tmp_path)
    student = _read(folder / "01-counting.ipynb")
    key = _read(root / "exercises-keys" / "01-counting.ipynb")
    nb = execute_notebook(_with_key_answers(student, key), folder, "answered")
    text = "".join(_outputs_text(nb))
    for qid in QUESTIONS:
        assert f"✔ {qid}: correct." in text
    assert "Progress: 3 of 3 checks correct" in text


# --------------------------------------------------------------------------- regeneration


def test_rebuild_changes_no_byte(built):
    root, _ = built
    before = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in root.rglob("*") if p.is_file()}
    result = build_exercises(root / "notebooks", out=root / "exercises")
    assert not result.changed
    after = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in root.rglob("*") if p.is_file()}
    assert after == before


def test_fresh_build_is_byte_identical(built, tmp_path):
    """Keys re-executed from scratch give the same bytes (outputs are deterministic)."""
    root, _ = built
    lessons = _copy_lessons(tmp_path)
    build_exercises(lessons, out=tmp_path / "exercises")
    for folder in ("exercises", "exercises-keys"):
        assert _folder_bytes(tmp_path / folder) == _folder_bytes(root / folder)


def test_edited_student_notebook_is_not_overwritten(built, tmp_path):
    root, _ = built
    shutil.copytree(root, tmp_path / "r")
    out = tmp_path / "r" / "exercises"
    edited = out / "01-counting.ipynb"
    nb = _read(edited)
    nb.cells[5].source = "n_body = 26  # my answer"
    nbformat.write(nb, edited)
    mine = edited.read_bytes()
    (tmp_path / "r" / "notebooks" / "02-reading.ipynb").unlink()  # a change to build
    with pytest.raises(ExerciseError, match=r"01-counting.ipynb: was edited.*--force") as info:
        build_exercises(tmp_path / "r" / "notebooks", out=out)
    assert "refusing to overwrite student notebooks" in str(info.value)
    assert edited.read_bytes() == mine
    assert (out / "02-reading.ipynb").exists()
    build_exercises(tmp_path / "r" / "notebooks", out=out, force=True)
    assert edited.read_bytes() == (root / "exercises" / "01-counting.ipynb").read_bytes()
    assert not (out / "02-reading.ipynb").exists()  # lesson removed: its notebook too


def test_files_not_generated_are_kept_or_protected(built, tmp_path):
    root, _ = built
    shutil.copytree(root, tmp_path / "r")
    out = tmp_path / "r" / "exercises"
    (out / "my-notes.txt").write_text("mine", encoding="utf-8")
    manifest = json.loads((out / MANIFEST_FILE).read_text(encoding="utf-8"))
    del manifest["files"]["02-reading.ipynb"]  # pretend we never generated it
    (out / MANIFEST_FILE).write_text(json.dumps(manifest), encoding="utf-8")
    (out / "02-reading.ipynb").write_text("{}", encoding="utf-8")
    with pytest.raises(ExerciseError, match=r"02-reading\.ipynb: was not generated by hrlesson"):
        build_exercises(tmp_path / "r" / "notebooks", out=out)
    build_exercises(tmp_path / "r" / "notebooks", out=out, force=True)
    assert (out / "my-notes.txt").read_text(encoding="utf-8") == "mine"


def test_seeds(tmp_path):
    lessons = _copy_lessons(tmp_path)
    build_exercises(lessons, seed=5, out=tmp_path / "a")
    # keys run from scratch are deterministic (test_fresh_build_is_byte_identical): reuse them
    shutil.copytree(tmp_path / "a-keys", tmp_path / "b-keys")
    build_exercises(lessons, seed=5, out=tmp_path / "b")
    build_exercises(lessons, seed=6, out=tmp_path / "c")
    a, b, c = (_folder_bytes(tmp_path / n) for n in "abc")
    assert a == b
    assert _folder_bytes(tmp_path / "a-keys") == _folder_bytes(tmp_path / "b-keys")
    assert a[CHECKS_FILE] != c[CHECKS_FILE]
    assert b"SEED = 5" in a["01-counting.ipynb"]
    assert b"SEED = 6" in c["01-counting.ipynb"]
    key_a = json.loads((tmp_path / "a-keys" / KEY_ANSWERS_FILE).read_text("utf-8"))
    key_c = json.loads((tmp_path / "c-keys" / KEY_ANSWERS_FILE).read_text("utf-8"))
    words = [k["questions"]["f1-first-words"]["answer"] for k in (key_a, key_c)]
    assert words[0] != words[1]
    # the instructor's checks file is only written for the default build
    assert not (lessons / CHECKS_FILE).exists()


def test_round_trip_with_another_article(tmp_path):
    lessons = _copy_lessons(tmp_path)
    article = package_data_path("practice", "valdoria_practice.txt")
    result = build_exercises(lessons, article=article, seed=2, out=tmp_path / "cohort")
    out = tmp_path / "cohort"
    assert (out / article.name).read_bytes() == article.read_bytes()
    student = _read(out / "01-counting.ipynb")
    assert 'EXERCISE_ARTICLE = "valdoria_practice.txt"' in student.cells[2].source
    practice = load_practice_article()
    expected_body = int((practice.sentences.kind == "body").sum())
    answers = json.loads((tmp_path / "cohort-keys" / KEY_ANSWERS_FILE).read_text("utf-8"))
    assert answers["questions"]["f1-body-sentences"]["answer"] == expected_body
    assert answers["article"]["file"] == article.name
    assert result.questions == QUESTIONS
    # hand the folder out as it is: it runs elsewhere, and the key's answers check correct
    handed = tmp_path / "elsewhere"
    shutil.copytree(out, handed)
    key = _read(tmp_path / "cohort-keys" / "01-counting.ipynb")
    nb = execute_notebook(_with_key_answers(student, key), handed, "answered")
    text = "".join(_outputs_text(nb))
    assert "Progress: 3 of 3 checks correct" in text
    assert "Valdoria" in "".join(_outputs_text(key)) or expected_body > 0


# --------------------------------------------------------------------------- nbgrader tagging


def test_tag_lessons_adds_missing_metadata(tmp_path):
    lessons = _copy_lessons(tmp_path)
    path = lessons / "01-counting.ipynb"
    original = path.read_bytes()
    nb = _read(path)
    for cell in nb.cells:
        cell.metadata.pop("nbgrader", None)
    path.write_bytes((nbformat.writes(nb) + "\n").encode("utf-8"))
    assert tag_lessons(lessons, check=True) == [path]
    assert tag_lessons(lessons) == [path]
    assert path.read_bytes() == original
    assert tag_lessons(lessons, check=True) == []


# --------------------------------------------------------------------------- the committed set


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def test_committed_exercises_are_up_to_date():
    """exercises/ must be rebuilt (`hrlesson exercises build`) whenever notebooks/ change."""
    lessons, out = REPO / "notebooks", REPO / "exercises"
    if not sorted(lessons.glob("*.ipynb")):
        pytest.skip("no lessons in notebooks/ yet")
    if not (out / MANIFEST_FILE).exists():
        pytest.fail("exercises/ has not been built: run `hrlesson exercises build` in the repo")
    manifest = json.loads((out / MANIFEST_FILE).read_text(encoding="utf-8"))
    sources = {p.name: _sha(p.read_bytes()) for p in sorted(lessons.glob("*.ipynb"))}
    assert manifest["sources"] == sources, "notebooks/ changed: run `hrlesson exercises build`"
    for name, data in student_notebooks(lessons).items():
        assert (out / name).read_bytes() == data, f"exercises/{name} is out of date"
    for name, digest in manifest["files"].items():
        assert _sha((out / name).read_bytes()) == digest, f"exercises/{name} was edited"
    assert (lessons / CHECKS_FILE).read_bytes() != b""


COMMITTED = sorted((REPO / "exercises").glob("*.ipynb"))


@pytest.mark.parametrize("path", COMMITTED, ids=[p.name for p in COMMITTED])
def test_committed_student_notebooks_run_and_check(path, tmp_path):
    """Each student notebook runs unanswered; with the solutions of notebooks/ it checks correct."""
    import hrlesson

    if not hasattr(hrlesson, "check"):
        pytest.skip("hrlesson.check is not exported from hrlesson/__init__.py yet")
    folder = tmp_path / "handed-out"
    shutil.copytree(REPO / "exercises", folder)
    student = _read(folder / path.name)
    nb = execute_notebook(copy.deepcopy(student), folder, f"exercises/{path.name}")
    text = "".join(_outputs_text(nb))
    assert "✔" not in text, "a check passes before any answer is written"
    source = _read(REPO / "notebooks" / path.name)
    nb = execute_notebook(_with_key_answers(student, source), folder, f"answered {path.name}")
    for cell in nb.cells:
        for out in cell.get("outputs", []):
            line = out.get("text", "") or out.get("data", {}).get("text/plain", "")
            if line.startswith(("✘", "≈", "…", "?")):
                pytest.fail(f"{path.name}: with the key's answers: {line.strip()}")
