"""Build the lesson notebooks from their Python sources, and run them.

Each ``tools/lessons/NN_name.py`` defines ``CELLS`` (a list of cells made with the
helpers in ``tools/lessons/_kit.py``). This script assembles the cells into
``notebooks/NN-name.ipynb``, executes the notebook top to bottom in a fresh
``python3`` kernel (working folder ``notebooks/``) and writes it with its outputs.

Usage::

    python tools/build_lessons.py            # every lesson
    python tools/build_lessons.py 00 02      # lessons whose number (or name) starts so
    python tools/build_lessons.py --list     # show the lessons and their notebooks

Then it refreshes ``notebooks/.hrlesson-checks.json`` (the hashed answers, written by
``hrlesson exercises build`` into the lessons folder) and, if the answers changed or a
self-check did not print "correct", runs the lessons again, so that the stored outputs
show the verdicts students will see. ``--no-checks`` skips this step.

The same source gives the same bytes: cell ids come from the lesson name and the
cell's position, timing metadata is not recorded, and JSON keys are sorted.
A cell that raises stops the build with the cell number and the error, unless
the cell is tagged ``raises-exception``.
"""

from __future__ import annotations

import argparse
import copy
import importlib.util
import sys
import time
from pathlib import Path

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError

ROOT = Path(__file__).resolve().parent.parent
LESSONS = ROOT / "tools" / "lessons"
NOTEBOOKS = ROOT / "notebooks"
PAGES = "glossary.py"  # sources of notebooks that are pages, not lessons (no number, no code)
TIMEOUT = 120  # seconds per cell; a lesson should run in < 10 s in total


def lesson_sources(selection: list[str] | None = None) -> list[Path]:
    """The lesson source files, in order, optionally only those whose name starts with a selector."""
    files = sorted(p for p in LESSONS.glob("[0-9][0-9]_*.py")) + sorted(LESSONS.glob(PAGES))
    if not selection:
        return files
    chosen = [p for p in files if any(p.stem.startswith(s.replace("-", "_")) for s in selection)]
    unknown = [
        s for s in selection if not any(p.stem.startswith(s.replace("-", "_")) for p in files)
    ]
    if unknown:
        names = ", ".join(p.stem for p in files) or "none"
        raise SystemExit(f"no lesson matches {', '.join(unknown)} (lessons: {names})")
    return chosen


def notebook_path(source: Path) -> Path:
    """``tools/lessons/02_voices.py`` -> ``notebooks/02-voices.ipynb``."""
    return NOTEBOOKS / (source.stem.replace("_", "-") + ".ipynb")


def load_cells(source: Path) -> list[nbformat.NotebookNode]:
    """Import a lesson source file and return its ``CELLS``."""
    if str(LESSONS) not in sys.path:
        sys.path.insert(0, str(LESSONS))
    spec = importlib.util.spec_from_file_location(f"lesson_{source.stem}", source)
    if spec is None or spec.loader is None:
        raise SystemExit(f"{source}: cannot be imported")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    cells = getattr(module, "CELLS", None)
    if not cells:
        raise SystemExit(f"{source}: defines no CELLS list")
    return list(cells)


def assemble(source: Path) -> nbformat.NotebookNode:
    """The notebook for one lesson source, not yet executed.

    Every written answer (``_kit.written``) gets the labelled answer box
    (``_kit.answer_box``) right above it.

    nbgrader metadata comes from ``hrlesson.exercises.nbgrader_metadata`` (what
    ``hrlesson exercises tag`` writes), keeping the ``grade_id``s the helpers set.
    """
    from hrlesson.exercises import KERNELSPEC, LANGUAGE_INFO, nbgrader_metadata

    source_cells = load_cells(source)
    answer_box = importlib.import_module("_kit").answer_box  # tools/lessons is on sys.path now
    nb = nbformat.v4.new_notebook()
    prefix = source.stem.split("_", 1)[0]
    cells = []
    for cell in source_cells:
        if _is_written_answer(cell):
            cells.append(answer_box())  # the labelled box students write under
        cells.append(cell)
    for i, cell in enumerate(cells, start=1):
        cell = nbformat.from_dict(copy.deepcopy(dict(cell)))  # the source module stays untouched
        cell["id"] = f"L{prefix}-{i:03d}"
        nb.cells.append(cell)
    for cell, meta in zip(nb.cells, nbgrader_metadata(nb, notebook_path(source).name), strict=True):
        if meta is not None:
            cell.metadata["nbgrader"] = meta
    nb.metadata["kernelspec"] = dict(KERNELSPEC)
    nb.metadata["language_info"] = copy.deepcopy(LANGUAGE_INFO)  # what opens as saved
    nbformat.validate(nb)
    return nb


