#!/usr/bin/env python3
"""Counts, for gold events whose type the layer found in their sentence but whose event does not match, what is
wrong with each actor role: missing (the layer wrote null, the gold names an actor), extra (the gold has null), wrong
(no word in common), span (words in common, neither contains the other), swapped (the layer's source is the gold
target or the reverse). For the notes; it reports, it does not tune (docs/events.md, recall4 sitting).

usage: python3 eval/events/actor_kinds.py SENTENCES PRED [--split train] [--batch LETTERS] [--list]
  A gold event is paired with an unmatched predicted event of its type in the same sentence, the one with the same
  trigger word first. --list prints each pair with its sentence, to read the construction behind it.
"""
import glob, json, os, sys
from collections import Counter
from score_events import event_match, actor_match, match, words, load

args = sys.argv[1:]
def opt(name, default=None):
    if name in args:
        i = args.index(name); v = args[i + 1]; del args[i:i + 2]; return v
    return default
split = opt("--split", "train"); batch = opt("--batch")
listing = "--list" in args
if listing:
    args.remove("--list")
sentences = {}
for l in open(args[0], encoding="utf-8"):
    d = json.loads(l); sentences[d["id"]] = d
pred = load(args[1])
here = os.path.dirname(os.path.abspath(__file__))
gold = load(",".join(sorted(glob.glob(os.path.join(here, "gold", "*.jsonl")))))

def role(p, g, other_g):
    if actor_match(p, g):
        return "ok"
    if p is None:
        return "missing"
    if g is None:
        return "extra (gold null)" if not actor_match(p, other_g) else "swapped"
    if other_g is not None and actor_match(p, other_g):
        return "swapped"
    pw, gw = set(words(p)), set(words(g))
    return "span" if pw & gw else "wrong"

kinds, pairs = Counter(), []
for sid in sorted(gold):
    if sid not in sentences or (split != "all" and sentences[sid]["split"] != split):
        continue
    if batch and sid[0] not in batch:
        continue
    g, p = gold[sid], pred.get(sid, [])
    used, pused = match(p, g)
    for k, ge in enumerate(g):
        if k in used:
            continue
        cands = [a for a, pe in enumerate(p) if a not in pused and pe["type"] == ge["type"]]
        if not cands:
            continue
        same = [a for a in cands if (p[a].get("trigger") or "").lower() == (ge.get("trigger") or "").lower()]
        a = (same or cands)[0]; pused.add(a); pe = p[a]
        s = role(pe.get("source"), ge.get("source"), ge.get("target"))
        t = role(pe.get("target"), ge.get("target"), ge.get("source"))
        if s == "swapped" or t == "swapped":
            s = t = "swapped"
        kinds[("source " + s) if s != "ok" else None] += 1
        kinds[("target " + t) if t != "ok" else None] += 1
        pairs.append((sid, ge, pe, s, t))
del kinds[None]
print(f"{len(pairs)} gold events with their type found and the event wrong")
for kind, n in kinds.most_common():
    print(f"{n:4}  {kind}")
if listing:
    for sid, ge, pe, s, t in pairs:
        print(f"\n{sid} {ge['type']} [{s} / {t}] {sentences[sid]['text']}")
        print(f"   gold {ge.get('trigger')!r}: {ge.get('source')!r} -> {ge.get('target')!r}")
        print(f"   pred {pe.get('trigger')!r}: {pe.get('source')!r} -> {pe.get('target')!r}")
