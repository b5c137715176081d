#!/usr/bin/env python3
"""Wall time under frames matching each pattern (inclusive, counted once per stack) in a speedscope file from
dotnet-trace (dotnet-sampled-thread-time), over all threads, with each thread's total: what a start-up is made of.

    python3 bench/profile/inclusive.py startup.speedscope.json 'NerEnsemble.Load' 'GeoGazetteer.Load' 'Regex..ctor'
"""
import re, sys

import speedscope

frames, profiles = speedscope.load(sys.argv[1])
pats = [(p, re.compile(p)) for p in sys.argv[2:]]
IDLE = re.compile(r"WaitOne|Monitor\.Wait|SpinWait|Thread\.Sleep|TryTake|WaitHandle|LowLevelLifoSemaphore|TimerThread")
for prof in profiles:
    totals, busy = {p: 0.0 for p, _ in pats}, 0.0
    for stack, w in speedscope.stacks(prof):
        names = [frames[f] for f in stack]
        if not any(IDLE.search(n) for n in names):
            busy += w
            for p, rx in pats:
                if any(rx.search(n) for n in names):
                    totals[p] += w
    if busy < 1:
        continue
    print(f"{prof['name']}: busy {busy:.0f} {prof.get('unit', '')}")
    for p, _ in pats:
        if totals[p]:
            print(f"  {totals[p]:8.0f}  {100 * totals[p] / busy:5.1f} %  {p}")
