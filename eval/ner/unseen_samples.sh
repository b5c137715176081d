#!/usr/bin/env bash
# The unseen-news entity samples' exact figure, one line per sample (issue 17; eval/ner/UNSEEN.md, "Eleventh sample").
# usage: eval/ner/unseen_samples.sh DLL TAG        e.g. eval/ner/unseen_samples.sh /work/wt-X/.build/cli/dateline.dll x
#        SAMPLES="1 2 … 18" (the default: every unseen-gold*.jsonl here, samples 13-32 included) picks the
#        samples. The pages are looked up in the four pools (eval/unseen_pages.py; sample 12 is metadata-dev); samples
#        13-17's TimeBank/AQUAINT and 18-32's PolNeAR documents are written to /tmp/es-TAG-N-docs.jsonl (unseen_pages.py --jsonl) and read from there.
# DLL is any build's CLI (a mend branch's too); the gold, the page lookup and the scorer are this checkout's, so a branch
# that does not hold a sample's gold is judged on it from here. Writes /tmp/es-TAG-N.jsonl (the annotated pages).
set -euo pipefail
dll=$1; tag=$2
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
cd "$here/../.."
samples=${SAMPLES:-$(ls eval/ner/unseen-gold*.jsonl | sed -E 's/.*unseen-gold(-([0-9]+))?\.jsonl/\2/; s/^$/1/' | sort -n | tr '\n' ' ')}
for i in $samples; do
  g=eval/ner/unseen-gold-$i.jsonl; [ "$i" = 1 ] && g=eval/ner/unseen-gold.jsonl
  # shellcheck disable=SC2046  # one word per page path
  dotnet "$dll" annotate $(python3 eval/unseen_pages.py --jsonl "/tmp/es-$tag-$i-docs.jsonl" "$g") -j 1 > "/tmp/es-$tag-$i.jsonl" 2>/dev/null
  echo "sample $i: $(python3 eval/ner/score_unseen.py --annotated "/tmp/es-$tag-$i.jsonl" --gold "$g" | sed -n 1p)"
done
