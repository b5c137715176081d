#!/usr/bin/env bash
# `ingest FILE -j 1` of two builds at the same time on one core, ROUNDS times, each into a fresh store: CPU (user+sys)
# and peak RSS of each process, documents per CPU second, and the B/A ratio of the round (bench/README.md, "Where each
# bar stands"). DIRs of dateline.dll, or of a Native AOT executable (DATELINE_AOT=1 ./dateline).
#   CORE=1 bench/pair-ingest.sh TAG ROUNDS FILE.jsonl DIR-A DIR-B   (stores /tmp/pp-TAG-{a,b}.db, removed after)
tag=$1; rounds=$2; f=$3; da=$4; db=$5
cli() { if [ -f "$1/dateline.dll" ]; then echo dotnet "$1/dateline.dll"; else echo "$1/dateline"; fi; }
n=$(grep -c . $f)
for r in $(seq $rounds); do
  rm -f /tmp/pp-$tag-a.db* /tmp/pp-$tag-b.db*
  l=$(cut -d' ' -f1 /proc/loadavg)
  /usr/bin/time -f "%U %S %M" -o /tmp/pp-$tag-a.time taskset -c ${CORE:-1} $(cli $da) ingest $f --db /tmp/pp-$tag-a.db -j 1 >/dev/null 2>/tmp/pp-$tag-a.err &
  /usr/bin/time -f "%U %S %M" -o /tmp/pp-$tag-b.time taskset -c ${CORE:-1} $(cli $db) ingest $f --db /tmp/pp-$tag-b.db -j 1 >/dev/null 2>/tmp/pp-$tag-b.err &
  wait
  read ua sa ma < <(tail -1 /tmp/pp-$tag-a.time); read ub sb mb < <(tail -1 /tmp/pp-$tag-b.time)
  ca=$(echo "$ua+$sa"|bc); cb=$(echo "$ub+$sb"|bc)
  echo "round $r $(basename $f) ($n docs, load $l→$(cut -d' ' -f1 /proc/loadavg)): A cpu=$ca rss=$((ma/1024))MiB docs/cpu-s=$(echo "scale=0;$n/$ca"|bc) | B cpu=$cb rss=$((mb/1024))MiB docs/cpu-s=$(echo "scale=0;$n/$cb"|bc) | B/A=$(echo "scale=3;$cb/$ca"|bc)"
done
rm -f /tmp/pp-$tag-a.db* /tmp/pp-$tag-b.db*
