"""Score the kit on test pages with hand gold (tests/fixtures/quote_cases, or any folder of them).

    python tools/eval_cases.py                          # all test pages: one line of scores
    python tools/eval_cases.py DIR_OR_FILE ...          # some pages
    python tools/eval_cases.py --groups                 # and each first-sight batch's pages
    python tools/eval_cases.py --errors FILE            # every error, one per line, sorted
    python tools/eval_cases.py --confidence             # how right each speaker_confidence band is

Scores follow the development scorer (``../shared/eval/score.py``): quote F1 pairs quotes by
their normalised words; quote+speaker F1 counts a paired quote whose speaker the scorer accepts
(a gold surname among the kit's speaker's words); *strict* asks for the same speaker string.
The error file is deterministic (same kit, same pages: same bytes), so two kits' files can be
compared with ``diff``. Error kinds: ``speaker`` (wrong), ``form`` (right by the dev rule, not
letter for letter), ``missed``, ``spurious``.
"""

from __future__ import annotations

import argparse
import csv
import subprocess
import sys
from pathlib import Path

from case_runs import PAGES, ROOT, load_scorer, page_paths, run_pages, score_page

BATCHES = ROOT / "tools" / "data" / "first_sight_batches.csv"
BANDS = ((0.9, 1.01), (0.7, 0.9), (0.5, 0.7), (0.0, 0.5))


def f1(right: int, found: int, gold: int) -> float:
    """Harmonic mean of right/found and right/gold (0 when nothing is right)."""
    if not right:
        return 0.0
    p, r = right / found, right / gold
    return 2 * p * r / (p + r)


def summary(name: str, scores: list[dict]) -> str:
    """One line: pages, gold quotes, quote F1, quote+speaker F1 (strict)."""
    total = {k: sum(s["counts"][k] for s in scores) for k in scores[0]["counts"]} if scores else {}
    if not total:
        return f"{name}: no pages"
    g, k = total["gold"], total["kit"]
    return (
        f"{name}: {len(scores)} pages, {g} quotes; quote F1 {f1(total['paired'], k, g):.3f}; "
        f"quote+speaker {f1(total['right'], k, g):.3f} (strict {f1(total['strict'], k, g):.3f})"
    )


def batch_groups() -> dict[str, set[str]]:
    """Each first-sight batch's rounds (e.g. 'EW–FD') → the page names its commit added."""
    groups = {}
    with BATCHES.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            out = subprocess.run(
                [
                    "git",
                    "-C",
                    str(ROOT),
                    "show",
                    "--diff-filter=A",
                    "--name-only",
                    "--format=",
                    row["commit"],
                ],
                check=True,
                capture_output=True,
                text=True,
            ).stdout
            groups[row["rounds"]] = {Path(p).stem for p in out.split() if p.endswith(".json")}
    return groups


def confidence_lines(scores: list[dict]) -> list[str]:
    """Share of paired quotes in each confidence band, and how many of them are right."""
    matched = [m for s in scores for m in s["matched"] if m["confidence"] is not None]
    lines = []
    for low, high in BANDS:
        band = [m for m in matched if low <= m["confidence"] < high]
        if band:
            right = sum(m["right"] for m in band) / len(band)
            share = len(band) / len(matched)
            lines.append(
                f"confidence {low:.1f}–{min(high, 1):.1f}: {share:6.1%} of paired quotes, "
                f"{right:.3f} right"
            )
    return lines


def error_lines(results: list[dict], scores: list[dict]) -> list[str]:
    """Every error as a tab-separated line: page, kind, quote, gold speaker, kit's, evidence."""
    lines = []
    for result, score in zip(results, scores, strict=True):
        for kind, text, gold, kit, evidence in score["errors"]:
            cells = [result["name"], kind, text[:80], str(gold), str(kit), evidence]
            lines.append("\t".join(c.replace("\t", " ").replace("\n", " ") for c in cells))
    return sorted(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("pages", nargs="*", help=f"JSON pages or folders (default: {PAGES})")
    parser.add_argument("--errors", type=Path, help="write every error to this file")
    parser.add_argument("--groups", action="store_true", help="score each batch's pages too")
    parser.add_argument("--confidence", action="store_true", help="confidence bands")
    parser.add_argument("-j", "--workers", type=int, default=2)
    args = parser.parse_args(argv)
    paths = page_paths(args.pages)
    missing = [p for p in paths if not p.exists()]
    if missing or not paths:
        print(f"eval_cases: no such page: {missing[0] if missing else args.pages}", file=sys.stderr)
        return 2
    scorer = load_scorer()
    print(f"scoring {len(paths)} pages...", file=sys.stderr, flush=True)
    results = run_pages(paths, args.workers)
    scores = [score_page(r, scorer) for r in results]
    print(summary("all", scores))
    if args.groups:
        by_name = {r["name"]: s for r, s in zip(results, scores, strict=True)}
        for rounds, names in batch_groups().items():
            print(summary(rounds, [by_name[n] for n in sorted(names) if n in by_name]))
    if args.confidence:
        print("\n".join(confidence_lines(scores)))
    if args.errors:
        lines = error_lines(results, scores)
        args.errors.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
        print(f"{len(lines)} errors written to {args.errors}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
