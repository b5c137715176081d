#!/usr/bin/env python3
"""Wall time under frames matching each pattern (inclusive, counted once per stack) in a speedscope file from
dotnet-trace (dotnet-sampled-thread-time), over all threads, with each thread's total: what a start-up is made of.

    python3 bench/profile/inclusive.py startup.speedscope.json 'NerEnsemble.Load' 'GeoGazetteer.Load' 'Regex..ctor'
"""
import json, re, sys

data = json.load(open(sys.argv[1]))
frames = [f["name"] for f in data["shared"]["frames"]]
pats = [(p, re.compile(p)) for p in sys.argv[2:]]
IDLE = re.compile(r"WaitOne|Monitor\.Wait|SpinWait|Thread\.Sleep|TryTake|WaitHandle|LowLevelLifoSemaphore|TimerThread")
for prof in data["profiles"]:
    stack, last, totals, busy = [], None, {p: 0.0 for p, _ in pats}, 0.0
    for ev in prof["events"]:
        if last is not None and stack:
            w = ev["at"] - last
            names = [frames[f] for f in stack]
            if not any(IDLE.search(n) for n in names):
                busy += w
                for p, rx in pats:
                    if any(rx.search(n) for n in names):
                        totals[p] += w
        last = ev["at"]
        if ev["type"] == "O":
            stack.append(ev["frame"])
        elif stack:
            stack.pop()
    if busy < 1:
        continue
    print(f"{prof['name']}: busy {busy:.0f} {prof.get('unit', '')}")
    for p, _ in pats:
        if totals[p]:
            print(f"  {totals[p]:8.0f}  {100 * totals[p] / busy:5.1f} %  {p}")
