"""Benchmark extraction: per-article time, growth, peak memory, --jobs scaling, import time.

Prints numbers; asserts nothing (targets are in the README). Run from the repository root:

    python benchmarks/bench_extract.py            # full run (1, 10, 100, 1,000 articles)
    python benchmarks/bench_extract.py --quick    # 1, 10, 100
    python benchmarks/bench_extract.py --startup  # only the start-up figures (issue #13)

Articles are the bundled article and the constructed practice article (about 2,000-4,300
characters each), repeated with a counter appended so no two texts are identical.
"""

from __future__ import annotations

import argparse
import gc
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import hrlesson
from hrlesson import article_from_text

DATASETS = ("quotes", "figures", "markers", "actors")


def _texts(n: int) -> list[str]:
    base = [hrlesson.load_article().raw]
    practice = Path(str(hrlesson.__file__)).parent / "data" / "practice"
    base += [p.read_text(encoding="utf-8") for p in sorted(practice.glob("*.txt"))]
    return [base[i % len(base)] + f"\n\nParagraph number {i}." for i in range(n)]


def _pipeline(text: str) -> None:
    article = article_from_text(text)
    article.sentences  # noqa: B018 - builds paragraphs, sentences and words
    for name in DATASETS:
        function = getattr(hrlesson, name, None)
        if function is not None:
            function(article)


def per_article_ms(text: str, repeat: int = 200) -> tuple[float, float]:
    for _ in range(20):
        _pipeline(text)
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        _pipeline(text)
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times), min(times)


def batch(n: int) -> tuple[float, float]:
    texts = _texts(n)
    gc.collect()
    t = time.perf_counter()
    for text in texts:
        _pipeline(text)
    elapsed = time.perf_counter() - t
    return elapsed, elapsed / n * 1000


def import_time() -> float:
    code = (
        "import time, pandas; t = time.perf_counter(); import hrlesson; "
        "print(time.perf_counter() - t)"
    )
    # Measure what a user sees: bytecode cached (a first run writes it), whatever this shell sets.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    subprocess.check_output([sys.executable, "-c", code], text=True, env=env)
    runs = [
        float(subprocess.check_output([sys.executable, "-c", code], text=True, env=env))
        for _ in range(5)
    ]
    return statistics.median(runs)


def _wall(command: list[str], env: dict[str, str] | None = None, runs: int = 5) -> float:
    """Median wall time of a command, in seconds (after one warm-up run)."""
    subprocess.run(command, check=True, env=env, capture_output=True)
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        subprocess.run(command, check=True, env=env, capture_output=True)
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def _in_fresh_python(code: str, env: dict[str, str] | None = None, runs: int = 5) -> float:
    """Median of the number a fresh interpreter prints for ``code``."""
    values = [
        float(subprocess.check_output([sys.executable, "-c", code], text=True, env=env))
        for _ in range(runs)
    ]
    return statistics.median(values)


