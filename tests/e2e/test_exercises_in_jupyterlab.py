"""Every student notebook (exercises/), run in real JupyterLab in headless Chromium.

The same check as the lessons' (``run_all.check_notebook``): open, run all cells, no error
or stderr in any cell, every stored figure drawn, one screenshot per notebook.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from run_all import check_notebook

if TYPE_CHECKING:
    from conftest import LabServer

pytestmark = pytest.mark.e2e

ROOT = Path(__file__).resolve().parents[2]
EXERCISES = sorted(p.relative_to(ROOT) for p in (ROOT / "exercises").glob("*.ipynb"))


@pytest.mark.parametrize("relative", EXERCISES, ids=lambda p: p.as_posix())
def test_student_notebook_runs_in_jupyterlab(
    lab: LabServer, browser_context: Any, screenshots: Path, relative: Path
) -> None:
    check_notebook(lab, browser_context, screenshots, relative)


def test_exercise_folder_is_not_empty() -> None:
    """Loud, not vacuous: the parametrized test above passes trivially on an empty folder."""
    assert EXERCISES, (
        "exercises/ has no student notebooks: run `hrlesson exercises build` and commit exercises/"
    )
