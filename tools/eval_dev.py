"""Run quote (and figure) extraction on the development set and score it.

The development set (eight real articles with hand-made gold quotes and figures,
and a scorer) lives outside the package, in ``../shared/eval/`` by default. This
script loads each article with :func:`hrlesson.load_article`, writes
``quotes.csv`` (and ``figures.csv`` when :mod:`hrlesson.figures` exists) per
article into a temporary folder, and runs the scorer on it.

Usage::

    python tools/eval_dev.py                    # all articles, summary table
    python tools/eval_dev.py --details          # misses, wrong speakers, spurious items
    python tools/eval_dev.py 02 06 --keep DIR   # some articles; keep the predictions in DIR

Tests must not import this file: users do not have the development set.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
#: ``shared/eval`` beside the checkout, or beside a folder that holds it (a git worktree).
DEFAULT_EVAL = next(
    (p / "shared" / "eval" for p in ROOT.parents if (p / "shared" / "eval" / "score.py").exists()),
    ROOT.parent / "shared" / "eval",
)


def _article_dates(eval_dir: Path) -> dict[str, str]:
    """Article dates from ``articles/index.json`` (its 'date' field starts with YYYY-MM-DD)."""
    index = eval_dir / "articles" / "index.json"
    if not index.exists():
        return {}
    data = json.loads(index.read_text(encoding="utf-8"))
    dates = {}
    for a in data.get("articles", []):
        m = re.match(r"\d{4}-\d{2}-\d{2}\b", a.get("date", ""))
        if m:
            dates[a["id"]] = m.group(0)
    return dates


def write_predictions(eval_dir: Path, out: Path, ids: list[str]) -> list[str]:
    """Write ``out/<id>/quotes.csv`` (and figures.csv) for each article; return the ids."""
    import importlib

    import hrlesson
    from hrlesson import export

    # modules, not the functions of the same name that hrlesson/__init__ may export
    quotes = importlib.import_module("hrlesson.quotes")
    try:
        figures = importlib.import_module("hrlesson.figures")
    except ImportError:
        figures = None
    dates = _article_dates(eval_dir)
    done = []
    for path in sorted((eval_dir / "articles").glob("*.txt")):
        aid = path.stem
        if ids and not any(aid == i or aid.split("_", 1)[0] == i for i in ids):
            continue
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", hrlesson.HrlessonWarning)
            article = hrlesson.load_article(path, date=dates.get(aid))
        folder = out / aid
        folder.mkdir(parents=True, exist_ok=True)
        tables = [quotes.TABLE] + ([figures.TABLE] if figures and hasattr(figures, "TABLE") else [])
        for table in tables:
            columns = [f[0] for f in table.fields]
            export.write_csv(table.build(article), folder / f"{table.name}.csv", columns)
        done.append(aid)
    return done


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("ids", nargs="*", help="article ids or numbers (default: all)")
    parser.add_argument("--eval-dir", type=Path, default=DEFAULT_EVAL)
    parser.add_argument("--keep", type=Path, help="write predictions here instead of a temp dir")
    parser.add_argument("--details", action="store_true", help="pass --details to the scorer")
    parser.add_argument("--json", help="pass --json FILE to the scorer")
    args = parser.parse_args(argv)
    scorer = args.eval_dir / "score.py"
    if not scorer.exists():
        print(f"eval_dev: no scorer at {scorer} (use --eval-dir)", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="hrlesson-dev-") as tmp:
        out = args.keep or Path(tmp)
        done = write_predictions(args.eval_dir, out, args.ids)
        cmd = [sys.executable, str(scorer), "--pred-dir", str(out), *done]
        if args.details:
            cmd.append("--details")
        if args.json:
            cmd += ["--json", args.json]
        return subprocess.call(cmd)


if __name__ == "__main__":
    sys.exit(main())
