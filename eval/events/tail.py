#!/usr/bin/env python3
"""The long tail of triggers: gold events of some batches whose trigger wording no entry of `event-triggers.txt` codes
as the gold's type (any generated or listed form of an entry of that type, whole words, inside the gold trigger), by
wording and frequency, with the batches' trap count for the wording (sentences that contain it without a gold event of
that type whose trigger contains it: "none" = no gold event at all, "other" = gold events of other wordings or types).
With --pred, only the gold events the prediction missed (no predicted event of the type whose trigger overlaps), so the
wordings the rules already catch (verbs of giving, "travel to") drop out. It reports, it does not tune (docs/events.md,
"The long tail").

usage: python3 eval/events/tail.py SENTENCES --batch LETTERS [--pred PRED] [--split train] [--top N]
  SENTENCES  eval/events/sample.py's output; LETTERS the id letters to read (batch a's ids are e…). Read only batches
             you may read: the coordinator's blind batch and the test split stay unread.
"""
import glob, json, os, re, sys
from collections import Counter, defaultdict
from lexicon_forms import noun_forms, option, rows, verb_forms

args = sys.argv[1:]
batch = option(args, "--batch"); pred_file = option(args, "--pred"); split = option(args, "--split", "train"); top = int(option(args, "--top", "0"))
if not args or not batch or not re.fullmatch(r"[a-z]+", batch):
    sys.exit(__doc__)
here = os.path.dirname(os.path.abspath(__file__))


coded = defaultdict(set)  # type -> the entries' wordings in every form
for r in rows("event-triggers.txt"):
    t, pos, words = r[0], r[1], r[2].lower().split()
    if pos == "verb":
        coded[t] |= {" ".join([f] + words[1:]) for f in verb_forms(words[0])}
    elif "of" in words:
        coded[t] |= {" ".join([f] + words[1:]) for f in noun_forms(words[0])}
    else:
        coded[t] |= {" ".join(words[:-1] + [f]) for f in noun_forms(words[-1])}
    if len(r) > 4:
        coded[t] |= {e.strip().lower() for e in r[4].split(",") if e.strip()}
patterns = {t: re.compile(r"\b(?:" + "|".join(re.escape(w) for w in sorted(ws, key=len, reverse=True)) + r")\b") for t, ws in coded.items()}

sentences = [json.loads(l) for l in open(args[0], encoding="utf-8")]
sentences = [d for d in sentences if d["id"][0] in batch and (split == "all" or d["split"] == split)]
gold = {}
for f in glob.glob(os.path.join(here, "gold", "*.jsonl")):
    for line in open(f, encoding="utf-8"):
        d = json.loads(line)
        if d["id"][0] in batch: gold[d["id"]] = d["events"]
pred = {}
if pred_file:
    pred = {json.loads(l)["id"]: json.loads(l)["events"] for l in open(pred_file, encoding="utf-8")}

def overlaps(a, b): return a in b or b in a
tail, ids = Counter(), defaultdict(list)
total = 0
for d in sentences:
    for e in gold.get(d["id"], []):
        total += 1
        trig = (e.get("trigger") or "").lower().strip()
        if not trig or (e["type"] in patterns and patterns[e["type"]].search(trig)):
            continue
        if pred_file and any(p["type"] == e["type"] and overlaps((p.get("trigger") or "").lower(), trig) for p in pred.get(d["id"], [])):
            continue
        tail[(e["type"], trig)] += 1; ids[(e["type"], trig)].append(d["id"])

def traps(typ, trig):
    rx = re.compile(r"\b" + re.escape(trig) + r"\b", re.I)
    none = other = 0
    for d in sentences:
        if not rx.search(d["text"]): continue
        g = gold.get(d["id"], [])
        if any(e["type"] == typ and rx.search(e.get("trigger") or "") for e in g): continue
        if g: other += 1
        else: none += 1
    return none, other

print(f"batches {batch}: {len(sentences)} sentences, {total} gold events; {sum(tail.values())} in the tail over {len(tail)} wordings")
print("events\ttype\twording\ttraps(none)\ttraps(other)\tids")
for (t, w), n in sorted(tail.items(), key=lambda x: (-x[1], x[0]))[: top or None]:
    none, other = traps(t, w)
    print(f"{n}\t{t}\t{w}\t{none}\t{other}\t{' '.join(ids[(t, w)][:5])}")
