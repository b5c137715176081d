#!/usr/bin/env bash
# Speed of the whole annotate pipeline on one core: tokens per second over a news corpus.
# usage: bench/annotate-speed.sh [CORPUS.jsonl.gz] [REPEAT]
#   CORPUS: {"id","text","date"?} lines (default ../shared/data/corpus/wikinews_en.jsonl.gz, openly licensed news);
#   REPEAT: how many times the corpus is fed (default 3), so that start-up and JIT weigh little.
# Tokens are counted as the Token layer would (words and punctuation marks), by a regex here, so the figure does not
# depend on which layers are present. Start-up is measured separately (an empty input) and subtracted.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
corpus=${1:-$root/../shared/data/corpus/wikinews_en.jsonl.gz}
repeat=${2:-3}
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
"$root/dateline" --help >/dev/null   # build first
python3 - "$corpus" "$repeat" "$work/in.jsonl" <<'PY'
import gzip, json, re, sys
src, repeat, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
op = gzip.open if src.endswith(".gz") else open
docs = [json.loads(l) for l in op(src, "rt", encoding="utf-8") if l.strip()]
tokens = 0
with open(out, "w", encoding="utf-8") as f:
    for r in range(repeat):
        for d in docs:
            f.write(json.dumps({"id": f"{d['id']}#{r}", "dct": d.get("date") or d.get("dct"), "text": d["text"]}) + "\n")
            tokens += len(re.findall(r"\w+|[^\w\s]", d["text"]))
open(out + ".tokens", "w").write(str(tokens))
PY
echo '{"id":"empty","text":""}' > "$work/empty.jsonl"
t0=$(date +%s.%N); taskset -c 0 "$root/dateline" annotate --jsonl "$work/empty.jsonl" --jobs 1 >/dev/null 2>&1 || true; t1=$(date +%s.%N)
taskset -c 0 "$root/dateline" annotate --jsonl "$work/in.jsonl" --jobs 1 > "$work/out.jsonl" 2>/dev/null; t2=$(date +%s.%N)
python3 - "$t0" "$t1" "$t2" "$(cat "$work/in.jsonl.tokens")" "$(wc -l < "$work/in.jsonl")" <<'PY'
import sys
t0, t1, t2, tokens, docs = map(float, sys.argv[1:])
startup, run = t1 - t0, t2 - t1
work = max(run - startup, 1e-9)
print(f"{int(docs)} documents, {int(tokens)} tokens: {run:.1f} s wall on one core (start-up {startup:.1f} s) -> {tokens / work:,.0f} tokens/s")
PY
