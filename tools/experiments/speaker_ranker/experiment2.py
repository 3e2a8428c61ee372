import pickle
import random
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, "/work/shared/eval")
sys.path.insert(0, ".")
import ranker
import score
from ranker import Ranker, instances, predict

pages = pickle.loads(Path("train.pkl").read_bytes())
random.seed(13)
idx = list(range(len(pages)))
random.shuffle(idx)
cut = int(0.8 * len(idx))
tr = [pages[i] for i in sorted(idx[:cut])]
va = [pages[i] for i in sorted(idx[cut:])]
for blind in [False, True]:
    ranker.KIT_BLIND = blind
    I_tr, I_va = instances(tr), instances(va)
    G = [i for i in I_va if "a guess" in i["row"]["evidence"] or not i["row"]["speaker"]]
    print(
        f"--- kit_blind={blind}; val guess/empty subset n={len(G)} kit acc there {np.mean([score.speaker_ok(i['row']['speaker'], i['gold']) for i in G]):.3f}"
    )
    for l2 in [1e-3, 1e-2]:
        t = time.time()
        m = Ranker(l2=l2, epochs=300).fit(I_tr)
        tt = time.time() - t
        ga = np.mean([score.speaker_ok(predict(m, i)[0], i["gold"]) for i in G])
        for margin in [None, 1.0, 2.0, 3.0, 5.0]:
            r = h = 0
            for i in I_va:
                a, b = predict(m, i, margin)
                r += score.speaker_ok(a, i["gold"])
                h += score.speaker_ok(b, i["gold"])
            print(
                f"l2={l2:g} margin={margin} val_rank={r / len(I_va):.3f} val_hybrid={h / len(I_va):.3f} ranker_on_guess_subset={ga:.3f} train {tt:.1f}s"
            )
    w = sorted(zip(m.w, m.vocab, strict=False), key=lambda x: -abs(x[0]))[:14]
    print("top weights:", ", ".join(f"{k}={v:+.2f}" for v, k in w))
