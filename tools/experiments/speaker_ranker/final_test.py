"""Retrain on all 609 training pages, then score realcases51-54 ONCE: pooled numbers only."""

import pickle
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, "/work/shared/eval")
sys.path.insert(0, ".")
import ranker
import score
from ranker import Ranker, instances, predict

train = pickle.loads(Path("train.pkl").read_bytes())
t = time.time()
subprocess.run(
    [sys.executable, "extract.py", "test.pkl"] + [f"/work/realcases{n}" for n in (51, 52, 53, 54)],
    check=True,
    capture_output=True,
)
print(f"test extraction {time.time() - t:.1f}s")
test = pickle.loads(Path("test.pkl").read_bytes())
for blind in [False, True]:
    ranker.KIT_BLIND = blind
    t = time.time()
    m = Ranker(l2=1e-3).fit(instances(train))
    tt = time.time() - t
    t = time.time()
    acc = {"kit": 0, "rank": 0, "hyb": 0}
    n = 0
    tot = {k: {"g": 0, "p": 0, "ok": 0} for k in acc}
    for _pi, p in enumerate(test):
        I = instances([p], with_unmatched=True)
        preds = {k: [r["speaker"] for r in p["rows"]] for k in acc}
        for i in I:
            a, b = predict(m, i, None)
            preds["rank"][i["qi"]] = a
            preds["hyb"][i["qi"]] = b
            if i["gold"] is not None:
                n += 1
                for k, s in (("kit", i["row"]["speaker"]), ("rank", a), ("hyb", b)):
                    acc[k] += score.speaker_ok(s, i["gold"])
        for k in acc:
            rows = [
                {"text": r["text"], "speaker": s} for r, s in zip(p["rows"], preds[k], strict=False)
            ]
            c = score.score_article({"quotes": p["gold"], "figures": []}, rows, [])
            tot[k]["g"] += c["q_gold"]
            tot[k]["p"] += c["q_pred"]
            tot[k]["ok"] += c["spk_ok"]
    ti = time.time() - t
    print(f"kit_blind={blind} pages={len(test)} matched quotes={n} train {tt:.1f}s infer {ti:.2f}s")
    for k, right in acc.items():
        print(
            f"  {k:5s} speaker acc {right / n:.3f}  dev-rule q+s F1 {score.prf(tot[k]['ok'], tot[k]['p'], tot[k]['g'])[2]:.3f}"
        )
