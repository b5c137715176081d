#!/usr/bin/env python3
"""Where actor reading fails: candidates against choice (docs/events.md, "Where actor reading fails").

For every gold event of a train sentence whose type the rules draft a trigger for (coded, or unread: a listed trigger
the rules read no actor for), and each of its roles with a gold actor: is the actor among the argument scorer's
candidates for that trigger (candidate recall), did the rules choose it, and does the layer's output have it
(choice). A gold actor that is no candidate is sorted by shape (a pronoun, a candidate that overlaps it, a common
noun, a name); a candidate not chosen by the path from it to the trigger (heuristics over the words between, see
`path`). It reports, it does not tune.

usage: python3 eval/events/candidates.py CANDIDATES [PRED] [--batch LETTERS] [--list KIND]
  CANDIDATES  `dateline train events --holdout j k m --candidates FILE` (eval/events/train-arguments.sh's sentences)
  PRED        the layer's predictions (run.sh's EVENTS_KEEP) to judge the choice by; default the file's own events
"""
import glob, json, os, re, sys
from collections import Counter
from score_events import actor_match, SYMMETRIC

args = sys.argv[1:]
def opt(name, default=None):
    if name in args:
        i = args.index(name); v = args[i + 1]; del args[i:i + 2]; return v
    return default
batch = opt("--batch"); listing = opt("--list")
here = os.path.dirname(os.path.abspath(__file__))
rows = [json.loads(l) for l in open(args[0], encoding="utf-8")]
if batch:
    rows = [r for r in rows if re.match(f"^[{batch}][0-9]", r["id"])]
pred = {r["id"]: r["events"] for r in rows}
if len(args) > 1:
    given = {json.loads(l)["id"]: json.loads(l)["events"] for l in open(args[1], encoding="utf-8")}
    pred = {k: given.get(k, []) for k in pred}
gold = {}
for f in glob.glob(os.path.join(here, "gold", "*.jsonl")):
    for line in open(f, encoding="utf-8"):
        d = json.loads(line)
        if d["id"] in pred:
            gold[d["id"]] = d["events"]

PRONOUNS = {"he", "she", "it", "they", "we", "i", "you", "him", "her", "them", "us", "his", "its", "their", "who"}
def toks(text): return re.findall(r"[\w'.-]+|[^\w\s]", text)
def trig_match(a, b):
    a, b = (a or "").lower().split(), (b or "").lower().split()
    return bool(set(a) & set(b))

def path(text, trigger, actor):
    """How the actor is reached from the trigger, read from the words between (first matching shape)."""
    low = text.lower(); t = low.find(trigger.lower()); a = low.find(actor.lower())
    if t < 0 or a < 0: return "not found in text"
    if actor.lower() in PRONOUNS: return "pronoun"
    if a < t:
        between = toks(low[a + len(actor):t]); before = toks(low[:t])[-2:]
        if between[:1] == ["'s"] and any(w in ("was", "were", "been", "is", "are") for w in between): return "possessor of a passive's subject"
        if any(w in ("who", "which", "that") for w in between): return "through a relative clause"
        if before[-1:] == ["to"] and len(between) > 1: return "clause chain (control / purpose verb)"
        if "and" in between and any(w.endswith("ed") for w in between[:-1]): return "coordinated verbs"
        if "," in between: return "left, past a comma"
        return "left, same clause" if len(between) <= 6 else "left, far"
    between = toks(low[t + len(trigger):a])
    if any(w in ("who", "which", "that") for w in between): return "through a relative / that clause"
    if between and between[-1] in ("by",): return "agent by"
    if "and" in between: return "right, past 'and'"
    return "right, same clause" if len(between) <= 4 else "right, far"

def shape(text, actor, cands):
    if actor.lower() in PRONOUNS: return "a pronoun the candidates miss"
    if any(actor_match_loose(c, actor) for c in cands): return "a candidate overlaps it (span)"
    if actor.lower() not in text.lower(): return "not written in the sentence as such"
    last = actor.split()[-1]
    if last[:1].isupper(): return "a name no candidate reads"
    return "a common noun no candidate reads"

def actor_match_loose(c, g):
    cw, gw = set(c.lower().split()), set(g.lower().split())
    return bool(cw & gw - {"the", "a", "an", "of", "and"})

t_roles = Counter(); items = []
trig_status = Counter()
for sid, g in gold.items():
    r = next(x for x in rows if x["id"] == sid)
    for ge in g:
        same = [tr for tr in r["triggers"] if tr["type"] == ge["type"]]
        mine = [tr for tr in same if trig_match(tr["trigger"], ge["trigger"])] or same
        if not mine:
            trig_status["no trigger of the type drafted"] += 1
            continue
        tr = mine[0]
        status = "unread" if tr["unread"] else "coded"
        trig_status[status] += 1
        pe = [p for p in pred[sid] if p["type"] == ge["type"] and trig_match(p.get("trigger"), tr["trigger"])]
        for role, rule in (("source", "rule=src"), ("target", "rule=tgt")):
            actor = ge.get(role)
            if actor is None:
                ok = any(p.get(role) is None for p in pe) if pe else None
                t_roles[(status, role, "gold null", "output null" if ok else ("no event" if ok is None else "output an actor"))] += 1
                continue
            roles = (role,) if ge["type"] not in SYMMETRIC else ("source", "target")
            cands = [c["text"] for c in tr["candidates"]]
            if not any(actor_match(c, actor) for c in cands):
                kind = shape(r["text"], actor, cands)
                t_roles[(status, role, "not a candidate", kind)] += 1
                items.append(("not a candidate: " + kind, sid, ge, r["text"]))
                continue
            ruled = any(actor_match(c["text"], actor) and c["rule"] in ("rule=src", "rule=tgt") and (c["rule"] == rule or len(roles) == 2) for c in tr["candidates"])
            out = any(actor_match(p.get(x), actor) for p in pe for x in roles)
            how = path(r["text"], tr["trigger"], actor)
            res = "chosen" if out else ("no event output" if not pe else "not chosen")
            t_roles[(status, role, "candidate", res)] += 1
            if not out:
                t_roles[(status, role, "candidate not chosen, path", how)] += 1
                items.append((f"candidate {res}: {how}", sid, ge, r["text"]))
            t_roles[(status, role, "rules chose it", str(ruled))] += 1

print("gold events by trigger status:", dict(trig_status))
print("status\trole\tgold actors\tcandidates (recall)\tchosen (of candidates)\tgold null kept null")
for status in ("coded", "unread"):
    for role in ("source", "target"):
        n = lambda *k: sum(v for key, v in t_roles.items() if key[:len(k) + 2] == (status, role, *k))
        cand, miss = n("candidate") - n("candidate", "chosen") + n("candidate", "chosen"), n("not a candidate")
        cand = sum(v for key, v in t_roles.items() if key[:3] == (status, role, "candidate"))
        chosen = t_roles[(status, role, "candidate", "chosen")]
        nulls = n("gold null")
        print(f"{status}\t{role}\t{cand + miss}\t{cand} ({cand / max(1, cand + miss):.3f})\t{chosen} ({chosen / max(1, cand):.3f})\t{t_roles[(status, role, 'gold null', 'output null')]}/{nulls}")
for key in sorted(t_roles):
    print("\t".join(key), t_roles[key], sep="\t")
if listing:
    for kind, sid, ge, text in items:
        if listing in kind:
            print(f"{sid}\t{kind}\t{ge['type']} {ge['trigger']!r} {ge.get('source')!r} -> {ge.get('target')!r}\t{text}")
