#!/usr/bin/env bash
# Parity check of issue 19: the same collection ingested
#   (a) into SQLite by one process              (ingest --db)
#   (b) into PostgreSQL by one process          (ingest --store postgres://…)
#   (c) into PostgreSQL by two workers via NATS (enqueue, then two `worker --idle-exit 10` at once)
#   (d) optional (ONE_WORKER=1): into PostgreSQL by one worker via NATS, for docs/scaling.md
# must give the same counts, near-duplicate groups and top-10 ids of 20 queries. Each store is fingerprinted through
# the CLI only (stats, export, search) by bench/fleet/fingerprint.py; the differences are printed.
#
#   dotnet build src/Dateline.Cli -c Release
#   bench/fleet/parity.sh                 # OUT=/tmp/parity by default
#   RUNS="d" bench/fleet/parity.sh        # one run more; every store already in OUT is fingerprinted and compared
#
# Needs PostgreSQL (role with CREATEDB; PG_URL below) and /usr/sbin/nats-server; starts and stops its own nats-server.
# Environment: OUT, PG_URL (without the database), NATS_PORT, CORPUS=0 (leave out ../shared/data/corpus), ONE_WORKER=1,
# JOBS (documents in parallel per process, default 2).
set -uo pipefail

ROOT=${ROOT:-$(cd "$(dirname "$0")/../.." && pwd)}
cd "$ROOT"
DLL=${DLL:-$ROOT/src/Dateline.Cli/bin/Release/net10.0/dateline.dll}
OUT=${OUT:-/tmp/parity}
PG_URL=${PG_URL:-postgres://dateline:dateline@127.0.0.1:5432}
PG_HOST=${PG_HOST:-127.0.0.1}; PG_USER=${PG_USER:-dateline}; export PGPASSWORD=${PGPASSWORD:-dateline}
NATS_PORT=${NATS_PORT:-14333}
JOBS=${JOBS:-2}
SHARED=${SHARED:-$ROOT/../shared/data}
FP="python3 $ROOT/bench/fleet/fingerprint.py"
[ -f "$DLL" ] || { echo "parity: $DLL missing: dotnet build src/Dateline.Cli -c Release" >&2; exit 2; }
D() { dotnet "$DLL" "$@"; }

INPUTS=("$SHARED/warc" "$SHARED/extraction/dev/pages" "$SHARED/extraction/dev-text/pages")
if [ "${CORPUS:-1}" = 1 ]; then INPUTS+=("$SHARED"/corpus/*.jsonl.gz); fi

QUERIES=(
  "government" "president" "police" "election" "minister"
  "court" "economy" "company" "health" "military"
  "oil" "water" "school" "security" "climate"
  "football" "data" "report" "prime minister" "united states"
)

# RUNS: the ingests to run (default a b c; ONE_WORKER=1 adds d). Stores of earlier runs in OUT are fingerprinted too.
if [ -n "${RUNS:-}" ]; then read -ra RUNS <<< "$RUNS"; else RUNS=(a b c); [ "${ONE_WORKER:-0}" = 1 ] && RUNS+=(d); fi
mkdir -p "$OUT"
TIMES="$OUT/times.tsv"; [ -f "$TIMES" ] || printf 'run\twall_s\tuser_s\tsys_s\tmax_rss_kb\tpg_cpu_s\n' > "$TIMES"

# CPU seconds the PostgreSQL server has used: the postmaster's reaped children (ended backends) plus its live
# children. Read from /proc on this machine; counts every client of the server (other users' too).
pg_cpu() {
  local pm; pm=$(pgrep -o -x postgres) || { echo 0; return; }
  { awk '{ print $16 + $17 }' "/proc/$pm/stat"; for c in $(pgrep -P "$pm"); do awk '{ print $14 + $15 }' "/proc/$c/stat" 2>/dev/null; done; } |
    awk -v hz="$(getconf CLK_TCK)" '{ t += $1 } END { printf "%.2f\n", t / hz }'
}

# /usr/bin/time -v of one command, appended to $TIMES under a name; the command's stderr goes to $OUT/NAME.log.
timed() {
  local name=$1; shift
  local pg0; pg0=$(pg_cpu)
  if [ "${STAMP:-0}" = 1 ]; then  # each stderr line prefixed with the time it was written (worker unit lines)
    /usr/bin/time -v -o "$OUT/$name.time" "$@" > "$OUT/$name.out" 2> >(while IFS= read -r l; do echo "$EPOCHREALTIME $l"; done > "$OUT/$name.log")
  else
    /usr/bin/time -v -o "$OUT/$name.time" "$@" > "$OUT/$name.out" 2> "$OUT/$name.log"
  fi
  local rc=$? pg1; pg1=$(pg_cpu)
  awk -v n="$name" -v pg="$(python3 -c "print(round($pg1 - $pg0, 2))")" -F': ' '
    /Elapsed \(wall clock\)/ { split($2, t, ":"); w = (length(t) == 3) ? t[1]*3600 + t[2]*60 + t[3] : t[1]*60 + t[2] }
    /User time/ { u = $2 } /System time/ { s = $2 } /Maximum resident/ { r = $2 }
    END { printf "%s\t%.2f\t%.2f\t%.2f\t%s\t%s\n", n, w, u, s, r, pg }' "$OUT/$name.time" >> "$TIMES"
  return $rc
}

forget() { sed -i "/^$1[-\t]/d" "$TIMES"; }  # drop an earlier run's rows

fresh_pg() {  # drop the database; the store creates a missing one
  psql -h "$PG_HOST" -U "$PG_USER" -d postgres -qc "DROP DATABASE IF EXISTS $1 WITH (FORCE)" >/dev/null
}

NATS_PID=
start_nats() {
  rm -rf "$OUT/nats"; mkdir -p "$OUT/nats"
  /usr/sbin/nats-server -js -a 127.0.0.1 -p "$NATS_PORT" -sd "$OUT/nats" > "$OUT/nats.log" 2>&1 &
  NATS_PID=$!
  for _ in $(seq 50); do (exec 3<>/dev/tcp/127.0.0.1/"$NATS_PORT") 2>/dev/null && return 0; sleep 0.2; done
  echo "parity: nats-server did not start (see $OUT/nats.log)" >&2; exit 3
}
stop_nats() { if [ -n "$NATS_PID" ]; then kill "$NATS_PID" 2>/dev/null; wait "$NATS_PID" 2>/dev/null; NATS_PID=; fi; }
trap stop_nats EXIT

# A fleet run: fresh database and queue, enqueue, then N workers at once; the run's wall time is enqueue start to
# the last worker's exit, its CPU time the sum of enqueue's and the workers'.
fleet() {
  local name=$1 workers=$2 db=$3
  forget "$name"; fresh_pg "$db"; start_nats
  local q="nats://127.0.0.1:$NATS_PORT" start pg0; start=$(date +%s.%N); pg0=$(pg_cpu)
  timed "$name-enqueue" dotnet "$DLL" enqueue "${INPUTS[@]}" --queue "$q"
  # Create the database and its schema first, so the workers do not race on CREATE DATABASE.
  D stats --store "$PG_URL/$db" > /dev/null
  local pids=()
  for w in $(seq "$workers"); do
    STAMP=1 timed "$name-worker$w" dotnet "$DLL" worker --queue "$q" --store "$PG_URL/$db" --jobs "$JOBS" --idle-exit 10 &
    pids+=($!)
  done
  wait "${pids[@]}"
  local end pg1; end=$(date +%s.%N); pg1=$(pg_cpu); sleep 0.5
  # The workers wait --idle-exit seconds before leaving: the fleet's busy time ends at the last unit done.
  local last; last=$(cat "$OUT/$name"-worker*.log | awk '$4 == "done" { if ($1 > m) m = $1 } END { print m }')
  echo -e "$name-busy\t$(python3 -c "print(round($last - $start, 2))")\t\t\t" >> "$TIMES"
  D queue status --queue "$q" --format json > "$OUT/$name-queue.json"
  stop_nats
  awk -v n="$name" -v pg="$(python3 -c "print(round($pg1 - $pg0, 2))")" -v w="$(python3 -c "print($end - $start)")" -F'\t' '$1 ~ "^" n "-" { u += $3; s += $4 }
    END { printf "%s\t%.2f\t%.2f\t%.2f\t\t%s\n", n, w, u, s, pg }' "$TIMES" >> "$TIMES"
}

fingerprint() {  # fingerprint NAME STORE
  local name=$1 store=$2 dir="$OUT/fp-$1" i=0
  mkdir -p "$dir/search"
  D stats --store "$store" --format json > "$dir/stats.json"
  D export --store "$store" -o "$dir/export" 2> "$dir/export.log"
  for q in "${QUERIES[@]}"; do
    i=$((i + 1)); local f; f=$(printf '%s/search/q%02d' "$dir" "$i")
    printf '%s\n' "$q" > "$f.txt"
    D search --store "$store" "$q" -n 10 > "$f.jsonl"
  done
  $FP make "$dir/stats.json" "$dir/export" "$dir/search" "$OUT/$name.json"
}

echo "parity: inputs: ${INPUTS[*]}"
for r in "${RUNS[@]}"; do
  case $r in
    a) echo "parity: (a) SQLite, one process"; rm -f "$OUT"/a.db*; forget a
       timed a dotnet "$DLL" ingest "${INPUTS[@]}" --db "$OUT/a.db" --jobs "$JOBS"; tail -1 "$OUT/a.log" ;;
    b) echo "parity: (b) PostgreSQL, one process"; fresh_pg dateline_parity_b; forget b
       timed b dotnet "$DLL" ingest "${INPUTS[@]}" --store "$PG_URL/dateline_parity_b" --jobs "$JOBS"; tail -1 "$OUT/b.log" ;;
    c) echo "parity: (c) PostgreSQL, two workers through NATS"
       fleet c 2 dateline_parity_c; tail -qn1 "$OUT"/c-worker*.log; cat "$OUT/c-queue.json"; echo ;;
    d) echo "parity: (d) PostgreSQL, one worker through NATS"
       fleet d 1 dateline_parity_d; tail -qn1 "$OUT"/d-worker*.log; cat "$OUT/d-queue.json"; echo ;;
  esac
done

store_of() { case $1 in a) echo "$OUT/a.db" ;; *) echo "$PG_URL/dateline_parity_$1" ;; esac; }
DONE=()
for r in a b c d; do
  if [ "$r" = a ] && [ ! -f "$OUT/a.db" ]; then continue; fi
  if [ "$r" != a ] && ! psql -h "$PG_HOST" -U "$PG_USER" -d postgres -Atc "SELECT 1 FROM pg_database WHERE datname = 'dateline_parity_$r'" | grep -q 1; then continue; fi
  echo "parity: fingerprint of $r"; fingerprint "$r" "$(store_of "$r")"; DONE+=("$r")
done

echo; echo "## times (s; fleet rows: enqueue start to last worker exit, CPU summed over processes; pg_cpu_s: the server's CPU)"
column -t -s $'\t' "$TIMES"
echo; echo "## counts"
args=(); for r in "${DONE[@]}"; do args+=("$r=$OUT/$r.json"); done
$FP table "${args[@]}"
echo; echo "## differences"
status=0
for pair in "a b" "b c" "a c" "b d" "c d"; do
  set -- $pair
  if [ -f "$OUT/$1.json" ] && [ -f "$OUT/$2.json" ]; then $FP compare "$1" "$OUT/$1.json" "$2" "$OUT/$2.json" || status=1; fi
done
exit $status
