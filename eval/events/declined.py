#!/usr/bin/env python3
"""Gold events the rules declined: no predicted event of the gold's type in the sentence although the gold trigger's
word is a lexicon form of that type. For each, why (the same trigger predicted as another type, a sense filter that
names a word around it, else no actor read) and the shape of the gold's actors (both null, a pronoun, a "that"
clause's subject, a passive's subject as target, ...). It reports, it does not tune (docs/events.md).

usage: python3 eval/events/declined.py SENTENCES PRED [--split train] [--batch LETTERS] [--list]
"""
import glob, json, os, re, sys
from collections import Counter
from score_events import event_match
from lexicon_forms import noun_forms, option, rows, verb_forms

args = sys.argv[1:]
split = option(args, "--split", "train"); batch = option(args, "--batch")
listing = "--list" in args
if listing: args.remove("--list")
here = os.path.dirname(os.path.abspath(__file__))

forms = {}  # first word form -> set of types
for r in rows("event-triggers.txt"):
    t, pos, words = r[0], r[1], r[2].split()
    extra = r[4].split(",") if len(r) > 4 else []
    head = words[0] if pos == "verb" or "of" in words else words[-1]
    fs = verb_forms(head) if pos == "verb" else noun_forms(head)
    for f in list(fs) + [e.strip().split()[0] if pos == "verb" or "of" in words else e.strip().split()[-1] for e in extra if e.strip()]:
        forms.setdefault(f, set()).add(t)
sense = {}
for r in rows("event-not-triggers.txt"):
    if len(r) >= 2:
        sense.setdefault(r[0], []).append([set(p.split("|")) for p in " ".join(r[1:]).split()])  # a phrase's words may be tab-separated too (EventLexicon joins row[1..])

sentences = {json.loads(l)["id"]: json.loads(l) for l in open(args[0], encoding="utf-8")}
pred = {json.loads(l)["id"]: json.loads(l)["events"] for l in open(args[1], encoding="utf-8")}
gold = {}
for f in glob.glob(os.path.join(here, "gold", "*.jsonl")):
    for line in open(f, encoding="utf-8"):
        d = json.loads(line); gold[d["id"]] = d["events"]
pronouns = {"he", "she", "it", "they", "we", "i", "you", "him", "her", "them", "us", "his", "its", "their", "who"}
accusation = re.compile(r"\b(allegations?|accusations?|claims?|charges?|reports?|suspicions?|fears?)\s+that\b", re.I)

def tokens(text): return re.findall(r"[\w'-]+|[^\w\s]", text)

actor_words = {w for r in rows("event-actors.txt") for w in " ".join(r).split()}
thing_words = {w for r in rows("event-thing-nouns.txt") for w in " ".join(r).split()}
def people_noun(w):
    return w in actor_words or (re.search(r"(er|ers|or|ors|ist|ists|ian|ians|ee|ees|man|men)$", w) is not None and w not in thing_words)
def unlisted(x):
    if not x: return False
    words = x.split(); last = words[-1]
    if last.lower() in pronouns or any(w[:1].isupper() for w in words): return False
    return not people_noun(last.lower())

def shape(ge, text):
    src, tgt, trig = ge.get("source"), ge.get("target"), ge["trigger"]
    if unlisted(src) or unlisted(tgt): return "a common noun the actor list lacks"
    low = text.lower(); at = low.find(trig.lower())
    before = low[:at] if at >= 0 else ""
    prev = tokens(before)[-3:]
    out = []
    if src is None and tgt is None: return "both null"
    if any(x and x.lower() in pronouns for x in (src, tgt)): out.append("a pronoun")
    if tgt and prev and prev[-1] in ("was", "were", "been", "be", "being", "is", "are") or (tgt and len(prev) >= 2 and prev[-2] in ("was", "were", "been", "be") ):
        out.append("passive: subject is target")
    for x in (src, tgt):
        if x:
            m = accusation.search(text)
            i = text.find(x)
            if m and i > m.end() - 1 and i - m.end() < 40: out.append('"that"-clause subject'); break
    if src is None: out.append("source null")
    if tgt is None: out.append("target null")
    return ", ".join(dict.fromkeys(out)) or "source and target named"

def why(ge, p, text):
    trig = ge["trigger"].lower()
    if any((pe.get("trigger") or "").lower() == trig or trig in (pe.get("trigger") or "").lower() for pe in p):
        return "another type on it"
    toks = [t.lower() for t in tokens(text)]
    head = trig.split()
    for k in range(len(toks)):
        if toks[k] in head:
            for pat in sense.get(ge["type"], []):
                n = len(pat)
                for s0 in range(k - n + 1, k + 1):
                    if s0 >= 0 and s0 + n <= len(toks) and all(toks[s0 + j] in pat[j] for j in range(n)):
                        return "a sense filter"
    return "no actor read"

table, kinds, items = Counter(), Counter(), []
total_missing = 0
for sid, g in gold.items():
    s = sentences.get(sid)
    if not s or (split != "all" and s["split"] != split): continue
    if batch and not re.match(f"^[{batch}][0-9]", sid): continue
    p = pred.get(sid, [])
    counts = Counter(pe["type"] for pe in p)
    for ge in g:
        if counts[ge["type"]] > 0:
            counts[ge["type"]] -= 1; continue
        total_missing += 1
        words = ge["trigger"].lower().split()
        if not any(ge["type"] in forms.get(w, ()) for w in words): continue
        w, sh = why(ge, p, s["text"]), shape(ge, s["text"])
        table[(w, sh)] += 1; kinds[w] += 1
        items.append((sid, ge, w, sh, s["text"]))
print(f"gold events with no predicted event of their type: {total_missing}; trigger a lexicon form of the type: {len(items)}")
for k, n in kinds.most_common(): print(f"{n:4}  {k}")
print()
for (w, sh), n in sorted(table.items(), key=lambda x: (-kinds[x[0][0]], x[0][0], -x[1])): print(f"{n:4}  {w:20}  {sh}")
if listing:
    for sid, ge, w, sh, text in items:
        print(f"\n{sid} {ge['type']} '{ge['trigger']}' {ge.get('source')} -> {ge.get('target')} [{w}; {sh}]\n   {text}")
