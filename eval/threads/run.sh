#!/usr/bin/env bash
# Threads the Wikinews thread set with the project's CLI and scores it against the gold threads.
# usage: eval/threads/run.sh [--json] [--keep DIR]
#   Ingests ../shared/data/corpus/wikinews_en.jsonl.gz (in its order, which is by date) into a temporary store with
#   `dateline ingest`, dumps each article's thread (the JSON Lines id is the stored doc id) and prints pairwise
#   precision, recall and F1 overall, on the dev part (2019, where ThreadOptions were tuned) and on the test part.
#   --keep DIR keeps the store and the predicted threads (DIR/threads.db, DIR/pred.tsv).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
shared=${DATELINE_SHARED:-$root/../shared}
corpus="$shared/data/corpus/wikinews_en.jsonl.gz"
gold="$here/wikinews-threads.tsv"
json=(); keep=""
while [ $# -gt 0 ]; do
  case $1 in
    --json) json=(--json); shift ;;
    --keep) keep=$2; shift 2 ;;
    *) echo "usage: eval/threads/run.sh [--json] [--keep DIR]" >&2; exit 2 ;;
  esac
done
[ -f "$corpus" ] || { echo "eval/threads: $corpus is missing (the shared data sets sit beside the project as ../shared)" >&2; exit 2; }
[ -f "$gold" ] || { echo "eval/threads: $gold is missing" >&2; exit 2; }
if [ -n "$keep" ]; then work=$keep; mkdir -p "$work"; rm -f "$work"/threads.db*; else work=$(mktemp -d); trap 'rm -rf "$work"' EXIT; fi

"$root/dateline" ingest "$corpus" --db "$work/threads.db" >&2
python3 - "$work/threads.db" > "$work/pred.tsv" <<'PY'
import sqlite3, sys
c = sqlite3.connect(sys.argv[1])
print("id\tthread")
for doc_id, thread in c.execute("SELECT a.doc_id, t.thread FROM articles a JOIN article_threads t ON t.article = a.rowid ORDER BY a.rowid"):
    print(f"{doc_id}\t{thread}")
PY
python3 "$here/score_threads.py" "$gold" "$work/pred.tsv" "${json[@]}"
