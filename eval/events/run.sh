#!/usr/bin/env bash
# Runs the event layer over the event dev set and scores it (docs/events.md).
# usage: eval/events/run.sh [train|test|all] [--errors N] [--json]
#   Rebuilds the sentences from ../shared/data/corpus (sample.py, checked against sentences.tsv), annotates each on
#   its own with `dateline annotate --jsonl` and scores the events against gold/*.jsonl (docs/events.md).
#   Tune on train; test is reported, never tuned on. EVENTS_KEEP=FILE keeps the predictions. EVENTS_BATCH=LETTERS
#   annotates and scores only the batches of those id letters (h: the blind batch h; jkm: batches j, k and m
#   together; batch a's ids are e…), to judge a change on batches written blind before it (docs/events.md).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
shared=${DATELINE_SHARED:-$root/../shared}
[ -d "$shared/data/corpus" ] || { echo "eval/events: $shared/data/corpus is missing (the shared data sets sit beside the project as ../shared)" >&2; exit 2; }
split=${1:-all}; shift || true
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
python3 "$here/sample.py" "$shared" > "$work/sentences.jsonl"
python3 "$here/sample.py" --check "$shared" "$work/sentences.jsonl"
if [ -n "${EVENTS_BATCH:-}" ]; then
  [[ "$EVENTS_BATCH" =~ ^[a-z]+$ ]] || { echo "eval/events: EVENTS_BATCH takes id letters (e.g. h or jkm), not '$EVENTS_BATCH'" >&2; exit 2; }
  grep "^{\"id\": \"[${EVENTS_BATCH}][0-9]" "$work/sentences.jsonl" > "$work/batch.jsonl" || { echo "eval/events: no sentence of batch ${EVENTS_BATCH}" >&2; exit 2; }
  mv "$work/batch.jsonl" "$work/sentences.jsonl"
fi
python3 - "$work/sentences.jsonl" > "$work/in.jsonl" <<'PY'
import json, sys
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    print(json.dumps({"id": d["id"], "text": d["text"], "dct": d.get("dct")}))
PY
"$root/dateline" annotate --jsonl "$work/in.jsonl" 2>/dev/null | python3 -c '
import json, sys
for line in sys.stdin:
    d = json.loads(line)
    if "id" not in d: continue
    ev = [{"type": e["type"], "trigger": e.get("triggerText"), "source": e.get("sourceText"), "target": e.get("targetText"), "mode": e["mode"]} for e in d.get("events") or []]
    print(json.dumps({"id": d["id"], "events": ev}))' > "$work/pred.jsonl"
gold=$(ls "$here"/gold/*.jsonl | paste -sd, -)
[ -n "${EVENTS_KEEP:-}" ] && cp "$work/pred.jsonl" "$EVENTS_KEEP"
python3 "$here/score_events.py" "$work/sentences.jsonl" "$gold" "$work/pred.jsonl" --split "$split" "$@"
