"""Run the kit on test pages (tests/fixtures/quote_cases/*.json) and compare with their gold.

Shared by ``tools/eval_cases.py`` (scores) and ``tools/mark_known_gaps.py`` (the strict xfail
marks). A *page* is one JSON file in the scorer's format: ``text``, ``date``, ``url`` and gold
``quotes`` (``text``, ``speaker``, ``cue``, ``start``, ``end``; optional ``speaker_aliases``).

Two comparisons, both per page:

- **by the development rule** (:func:`score_page`): quotes paired by their normalised words
  and speakers judged exactly as ``../shared/eval/score.py`` does (a gold surname among the
  kit's speaker's words counts); *strict* asks for the same speaker string, letter for letter.
- **as the tests do** (:func:`test_outcomes`): each gold quote at its exact span, with the same
  speaker and cue; and no quote the gold lacks.

Tests must not import this file: users do not have the development scorer.
"""

from __future__ import annotations

import importlib.util
import json
import warnings
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PAGES = ROOT / "tests" / "fixtures" / "quote_cases"
#: The development scorer: ``shared/eval/score.py`` beside the checkout (or beside a folder
#: that holds it, for a git worktree kept under the workspace).
SCORER = next(
    (
        p / "shared" / "eval" / "score.py"
        for p in ROOT.parents
        if (p / "shared" / "eval" / "score.py").exists()
    ),
    ROOT.parent / "shared" / "eval" / "score.py",
)


def load_scorer(path: Path = SCORER):
    """The development scorer as a module (its matching and speaker rules)."""
    if not path.exists():
        raise SystemExit(f"no scorer at {path}")
    spec = importlib.util.spec_from_file_location("dev_score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def page_paths(args: list[str]) -> list[Path]:
    """The JSON pages named by ``args`` (files or folders; default: all test pages), sorted."""
    paths: list[Path] = []
    for arg in args or [str(PAGES)]:
        p = Path(arg)
        paths += sorted(p.glob("*.json")) if p.is_dir() else [p]
    return sorted(set(paths), key=lambda p: (p.name, str(p)))


def _text(value) -> str | None:
    return value if isinstance(value, str) else None


def run_page(path: Path) -> dict:
    """The page, and the kit's quotes on it as plain records (with the gold spans placed)."""
    import pandas as pd

    import hrlesson
    from hrlesson.gold_spans import cleaned_span

    case = json.loads(Path(path).read_text(encoding="utf-8"))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", hrlesson.HrlessonWarning)
        article = hrlesson.article_from_text(case["text"], date=case["date"])
        table = hrlesson.quotes(article)
    for gold in case["quotes"]:
        gold["span"] = list(cleaned_span(article.text, gold["start"], gold["end"], gold["text"]))
    rows = []
    for row in table.itertuples(index=False):
        confidence = row.speaker_confidence
        rows.append(
            {
                "text": row.text,
                "speaker": _text(row.speaker),
                "cue": _text(row.cue),
                "span": [int(row.start), int(row.end)],
                "evidence": _text(row.evidence) or "",
                "confidence": None if pd.isna(confidence) else float(confidence),
            }
        )
    return {"path": str(path), "name": Path(path).stem, "case": case, "kit": rows}


def run_pages(paths: list[Path], workers: int = 2) -> list[dict]:
    """:func:`run_page` on every page, ``workers`` processes at once, in the order given."""
    if workers <= 1:
        return [run_page(p) for p in paths]
    with ProcessPoolExecutor(workers) as pool:
        return list(pool.map(run_page, paths, chunksize=8))


def score_page(result: dict, scorer) -> dict:
    """Counts and errors by the development rule: gold, found, paired, right, right strictly."""
    gold = result["case"]["quotes"]
    kit = [r for r in result["kit"] if scorer.norm_quote(r["text"])]
    pairs = scorer.greedy_match(
        [scorer.norm_quote(r["text"]) for r in kit],
        [scorer.norm_quote(g["text"]) for g in gold],
        scorer.quote_sim,
    )
    counts = {"gold": len(gold), "kit": len(kit), "paired": len(pairs), "right": 0, "strict": 0}
    errors, matched = [], []
    for i, j in sorted(pairs, key=lambda p: p[1]):
        said, g = kit[i]["speaker"], gold[j]
        right = scorer.speaker_ok(said or "", g)
        strict = (said or None) == g["speaker"]
        counts["right"] += right
        counts["strict"] += strict
        matched.append({"confidence": kit[i]["confidence"], "right": right})
        if not right:
            errors.append(("speaker", g["text"], g["speaker"], said, kit[i]["evidence"]))
        elif not strict:
            errors.append(("form", g["text"], g["speaker"], said, kit[i]["evidence"]))
    paired_gold = {j for _, j in pairs}
    paired_kit = {i for i, _ in pairs}
    errors += [
        ("missed", g["text"], g["speaker"], None, "")
        for j, g in enumerate(gold)
        if j not in paired_gold
    ]
    errors += [
        ("spurious", r["text"], None, r["speaker"], r["evidence"])
        for i, r in enumerate(kit)
        if i not in paired_kit
    ]
    return {"counts": counts, "errors": errors, "matched": matched}


def test_outcomes(result: dict) -> tuple[list[str | None], str | None]:
    """Why each gold quote fails its check in ``tests/test_quote_cases.py`` (None: it passes),
    and why the page's no-spurious check fails (None: it passes). Reasons read like the xfail
    marks."""
    gold, kit = result["case"]["quotes"], result["kit"]
    by_span = {}
    for row in kit:
        by_span.setdefault(tuple(row["span"]), []).append(row)
    reasons = []
    for g in gold:
        rows = by_span.get(tuple(g["span"]), [])
        if len(rows) != 1:
            reasons.append("quote not found by the kit")
            continue
        row = rows[0]
        if row["speaker"] != g["speaker"]:
            reasons.append(f"speaker: the kit gives {_shown(row['speaker'])} ({row['evidence']})")
        elif row["cue"] != g["cue"]:
            reasons.append(f"cue: the kit gives {_shown(row['cue'])} ({row['evidence']})")
        else:
            reasons.append(None)
    spans = {tuple(g["span"]) for g in gold}
    extra = [row for row in kit if tuple(row["span"]) not in spans]
    listed = ", ".join(repr(row["text"][:40]) for row in extra)
    spurious = f"the kit also finds {listed}" if extra else None
    return reasons, spurious


def _shown(value: str | None) -> str:
    return "None" if value is None else repr(value)
