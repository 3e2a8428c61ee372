"""How long does ``hrlesson exercises build`` take? Prints numbers; asserts nothing.

Target: building the whole set for the bundled article in under 5 s, not counting the
time spent executing the answer keys in Jupyter kernels.

Usage::

    python benchmarks/bench_exercises.py [LESSONS_DIR]

The lessons default to the repository's ``notebooks/`` (or the test fixtures when it is
empty). Everything is written into a temporary folder.
"""

from __future__ import annotations

import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from hrlesson.data import package_data_path
from hrlesson.exercises import build_exercises, student_notebooks

ROOT = Path(__file__).resolve().parent.parent


def _lessons(argv: list[str]) -> Path:
    if argv:
        return Path(argv[0])
    notebooks = ROOT / "notebooks"
    if sorted(notebooks.glob("*.ipynb")):
        return notebooks
    return ROOT / "tests" / "fixtures" / "lessons"


def main(argv: list[str]) -> int:
    """Run the benchmark and print a small table."""
    source = _lessons(argv)
    n = len(sorted(source.glob("*.ipynb")))
    print(f"lessons: {source} ({n} notebooks)")
    times = []
    for _ in range(5):
        t0 = time.perf_counter()
        student_notebooks(source)
        times.append(time.perf_counter() - t0)
    print(
        f"student notebooks only (read, strip, write in memory): {statistics.median(times):.3f} s"
    )
    with tempfile.TemporaryDirectory(prefix="bench-exercises-") as work:
        lessons = Path(work) / "notebooks"
        shutil.copytree(source, lessons)
        (lessons / ".hrlesson-checks.json").unlink(missing_ok=True)
        runs = [
            ("full build, bundled article", {}),
            ("rebuild, nothing changed", {}),
            ("full build, practice article, seed 3", {"article": _practice(), "seed": 3}),
        ]
        for label, kwargs in runs:
            out = Path(work) / ("cohort" if kwargs else "exercises")
            result = build_exercises(lessons, out=out, **kwargs)
            rest = result.seconds_total - result.seconds_execute
            print(
                f"{label}: total {result.seconds_total:.2f} s = executing keys "
                f"{result.seconds_execute:.2f} s + everything else {rest:.2f} s "
                f"({len(result.questions)} questions)"
            )
    return 0


def _practice() -> Path:
    return package_data_path("practice", "valdoria_practice.txt")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
