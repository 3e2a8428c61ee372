import pickle
import random
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, "/work/shared/eval")
sys.path.insert(0, ".")
import score
from ranker import Ranker, instances, predict

pages = pickle.loads(Path("train.pkl").read_bytes())
random.seed(13)
idx = list(range(len(pages)))
random.shuffle(idx)
cut = int(0.8 * len(idx))
tr = [pages[i] for i in sorted(idx[:cut])]
va = [pages[i] for i in sorted(idx[cut:])]
I_tr, I_va = instances(tr), instances(va)


def oracle(I):
    return sum(any(i["y"]) for i in I) / len(I)


print(f"train pages {len(tr)} matched quotes {len(I_tr)}; val pages {len(va)} matched {len(I_va)}")
print(
    f"oracle recall train {oracle(I_tr):.3f} val {oracle(I_va):.3f}  mean cands {np.mean([len(i['names']) for i in I_tr]):.1f}"
)
kit_acc = lambda I: np.mean([score.speaker_ok(i["row"]["speaker"], i["gold"]) for i in I])
print(f"kit acc train {kit_acc(I_tr):.3f} val {kit_acc(I_va):.3f}")


def evaluate(model, I, margin):
    r = h = 0
    for i in I:
        a, b = predict(model, i, margin)
        r += score.speaker_ok(a, i["gold"])
        h += score.speaker_ok(b, i["gold"])
    return r / len(I), h / len(I)


best = None
for l2 in [1e-4, 1e-3, 1e-2, 3e-2]:
    t = time.time()
    m = Ranker(l2=l2).fit(I_tr)
    tt = time.time() - t
    for margin in [None, 0.5, 1.0, 2.0, 3.0, 4.0]:
        ra, ha = evaluate(m, I_va, margin)
        tra, _ = evaluate(m, I_tr, margin)
        print(
            f"l2={l2:g} margin={margin} train_rank={tra:.3f} val_rank={ra:.3f} val_hybrid={ha:.3f} ({tt:.1f}s)"
        )
