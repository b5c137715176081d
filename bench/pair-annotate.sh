#!/usr/bin/env bash
# `annotate -j 1 --jsonl INPUT` of two builds at the same time on one core, ROUNDS times: the CPU of the whole process
# (user+sys: start-up, the JIT's thread, reading and writing included, which `dateline bench` does not count), each
# round's NEW/BASE ratio and their median, words per CPU second, and whether both wrote the same bytes (cmp).
#   bench/pair-annotate.sh ROUNDS INPUT.jsonl BASE-DIR NEW-DIR  (DIRs of dateline.dll, or of a Native AOT executable)
#   CORE=1 bench/pair-annotate.sh …                             (another core; default 0)
set -euo pipefail
rounds=$1; input=$2; base=$3; new=$4; core=${CORE:-0}
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
cli() { if [ -f "$1/dateline.dll" ]; then echo dotnet "$1/dateline.dll"; else echo "$1/dateline"; fi; }
for r in $(seq "$rounds"); do
  /usr/bin/time -f "%U %S" -o "$work/base.$r" taskset -c "$core" $(cli "$base") annotate -j 1 --jsonl "$input" > "$work/base.out" 2>/dev/null &
  /usr/bin/time -f "%U %S" -o "$work/new.$r" taskset -c "$core" $(cli "$new") annotate -j 1 --jsonl "$input" > "$work/new.out" 2>/dev/null &
  wait
  cmp -s "$work/base.out" "$work/new.out" && echo "round $r: output identical" || echo "round $r: OUTPUT DIFFERS"
done
python3 - "$work" "$rounds" "$input" <<'PY'
import json, re, statistics, sys
work, rounds, path = sys.argv[1], int(sys.argv[2]), sys.argv[3]
words = sum(len(re.findall(r"\b\w", json.loads(l).get("text", ""))) for l in open(path, encoding="utf-8") if l.strip())
cpu = lambda f: sum(map(float, open(f).read().split()[-2:]))
b = [cpu(f"{work}/base.{r}") for r in range(1, rounds + 1)]
n = [cpu(f"{work}/new.{r}") for r in range(1, rounds + 1)]
ratios = [y / x for x, y in zip(b, n)]
print(f"CPU s (user+sys)  base {' '.join(f'{x:.2f}' for x in b)}  new {' '.join(f'{x:.2f}' for x in n)}")
print(f"median {statistics.median(b):.2f} → {statistics.median(n):.2f} s: new/base ×{statistics.median(ratios):.3f}"
      f" [{' '.join(f'{x:.3f}' for x in ratios)}]; {words:,} words: {words / statistics.median(b):,.0f} → "
      f"{words / statistics.median(n):,.0f} words per CPU second")
PY
