"""Driving one notebook in JupyterLab as a student does: open it, run it, find cells, type.

Shared by the browser tests (not a test module). Cells are found by their source,
never by position, so that a lesson can grow without breaking the tests.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from conftest import LabServer

OPEN_TIMEOUT_MS = 60_000
RUN_TIMEOUT_S = 180

JS_READY = """
(path) => {
  const w = window.jupyterapp && window.jupyterapp.shell.currentWidget;
  if (!w || !w.context || w.context.path !== path || !w.context.isReady || !w.model) return false;
  if (w.content.widgets.length !== w.model.cells.length) return false;
  const session = w.sessionContext && w.sessionContext.session;
  const kernel = session && session.kernel;
  return !!kernel && kernel.status === 'idle' && kernel.connectionStatus === 'connected';
}
"""
JS_CELLS = """
() => window.jupyterapp.shell.currentWidget.content.widgets.map((cell, index) => ({
  index, type: cell.model.type, source: cell.model.sharedModel.getSource(),
  executionCount: cell.model.type === 'code' ? cell.model.executionCount : null,
  pending: !!cell.node.querySelector('.jp-InputArea-prompt')
    && cell.node.querySelector('.jp-InputArea-prompt').textContent.includes('*'),
}))
"""
JS_MODE = "() => window.jupyterapp.shell.currentWidget.content.mode"
JS_EDITOR_FOCUSED = (
    "() => !!document.activeElement && !!document.activeElement.closest('.jp-Cell .cm-editor')"
)


def open_notebook(lab: LabServer, context: Any, path: str) -> Any:
    """A new page with ``path`` open in JupyterLab and its kernel idle."""
    page = context.new_page()
    page.goto(lab.lab_url(path), wait_until="domcontentloaded", timeout=OPEN_TIMEOUT_MS)
    page.wait_for_function(JS_READY, arg=path, timeout=OPEN_TIMEOUT_MS, polling=250)
    page.evaluate("() => window.jupyterapp.shell.collapseLeft()")
    return page


def run_all(page: Any) -> list[dict[str, Any]]:
    """Run > Run All Cells, and wait until every code cell has run; return the cells."""
    page.evaluate(
        "() => { window.jupyterapp.commands.execute('notebook:run-all-cells'); return true; }"
    )
    deadline = time.monotonic() + RUN_TIMEOUT_S
    while True:
        cells = page.evaluate(JS_CELLS)
        code = [c for c in cells if c["type"] == "code" and c["source"].strip()]
        if not any(c["pending"] for c in code) and all(c["executionCount"] for c in code):
            return cells
        if time.monotonic() > deadline:
            raise AssertionError(f"Run All not finished after {RUN_TIMEOUT_S} s")
        page.wait_for_timeout(300)


def cell_index(page: Any, text: str, *, kind: str | None = None, exact: bool = False) -> int:
    """Position of the first cell whose source contains (or is) ``text``, of type ``kind``."""
    for cell in page.evaluate(JS_CELLS):
        found = cell["source"].strip() == text if exact else text in cell["source"]
        if found and (kind is None or cell["type"] == kind):
            return cell["index"]
    raise AssertionError(f"no {kind or ''} cell contains {text!r}")


def cell(page: Any, index: int) -> Any:
    """The cell's node in the page (scrolled into view)."""
    node = page.locator(".jp-NotebookPanel .jp-Notebook .jp-Cell").nth(index)
    node.scroll_into_view_if_needed(timeout=10_000)
    return node


def screenshot(page: Any, path: Any, node: Any = None) -> None:
    """A screenshot of the page, or of one cell (for the lesson authors to look at)."""
    if node is not None:
        node.screenshot(path=str(path))
    else:
        page.screenshot(path=str(path))
