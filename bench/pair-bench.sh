#!/usr/bin/env bash
# `dateline bench` of two builds at the same time on one core, ROUNDS times: both share the core and whatever load the
# machine has in those seconds, so their per-round ratio is far steadier than interleaved runs' (bench/README.md,
# "perf18": unchanged stages 0.95-1.05 per round against 0.7-1.6 interleaved at load 10-27). Prints per stage the
# medians of each build, the median of the per-round NEW/BASE ratios, the rounds' ratios, and the median ratio
# against the yardstick (recognizer, quotes, times, amounts, pos: read it only when the change is outside them).
#   bench/pair-bench.sh ROUNDS TOKENS BASE-DIR NEW-DIR      (DIRs of dateline.dll, or of a Native AOT dateline executable)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
rounds=$1; tokens=$2; base=$3; new=$4
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
cd "$root"
# The command that runs the build in a DIR: its dateline.dll, else its native executable (DATELINE_AOT=1 ./dateline).
cli() { if [ -f "$1/dateline.dll" ]; then echo dotnet "$1/dateline.dll"; else echo "$1/dateline"; fi; }
for r in $(seq "$rounds"); do
  taskset -c 0 $(cli "$base") bench --tokens "$tokens" > "$work/base.$r" 2>/dev/null &
  taskset -c 0 $(cli "$new") bench --tokens "$tokens" > "$work/new.$r" 2>/dev/null &
  wait
done
python3 - "$work" "$rounds" <<'PY'
import re, statistics, sys
work, rounds = sys.argv[1], int(sys.argv[2])
YARDSTICK = ["entity-recognizer", "quotes", "times", "amounts", "pos"]


def read(path):
    stages = {}
    for line in open(path):
        m = re.match(r"(\S+)\s+([\d.]+)\s+([\d,]+)\s+([\d,]+)\s+([\d.]+) %", line)
        if m:
            stages[m[1]] = int(m[3].replace(",", ""))
        m = re.match(r"every stage:.* = ([\d,]+) words/s", line)
        if m:
            stages["every stage"] = int(m[1].replace(",", ""))
    return stages


def yardstick_time(stages):
    return sum(1 / stages[s] for s in YARDSTICK if s in stages)


runs = [(read(f"{work}/base.{r}"), read(f"{work}/new.{r}")) for r in range(1, rounds + 1)]
for s in runs[0][0]:
    ratios = [n[s] / b[s] for b, n in runs]
    against = statistics.median(n[s] / b[s] * yardstick_time(n) / yardstick_time(b) for b, n in runs)
    print(f"{s:18} {statistics.median(b[s] for b, _ in runs):>12,.0f} → {statistics.median(n[s] for _, n in runs):>12,.0f}"
          f"  ×{statistics.median(ratios):.3f}  [{' '.join(f'{x:.2f}' for x in ratios)}]  against the yardstick ×{against:.3f}")
PY
