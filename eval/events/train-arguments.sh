#!/usr/bin/env bash
# Trains and cross-validates the events layer's argument scorer on the dev set's TRAIN split (docs/events.md, "The
# argument scorer"); never reads test gold for training or choosing.
# EVENTS_CV=DIR keeps the cross-validated predictions.
# --holdout PREFIX... (e.g. --holdout y z h: batches f, g, h) trains on the other train sentences and scores only the
#   held-out ones instead of cross-validating (docs/events.md, "Training on some batches, judging on others");
#   shipped.jsonl is the shipped layer on the same sentences. --out then trains without them too.
# usage: eval/events/train-arguments.sh [--out FILE] [dateline train events options: --epochs N..., --margin M..., --folds K, --seed S]
#   Rebuilds the sentences (sample.py), runs `dateline train events` with --cv and scores the rules and each
#   cross-validated setting on train with score_events.py. --out writes the model (first --epochs and --margin).
#   Shipped model: eval/events/train-arguments.sh --epochs E --margin M --out src/Dateline.Language/Models/event-arguments.bin
#   (format 2, "ARG2": the scorer's tables as they lie in memory; a text file written before converts with
#   `dateline train convert --model OLD.txt --out src/Dateline.Language/Models/event-arguments.bin`)
#   (--bag N averages N perceptrons of seeds --seed on). With blind batches held out, train without this script's --cv
#   (it predicts and scores the held-out ones): dateline train events --holdout j k m --epochs 3 --margin 8 --bag 5 --out …
#   (docs/events.md, "Where actor reading fails").
#   The trigger detector (docs/events.md, "The trigger detector"): --triggers [--epochs N...] [--add-margin A...]
#   [--veto-margin V...] [--unlisted-only]; rules.jsonl is then the shipped layer without a detector, cv-e{E}-a{A}-v{V}
#   each setting; --out src/Dateline.Language/Events/Data/event-trigger-model.txt ships one (only if it beats rules).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
shared=${DATELINE_SHARED:-$root/../shared}
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
python3 "$here/sample.py" "$shared" > "$work/sentences.jsonl"
python3 "$here/sample.py" --check "$shared" "$work/sentences.jsonl"
cv=${EVENTS_CV:-$work/cv}
"$root/dateline" train events --sentences "$work/sentences.jsonl" --gold "$here"/gold/*.jsonl --cv "$cv" "$@"
gold=$(ls "$here"/gold/*.jsonl | paste -sd, -)
# score the sentences predicted: every train sentence in cross-validation, the held-out ones with --holdout
python3 - "$work/sentences.jsonl" "$cv/rules.jsonl" > "$work/scored.jsonl" <<'PY'
import json, sys
ids = {json.loads(l)["id"] for l in open(sys.argv[2], encoding="utf-8") if l.strip()}
for line in open(sys.argv[1], encoding="utf-8"):
    if json.loads(line)["id"] in ids:
        sys.stdout.write(line)
PY
echo "scored: $(wc -l < "$work/scored.jsonl") train sentences, each predicted by a model that did not see it"
for f in "$cv"/rules.jsonl "$cv"/shipped.jsonl "$cv"/cv-*.jsonl; do
  echo "== $(basename "$f" .jsonl)"
  python3 "$here/score_events.py" "$work/scored.jsonl" "$gold" "$f" --split train | sed -n 2,5p
done
