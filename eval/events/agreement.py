#!/usr/bin/env python3
"""Agreement between the first annotation pass (gold/*.jsonl) and the blind second pass (second-pass.jsonl) on the
sentences both annotated: event F1 and type-only F1 with the scorer's matching (either pass as reference gives the
same F1), and the share of sentences on which both passes agree that there is no event / some event.

usage: python3 eval/events/agreement.py
"""
import glob, json, os
from collections import Counter
from score_events import event_match

here = os.path.dirname(os.path.abspath(__file__))
def load(paths):
    out = {}
    for p in paths:
        for line in open(p, encoding="utf-8"):
            if line.strip():
                d = json.loads(line); out[d["id"]] = d["events"]
    return out
first = load(sorted(glob.glob(os.path.join(here, "gold", "*.jsonl"))))
second = load([os.path.join(here, "second-pass.jsonl")])
ids = sorted(set(first) & set(second))
tp = n1 = n2 = ttp = 0
both_none = both_some = 0
for i in ids:
    a, b = first[i], second[i]
    n1 += len(a); n2 += len(b)
    used = set()
    for e in b:
        for k, g in enumerate(a):
            if k not in used and event_match(e, g):
                used.add(k); tp += 1; break
    ttp += sum((Counter(e["type"] for e in a) & Counter(e["type"] for e in b)).values())
    both_none += not a and not b; both_some += bool(a) and bool(b)
f1 = 2 * tp / (n1 + n2) if n1 + n2 else 0
tf1 = 2 * ttp / (n1 + n2) if n1 + n2 else 0
print(f"{len(ids)} sentences annotated twice: first pass {n1} events, second pass {n2}")
print(f"  event F1 {f1:.3f}   type-only F1 {tf1:.3f}")
print(f"  event / no-event agreement {(both_none + both_some) / len(ids):.3f} ({both_none} both none, {both_some} both some)")
