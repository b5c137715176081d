#!/usr/bin/env bash
# Compares two builds of the CLI side by side on one core: annotate over given texts and ingest of a generated
# collection, interleaved (base, new, base, new …) so a busy neighbour slows both alike; prints each run's CPU
# (user+sys) and peak RSS, then the medians and the new/base ratio.
#
#   git worktree add /tmp/base <commit> && (cd /tmp/base && dotnet publish src/Dateline.Cli -c Release -o /tmp/bench-base)
#   dotnet publish src/Dateline.Cli -c Release -o /tmp/bench-new
#   bench/compare-builds.sh /tmp/bench-base /tmp/bench-new [rounds=3] [articles=2000]
set -euo pipefail
base=$1; new=$2; rounds=${3:-3}; articles=${4:-2000}
here=$(cd "$(dirname "$0")/.." && pwd)
shared=${SHARED:-$here/../shared}
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT

# The inputs: Wikinews texts as given texts ({id,text,dct}); a generated collection for ingest.
zcat "$shared/data/corpus/wikinews_en.jsonl.gz" | python3 -c '
import json, sys
for line in sys.stdin:
    d = json.loads(line)
    print(json.dumps({"id": d.get("id"), "dct": d.get("date"), "text": d["text"]}))' > "$work/wiki.jsonl"
dotnet build "$here/bench/Dateline.StoreBench" -c Release -v q > /dev/null
dotnet "$here/bench/Dateline.StoreBench/bin/Release/net10.0/Dateline.StoreBench.dll" generate "$articles" "$work/gen.jsonl" > /dev/null

run() { # label dll-dir args… → "label cpu_seconds peak_kb"
  local label=$1 dir=$2; shift 2
  rm -f "$work/s.db"*
  /usr/bin/time -f "%U %S %M" -o "$work/t" taskset -c 0 dotnet "$dir/dateline.dll" "$@" > /dev/null 2>&1 || true
  read -r user sys peak < "$work/t"
  echo "$label $(python3 -c "print(round($user + $sys, 2))") $peak"
}

: > "$work/results"
for i in $(seq "$rounds"); do
  for side in base new; do
    dir=$base; [[ $side == new ]] && dir=$new
    run "annotate-$side" "$dir" annotate --jsonl "$work/wiki.jsonl" --jobs 1 | tee -a "$work/results"
    run "ingest-$side" "$dir" ingest "$work/gen.jsonl" --db "$work/s.db" --jobs 1 | tee -a "$work/results"
  done
done

python3 - "$work/results" <<'EOF'
import statistics, sys, collections
runs = collections.defaultdict(list)
for line in open(sys.argv[1]):
    label, cpu, peak = line.split()
    runs[label].append((float(cpu), int(peak)))
for job in ("annotate", "ingest"):
    b, n = runs[f"{job}-base"], runs[f"{job}-new"]
    bc, nc = statistics.median(c for c, _ in b), statistics.median(c for c, _ in n)
    bm, nm = statistics.median(m for _, m in b), statistics.median(m for _, m in n)
    print(f"{job:9} CPU median base {bc:.2f} s, new {nc:.2f} s (new/base {nc / bc:.3f}); peak RSS base {bm / 1024:.0f} MB, new {nm / 1024:.0f} MB")
EOF
