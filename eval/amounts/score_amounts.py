#!/usr/bin/env python3
"""Scores predicted amounts against the amount dev set (docs/knowledge.md, "Amounts").

usage: score_amounts.py SENTENCES GOLD PRED [--split train|test|all] [--errors N]
  SENTENCES  the rebuilt sentences ({"id", "text", "split"}, sample.py)
  GOLD       eval/amounts/gold.jsonl: {"id", "amounts": [{"start", "end", "value", "unit"}]} (offsets into the sentence)
  PRED       the same form, from `dateline annotate` (unit as the layer writes it)
Prints P/R/F1 of value+unit (a predicted amount overlapping a gold one with the same value and unit), P/R/F1 of the
exact span, and the trap rate (sentences without gold amounts on which an amount is predicted).
A unit matches when both are null, when a currency code or "%" is equal, or when the gold head word (the counted
thing's noun) is one of the predicted unit's words, case aside.
"""
import json, re, sys

def unit_match(p, g):
    if g is None or p is None:
        return g is None and p is None
    return g.lower() in re.findall(r"[\w%$'’.-]+", p.lower()) or g.lower() == p.lower()

def same_value(p, g):
    return abs(p - g) <= 1e-3 * max(1.0, abs(g))


def main():
    args = sys.argv[1:]
    split, errors = "all", 0
    if "--split" in args:
        k = args.index("--split"); split = args[k + 1]; del args[k:k + 2]
    if "--errors" in args:
        k = args.index("--errors"); errors = int(args[k + 1]); del args[k:k + 2]
    sent_file, gold_file, pred_file = args

    def load(path, key):
        with open(path, encoding="utf-8") as f:
            return {d["id"]: d[key] for d in map(json.loads, f) if "id" in d}

    texts = load(sent_file, "text")
    splits = load(sent_file, "split")
    gold = load(gold_file, "amounts")
    pred = load(pred_file, "amounts")
    ids = sorted(i for i in gold if split == "all" or splits.get(i) == split)

    def overlaps(p, g):
        return p["start"] < g["end"] and g["start"] < p["end"]

    def count(match):
        tp = 0
        wrong = []
        for i in ids:
            used = set()
            for g in gold[i]:
                hit = next((k for k, p in enumerate(pred.get(i, [])) if k not in used and match(p, g)), None)
                if hit is None:
                    wrong.append((i, "missed", g))
                else:
                    used.add(hit); tp += 1
            wrong += [(i, "spurious", p) for k, p in enumerate(pred.get(i, [])) if k not in used]
        return tp, wrong

    n_gold = sum(len(gold[i]) for i in ids)
    n_pred = sum(len(pred.get(i, [])) for i in ids)

    def prf(tp):
        p = tp / n_pred if n_pred else 0.0
        r = tp / n_gold if n_gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    vu_tp, vu_wrong = count(lambda p, g: overlaps(p, g) and same_value(p["value"], g["value"]) and unit_match(p.get("unit"), g.get("unit")))
    sp_tp, _ = count(lambda p, g: p["start"] == g["start"] and p["end"] == g["end"])
    traps = [i for i in ids if not gold[i]]
    trap_hits = sum(1 for i in traps if pred.get(i))
    p, r, f = prf(vu_tp)
    sp, sr, sf = prf(sp_tp)
    print(f"amounts {split}: {len(ids)} sentences, {n_gold} gold, {n_pred} predicted; "
          f"value+unit P {p:.3f} R {r:.3f} F1 {f:.3f}; span P {sp:.3f} R {sr:.3f} F1 {sf:.3f}; "
          f"trap rate {trap_hits}/{len(traps)} = {trap_hits / max(1, len(traps)):.3f}")
    for i, kind, a in vu_wrong[:errors]:
        t = texts.get(i, "")
        print(f"  {i} {kind}: {t[a['start']:a['end']]!r} value={a['value']} unit={a.get('unit')!r}")


if __name__ == "__main__":
    main()