def startup() -> None:
    """What a user waits for before anything is written, each figure beside its target."""
    rows = []
    code = (
        "import time; from hrlesson.syllables import load_syllable_table; "
        "t = time.perf_counter(); load_syllable_table(); print(time.perf_counter() - t)"
    )
    rows.append(
        ("syllable data (compact CMU table) load, wall", _in_fresh_python(code), "<= 0.100 s")
    )
    code = code.replace("perf_counter", "process_time")
    rows.append(("syllable data load, CPU (wall minus waiting for a core)",
                 _in_fresh_python(code), "<= 0.100 s"))  # fmt: skip
    code = (
        "import time, hrlesson; a = hrlesson.load_article(); q = hrlesson.quotes(a); "
        "t = time.perf_counter(); hrlesson.readability(a, q); print(time.perf_counter() - t)"
    )
    rows.append(("first readability call in a process (was 1.9 s)", _in_fresh_python(code), ""))
    code = (
        "import time, pandas; t = time.perf_counter(); import hrlesson; "
        "print(time.perf_counter() - t)"
    )
    with tempfile.TemporaryDirectory() as tmp:
        no_cache = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1", "PYTHONPYCACHEPREFIX": tmp}
        rows.append(
            ("import hrlesson after pandas, no bytecode cache", _in_fresh_python(code, no_cache),
             "<= 0.100 s")
        )  # fmt: skip
        pandas = _wall([sys.executable, "-c", "import pandas"])
        rows.append(('python -c "import pandas"', pandas, "(reference)"))
        exe = Path(sys.executable).with_name("hrlesson")
        article = (
            Path(str(hrlesson.__file__)).parent / "data" / "article" / "belarus_2021-02-25.txt"
        )
        extract = _wall([str(exe), "extract", str(article), "--out", str(Path(tmp) / "out")])
        rows.append(
            ("hrlesson extract, one article", extract, f"<= {2 * pandas:.3f} s (2x pandas)")
        )
    big = "\n\n".join([hrlesson.load_article().text] * 230)  # about 1 MB
    article_1mb = article_from_text(big, date="2021-02-25")
    quotes = hrlesson.quotes(article_1mb)
    t = time.perf_counter()
    hrlesson.readability(article_1mb, quotes)
    rows.append((f"readability of a {len(big) / 1e6:.1f} MB text (was 39 s)",
                 time.perf_counter() - t, "linear"))  # fmt: skip
    print("start-up and long texts (median of 5 fresh processes where it says s):")
    for label, seconds, target in rows:
        print(f"  {label:<52} {seconds:7.3f} s   target {target}")


def jobs_scaling(n: int) -> dict[int, float]:
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "in"
        src.mkdir()
        for i, text in enumerate(_texts(n)):
            (src / f"a{i:04d}.txt").write_text(text, encoding="utf-8")
        exe = Path(sys.executable).with_name("hrlesson")
        for jobs in (1, 2):
            t = time.perf_counter()
            subprocess.run(
                [str(exe), "extract", str(src), "--out", str(Path(tmp) / f"out{jobs}"),
                 "--date", "2021-02-25", "--jobs", str(jobs)],
                check=True, stderr=subprocess.DEVNULL,
            )  # fmt: skip
            results[jobs] = time.perf_counter() - t
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="skip the 1,000-article runs")
    parser.add_argument("--startup", action="store_true", help="only the start-up figures")
    args = parser.parse_args()
    startup()
    if args.startup:
        return
    sizes = (1, 10, 100) if args.quick else (1, 10, 100, 1000)
    present = [d for d in DATASETS if hasattr(hrlesson, d)]
    print(f"hrlesson {hrlesson.__version__}; datasets timed: {', '.join(present) or 'none'}")
    print(f"cores: {os.cpu_count()}; one process, one core for in-process timings")

    text = _texts(1)[0]
    two_k = hrlesson.load_article().raw[:2000].rsplit("\n\n", 1)[0]
    median, best = per_article_ms(two_k)
    print(f"2,000-char article: median {median:.2f} ms, best {best:.2f} ms per article "
          f"(load+clean+segment+{'+'.join(present)})")  # fmt: skip
    median, best = per_article_ms(text)
    print(f"bundled article ({len(text)} chars): median {median:.2f} ms, best {best:.2f} ms")

    for n in sizes:
        elapsed, per = batch(n)
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"{n:>5} articles: {elapsed:7.2f} s total, {per:6.2f} ms/article, "
              f"peak RSS so far {peak:.0f} MB")  # fmt: skip

    print(f"import hrlesson after pandas: {import_time() * 1000:.1f} ms (median of 5)")
    n_jobs = 100 if args.quick else 1000
    scaling = jobs_scaling(n_jobs)
    print(f"hrlesson extract, {n_jobs} articles: --jobs 1 {scaling[1]:.1f} s, --jobs 2 "
          f"{scaling[2]:.1f} s (speed-up {scaling[1] / scaling[2]:.2f}x)")  # fmt: skip


if __name__ == "__main__":
    main()
