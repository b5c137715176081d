#!/usr/bin/env bash
# `dateline bench` of several builds on one core, interleaved (a, b, a, b …) so a busy neighbour slows them alike;
# prints the median words/s of each stage and of the whole pipeline per build (thread CPU time, see LanguageBench).
#   dotnet build src/Dateline.Cli -c Release -o /tmp/new      (and the same in a worktree of the base commit)
#   bench/compare-bench.sh ROUNDS TOKENS DIR-OF-dateline.dll...
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
rounds=$1; tokens=$2; shift 2
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
for r in $(seq "$rounds"); do
  i=0
  for d in "$@"; do
    (cd "$root" && taskset -c 0 dotnet "$d/dateline.dll" bench --tokens "$tokens" > "$work/$i.$r" 2>/dev/null)
    i=$((i + 1))
  done
done
python3 - "$work" "$rounds" "$@" <<'PY'
import glob, re, statistics, sys
work, rounds, dirs = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
for i, d in enumerate(dirs):
    stages, whole, core, startup, alloc = {}, [], [], {}, {}
    for r in range(1, rounds + 1):
        for line in open(f"{work}/{i}.{r}"):
            m = re.match(r"(\S+)\s+([\d.]+)\s+([\d,]+)\s+([\d,]+)\s+([\d.]+) %(?:\s+([\d,]+))?", line)
            if m:
                stages.setdefault(m[1], []).append(int(m[3].replace(",", "")))
                if m[6]:
                    alloc.setdefault(m[1], []).append(int(m[6].replace(",", "")))
            m = re.match(r"every stage:.* = ([\d,]+) words/s", line)
            if m:
                whole.append(int(m[1].replace(",", "")))
            m = re.match(r"up to entities:.* = ([\d,]+) words/s", line)
            if m:
                core.append(int(m[1].replace(",", "")))
            if line.startswith("start-up (first document"):
                for name, sec in re.findall(r"([\w-]+) ([\d.]+)", line.split(":", 1)[1]):
                    startup.setdefault(name, []).append(float(sec))
    print(f"{d}: every stage {statistics.median(whole):,.0f} words/s, up to entities {statistics.median(core):,.0f} (medians of {rounds})")
    print("   " + ", ".join(f"{s} {statistics.median(v):,.0f}" for s, v in stages.items()))
    if alloc:
        print("   allocated bytes / 1k words: " + ", ".join(f"{s} {statistics.median(v):,.0f}" for s, v in alloc.items()))
    print("   first document (s): " + ", ".join(f"{s} {statistics.median(v):.3f}" for s, v in startup.items()))
PY
