import pickle
import random
import sys
from pathlib import Path

sys.path.insert(0, "/work/shared/eval")
sys.path.insert(0, ".")
import ranker
import score
from ranker import Ranker, instances, predict

pages = pickle.loads(Path("train.pkl").read_bytes())
random.seed(13)
idx = list(range(len(pages)))
random.shuffle(idx)
folds = [idx[k::5] for k in range(5)]
every = instances(pages)
print(f"oracle recall {sum(any(i['y']) for i in every) / len(every):.3f} over {len(every)} quotes")
for blind in [False, True]:
    ranker.KIT_BLIND = blind
    c = {"kit": 0, "rank": 0, "hyb": 0, "hyb3": 0, "n": 0, "g": 0, "gk": 0, "gr": 0}
    for k in range(5):
        va = set(folds[k])
        I_tr = instances([pages[i] for i in idx if i not in va])
        I_va = instances([pages[i] for i in sorted(va)])
        m = Ranker(l2=1e-3, epochs=200).fit(I_tr)
        for i in I_va:
            a, b = predict(m, i, None)
            _, b3 = predict(m, i, 3.0)
            c["n"] += 1
            c["kit"] += score.speaker_ok(i["row"]["speaker"], i["gold"])
            c["rank"] += score.speaker_ok(a, i["gold"])
            c["hyb"] += score.speaker_ok(b, i["gold"])
            c["hyb3"] += score.speaker_ok(b3, i["gold"])
            if "a guess" in i["row"]["evidence"] or not i["row"]["speaker"]:
                c["g"] += 1
                c["gk"] += score.speaker_ok(i["row"]["speaker"], i["gold"])
                c["gr"] += score.speaker_ok(a, i["gold"])
    n = c["n"]
    print(
        f"5-fold kit_blind={blind} n={n} kit={c['kit'] / n:.3f} ranker={c['rank'] / n:.3f} hybrid(guess/empty)={c['hyb'] / n:.3f} hybrid(+margin3)={c['hyb3'] / n:.3f} | guess/empty subset n={c['g']} kit={c['gk'] / c['g']:.3f} ranker={c['gr'] / c['g']:.3f}"
    )
