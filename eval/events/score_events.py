#!/usr/bin/env python3
"""Scores predicted events against the event dev set (docs/events.md, "Scoring").

usage: score_events.py SENTENCES GOLD PRED [--split train|test|all] [--json] [--errors N]
  SENTENCES  eval/events/sentences.jsonl ({"id", "text", "split", …})
  GOLD       JSON Lines {"id", "events": [{"type", "trigger", "source", "target", "mode"}]} (one or more files joined with ',')
  PRED       the same form (what run.sh writes from `dateline annotate`)
Prints event P/R/F1 (same sentence, type, source and target), type-only P/R/F1, the trap false-positive rate
(sentences without gold events on which anything is predicted) and mode agreement on matched events.
"""
import json, re, sys
from collections import Counter

SYMMETRIC = {"CONSULT", "COOPERATE", "AGREE"}
DET = re.compile(r"^(?:the|a|an)\s+", re.I)

def words(actor):
    if actor is None:
        return None
    a = DET.sub("", actor.strip().lower().replace("’", "'"))
    a = re.sub(r"'s$", "", a)
    return [w for w in re.findall(r"[\w.'-]+", a)]

def contains(big, small):
    n = len(small)
    return n > 0 and any(big[i:i + n] == small for i in range(len(big) - n + 1))

def actor_match(p, g):
    pw, gw = words(p), words(g)
    if pw is None or gw is None:
        return pw is None and gw is None
    return contains(pw, gw) or contains(gw, pw)

def event_match(p, g):
    if p["type"] != g["type"]:
        return False
    if actor_match(p.get("source"), g.get("source")) and actor_match(p.get("target"), g.get("target")):
        return True
    return g["type"] in SYMMETRIC and actor_match(p.get("source"), g.get("target")) and actor_match(p.get("target"), g.get("source"))

def match(p, g):
    """Predicted events matched to gold ones, greedily in order: (matched gold indexes, matched predicted indexes)."""
    used, pused = set(), set()
    for a, pe in enumerate(p):
        for k, ge in enumerate(g):
            if k not in used and event_match(pe, ge):
                used.add(k); pused.add(a); break
    return used, pused


def load(paths):
    out = {}
    for path in paths.split(","):
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    d = json.loads(line)
                    out[d["id"]] = d.get("events") or []
    return out

def prf(tp, np_, ng):
    p = tp / np_ if np_ else 0.0
    r = tp / ng if ng else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)

def main():
    args = sys.argv[1:]
    split, as_json, errors = "all", False, 0
    if "--split" in args:
        i = args.index("--split"); split = args[i + 1]; del args[i:i + 2]
    if "--errors" in args:
        i = args.index("--errors"); errors = int(args[i + 1]); del args[i:i + 2]
    if "--json" in args:
        as_json = True; args.remove("--json")
    if len(args) != 3:
        sys.exit(__doc__)
    sentences = {}
    with open(args[0], encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            sentences[d["id"]] = d
    gold, pred = load(args[1]), load(args[2])
    ids = [i for i in sentences if i in gold and (split == "all" or sentences[i]["split"] == split)]
    tp = np_ = ng = 0
    ttp = tnp = tng = 0
    traps = trap_fp = 0
    mode_ok = mode_n = 0
    shown = 0
    for sid in ids:
        g, p = gold[sid], pred.get(sid, [])
        np_ += len(p); ng += len(g)
        used = set()
        for pe in p:
            for k, ge in enumerate(g):
                if k not in used and event_match(pe, ge):
                    used.add(k); tp += 1
                    mode_n += 1; mode_ok += pe.get("mode") == ge.get("mode")
                    break
        gt, pt = Counter(e["type"] for e in g), Counter(e["type"] for e in p)
        ttp += sum((gt & pt).values()); tnp += len(p); tng += len(g)
        if not g:
            traps += 1; trap_fp += bool(p)
        if errors and shown < errors and (len(used) != len(g) or len(used) != len(p)):
            shown += 1
            print(f"--- {sid}: {sentences[sid]['text']}", file=sys.stderr)
            for e in g:
                print(f"  gold {e['type']:9} {e.get('source')!s:25} -> {e.get('target')!s:25} [{e.get('trigger')}] {e.get('mode')}", file=sys.stderr)
            for e in p:
                print(f"  pred {e['type']:9} {e.get('source')!s:25} -> {e.get('target')!s:25} [{e.get('trigger')}] {e.get('mode')}", file=sys.stderr)
    ep, er, ef = prf(tp, np_, ng)
    tp_, tr_, tf_ = prf(ttp, tnp, tng)
    result = {"split": split, "sentences": len(ids), "goldEvents": ng, "predictedEvents": np_,
              "event": {"precision": round(ep, 3), "recall": round(er, 3), "f1": round(ef, 3)},
              "typeOnly": {"precision": round(tp_, 3), "recall": round(tr_, 3), "f1": round(tf_, 3)},
              "traps": traps, "trapFalsePositiveRate": round(trap_fp / traps, 3) if traps else 0.0,
              "modeAgreement": round(mode_ok / mode_n, 3) if mode_n else 0.0}
    if as_json:
        print(json.dumps(result))
    else:
        print(f"events {split}: {len(ids)} sentences, {ng} gold events, {np_} predicted")
        print(f"  event F1 {ef:.3f} (P {ep:.3f} R {er:.3f})   bar 0.70")
        print(f"  type-only F1 {tf_:.3f} (P {tp_:.3f} R {tr_:.3f})   bar 0.80")
        print(f"  traps: {trap_fp}/{traps} sentences fire = {result['trapFalsePositiveRate']:.3f}   bar <= 0.10")
        print(f"  mode agreement on matched events {result['modeAgreement']:.3f}")

if __name__ == "__main__":
    main()
