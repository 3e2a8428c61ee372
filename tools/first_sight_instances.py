"""Build the first-sight quotes the speaker-confidence model learns from.

    python tools/first_sight_instances.py             # all batches of tools/data/first_sight_batches.csv
    python tools/first_sight_instances.py --out FILE  # elsewhere

A *batch* is a commit that added a round of held-out real pages to tests/fixtures/quote_cases
after they were measured. The kit as it stood just before that commit had never been tuned
on those pages, so what its rules made of them is what a user's new article gets. For each
batch this script checks out the commit's parent in a temporary git worktree (so it needs the
repository's history), puts the current ranking package (``src/hrlesson/speech/ranking``,
and the few modules it needs that the old kit lacks) into it, runs the old rules on the
batch's pages (with their current gold), and writes one JSON line per gold quote the rules
found: the candidates' features and names, which candidates name the gold speaker, the
rule that placed the quote and the candidate it chose. Output is gzip-compressed, sorted,
with no time stamp, so the same history gives the same file.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tools" / "data"
BATCHES = DATA / "first_sight_batches.csv"
OUT = DATA / "first_sight_instances.jsonl.gz"
PAGES = "tests/fixtures/quote_cases"
#: Modules of today's kit that the ranking package needs and older kits may lack.
OVERLAY = (
    "speech/ranking",
    "speech/unspoken_headlines.py",
    "speech/agentless_reports.py",
    "speech/speakerless_rules.py",
    "gold_spans.py",
    "data/words/platform_place_words.txt",
    "data/words/social_platforms.txt",
)
#: Modules with no imports that old kits may hold in an older form: always copied.
ALWAYS_COPIED = ("speech/speakerless_rules.py",)
#: Modules every kit since the first batch holds: the ranking package may import these too.
OLD_KIT_MODULES = ("speech/records.py", "speech/vocabulary.py", "wordlists.py")


def git(*args: str) -> str:
    return subprocess.run(
        ["git", "-C", str(ROOT), *args], check=True, capture_output=True, text=True
    ).stdout


def batch_pages(commit: str) -> list[str]:
    """The page files that ``commit`` added (paths inside the repository)."""
    out = git("show", "--diff-filter=A", "--name-only", "--format=", commit)
    return sorted(p for p in out.split() if p.startswith(PAGES) and p.endswith(".json"))


def overlay(src: Path) -> None:
    """Copy the current ranking package (and what it needs) into an old kit's ``src``."""
    for rel in OVERLAY:
        here, there = ROOT / "src" / "hrlesson" / rel, src / "hrlesson" / rel
        if here.is_dir():
            shutil.rmtree(there, ignore_errors=True)
            shutil.copytree(here, there, ignore=shutil.ignore_patterns("__pycache__"))
        elif rel.startswith("speech/ranking") or rel in ALWAYS_COPIED or not there.exists():
            shutil.copy2(here, there)


def run_batch(commit: str) -> list[str]:
    """The JSON lines of one batch, from the kit at ``commit``'s parent."""
    pages = [str(ROOT / p) for p in batch_pages(commit)]
    with tempfile.TemporaryDirectory() as tmp:
        tree = Path(tmp) / "kit"
        git("worktree", "add", "--detach", "-q", str(tree), f"{commit}^")
        try:
            overlay(tree / "src")
            env = dict(os.environ, PYTHONPATH=str(tree / "src"))
            out = subprocess.run(
                [sys.executable, __file__, "--worker", commit, *pages],
                check=True, capture_output=True, text=True, env=env,
            )  # fmt: skip
        finally:
            git("worktree", "remove", "--force", str(tree))
    return out.stdout.splitlines()


def worker(commit: str, pages: list[str]) -> None:
    """Print the JSON lines of ``pages`` with the kit found on PYTHONPATH (an old one)."""
    from hrlesson.speech.ranking.candidates import candidate_key
    from hrlesson.speech.ranking.rerank import ranked_quotes, unplaced
    from hrlesson.speech.ranking.slot_gender import allowed_candidates
    from hrlesson.speech.shown_names import shown_name

    sys.path.insert(0, str(ROOT / "tools"))
    from train_speaker_ranker import names_speaker, rules_alone

    for path in pages:
        at, quotes, gold = rules_alone(path)
        for r in ranked_quotes(at, quotes, True):
            g = gold.get((r.quote.start, r.quote.end))
            if g is None:
                continue
            shown = [
                (shown_name(ref) if (ref := c.ref(r.quote.start)) else "") for c in r.candidates
            ]
            key = candidate_key(r.quote.ref)  # None for no speaker: the last candidate's key
            chosen = next(i for i, c in enumerate(r.candidates) if c.key == key)
            row = {
                "batch": commit,
                "page": Path(path).name,
                "start": r.quote.start,
                "features": r.features,
                "allowed": allowed_candidates(at.tokens, r.quote, r.candidates),
                "right": [names_speaker(n, g["speaker"]) for n in shown],
                "names": [c.name for c in r.candidates],
                "rule": r.quote.attribution or "none",
                "rule_choice": chosen,
                "unplaced": unplaced(r.quote),
            }
            print(json.dumps(row, sort_keys=True, ensure_ascii=False))


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--worker"]:
        worker(argv[1], argv[2:])
        return 0
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--batches", type=Path, default=BATCHES)
    ap.add_argument("--out", type=Path, default=OUT)
    a = ap.parse_args(argv)
    if not a.batches.is_file():
        print(f"error: no batch list at {a.batches}", file=sys.stderr)
        return 2
    with a.batches.open(encoding="utf-8") as f:
        batches = [row["commit"] for row in csv.DictReader(f)]
    lines: list[str] = []
    for n, commit in enumerate(batches, 1):
        try:
            got = run_batch(commit)
        except (
            subprocess.CalledProcessError
        ) as exc:  # no git history, unknown commit, a kit that fails
            why = (exc.stderr or "").strip().splitlines()[:1] or [str(exc)]
            print(f"error: batch {commit}: {why[0]} (nothing written)", file=sys.stderr)
            return 2
        print(f"[{n}/{len(batches)}] {commit}: {len(got)} quotes", file=sys.stderr)
        lines += got
    data = ("\n".join(sorted(lines)) + "\n").encode("utf-8")
    part = a.out.with_suffix(".part")
    with part.open("wb") as raw, gzip.GzipFile(filename="", fileobj=raw, mode="wb", mtime=0) as gz:
        gz.write(data)
    part.replace(a.out)
    print(f"wrote {a.out} ({len(lines)} quotes from {len(batches)} batches)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