def _is_written_answer(cell: nbformat.NotebookNode) -> bool:
    """A markdown cell tagged ``solution`` (made by ``_kit.written``): students write there."""
    return cell.cell_type == "markdown" and "solution" in cell.metadata.get("tags", [])


def execute(nb: nbformat.NotebookNode, name: str) -> nbformat.NotebookNode:
    """Run every cell in a fresh ``python3`` kernel with ``notebooks/`` as working folder."""
    client = NotebookClient(
        nb,
        kernel_name="python3",
        timeout=TIMEOUT,
        record_timing=False,
        resources={"metadata": {"path": str(NOTEBOOKS)}},
    )
    try:
        client.execute()
    except CellExecutionError as exc:
        raise SystemExit(f"{name}: a cell failed\n{exc}") from None
    from hrlesson.exercises import LANGUAGE_INFO, merge_streams

    for cell in nb.cells:
        cell.metadata.pop("execution", None)
        merge_streams(cell)  # how the kernel split printed text must not change the bytes
    # the kernel fills language_info; keep the kit's (no patch-level version)

    nb.metadata["language_info"] = copy.deepcopy(LANGUAGE_INFO)
    return nb


def stderr_cells(nb: nbformat.NotebookNode) -> list[int]:
    """Positions (from 1) of code cells that wrote to stderr (warnings break the browser test)."""
    bad = []
    for i, cell in enumerate(nb.cells, start=1):
        if cell.cell_type != "code" or "raises-exception" in cell.metadata.get("tags", []):
            continue
        if any(o.get("name") == "stderr" for o in cell.get("outputs", [])):
            bad.append(i)
    return bad


def build(source: Path) -> Path:
    """Assemble, execute and write one lesson; return the notebook path."""
    target = notebook_path(source)
    started = time.perf_counter()
    nb = execute(assemble(source), target.name)
    seconds = time.perf_counter() - started
    noisy = stderr_cells(nb)
    NOTEBOOKS.mkdir(exist_ok=True)
    text = nbformat.writes(nb, version=4)
    if not text.endswith("\n"):
        text += "\n"
    target.write_text(text, encoding="utf-8")
    print(f"{target.relative_to(ROOT)}: {len(nb.cells)} cells, ran in {seconds:.1f} s")
    if noisy:
        print(f"  WARNING: cells {noisy} wrote to stderr (warnings?): keep notebooks quiet")
    return target


def refresh_checks() -> bool:
    """Rewrite ``notebooks/.hrlesson-checks.json`` from the answer keys; True if it changed.

    Runs ``hrlesson exercises build`` on ``notebooks/`` with throw-away output folders:
    only the source checks file (bundled article, seed 0) is kept.
    """
    import tempfile

    from hrlesson.checks import CHECKS_FILE
    from hrlesson.errors import HrlessonError
    from hrlesson.exercises import build_exercises

    path = NOTEBOOKS / CHECKS_FILE
    before = path.read_bytes() if path.exists() else b""
    with tempfile.TemporaryDirectory(prefix="hrlesson-lessons-") as tmp:
        try:
            build_exercises(NOTEBOOKS, out=Path(tmp) / "ex", keys=Path(tmp) / "keys")
        except HrlessonError as exc:
            raise SystemExit(f"hrlesson exercises build failed: {exc}") from None
    after = path.read_bytes() if path.exists() else b""
    print(f"{path.relative_to(ROOT)}: {'updated' if after != before else 'unchanged'}")
    return after != before


def _unchecked(path: Path) -> bool:
    """True if a stored self-check output does not say 'correct'."""
    for cell in nbformat.read(path, as_version=4).cells:
        if cell.cell_type == "code" and cell.source.startswith("hrlesson.check("):
            text = "".join(
                o.get("text", "") or o.get("data", {}).get("text/plain", "")
                for o in cell.get("outputs", [])
            )
            if not text.startswith("✔"):
                return True
    return False


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("lessons", nargs="*", help="lesson numbers or names, e.g. 00 02-voices")
    parser.add_argument("--list", action="store_true", help="list lessons and exit")
    parser.add_argument(
        "--no-checks",
        action="store_true",
        help="do not refresh notebooks/.hrlesson-checks.json (self-checks then print '?')",
    )
    args = parser.parse_args(argv)
    sources = lesson_sources(args.lessons)
    if args.list:
        for source in sources:
            print(f"{source.relative_to(ROOT)} -> {notebook_path(source).relative_to(ROOT)}")
        return 0
    if not sources:
        print("no lesson sources found in tools/lessons/")
        return 1
    built = [build(source) for source in sources]
    if args.no_checks:
        return 0
    if refresh_checks():
        built = [build(source) for source in sources]
    else:
        built = [build(s) for s, path in zip(sources, built, strict=True) if _unchecked(path)]
    for path in built:
        if _unchecked(path):
            print(f"  WARNING: {path.name}: a self-check does not print 'correct'")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
