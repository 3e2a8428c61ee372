"""Run All on one notebook in real JupyterLab, and what the page then shows.

Shared by the browser test files (not a test module): ``check_notebook`` opens a notebook
as a student does, runs all cells, saves a screenshot and asserts that no cell shows an
error or stderr and that every figure is drawn (the page shows as many loaded images as
the stored outputs have).
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

import nbformat
import pytest
from lab_page import JS_READY, OPEN_TIMEOUT_MS, RUN_TIMEOUT_S

if TYPE_CHECKING:
    from conftest import LabServer

#: Cells allowed to show an error (as in JupyterLab and nbval).
RAISES_TAGS = {"raises-exception", "nbval-raises-exception"}
IMAGE_MIMES = ("image/png", "image/jpeg", "image/gif", "image/svg+xml")

# JupyterLab state read through ``window.jupyterapp`` (--LabApp.expose_app_in_browser).
JS_RUN_ALL = """
async () => {
  const commands = window.jupyterapp.commands;
  window.jupyterapp.shell.collapseLeft();  // a wider notebook in the screenshot
  await commands.execute('notebook:clear-all-cell-outputs');
  commands.execute('notebook:run-all-cells');  // not awaited: progress is polled
  return true;
}
"""
JS_CELL_OUTPUTS = """
() => {
  const w = window.jupyterapp.shell.currentWidget;
  return w.content.widgets.map((cell, index) => {
    const model = cell.model;
    const info = {
      index, type: model.type, tags: model.getMetadata('tags') || [],
      source: model.sharedModel.getSource(), executionCount: null, outputs: [],
      domStderr: 0, domImages: 0, pending: false,
    };
    if (model.type !== 'code') return info;
    info.executionCount = model.executionCount;
    for (let j = 0; j < model.outputs.length; j++) {
      const out = model.outputs.get(j).toJSON();
      info.outputs.push({
        output_type: out.output_type, name: out.name || null,
        ename: out.ename || null, evalue: out.evalue || null,
        text: Array.isArray(out.text) ? out.text.join('') : (out.text || ''),
        mimes: out.data ? Object.keys(out.data) : [],
      });
    }
    const prompt = cell.node.querySelector('.jp-InputArea-prompt');
    info.pending = !!prompt && prompt.textContent.includes('*');
    info.domStderr = cell.node.querySelectorAll(
      '.jp-OutputArea-output[data-mime-type="application/vnd.jupyter.stderr"]').length;
    info.domImages = cell.node.querySelectorAll('.jp-OutputArea-output img').length;
    return info;
  });
}
"""
JS_KERNEL_IDLE = """
() => {
  const w = window.jupyterapp.shell.currentWidget;
  const kernel = w.sessionContext.session && w.sessionContext.session.kernel;
  return !!kernel && kernel.status === 'idle';
}
"""


def finished(cells: list[dict[str, Any]]) -> bool:
    """Run All is done: every non-empty code cell ran, or a cell failed (Run All stops)."""
    code = [c for c in cells if c["type"] == "code"]
    if any(c["pending"] for c in code):
        return False
    failed = any(
        o["output_type"] == "error"
        for c in code
        if not RAISES_TAGS & set(c["tags"])
        for o in c["outputs"]
    )
    return failed or all(c["executionCount"] is not None for c in code if c["source"].strip())


def stored_images(path: Path) -> int:
    """How many image outputs the notebook has on disk (0 for unexecuted notebooks)."""
    nb = nbformat.read(path, as_version=4)
    return sum(
        1
        for cell in nb.cells
        if cell.cell_type == "code"
        for out in cell.get("outputs", [])
        if any(m in out.get("data", {}) for m in IMAGE_MIMES)
    )


def problems(cells: list[dict[str, Any]]) -> list[str]:
    """Errors, stderr and unrun cells, one line each."""
    found = []
    for c in cells:
        if c["type"] != "code" or RAISES_TAGS & set(c["tags"]):
            continue
        where = f"cell {c['index']} ({c['source'].strip().splitlines()[0][:60] if c['source'].strip() else 'empty'})"
        for o in c["outputs"]:
            if o["output_type"] == "error":
                found.append(f"{where}: {o['ename']}: {o['evalue']}")
            elif o["output_type"] == "stream" and o["name"] == "stderr":
                found.append(f"{where}: stderr: {o['text'].strip()[:300]}")
        if c["domStderr"] and not any(
            o["output_type"] in ("error", "stream") for o in c["outputs"]
        ):
            found.append(f"{where}: the page shows {c['domStderr']} stderr/error output(s)")
        if c["source"].strip() and c["executionCount"] is None:
            found.append(f"{where}: not run")
    return found


#: One JupyterLab page per browser context, kept open between notebooks (a student opens
#: JupyterLab once, then one notebook after another): loading JupyterLab's page takes
#: several seconds, opening a notebook in it well under one.
_OPEN_PAGES: dict[int, Any] = {}

JS_OPEN = """
async (path) => {
  await window.jupyterapp.restored;
  await window.jupyterapp.commands.execute('docmanager:open', {path, factory: 'Notebook'});
  return true;
}
"""
# The notebook was run, so its document is changed: close it without the save dialog.
JS_CLOSE = """
() => {
  const w = window.jupyterapp.shell.currentWidget;
  if (w && w.context) { w.context.model.dirty = false; w.dispose(); }
  return true;
}
"""


def lab_page(lab: LabServer, context: Any) -> Any:
    """The JupyterLab page of ``context`` (loaded, with nothing open), made on first use."""
    page = _OPEN_PAGES.get(id(context))
    if page is None or page.is_closed():
        page = context.new_page()
        page.goto(lab.home_url(), wait_until="domcontentloaded", timeout=OPEN_TIMEOUT_MS)
        page.wait_for_function("() => !!window.jupyterapp", timeout=OPEN_TIMEOUT_MS, polling=250)
        _OPEN_PAGES[id(context)] = page
    return page


def run_in_lab(
    lab: LabServer, context: Any, served: str, screenshot: Path
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Open ``served`` in JupyterLab, run all cells, screenshot; return (cells, images).

    The page stays open for the next notebook; after a failure it is closed, so that the
    next notebook starts from a freshly loaded JupyterLab.
    """
    page = lab_page(lab, context)
    done = False
    try:
        page.evaluate(JS_OPEN, served)
        page.wait_for_function(JS_READY, arg=served, timeout=OPEN_TIMEOUT_MS, polling=250)
        page.evaluate(JS_RUN_ALL)
        deadline = time.monotonic() + RUN_TIMEOUT_S
        while True:
            cells = page.evaluate(JS_CELL_OUTPUTS)
            if finished(cells) and page.evaluate(JS_KERNEL_IDLE):
                break
            if time.monotonic() > deadline:
                save_screenshot(page, screenshot)
                pytest.fail(f"{served}: Run All not finished after {RUN_TIMEOUT_S} s; {screenshot}")
            page.wait_for_timeout(300)
        images = []
        for img in page.locator(".jp-OutputArea-output img").all():
            img.scroll_into_view_if_needed(timeout=10_000)
            images.append(
                img.evaluate(
                    "el => ({loaded: el.complete && el.naturalWidth > 0, "
                    "visible: el.getBoundingClientRect().width > 0, width: el.naturalWidth})"
                )
            )
        save_screenshot(page, screenshot)
        page.evaluate(JS_CLOSE)
        done = True
        return cells, images
    finally:
        if not done:
            page.close()
        lab.shutdown_kernels()


