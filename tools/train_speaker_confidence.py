"""Train the speaker-confidence model of ``hrlesson.speech.ranking.confidence``.

    python tools/train_speaker_confidence.py           # writes src/hrlesson/data/speaker_confidence.json
    python tools/train_speaker_confidence.py --cv      # only reports, by leaving one batch out

It learns from the first-sight quotes of ``tools/data/first_sight_instances.jsonl.gz`` (built
by ``tools/first_sight_instances.py``: each batch of real pages as the rules attributed them
before anyone had studied the batch). For each batch, a speaker ranker is trained as
``tools/train_speaker_ranker.py --rule-blind`` does, on every test page except the batch's,
so that the ranker's view of those quotes is that of an article it has not seen; the quote's
speaker is the rules' choice, or the ranker's where the rules found none or where it
overrules the rule (:mod:`hrlesson.speech.ranking.overrule`), as in the kit.
A logistic model over :func:`confidence_features` then learns whether that speaker names the
gold one. Full-batch gradient descent from zero weights: the same inputs give the same file.

``--cv`` trains on all batches but one and reports on the one left out, for each in turn:
how many quotes get each level of confidence and how many of those are right, which is what
the ``speaker_confidence`` column's description promises.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from pathlib import Path

import numpy as np

from hrlesson.speech.ranking.confidence import (
    CONFIDENCE_FILE,
    ConfidenceModel,
    confidence_features,
)
from hrlesson.speech.ranking.model import SpeakerModel
from hrlesson.speech.ranking.overrule import RANKED_OVERRIDE, overrules

sys.path.insert(0, str(Path(__file__).resolve().parent))
from train_speaker_ranker import L2, load, train

ROOT = Path(__file__).resolve().parents[1]
FIRST_SIGHT = ROOT / "tools" / "data" / "first_sight_instances.jsonl.gz"
PAGES = ROOT / "tests" / "fixtures" / "quote_cases"
MODEL = ROOT.joinpath("src", "hrlesson", *CONFIDENCE_FILE)
LEVELS = (0.5, 0.7, 0.8, 0.9)


def first_sight_rows(path: Path) -> list[dict]:
    """The first-sight quotes, one dict per JSON line."""
    with gzip.open(path, "rt", encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def batch_rankers(rows: list[dict], studied: list[dict]) -> dict[str, SpeakerModel]:
    """For each batch, a ranker trained on the test pages outside it."""
    out = {}
    for batch in sorted({r["batch"] for r in rows}):
        pages = {r["page"] for r in rows if r["batch"] == batch}
        kept = [i for i in studied if Path(i["page"]).name not in pages]
        out[batch] = SpeakerModel(train(kept, L2, 300), True)
    return out


def quote_example(row: dict, ranker: SpeakerModel) -> tuple[dict[str, float], float]:
    """The confidence features of one first-sight quote and whether its speaker is right."""
    best, scores = ranker.best(row["features"], row["allowed"])
    chosen = best if row["unplaced"] else row["rule_choice"]
    rule = "ranked" if row["unplaced"] else row["rule"]
    named = row["rule_choice"] != len(row["names"]) - 1  # the rule chose someone
    if named and not row["unplaced"] and overrules(rule, scores, best, chosen):
        chosen, rule = best, RANKED_OVERRIDE  # the ranker overrules the rule, as in the kit
    feats = confidence_features(row["features"], scores, chosen, row["names"][chosen], rule)
    return feats, float(row["right"][chosen])


def fit(examples: list[tuple[dict[str, float], float]], l2: float, steps: int) -> dict[str, float]:
    """Logistic weights (full-batch gradient descent from zero, L2 on all but the bias)."""
    names = sorted({k for f, _ in examples for k in f})
    x = np.array([[f.get(k, 0.0) for k in names] for f, _ in examples])
    y = np.array([label for _, label in examples])
    w = np.zeros(len(names))
    penalty = np.array([0.0 if k == "bias" else l2 for k in names])
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-(x @ w)))
        w -= 0.5 * (x.T @ (p - y) / len(y) + penalty * w)
    return {k: round(float(v), 4) for k, v in zip(names, w, strict=True) if round(float(v), 4)}


def probabilities(weights: dict[str, float], examples) -> np.ndarray:
    """The probability the kit's own model gives each example."""
    model = ConfidenceModel(weights)
    return np.array([model.probability(f) for f, _ in examples])


def report(p: np.ndarray, y: np.ndarray) -> None:
    """Quotes and accuracy at or above each level, below the lowest, and by tenths."""
    print(f"{len(y)} quotes, speaker right {y.mean():.3f}, Brier {((p - y) ** 2).mean():.4f}")
    for level in LEVELS:
        s = p >= level
        print(f"  confidence >= {level}: {s.mean():.1%} of quotes, {y[s].mean():.3f} right")
    s = p < LEVELS[0]
    print(f"  confidence <  {LEVELS[0]}: {s.mean():.1%} of quotes, {y[s].mean():.3f} right")
    for lo in np.arange(0.0, 1.0, 0.1):
        s = (p >= lo) & (p < lo + 0.1)
        if s.any():
            print(
                f"  {lo:.1f}-{lo + 0.1:.1f}: {s.sum():5d} quotes, mean {p[s].mean():.3f}, right {y[s].mean():.3f}"
            )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cv", action="store_true", help="leave one batch out; write nothing")
    ap.add_argument("--l2", type=float, default=1e-3)
    ap.add_argument("--steps", type=int, default=3000)
    ap.add_argument("--out", type=Path, default=MODEL)
    a = ap.parse_args(argv)
    rows = first_sight_rows(FIRST_SIGHT)
    rankers = batch_rankers(rows, load([str(PAGES)], True))
    examples = {
        b: [quote_example(r, m) for r in rows if r["batch"] == b] for b, m in rankers.items()
    }
    if a.cv:
        ps, ys = [], []
        for b, held in examples.items():
            train_on = [e for c, es in examples.items() if c != b for e in es]
            ps.append(probabilities(fit(train_on, a.l2, a.steps), held))
            ys.append(np.array([label for _, label in held]))
        report(np.concatenate(ps), np.concatenate(ys))
        return 0
    everything = [e for es in examples.values() for e in es]
    model = {
        "about": "weights of hrlesson.speech.ranking.confidence (tools/train_speaker_confidence.py)",
        "trained_on": f"{len(everything)} first-sight quotes of {len(examples)} batches",
        "l2": a.l2,
        "steps": a.steps,
        "weights": dict(sorted(fit(everything, a.l2, a.steps).items())),
    }
    a.out.write_text(json.dumps(model, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {a.out} ({len(model['weights'])} weights; {model['trained_on']})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
