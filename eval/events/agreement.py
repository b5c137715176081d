#!/usr/bin/env python3
"""Agreement between the first annotation pass (gold/*.jsonl) and the blind second pass (second-pass.jsonl) on the
sentences both annotated: event F1 and type-only F1 with the scorer's matching (either pass as reference gives the
same F1), and the share of sentences on which both passes agree that there is no event / some event.

usage: python3 eval/events/agreement.py [--second FILE] [--ids ID,ID,...|--ids-from FILE] [--diff]
  --second FILE  the second pass to compare (default eval/events/second-pass.jsonl; second-pass-other.jsonl holds
                 the pass over 60 sentences of batches q and s, docs/events.md "Agreement")
  --ids …        only these sentences (of those both passes annotated); --ids-from FILE reads them one a line
  --diff         also print each sentence on which the passes differ, with both passes' events
"""
import glob, json, os, sys
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
args = sys.argv[1:]
def option(name):
    if name not in args:
        return None
    i = args.index(name); v = args[i + 1]; del args[i:i + 2]
    return v
second_path = option("--second") or os.path.join(here, "second-pass.jsonl")
only = option("--ids")
only_file = option("--ids-from")
show = "--diff" in args
if show:
    args.remove("--diff")
if args:
    sys.exit(f"agreement.py: unknown arguments {args}")
second = load([second_path])
ids = sorted(set(first) & set(second))
if only is not None:
    ids = [i for i in ids if i in set(only.split(","))]
if only_file is not None:
    ids = [i for i in ids if i in {l.strip() for l in open(only_file, encoding="utf-8") if l.strip()}]
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
    if show and (len(used) != len(a) or len(used) != len(b)):
        fmt = lambda es: "; ".join(f"{e['type']} {e['trigger']!r} {e['source']} -> {e['target']} ({e['mode'][:3]})" for e in es) or "-"
        print(f"{i}\n  first:  {fmt(a)}\n  second: {fmt(b)}")
f1 = 2 * tp / (n1 + n2) if n1 + n2 else 0
tf1 = 2 * ttp / (n1 + n2) if n1 + n2 else 0
print(f"{len(ids)} sentences annotated twice: first pass {n1} events, second pass {n2}")
print(f"  event F1 {f1:.3f}   type-only F1 {tf1:.3f}")
print(f"  event / no-event agreement {(both_none + both_some) / len(ids):.3f} ({both_none} both none, {both_some} both some)")
