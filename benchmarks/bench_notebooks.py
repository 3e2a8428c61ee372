"""How long each lesson and student notebook takes to run top to bottom (prints numbers).

Runs every ``notebooks/*.ipynb`` and ``exercises/*.ipynb`` with nbclient in this Python
environment, on a temporary copy (nothing in the repository changes), and prints the
wall time, the kernel start-up share and the number of code cells, and first the floor: a
notebook that only imports pandas, matplotlib and hrlesson. Use it to keep the
lessons quick for students on Binder and the CI budget (nbval, Binder and browser tests
each run every lesson once).

Usage: python benchmarks/bench_notebooks.py [NOTEBOOK ...] [--repeat N]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

import nbformat
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parent.parent


def _time_notebook(path: Path, workdir: Path) -> tuple[float, float, int]:
    """Run one notebook in ``workdir``; return (total seconds, kernel start seconds, code cells)."""
    nb = nbformat.read(path, as_version=4)
    client = NotebookClient(
        nb,
        timeout=600,
        kernel_name="python3",
        allow_errors=True,
        resources={"metadata": {"path": str(workdir)}},
    )
    start = time.perf_counter()
    with client.setup_kernel():
        ready = time.perf_counter()
        for index, cell in enumerate(nb.cells):
            client.execute_cell(cell, index)
    end = time.perf_counter()
    return end - start, ready - start, sum(1 for c in nb.cells if c.cell_type == "code")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("notebooks", nargs="*", type=Path, help="default: every lesson/exercise")
    parser.add_argument("--repeat", type=int, default=1, help="runs per notebook (median shown)")
    args = parser.parse_args(argv)
    paths = args.notebooks or [
        *sorted((ROOT / "notebooks").glob("*.ipynb")),
        *sorted((ROOT / "exercises").glob("*.ipynb")),
    ]
    if not paths:
        print("no notebooks found in notebooks/ or exercises/", file=sys.stderr)
        return 1
    print(f"python {sys.version.split()[0]}, {len(paths)} notebooks, repeat {args.repeat}")
    print(f"{'notebook':<42} {'cells':>5} {'total s':>8} {'kernel s':>8}")
    grand = 0.0
    with tempfile.TemporaryDirectory() as tmp:
        floor = Path(tmp) / "floor.ipynb"
        nbformat.write(
            nbformat.v4.new_notebook(
                cells=[
                    nbformat.v4.new_code_cell(
                        "%matplotlib inline\nimport pandas\nimport matplotlib.pyplot\nimport hrlesson"
                    )
                ]
            ),
            floor,
        )
        total, kernel, cells = _time_notebook(floor, Path(tmp))
        print(f"{'floor (imports only)':<42} {cells:>5} {total:>8.2f} {kernel:>8.2f}")
        for path in paths:
            folder = Path(tmp) / path.parent.name
            if not folder.exists():
                shutil.copytree(path.parent, folder)
            runs = [_time_notebook(folder / path.name, folder) for _ in range(args.repeat)]
            total = statistics.median(r[0] for r in runs)
            kernel = statistics.median(r[1] for r in runs)
            grand += total
            name = f"{path.parent.name}/{path.name}"
            print(f"{name:<42} {runs[0][2]:>5} {total:>8.2f} {kernel:>8.2f}")
    print(f"{'all notebooks':<42} {'':>5} {grand:>8.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