def save_screenshot(page: Any, path: Path) -> None:
    """The whole notebook: JupyterLab scrolls inside a panel, so make the window as tall."""
    height = page.evaluate(
        "() => { const s = document.querySelector('.jp-NotebookPanel .jp-WindowedPanel-outer');"
        " return s ? s.scrollHeight : 0; }"
    )
    size = page.viewport_size or {"width": 1280, "height": 900}
    page.set_viewport_size({"width": size["width"], "height": max(900, min(height + 200, 12_000))})
    page.evaluate(
        "() => { const s = document.querySelector('.jp-NotebookPanel .jp-WindowedPanel-outer');"
        " if (s) s.scrollTop = 0; }"
    )
    page.wait_for_timeout(300)
    page.screenshot(path=str(path))
    page.set_viewport_size(size)


def check_notebook(lab: LabServer, context: Any, screenshots: Path, relative: Path) -> None:
    served = relative.as_posix()
    shot = screenshots / (served.replace("/", "__").removesuffix(".ipynb") + ".png")
    cells, images = run_in_lab(lab, context, served, shot)
    found = problems(cells)
    assert not found, f"{served} in JupyterLab:\n" + "\n".join(found) + f"\nscreenshot: {shot}"
    produced = sum(
        1 for c in cells for o in c["outputs"] if any(m in o["mimes"] for m in IMAGE_MIMES)
    )
    assert produced >= stored_images(lab.root / relative), f"{served}: fewer figures than stored"
    shown = sum(c["domImages"] for c in cells)
    assert shown >= produced, f"{served}: {produced} figure outputs but {shown} images in the page"
    bad = [i for i, img in enumerate(images) if not (img["loaded"] and img["visible"])]
    assert not bad, f"{served}: images {bad} of {len(images)} did not load; screenshot: {shot}"


def write_notebook(path: Path, sources: list[str]) -> None:
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {
        "name": "python3",
        "display_name": "Python 3",
        "language": "python",
    }
    nb.cells = [nbformat.v4.new_markdown_cell("# Harness check (constructed by the test)")]
    nb.cells += [nbformat.v4.new_code_cell(s) for s in sources]
    path.parent.mkdir(parents=True, exist_ok=True)
    nbformat.write(nb, path)
