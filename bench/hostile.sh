#!/usr/bin/env bash
# Hostile inputs at two scales (N and 4N, bench/hostile/generate.py), each annotated on one core: the CPU of each run,
# the ratio of the two (about 4 when the work grows with the input, 16 when it grows with its square; start-up is
# ~0.4 s of each run, so small N reads low) and how each run ended. Every input must end as an article or a named
# failure; no run may time out.
#   bench/hostile.sh [N] [DIR-OF-dateline.dll]     (default N 8000, the ./dateline build)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
n=${1:-8000}
dir=${2:-}; [ -n "$dir" ] || { "$root/dateline" --help >/dev/null; dir="$root/.build/cli"; }
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
python3 "$root/bench/hostile/generate.py" "$n" "$work/1"
python3 "$root/bench/hostile/generate.py" $((4 * n)) "$work/4"
printf '%-18s %10s %8s %10s %8s %6s  %s\n' input bytes-N cpu-N bytes-4N cpu-4N ratio ended
for f in "$work"/1/*; do
  base=$(basename "$f"); line=()
  for s in 1 4; do
    args=("$work/$s/$base"); [[ $base == *.jsonl ]] && args=(--jsonl "$work/$s/$base")
    /usr/bin/time -f '%U %S' -o "$work/time" taskset -c 0 dotnet "$dir/dateline.dll" annotate "${args[@]}" >/dev/null 2>"$work/err" || true
    cpu=$(awk '{print $1 + $2}' "$work/time" | tail -1)
    line+=("$(stat -c %s "$work/$s/$base")" "$cpu")
  done
  # the summary line, and the first failure's reason when a run failed
  ended=$(grep -o '[0-9]* [a-z]* annotated.*' "$work/err" | head -1 || true)
  reason=$(grep -v ' annotated, ' "$work/err" | head -1 | sed 's/^dateline: [^:]*: //' | cut -c1-70 || true)
  [ -z "$reason" ] || ended="$ended; $reason"
  ratio=$(awk -v a="${line[1]}" -v b="${line[3]}" 'BEGIN { printf "%.1f", b / a }')
  printf '%-18s %10s %8s %10s %8s %6s  %s\n' "${base%.*}" "${line[0]}" "${line[1]}" "${line[2]}" "${line[3]}" "$ratio" "$ended"
done
