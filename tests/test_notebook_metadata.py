"""Notebooks open as saved: what JupyterLab would rewrite on open is already stored.

When a notebook opens, JupyterLab writes the running kernel's ``kernelspec`` and
``language_info`` into it; if they differ from the stored ones (a key missing, another
editor mode), the notebook shows as unsaved before the student has typed anything.
The kit stores all of the kernel's ``language_info`` but the patch-level Python
``version`` (it differs between machines, and the generated files must be the same
bytes everywhere); ``hrlesson lessons`` and Binder's postBuild add this Python's.
The browser check is ``test_a_lesson_opens_as_saved`` in tests/e2e/test_student_flows.py.
"""

from __future__ import annotations

import copy
import json
import platform
import sys
from pathlib import Path

import nbformat
import pytest

from hrlesson.exercises import KERNELSPEC, LANGUAGE_INFO, read_lessons
from hrlesson.exercises.lessons import base_notebook, student_notebook
from hrlesson.launch import stamp_notebooks, with_this_python

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools" / "lessons"))
sys.path.insert(0, str(ROOT / "tools"))

import build_lessons

STORED = sorted((ROOT / "notebooks").glob("*.ipynb")) + sorted((ROOT / "exercises").glob("*.ipynb"))


def _kernel_language_info() -> dict:
    """What this Python's ipykernel reports (and JupyterLab writes into the notebook)."""
    from ipykernel.ipkernel import IPythonKernel

    return copy.deepcopy(dict(IPythonKernel.language_info))


def test_the_kits_language_info_is_the_kernels_but_the_version():
    kernel = _kernel_language_info()
    assert kernel.pop("version") == platform.python_version()
    assert kernel == LANGUAGE_INFO


@pytest.mark.parametrize("path", STORED, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_stored_notebook_has_what_jupyterlab_writes_on_open(path: Path):
    raw = path.read_text(encoding="utf-8")
    nb = json.loads(raw)
    assert nb["metadata"]["kernelspec"] == KERNELSPEC
    assert nb["metadata"]["language_info"] == LANGUAGE_INFO, "rebuild: the stored one is stale"
    assert (nb["nbformat"], nb["nbformat_minor"]) == (4, nbformat.current_nbformat_minor)
    assert all(cell.get("id") for cell in nb["cells"]), "a cell without an id"
    again = nbformat.writes(nbformat.reads(raw, as_version=4), version=4) + "\n"
    assert raw == again, "not in nbformat's own layout"


@pytest.mark.parametrize("path", STORED[:1], ids=lambda p: p.name)
def test_with_this_python_gives_the_kernels_language_info(path: Path):
    stamped = json.loads(with_this_python(path.name, path.read_bytes()))
    assert stamped["metadata"]["language_info"] == _kernel_language_info()
    assert stamped["cells"] == json.loads(path.read_bytes())["cells"]


def test_stamp_notebooks_in_place(tmp_path: Path):
    nb = nbformat.v4.new_notebook()
    nb.metadata.update(kernelspec=dict(KERNELSPEC), language_info=dict(LANGUAGE_INFO))
    (tmp_path / "a.ipynb").write_text(nbformat.writes(nb) + "\n", encoding="utf-8")
    (tmp_path / "notes.txt").write_text("not a notebook", encoding="utf-8")
    assert stamp_notebooks([tmp_path]) == [tmp_path / "a.ipynb"]
    stored = json.loads((tmp_path / "a.ipynb").read_text(encoding="utf-8"))
    assert stored["metadata"]["language_info"] == _kernel_language_info()
    assert stamp_notebooks([tmp_path]) == []  # already this Python's


def test_build_lessons_writes_the_kits_metadata():
    nb = build_lessons.assemble(build_lessons.lesson_sources(["00"])[0])
    assert nb.metadata["kernelspec"] == KERNELSPEC
    assert nb.metadata["language_info"] == LANGUAGE_INFO


def test_exercises_writer_writes_the_kits_metadata():
    lesson = next(ls for ls in read_lessons(ROOT / "notebooks") if ls.name.startswith("00-"))
    lesson.nb.metadata["language_info"] = {"name": "python", "version": "3.0.1"}
    for nb in (base_notebook(lesson, {}), student_notebook(lesson, {})):
        assert nb.metadata["kernelspec"] == KERNELSPEC
        assert nb.metadata["language_info"] == LANGUAGE_INFO
        assert all(cell.get("id") for cell in nb.cells)
