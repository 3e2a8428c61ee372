"""Score hrlesson.figures on the development set (figures only; not imported by tests).

Usage (from the project root)::

    python tools/eval_figures.py                      # all articles, summary
    python tools/eval_figures.py --details            # misses and spurious items
    python tools/eval_figures.py --kinds              # also compare kind/value with the gold
    python tools/eval_figures.py --eval-dir ../shared/eval --out /tmp/fig-pred 03 06

Each article is loaded with the date from ``articles/index.json`` (the first ten
characters of its ``date``), so relative dates resolve; ``figures.csv`` is written per
article into a temporary folder (or ``--out``) and the scorer ``score.py`` is run on it.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
import warnings
from pathlib import Path

import hrlesson
from hrlesson.errors import HrlessonWarning
from hrlesson.figures import TABLE, figures


def _date(entry: dict) -> str | None:
    value = str(entry.get("date") or "")[:10]
    return value if len(value) == 10 and value[4] == "-" and value[7] == "-" else None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("ids", nargs="*", help="article ids or number prefixes (default: all)")
    parser.add_argument(
        "--eval-dir", default=str(Path(__file__).resolve().parents[2] / "shared" / "eval")
    )
    parser.add_argument("--out", help="prediction folder (default: a temporary folder)")
    parser.add_argument("--details", action="store_true", help="show misses and spurious items")
    parser.add_argument("--kinds", action="store_true", help="compare kind and value with the gold")
    parser.add_argument("--no-date", action="store_true", help="load articles without a date")
    args = parser.parse_args(argv)

    eval_dir = Path(args.eval_dir)
    index = json.loads((eval_dir / "articles" / "index.json").read_text(encoding="utf-8"))
    entries = [
        e for e in index["articles"] if not args.ids or any(e["id"].startswith(i) for i in args.ids)
    ]
    out = Path(args.out) if args.out else Path(tempfile.mkdtemp(prefix="hrlesson-figures-"))
    columns = [f[0] for f in TABLE.fields]
    elapsed = []
    for entry in entries:
        path = eval_dir / "articles" / f"{entry['id']}.txt"
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", HrlessonWarning)
            article = hrlesson.load_article(path, date=None if args.no_date else _date(entry))
        t0 = time.perf_counter()
        df = figures(article)
        elapsed.append(time.perf_counter() - t0)
        folder = out / entry["id"]
        folder.mkdir(parents=True, exist_ok=True)
        df[columns].to_csv(folder / "figures.csv", index=False, lineterminator="\n")
        if args.kinds:
            _compare_kinds(eval_dir, entry["id"], df)
    print(
        f"figures(): mean {1000 * sum(elapsed) / len(elapsed):.2f} ms per article "
        f"(first call, {len(elapsed)} articles); predictions in {out}",
        file=sys.stderr,
    )
    cmd = [sys.executable, str(eval_dir / "score.py"), "--pred-dir", str(out)]
    cmd += [e["id"] for e in entries] if args.ids else []
    if args.details:
        cmd.append("--details")
    return subprocess.call(cmd)


def _compare_kinds(eval_dir: Path, article_id: str, df) -> None:
    """Print gold figures whose kind or value differ from the prediction with the same text."""
    import pandas as pd

    gold = json.loads((eval_dir / "gold" / f"{article_id}.json").read_text(encoding="utf-8"))
    predicted = {(r.start, r.end): r for r in df.itertuples()}
    for item in gold["figures"]:
        hits = [
            r for (s, e), r in predicted.items() if s <= item["start"] and item["end"] <= e
        ] or [r for (s, e), r in predicted.items() if item["start"] <= s and e <= item["end"]]
        if not hits:
            continue
        r = hits[0]
        value = None if pd.isna(r.value) else float(r.value)
        gold_value = None if item.get("value") is None else float(item["value"])
        if r.kind != item["kind"] or value != gold_value:
            print(
                f"{article_id}: {item['text']!r} gold {item['kind']}/{gold_value} "
                f"predicted {r.text!r} {r.kind}/{value}"
            )


if __name__ == "__main__":
    raise SystemExit(main())
