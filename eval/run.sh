#!/usr/bin/env bash
# Evaluation runner: runs Dateline over a ../shared/data set and scores it with the shared scorers.
# usage: eval/run.sh TASK [--per-doc FILE]
#   text      text dumps  (data/extraction/dev-text)   F1, precision, recall, accuracy
#   html      HTML pages  (data/extraction/dev)        F1, precision, recall, accuracy
#   metadata  metadata-dev pages                       title, authors, date
#   dates     data/dates/dev                           accuracy, coverage
#   timex     TempEval-3 AQUAINT (dev)                 strict/relaxed/type/value F1 of time expressions
#   timebank  TempEval-3 TimeBank                      the same, on the other set (the training set of the data README)
#   timex-errors, timebank-errors                      the wrong values, missed and spurious expressions of either set, in
#             context (eval/timex/errors.py; extra options go to it: --kinds value --context 80)
#   quotes    PolNeAR shared set, direct+mixed          quote F1, speaker accuracy, pair F1 (speaker = entity, else the mention's words),
#             speaker accuracy per speaker kind (eval/quotes/speaker_kinds.py; DATELINE_QUOTE_ERRORS=N lists wrong pairs,
#             DATELINE_QUOTE_PRED=FILE keeps the annotated articles)
#   ner       NER dev sets (GMB, GUM Wikinews) with the shipped model  conlleval F1
#   web       web-dev: trafilatura's evaluation pages (data/extraction/web-dev)  with found, without absent, pages ok,
#             metadata assertions (comments kept out: --comments ignore); extra options go to eval_web.py (--details DIR);
#             then comment recall (eval/web/comments.py: truth comment strings found in "comments")
#   events    the event dev set (eval/events, docs/events.md)  event F1, type-only F1, trap rate (train and test)
#   amounts   the amount dev set (eval/amounts, docs/knowledge.md "Amounts")  value+unit and span P/R/F1, trap rate (train and test)
#   datelines every page of dev, dev-text, metadata-dev and web-dev against eval/datelines/expected.jsonl
#             (docs/datelines.md): found, right, wrong, missed, invented, precision, recall; --details lists the pages
#   all       every task above
# Later issues add their tasks here.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
shared=${DATELINE_SHARED:-$root/../shared}
tools="$shared/tools"; data="$shared/data"
[ -d "$data" ] || { echo "eval: $data is missing (the shared data sets sit beside the project as ../shared)" >&2; exit 2; }
task=${1:-all}; shift || true
extra=("$@")
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
to_bodies() { python3 -c 'import json,sys
for l in sys.stdin:
    try: d=json.loads(l)
    except ValueError: continue
    if isinstance(d,dict) and "id" in d: print(json.dumps({"id":d["id"],"articleBody":d.get("text") or ""}))'; }
extraction() { # name set [scorer options]
  local name=$1 set=$2; shift 2
  "$root/dateline" extract "$data/extraction/$set/pages" 2>/dev/null | to_bodies > "$work/$name.jsonl"
  python3 "$tools/eval_extraction.py" --truth "$data/extraction/$set/truth.jsonl" --pred "$work/$name.jsonl" "$@" 2>&1 | sed "s/^/$name: /"
}
run() {
  case $1 in
    text) extraction text dev-text "${extra[@]}" ;;
    html) extraction html dev "${extra[@]}" ;;
    metadata)
      "$root/dateline" extract "$data/extraction/metadata-dev/pages" > "$work/m.jsonl" 2>/dev/null || true
      python3 "$tools/eval_metadata.py" "$data/extraction/metadata-dev/metadata.jsonl" "$work/m.jsonl" metadata 0 0 0 ;;
    dates)
      "$root/dateline" extract "$data/dates/dev/pages" > "$work/d.jsonl" 2>/dev/null || true
      python3 "$tools/eval_dates.py" --truth "$data/dates/dev/truth.jsonl" --pred "$work/d.jsonl" ;;
    timex|timebank|timex-errors|timebank-errors)
      local set=aquaint; case $1 in timebank*) set=timebank ;; esac
      zcat "$data/timex/$set.jsonl.gz" > "$work/tt.jsonl"
      python3 -c 'import json,sys
for l in sys.stdin:
    d=json.loads(l); print(json.dumps({"id":d["id"],"dct":d["dct"],"text":d["text"]}))' < "$work/tt.jsonl" > "$work/ti.jsonl"
      "$root/dateline" annotate --jsonl "$work/ti.jsonl" 2>/dev/null | python3 -c 'import json,sys
