"""Candidate generation + features for a speaker re-ranker (experiment; reads hrlesson, never edits it).
usage: extract.py OUT.pkl PATH...   (dirs of fixture-format *.json)"""

import bisect
import glob
import json
import math
import os
import pickle
import sys
import warnings
from multiprocessing import Pool
from pathlib import Path

sys.path.insert(0, "/work/shared/eval")
import hrlesson
from hrlesson.speech.actor_index import actor_index
from hrlesson.speech.analysis import speech_analysis

KINDS = ["person", "state", "organisation", "group"]


def _s(x):
    return x if isinstance(x, str) else ""


def _i(x):
    try:
        if x is None or (isinstance(x, float) and math.isnan(x)):
            return None
        return int(x)
    except (TypeError, ValueError):
        return None


def page(f):
    d = json.loads(Path(f).read_text(encoding="utf-8"))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        art = hrlesson.article_from_text(d["text"], date=d.get("date"))
        q = hrlesson.quotes(art)
        hrlesson.actors(art)  # fills extra mentions / ids
        idx = actor_index(art)
        an = speech_analysis(art)
    sents = art.sentences
    paras = art.paragraphs
    s_starts = list(sents["start"])
    p_starts = list(paras["start"])
    sent_of = lambda p: bisect.bisect_right(s_starts, p) - 1
    para_of = lambda p: bisect.bisect_right(p_starts, p) - 1
    subj = {(m.start, m.end): m.subject for m in idx.mentions}
    # candidates: actors
    cands = []
    for a in idx.actors:
        ms = list(a.mentions) + [tuple(x) for x in an.extra_mentions.get(id(a), [])]
        if not ms:
            continue
        cands.append(
            {
                "name": a.name,
                "kind": a.kind,
                "ms": sorted(set(ms)),
                "role": bool(a.role),
                "aff": bool(a.affiliation),
                "actor": id(a),
                "src": "actor",
            }
        )
    by_name = {c["name"].casefold(): c for c in cands}
    # cue subjects that are labels (no actor)
    cue_subj = []  # (cue_start, cue_end, actor_id or label)
    for c in an.cues:
        if c.subject is None:
            continue
        ref = c.subject
        key = id(ref.actor) if ref.actor is not None else None
        if key is None and ref.label:
            lab = ref.label
            if lab.casefold() not in by_name:
                nc = {
                    "name": lab,
                    "kind": "label",
                    "ms": [],
                    "role": False,
                    "aff": False,
                    "actor": None,
                    "src": "label",
                }
                cands.append(nc)
                by_name[lab.casefold()] = nc
            by_name[lab.casefold()]["ms"].append((ref.start, ref.end))
            key = ("L", lab.casefold())
        cue_subj.append((c.start, c.end, key, ref.start, ref.end))
    rows = []
    for r in q.itertuples():
        rows.append(
            {
                "text": r.text,
                "speaker": _s(r.speaker),
                "start": int(r.start),
                "end": int(r.end),
                "attribution": _s(r.attribution),
                "evidence": _s(r.evidence),
                "cue_start": _i(r.cue_start),
                "cue_end": _i(r.cue_end),
                "sp_start": _i(r.speaker_start),
                "sp_end": _i(r.speaker_end),
                "speaker_kind": _s(r.speaker_kind),
            }
        )
    # kit-only speakers
    for r in rows:
        k = r["speaker"].casefold()
        if k and k not in by_name:
            nc = {
                "name": r["speaker"],
                "kind": "label",
                "ms": [],
                "role": False,
                "aff": False,
                "actor": None,
                "src": "kit",
            }
            cands.append(nc)
            by_name[k] = nc
        if k and r["sp_start"] is not None:
            by_name[k]["ms"].append((r["sp_start"], r["sp_end"]))
    for c in cands:
        c["ms"] = sorted(set(c["ms"]))
    order = sorted(range(len(cands)), key=lambda i: cands[i]["ms"][0] if cands[i]["ms"] else 10**9)
    rank = {i: n for n, i in enumerate(order)}
    out = []
    kit_seq = [r["speaker"].casefold() for r in rows]
    for qi, r in enumerate(rows):
        qs, qe = r["start"], r["end"]
        qsent, qsent_e = sent_of(qs), sent_of(max(qs, qe - 1))
        qpara = para_of(qs)
        kit = r["speaker"].casefold()
        earlier = set(kit_seq[:qi])
        prev = kit_seq[qi - 1] if qi else None
        nxt = kit_seq[qi + 1] if qi + 1 < len(rows) else None
        cs, ce = r["cue_start"], r["cue_end"]
        near_cues = [x for x in cue_subj if abs(x[0] - qs) < 400 or abs(x[0] - qe) < 400]
        feats = []
        for ci, c in enumerate(cands):
            f = {}
            nm = c["name"].casefold()
            f["is_kit"] = float(nm == kit)
            f["kind_" + (c["kind"] if c["kind"] in KINDS else "other")] = 1.0
            f["src_" + c["src"]] = 1.0
            ms = c["ms"]
            outside = [m for m in ms if not (m[0] >= qs and m[1] <= qe)]
            f["in_quote_only"] = float(bool(ms) and not outside)
            before = [m for m in outside if m[1] <= qs]
            after = [m for m in outside if m[0] >= qe]
            if before:
                b = max(before, key=lambda m: m[1])
                dch = qs - b[1]
                ds = qsent - sent_of(b[0])
                dp = qpara - para_of(b[0])
                f["has_before"] = 1.0
                f["logd_before"] = math.log1p(dch) / 8
                f["before_same_sent"] = float(ds == 0)
                f["before_prev_sent"] = float(ds == 1)
                f["before_same_para"] = float(dp == 0)
                f["before_prev_para"] = float(dp == 1)
                f["before_sents"] = min(ds, 10) / 10
                f["before_subject"] = float(subj.get(b, False))
                f["before_is_nearest"] = 0.0  # filled below
                f["_bd"] = dch
            if after:
                a = min(after, key=lambda m: m[0])
                dch = a[0] - qe
                ds = sent_of(a[0]) - qsent_e
                dp = para_of(a[0]) - qpara
                f["has_after"] = 1.0
                f["logd_after"] = math.log1p(dch) / 8
                f["after_same_sent"] = float(ds == 0)
                f["after_next_sent"] = float(ds == 1)
                f["after_same_para"] = float(dp == 0)
                f["after_subject"] = float(subj.get(a, False))
                f["_ad"] = dch
            if cs is not None:
                f["near_cue"] = float(
                    any(
                        (m[1] <= cs and cs - m[1] < 60) or (m[0] >= ce and m[0] - ce < 60)
                        for m in outside
                    )
                )
            key = c["actor"] if c["actor"] is not None else ("L", nm)
            cue_hits = [x for x in near_cues if x[2] == key]
            f["cue_subject_near"] = float(bool(cue_hits))
            f["cue_subject_same_sent"] = float(
                any(qsent - 1 <= sent_of(x[0]) <= qsent_e + 1 for x in cue_hits)
            )
            f["kit_cue_subject"] = float(cs is not None and any(x[0] == cs for x in cue_hits))
            f["log_mentions"] = math.log1p(len(ms)) / 3
            f["first_para"] = float(any(para_of(m[0]) == 0 for m in ms))
            f["first_actor"] = float(rank[ci] == 0)
            f["rank"] = min(rank[ci], 10) / 10
            f["quoted_before"] = float(nm in earlier)
            f["quoted_prev"] = float(nm == prev)
            f["quoted_next"] = float(nm == nxt)
            f["role"] = float(c["role"])
            f["aff"] = float(c["aff"])
            f["one_word"] = float(len(c["name"].split()) == 1)
            feats.append(f)
        # nearest-before / nearest-after among candidates
        bds = [(f["_bd"], i) for i, f in enumerate(feats) if "_bd" in f]
        if bds:
            feats[min(bds)[1]]["before_is_nearest"] = 1.0
        ads = [(f["_ad"], i) for i, f in enumerate(feats) if "_ad" in f]
        if ads:
            feats[min(ads)[1]]["after_is_nearest"] = 1.0
        names = [c["name"] for c in cands]
        # the "no speaker" candidate
        names.append("")
        feats.append({"is_none": 1.0, "is_kit": float(kit == "")})
        for f in feats:
            f.pop("_bd", None)
            f.pop("_ad", None)
        out.append({"names": names, "feats": feats})
    gold = d["quotes"]
    return {"file": f, "rows": rows, "cands": out, "gold": gold}


if __name__ == "__main__":
    outp = sys.argv[1]
    files = []
    for p in sys.argv[2:]:
        files += sorted(glob.glob(os.path.join(p, "*.json"))) if os.path.isdir(p) else [p]
    with Pool(2) as pool:
        res = pool.map(page, files, chunksize=4)
    Path(outp).write_bytes(pickle.dumps(res))
    print("pages", len(res), "kit quotes", sum(len(r["rows"]) for r in res))
