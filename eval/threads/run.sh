#!/usr/bin/env bash
# Threads the Wikinews thread set with the project's CLI and scores it against the gold threads.
# usage: eval/threads/run.sh [--set wikinews|newswire] [--json] [--keep DIR] [--db POSTGRES_ADDRESS]
#   --set newswire threads the newswire set instead (TempEval-3 TimeBank and AQUAINT, PolNeAR June 2016, assembled by
#   newswire.py from ../shared; gold newswire-threads.tsv, all of it dev).
#   Ingests ../shared/data/corpus/wikinews_en.jsonl.gz (in its order, which is by date) into a temporary store with
#   `dateline ingest`, dumps each article's thread (the JSON Lines id is the stored doc id) and prints pairwise
#   precision, recall and F1 overall, on the dev part (2019, where ThreadOptions were tuned) and on the test part.
#   --keep DIR keeps the store and the predicted threads (DIR/threads.db, DIR/pred.tsv).
#   --db postgres://… threads into that PostgreSQL database instead (a new one: ingest creates it if missing, and it is
#   left in place), read back with psql: the figures must be the SQLite store's.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
shared=${DATELINE_SHARED:-$root/../shared}
corpus="$shared/data/corpus/wikinews_en.jsonl.gz"
gold="$here/wikinews-threads.tsv"
json=(); keep=""; db=""; set=wikinews
while [ $# -gt 0 ]; do
  case $1 in
    --json) json=(--json); shift ;;
    --keep) keep=$2; shift 2 ;;
    --db) db=$2; shift 2 ;;
    --set) set=$2; shift 2 ;;
    *) echo "usage: eval/threads/run.sh [--set wikinews|newswire] [--json] [--keep DIR] [--db POSTGRES_ADDRESS]" >&2; exit 2 ;;
  esac
done
[ -f "$corpus" ] || { echo "eval/threads: $corpus is missing (the shared data sets sit beside the project as ../shared)" >&2; exit 2; }
[ -f "$gold" ] || { echo "eval/threads: $gold is missing" >&2; exit 2; }
if [ -n "$keep" ]; then work=$keep; mkdir -p "$work"; rm -f "$work"/threads.db*; else work=$(mktemp -d); trap 'rm -rf "$work"' EXIT; fi
case $set in
  wikinews) ;;
  newswire)
    gold="$here/newswire-threads.tsv"
    corpus="$work/newswire.jsonl"
    python3 "$here/newswire.py" "$corpus" --shared "$shared" ;;
  *) echo "eval/threads: --set is wikinews or newswire" >&2; exit 2 ;;
esac

dump="SELECT a.doc_id, t.thread FROM articles a JOIN article_threads t ON t.article = a.rowid ORDER BY a.rowid"
if [ -n "$db" ]; then
  case $db in postgres://*|postgresql://*) ;; *) echo "eval/threads: --db takes a postgres:// address" >&2; exit 2 ;; esac
  command -v psql > /dev/null || { echo "eval/threads: --db needs psql" >&2; exit 2; }
  "$root/dateline" ingest "$corpus" --db "$db" >&2
  { printf 'id\tthread\n'; psql "$db" -X -q -A -t -F $'\t' -v ON_ERROR_STOP=1 -c "$dump"; } > "$work/pred.tsv"
else
  "$root/dateline" ingest "$corpus" --db "$work/threads.db" >&2
  python3 - "$work/threads.db" "$dump" > "$work/pred.tsv" <<'PY'
import sqlite3, sys
c = sqlite3.connect(sys.argv[1])
print("id\tthread")
for doc_id, thread in c.execute(sys.argv[2]):
    print(f"{doc_id}\t{thread}")
PY
fi
python3 "$here/score_threads.py" "$gold" "$work/pred.tsv" "${json[@]}"