for l in sys.stdin:
    try: d=json.loads(l)
    except ValueError: continue
    print(json.dumps({"id":d.get("id"),"timexes":[{k:t.get(k) for k in ("start","end","text","type","value")} for t in d.get("times") or []]}))' > "$work/tp.jsonl"
      if [[ $1 == *-errors ]]; then
        python3 "$root/eval/timex/errors.py" --truth "$work/tt.jsonl" --pred "$work/tp.jsonl" --scorer "$tools" "${extra[@]}"
      else
        python3 "$tools/eval_timex.py" --truth "$work/tt.jsonl" --pred "$work/tp.jsonl" "${extra[@]}"
      fi ;;
    quotes)
      zcat "$data/quotes/polnear_shared.jsonl.gz" | python3 -c 'import json,sys
for l in sys.stdin:
    d=json.loads(l); print(json.dumps({"id":d["id"],"dct":d.get("dct"),"text":d["text"]}))' > "$work/qi.jsonl"
      "$root/dateline" annotate --jsonl "$work/qi.jsonl" 2>/dev/null > "$work/qa.jsonl"
      python3 -c 'import json,sys
for l in sys.stdin:
    try: d=json.loads(l)
    except ValueError: continue
    qs=[]
    for q in d.get("quotes") or []:
        sm=q.get("speakerMention") or {}
        qs.append({"start":q.get("start"),"end":q.get("end"),"kind":q.get("kind"),"speaker":q.get("speakerName"),"speakerStart":sm.get("start"),"speakerEnd":sm.get("end")})
    print(json.dumps({"id":d.get("id"),"quotes":qs}))' < "$work/qa.jsonl" > "$work/qp.jsonl"
      python3 "$tools/eval_quotes.py" --truth "$data/quotes/polnear_shared.jsonl.gz" --pred "$work/qp.jsonl" --kinds direct,mixed "${extra[@]}"
      # speaker accuracy per kind of speaker mention (name, description, pronoun, none); DATELINE_QUOTE_ERRORS=N lists wrong pairs
      python3 "$root/eval/quotes/speaker_kinds.py" --truth "$data/quotes/polnear_shared.jsonl.gz" --annotated "$work/qa.jsonl" \
        --scorer "$tools/eval_quotes.py" --kinds direct,mixed --errors "${DATELINE_QUOTE_ERRORS:-0}"
      [ -z "${DATELINE_QUOTE_PRED:-}" ] || cp "$work/qa.jsonl" "$DATELINE_QUOTE_PRED" ;;
    ner) # shipped model on the dev splits (GMB converted to CoNLL types, GUM Wikinews), conlleval F1.
      # The shipped model is trained on train+dev (epochs chosen on dev with a train-only model), so these are fit figures;
      # held-out figures come from ../shared/tools/scoreboard.sh ner (test splits).
      python3 "$tools/gmb_to_conll.py" "$data/ner/gmb/dev.txt.gz" > "$work/gmb.txt"
      "$root/dateline" annotate --conll "$work/gmb.txt" 2>/dev/null | python3 "$tools/conlleval.py" | sed -n 2p | sed 's/^/ner gmb dev: /'
      zcat "$data/ner/gum_wikinews/dev.txt.gz" > "$work/gum.txt"
      "$root/dateline" annotate --conll "$work/gum.txt" 2>/dev/null | python3 "$tools/conlleval.py" | sed -n 2p | sed 's/^/ner gum dev: /' ;;
    web) # trafilatura's evaluation half: strings the text must / must not contain (README of web-dev)
      "$root/dateline" extract "$data/extraction/web-dev/pages" > "$work/web.jsonl" 2>/dev/null || true
      python3 "$tools/eval_web.py" "$data/extraction/web-dev" dateline="$work/web.jsonl" --comments ignore "${extra[@]}"
      python3 "$root/eval/web/comments.py" "$data/extraction/web-dev" "$work/web.jsonl" ;;
    events) # the event dev set annotated by docs/events.md: train split (tuned on) and test split (reported)
      "$root/eval/events/run.sh" train | sed 's/^/events: /'
      "$root/eval/events/run.sh" test | sed 's/^/events: /' ;;
    amounts) # the amount dev set annotated by docs/knowledge.md ("Amounts"): train split (tuned on) and test split (reported)
      "$root/eval/amounts/run.sh" train "${extra[@]}"
      "$root/eval/amounts/run.sh" test "${extra[@]}" ;;
    datelines) # every dev page: which have a dateline is annotated in eval/datelines/expected.jsonl
      local set
      for set in dev dev-text metadata-dev web-dev; do
        "$root/dateline" extract "$data/extraction/$set/pages" > "$work/dl-$set.jsonl" 2>/dev/null || true
        python3 "$root/eval/datelines/score.py" "$root/eval/datelines/expected.jsonl" "$set" "$data/extraction/$set/pages" \
          "$work/dl-$set.jsonl" "${extra[@]}"
      done ;;
    *) echo "eval: unknown task $1" >&2; exit 2 ;;
  esac
}
if [ "$task" = all ]; then for t in text html web metadata dates ner timex quotes events amounts datelines; do run $t; done; else run "$task"; fi
