"""check() in a real IPython shell: a failing answer cell, a bare value, a fixed answer.

Each test runs cells in an IPython ``InteractiveShell`` (as JupyterLab's kernel does, with
history), then the check cell, and reads what ``check()`` printed.
"""

from __future__ import annotations

import pytest

from hrlesson import answer_cells
from hrlesson import checks as checks_module
from hrlesson.checks import CHECKS_FILE, NBGRADER_ENV, RAISE_ENV, RECORD_ENV, write_checks_file

InteractiveShell = pytest.importorskip("IPython.core.interactiveshell").InteractiveShell

CHECK = "hrlesson.check('q', answer, checks=CHECKS)"


@pytest.fixture
def shell(tmp_path, monkeypatch):
    """A fresh IPython shell with ``hrlesson`` imported and ``CHECKS`` naming a checks file
    whose answer to question ``q`` is 3."""
    for name in (RECORD_ENV, RAISE_ENV, NBGRADER_ENV, "HRLESSON_CHECKS"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("IPYTHONDIR", str(tmp_path / "ipython"))
    monkeypatch.setattr(checks_module, "_SESSION", {})
    path = tmp_path / CHECKS_FILE
    write_checks_file(path, {"q": 3}, salt="s")
    sh = InteractiveShell.instance()
    sh.run_cell(f"import hrlesson\nCHECKS = {str(path)!r}", store_history=True)
    yield sh
    sh.history_manager.end_session()
    InteractiveShell.clear_instance()


def _run(shell, capsys, *cells):
    """Run cells in order; return what the last one printed (stdout)."""
    capsys.readouterr()
    for cell in cells:
        shell.run_cell(cell, store_history=True)
    return capsys.readouterr().out.strip().splitlines()[-1]


def test_correct_answer(shell, capsys):
    assert _run(shell, capsys, "answer = 3", CHECK) == "✔ q: correct."


@pytest.mark.parametrize(
    ("failing", "error"),
    [
        ("answer = Thursday", "NameError: name 'Thursday' is not defined"),
        ("answer = (", "SyntaxError"),
        ("answer = 4\nanswer.upper()", "AttributeError"),
    ],
)
def test_failing_answer_cell_is_not_judged(shell, capsys, failing, error):
    assert _run(shell, capsys, "answer = 3", CHECK) == "✔ q: correct."
    out = _run(shell, capsys, failing, CHECK)
    assert out.startswith(f"✘ q: your answer cell above stopped with an error ({error}"), out
    assert "fix the cell and run it again, then run this check" in out
    assert "correct" not in out


def test_failure_is_remembered_across_other_cells(shell, capsys):
    out = _run(shell, capsys, "answer = 3", "answer = Thursday", "x = 5", "y = x + 1", CHECK)
    assert out.startswith("✘ q: your answer cell above stopped with an error (NameError")


def test_fixed_answer_cell_is_judged_again(shell, capsys):
    out = _run(shell, capsys, "answer = Thursday", CHECK, "answer = 3", CHECK)
    assert out == "✔ q: correct."


def test_failing_cell_before_the_answer_does_not_matter(shell, capsys):
    assert _run(shell, capsys, "1 / 0", "answer = 40", CHECK).startswith("✘ q: not quite")


def test_failing_cell_without_assignment_run_last(shell, capsys):
    """The student replaced the answer line by a bare name: the cell fails, the old value stays."""
    out = _run(shell, capsys, "answer = 3", "Thursday", CHECK)
    assert out.startswith("✘ q: the cell you ran just before this check stopped with an error")
    assert "(NameError: name 'Thursday' is not defined), so `answer` may still hold" in out


def test_check_at_the_end_of_the_answer_cell(shell, capsys):
    """A check inside the answer cell judges the value that this very run assigned."""
    cell = "answer = 3\n" + CHECK
    assert _run(shell, capsys, "answer = Thursday\n" + CHECK, cell) == "✔ q: correct."


def test_bare_value_instead_of_an_assignment(shell, capsys):
    out = _run(shell, capsys, "answer = ...", "22", CHECK)
    assert out == (
        "… q: not answered yet: the cell above shows 22 but does not store it. "
        "Write `answer = 22` there, run it, then run this check."
    )
    assert "Replace ..." not in out


def test_stub_not_replaced_names_the_variable(shell, capsys):
    out = _run(shell, capsys, "answer = ...", CHECK)
    assert out == (
        "… q: not answered yet. Replace the ... in `answer = ...` with your answer, then run "
        "the cell again."
    )


def test_check_imported_by_name(shell, capsys):
    cells = ("from hrlesson import check", "answer = 3", "answer = Thursday")
    cells += ("check('q', answer, checks=CHECKS)",)
    assert _run(shell, capsys, *cells).startswith("✘ q: your answer cell above stopped")


def test_grading_mode_fails_a_stale_answer(shell, capsys, monkeypatch):
    monkeypatch.setenv(NBGRADER_ENV, "autograde")
    shell.run_cell("answer = 3", store_history=True)
    shell.run_cell("answer = Thursday", store_history=True)
    result = shell.run_cell(CHECK, store_history=True)
    assert isinstance(result.error_in_exec, AssertionError)
    assert str(result.error_in_exec).startswith("q (error): your answer cell above stopped")
    capsys.readouterr()


def test_older_ipython_without_stored_exceptions(shell, capsys, monkeypatch):
    """Before IPython kept every cell's exception, only the last cell's result is known."""
    monkeypatch.setattr(answer_cells, "_stored_failures", lambda history: None)
    out = _run(shell, capsys, "answer = 3", "answer = Thursday", CHECK)
    assert out.startswith("✘ q: your answer cell above stopped with an error (NameError")
    assert _run(shell, capsys, "answer = 3", CHECK) == "✔ q: correct."


# --------------------------------------------------------------------------- rich feedback


def test_feedback_is_rich_output_with_the_same_plain_text(shell, capsys):
    """In a notebook the feedback is HTML (a normal font that wraps at spaces, not the
    monospace stream that splits words at the edge); text/plain is the printed text."""
    from IPython.utils.capture import capture_output

    shell.run_cell("answer = 40", store_history=True)
    with capture_output() as captured:
        shell.run_cell(CHECK, store_history=True)
    assert captured.stdout == ""
    [bundle] = [o.data for o in captured.outputs]
    assert sorted(bundle) == ["text/html", "text/plain"]
    assert bundle["text/plain"] == "✘ q: not quite. Look again at the question and the data."
    html = bundle["text/html"]
    assert html.startswith('<div class="hrlesson-feedback"')
    assert '<span class="hrlesson-mark">✘</span> <strong>q</strong>: not quite.' in html
    assert "white-space: normal" in html
    assert "break-all" not in html
    assert "<pre" not in html
    shell.run_cell("answer = 3", store_history=True)
    with capture_output() as captured:
        shell.run_cell(CHECK, store_history=True)
    assert [o.data["text/plain"] for o in captured.outputs] == ["✔ q: correct."]
    assert '<span class="hrlesson-mark">✔</span>' in captured.outputs[0].data["text/html"]
    capsys.readouterr()


def test_rich_feedback_still_raises_when_grading(shell, capsys, monkeypatch):
    from IPython.utils.capture import capture_output

    monkeypatch.setenv(NBGRADER_ENV, "autograde")
    with capture_output() as captured:
        result = shell.run_cell("answer = 40\n" + CHECK, store_history=True)
    assert isinstance(result.error_in_exec, AssertionError)
    assert captured.outputs[0].data["text/plain"].startswith("✘ q: not quite.")
