"""Every lesson notebook, run in real JupyterLab in headless Chromium.

What a student does: open the notebook, run all cells (``run_all.check_notebook``). A
generated notebook with a figure checks the harness itself, and a broken one checks that
it notices errors. The student notebooks run in ``test_exercises_in_jupyterlab.py``: two
files, so that the two test workers share the browser runs.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from run_all import check_notebook, problems, run_in_lab, write_notebook

if TYPE_CHECKING:
    from conftest import LabServer

pytestmark = pytest.mark.e2e

ROOT = Path(__file__).resolve().parents[2]

LESSONS = sorted(p.relative_to(ROOT) for p in (ROOT / "notebooks").glob("*.ipynb"))


def test_harness_runs_a_notebook_with_a_figure(
    lab: LabServer, browser_context: Any, screenshots: Path
) -> None:
    """A generated notebook: imports hrlesson, prints, draws a figure, has an empty cell."""
    relative = Path("_e2e") / "smoke.ipynb"
    write_notebook(
        lab.root / relative,
        [
            "import hrlesson\nimport matplotlib.pyplot as plt",
            "a = hrlesson.load_article()\nprint(len(a.paragraphs), 'paragraphs')",
            (
                "fig, ax = plt.subplots(figsize=(4, 2))\n"
                "ax.bar(['words'], [len(a.words)])\nax.set_title('constructed check')\nplt.show()"
            ),
            "",
        ],
    )
    cells, images = run_in_lab(
        lab, browser_context, relative.as_posix(), screenshots / "_smoke.png"
    )
    assert not problems(cells)
    assert "paragraphs" in cells[2]["outputs"][0]["text"]
    assert cells[3]["domImages"] == 1
    assert len(images) == 1
    assert images[0]["loaded"]
    assert (screenshots / "_smoke.png").stat().st_size > 10_000


def test_harness_reports_errors_and_stderr(
    lab: LabServer, browser_context: Any, screenshots: Path
) -> None:
    """A generated broken notebook: the harness must see the stderr line and the error."""
    relative = Path("_e2e") / "broken.ipynb"
    write_notebook(
        lab.root / relative,
        ["import sys\nprint('oops', file=sys.stderr)", "1 / 0", "print('never runs')"],
    )
    cells, _ = run_in_lab(lab, browser_context, relative.as_posix(), screenshots / "_broken.png")
    found = problems(cells)
    assert any("stderr: oops" in p for p in found), found
    assert any("ZeroDivisionError" in p for p in found), found
    assert any("not run" in p for p in found), found


@pytest.mark.parametrize("relative", LESSONS, ids=lambda p: p.as_posix())
def test_lesson_runs_in_jupyterlab(
    lab: LabServer, browser_context: Any, screenshots: Path, relative: Path
) -> None:
    check_notebook(lab, browser_context, screenshots, relative)


def test_lesson_folder_is_not_empty() -> None:
    """Loud, not vacuous: the parametrized test above passes trivially on an empty folder."""
    assert LESSONS, "notebooks/ has no lesson notebooks: the browser test has nothing to run"
