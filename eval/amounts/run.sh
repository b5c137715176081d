#!/usr/bin/env bash
# Runs the amount layer over the amount dev set and scores it (docs/knowledge.md, "Amounts").
# usage: eval/amounts/run.sh [train|test|all] [--errors N]
#   Rebuilds the sentences from ../shared/data/corpus (sample.py, checked against sentences.tsv), annotates each on
#   its own with `dateline annotate --jsonl` and scores the amounts against gold.jsonl (score_amounts.py).
#   Tune on train; test is reported, never tuned on. AMOUNTS_KEEP=FILE keeps the predictions.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
shared=${DATELINE_SHARED:-$root/../shared}
[ -d "$shared/data/corpus" ] || { echo "eval/amounts: $shared/data/corpus is missing (the shared data sets sit beside the project as ../shared)" >&2; exit 2; }
split=${1:-all}; shift || true
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
python3 "$here/sample.py" "$shared" > "$work/sentences.jsonl"
python3 "$here/sample.py" --check "$shared" "$work/sentences.jsonl"
python3 -c '
import json, sys
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    print(json.dumps({"id": d["id"], "text": d["text"], "dct": d.get("dct")}))' "$work/sentences.jsonl" > "$work/in.jsonl"
"$root/dateline" annotate --jsonl "$work/in.jsonl" 2>/dev/null | python3 -c '
import json, sys
for line in sys.stdin:
    d = json.loads(line)
    if "id" not in d: continue
    print(json.dumps({"id": d["id"], "amounts": [{k: a.get(k) for k in ("start", "end", "value", "unit")} for a in d.get("amounts") or []]}))' > "$work/pred.jsonl"
[ -n "${AMOUNTS_KEEP:-}" ] && cp "$work/pred.jsonl" "$AMOUNTS_KEEP"
python3 "$here/score_amounts.py" "$work/sentences.jsonl" "$here/gold.jsonl" "$work/pred.jsonl" --split "$split" "$@"
