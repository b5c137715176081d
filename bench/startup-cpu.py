#!/usr/bin/env python3
"""CPU (user+sys) of whole runs of one CLI command on one short text, several builds interleaved on one core (a, b,
a, b …): median, mean of the middle 60 % and minimum of N runs each. For start-up differences of a few milliseconds,
which bench/startup.sh's medians of 10 do not separate on a shared machine (bench/README.md, perf16).

    python3 bench/startup-cpu.py N annotate|extract TEXT DIR-OF-dateline.dll...

A DIR without dateline.dll but with a dateline executable (the Native AOT build, DATELINE_AOT=1 ./dateline) is run as
that executable.
"""
import os, resource, statistics, subprocess, sys


def command_of(d):
    return ["dotnet", f"{d}/dateline.dll"] if os.path.exists(f"{d}/dateline.dll") else [f"{d}/dateline"]


n, cmd, text, dirs = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4:]
cpu = {d: [] for d in dirs}
for _ in range(n):
    for d in dirs:
        r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
        subprocess.run(["taskset", "-c", "0", *command_of(d), cmd, text], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu[d].append(r1.ru_utime - r0.ru_utime + r1.ru_stime - r0.ru_stime)
for d, c in cpu.items():
    c.sort()
    k = len(c) // 5
    print(f"{cmd} {d}: median {statistics.median(c):.4f} s, mean of middle 60% {statistics.mean(c[k:len(c) - k]):.4f} s,"
          f" min {c[0]:.4f} (n={len(c)})")
