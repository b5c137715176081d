#!/usr/bin/env python3
"""List the time expressions Dateline gets wrong on a TempEval-style set, so that a developer sees them.

Usage:
  errors.py --truth T.jsonl[.gz] --pred P.jsonl[.gz] --scorer DIR [--kinds value,missed,spurious] [--context N]

The truth file holds {"id", "dct", "text", "timexes"} per line, the prediction {"id", "timexes"}, both with
character offsets into "text" (the format of ../shared/data/timex and of eval/run.sh timex). Pairs are made by
the shared scorer's own relaxed matching (eval_timex.py in DIR, imported, not copied), so the lines listed here
are exactly the pairs it counts:
  value     a relaxed match whose value (or type) differs:   gold value  ->  predicted value
  missed    a gold expression with no overlapping prediction
  spurious  a prediction that overlaps no gold expression
Each line shows the document, its date (DCT) and the expression in its context; a summary per kind ends the list.
"""
import argparse
import gzip
import json
import sys
from collections import Counter


def read(path):
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as f:
        return {str(d["id"]): d for d in (json.loads(line) for line in f if line.strip())}


def spans(doc):
    out = []
    for t in doc.get("timexes") or []:
        s, e = int(t["start"]), int(t["end"])
        if e > s:
            out.append((s, e, str(t.get("type", "")).strip().upper(), str(t.get("value", "")).strip().upper()))
    return out


def context(text, s, e, n):
    left = text[max(0, s - n):s].replace("\n", " ")
    right = text[e:e + n].replace("\n", " ")
    return f"…{left}[{text[s:e]}]{right}…"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--truth", required=True)
    ap.add_argument("--pred", required=True)
    ap.add_argument("--scorer", required=True, help="the folder of eval_timex.py (../shared/tools)")
    ap.add_argument("--kinds", default="value,missed,spurious", help="which kinds to list (comma-separated)")
    ap.add_argument("--context", type=int, default=60, help="characters of text shown on each side")
    a = ap.parse_args()
    sys.path.insert(0, a.scorer)
    from eval_timex import relaxed_pairs  # the scorer's matching, so that the listing agrees with the figures

    kinds = set(a.kinds.split(","))
    truth, pred = read(a.truth), read(a.pred)
    counts = Counter()
    for did in sorted(truth):
        doc = truth[did]
        text, dct = doc["text"], doc.get("dct") or "-"
        gold = spans(doc)
        sysd = spans(pred.get(did, {}))
        pairs = relaxed_pairs(gold, sysd)
        matched_g = {gi for gi, _ in pairs}
        matched_p = {pi for _, pi in pairs}
        lines = []
        for gi, pi in sorted(pairs, key=lambda p: gold[p[0]][0]):
            g, p = gold[gi], sysd[pi]
            if g[3] != p[3] or g[2] != p[2]:
                counts["value"] += 1
                if "value" in kinds:
                    lines.append((g[0], f"value     {g[2]} {g[3]}  ->  {p[2]} {p[3]}   {context(text, p[0], p[1], a.context)}"))
        for gi, g in enumerate(gold):
            if gi not in matched_g:
                counts["missed"] += 1
                if "missed" in kinds:
                    lines.append((g[0], f"missed    {g[2]} {g[3]}   {context(text, g[0], g[1], a.context)}"))
        for pi, p in enumerate(sysd):
            if pi not in matched_p:
                counts["spurious"] += 1
                if "spurious" in kinds:
                    lines.append((p[0], f"spurious  {p[2]} {p[3]}   {context(text, p[0], p[1], a.context)}"))
        for _, line in sorted(lines):
            print(f"{did} (dct {dct})  {line}")
    print(f"wrong value or type {counts['value']}  missed {counts['missed']}  spurious {counts['spurious']}")


if __name__ == "__main__":
    main()
