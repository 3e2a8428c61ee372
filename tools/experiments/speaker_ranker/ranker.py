"""Listwise (softmax) linear speaker re-ranker over kit candidates, numpy only."""

import sys

import numpy as np

sys.path.insert(0, "/work/shared/eval")
import score

KIT_BLIND = False


def enrich(row, f):
    f = dict(f)
    if KIT_BLIND:
        f.pop("is_kit", None)
    elif f.get("is_kit"):
        f["kitattr_" + (row["attribution"] or "none")] = 1.0
        if "a guess" in row["evidence"]:
            f["kit_guess"] = 1.0
        if not row["speaker"]:
            f["kit_empty"] = 1.0
    # interactions the linear model cannot form itself
    if f.get("before_same_sent") and f.get("kind_person"):
        f["x_person_same_sent_before"] = 1.0
    if f.get("cue_subject_same_sent") and f.get("before_is_nearest"):
        f["x_cue_nearest"] = 1.0
    return f


def instances(pages, with_unmatched=False):
    """One instance per kit quote matched (exact start/end) to a gold quote."""
    out = []
    for pi, p in enumerate(pages):
        gold = (
            {(g["start"], g["end"]): g for g in p["quotes_gold"]}
            if "quotes_gold" in p
            else {(g["start"], g["end"]): g for g in p["gold"]}
        )
        for qi, (row, c) in enumerate(zip(p["rows"], p["cands"], strict=False)):
            g = gold.get((row["start"], row["end"]))
            if g is None and not with_unmatched:
                continue
            feats = [enrich(row, f) for f in c["feats"]]
            y = [score.speaker_ok(n, g) for n in c["names"]] if g is not None else None
            out.append(
                {
                    "page": pi,
                    "qi": qi,
                    "row": row,
                    "names": c["names"],
                    "feats": feats,
                    "y": y,
                    "gold": g,
                }
            )
    return out


class Ranker:
    def __init__(self, l2=1e-3, epochs=300, lr=0.05):
        self.l2, self.epochs, self.lr = l2, epochs, lr

    def _mat(self, inst):
        X = np.zeros((len(inst["feats"]), len(self.vocab)))
        for i, f in enumerate(inst["feats"]):
            for k, v in f.items():
                j = self.vocab.get(k)
                if j is not None:
                    X[i, j] = v
        return X

    def fit(self, insts):
        keys = sorted({k for it in insts for f in it["feats"] for k in f})
        self.vocab = {k: i for i, k in enumerate(keys)}
        data = [(self._mat(it), np.array(it["y"], float)) for it in insts if any(it["y"])]
        # stack for vectorised full-batch training
        X = np.vstack([x for x, _ in data])
        Y = np.concatenate([y for _, y in data])
        seg = np.concatenate([[i] * len(y) for i, (_, y) in enumerate(data)])
        n = len(data)
        w = np.zeros(X.shape[1])
        m = np.zeros_like(w)
        v = np.zeros_like(w)
        for t in range(1, self.epochs + 1):
            s = X @ w
            mx = np.full(n, -1e9)
            np.maximum.at(mx, seg, s)
            e = np.exp(s - mx[seg])
            Z = np.bincount(seg, e, n)
            P = np.bincount(seg, e * Y, n)
            p_all = e / Z[seg]
            p_pos = e * Y / P[seg]
            g = X.T @ (p_all - p_pos) / n + self.l2 * w
            m = 0.9 * m + 0.1 * g
            v = 0.999 * v + 0.001 * g * g
            w -= self.lr * (m / (1 - 0.9**t)) / (np.sqrt(v / (1 - 0.999**t)) + 1e-8)
        self.w = w
        return self

    def scores(self, inst):
        return self._mat(inst) @ self.w


def predict(model, inst, margin=None):
    """Return (ranker choice, hybrid choice) for one instance."""
    s = model.scores(inst)
    top = int(np.argmax(s))
    rank_pick = inst["names"][top]
    kit = inst["row"]["speaker"]
    kit_i = [i for i, n in enumerate(inst["names"]) if n.casefold() == kit.casefold()]
    guess = "a guess" in inst["row"]["evidence"] or not kit
    if guess or not kit_i:
        hyb = rank_pick if guess else kit
    else:
        hyb = rank_pick if (margin is not None and s[top] - s[kit_i[0]] > margin) else kit
    return rank_pick, hyb
