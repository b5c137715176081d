#!/usr/bin/env python3
"""Counts the kinds of errors of a prediction file against the event dev set: gold events whose type was not found in
their sentence, found with the wrong source and/or target, and predicted types the sentence does not have (on trap
sentences or not). For the closing notes; it reports, it does not tune.

usage: EVENTS_KEEP=/tmp/pred.jsonl eval/events/run.sh test; python3 eval/events/error_kinds.py SENTENCES PRED [--split test]
  SENTENCES may hold one batch's sentences only (grep '^{"id": "t' of sample.py's output): gold of ids it lacks is skipped.
"""
import glob, json, os, sys
from collections import Counter
from score_events import event_match, actor_match, match, load

args = sys.argv[1:]
split = "test"
if "--split" in args:
    i = args.index("--split"); split = args[i + 1]; del args[i:i + 2]
sentences = {json.loads(l)["id"]: json.loads(l) for l in open(args[0], encoding="utf-8")}
pred = load(args[1])
here = os.path.dirname(os.path.abspath(__file__))
gold = load(",".join(sorted(glob.glob(os.path.join(here, "gold", "*.jsonl")))))
kinds = Counter()
for sid, g in gold.items():
    if sid not in sentences:  # a batch's sentences alone (EVENTS_BATCH): the other batches' gold is not scored
        continue
    if split != "all" and sentences[sid]["split"] != split:
        continue
    p = pred.get(sid, [])
    used, pused = match(p, g)
    for k, ge in enumerate(g):
        if k in used:
            continue
        same = [pe for a, pe in enumerate(p) if a not in pused and pe["type"] == ge["type"]]
        if not same:
            kinds["gold event: no trigger of its type"] += 1
            continue
        s = actor_match(same[0].get("source"), ge.get("source")); t = actor_match(same[0].get("target"), ge.get("target"))
        kinds["gold event: type found, " + " and ".join(x for x, ok in (("source wrong", s), ("target wrong", t)) if not ok)] += 1
    for a, pe in enumerate(p):
        if a not in pused and not any(ge["type"] == pe["type"] for ge in g):
            kinds["predicted type not in the sentence" + (" (a trap sentence)" if not g else "")] += 1
for kind, n in kinds.most_common():
    print(f"{n:4}  {kind}")
