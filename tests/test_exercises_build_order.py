"""``exercises build``: it refuses before running any answer key, and printed output is saved
the same way however the kernel split it.

Lessons are the constructed fixture lessons; notebooks below are constructed here.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import nbformat
import pytest

from hrlesson import ExerciseError, exercises
from hrlesson.exercises import MANIFEST_FILE, build_exercises, execute_notebook

FIXTURES = Path(__file__).parent / "fixtures" / "lessons"


@pytest.fixture
def no_key_may_run(monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(*args, **kwargs):
        raise AssertionError("an answer key ran before the build refused")

    monkeypatch.setattr(exercises, "execute_notebook", fail)


@pytest.mark.parametrize("folder", ["exercises", "exercises-keys"])
def test_edited_file_is_refused_before_any_key_runs(
    tmp_path: Path, no_key_may_run: None, folder: str
) -> None:
    lessons = tmp_path / "notebooks"
    shutil.copytree(FIXTURES, lessons)
    out = tmp_path / folder
    out.mkdir()
    (out / "01-counting.ipynb").write_text("my edited answers", encoding="utf-8")
    generated = {"01-counting.ipynb": "0" * 64}  # what hrlesson wrote there last time
    (out / MANIFEST_FILE).write_text(json.dumps({"files": generated}), encoding="utf-8")
    with pytest.raises(ExerciseError, match=r"01-counting\.ipynb: was edited"):
        build_exercises(lessons, out=tmp_path / "exercises")
    assert (out / "01-counting.ipynb").read_text(encoding="utf-8") == "my edited answers"


def test_printed_output_is_one_stream_output(tmp_path: Path) -> None:
    nb = nbformat.v4.new_notebook()
    nb.cells = [
        nbformat.v4.new_code_cell(
            "import sys, time\n"
            "print('first', flush=True)\n"
            "time.sleep(0.3)\n"
            "print('second', flush=True)\n"
            "print('to stderr', file=sys.stderr, flush=True)\n"
            "time.sleep(0.3)\n"
            "print('third')"
        )
    ]
    outputs = execute_notebook(nb, tmp_path, "constructed").cells[0].outputs
    assert [(o.output_type, o.name, o.text) for o in outputs] == [
        ("stream", "stdout", "first\nsecond\n"),
        ("stream", "stderr", "to stderr\n"),
        ("stream", "stdout", "third\n"),
    ]


def test_ctrl_c_that_nbclient_caught_as_the_run_ended_still_stops_the_build(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """nbclient's own Ctrl+C handler only schedules the kernel's shutdown: when the signal
    comes as the last cell ends, ``execute`` returns normally. The build must stop anyway
    (the race once let ``exercises build`` exit 0 after Ctrl+C)."""
    from nbclient import NotebookClient

    def ends_after_a_caught_signal(self, **kwargs):
        self._async_cleanup_kernel_future = object()  # what nbclient's handler sets
        return self.nb

    monkeypatch.setattr(NotebookClient, "execute", ends_after_a_caught_signal)
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("1 + 1")])
    with pytest.raises(KeyboardInterrupt):
        execute_notebook(nb, tmp_path, "constructed")


def test_a_run_without_a_signal_returns_the_notebook(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The other side of the check above: no signal, no interruption."""
    from nbclient import NotebookClient

    monkeypatch.setattr(NotebookClient, "execute", lambda self, **kwargs: self.nb)
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("1 + 1")])
    assert execute_notebook(nb, tmp_path, "constructed").cells[0].source == "1 + 1"
