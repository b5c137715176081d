#!/usr/bin/env python3
"""Pairwise scores of story threads against a gold thread set.

usage: score_threads.py GOLD PRED [--json]

GOLD and PRED are TSV files, `id<TAB>thread` a line (more columns are ignored; a header line whose first field is
`id` is skipped). GOLD may carry a `part` column (dev, test), which names each article's part, and then the articles are also scored
by source (the id's prefix before `:`) when the set mixes sources; without it, a `date` column (yyyy-MM-dd) splits
the articles into the dev part (dated 2019, where options are tuned) and the test part (all others), as in
wikinews-threads.tsv. Without either everything is one part.

A pair of articles counts as one unit: precision is the share of the predicted same-thread pairs that are gold
same-thread pairs, recall the share of gold pairs predicted, F1 their harmonic mean. A part holds the pairs whose
two articles are both in that part. Gold articles missing from PRED count as singletons; PRED ids not in GOLD are
ignored (and counted in the output).
"""
import argparse
import json
import sys
from collections import defaultdict
from itertools import combinations


def read_tsv(path):
    """Rows of a TSV file as dicts keyed by the header when it has one (first field 'id'), else id/thread."""
    rows = []
    with open(path, encoding="utf-8") as f:
        header = None
        for number, line in enumerate(f, 1):
            line = line.rstrip("\n").rstrip("\r")
            if not line.strip():
                continue
            fields = line.split("\t")
            if number == 1 and fields[0].strip().lower() == "id":
                header = [h.strip().lower() for h in fields]
                continue
            if len(fields) < 2:
                sys.exit(f"{path}:{number}: expected id<TAB>thread, got {line[:80]!r}")
            names = header or ["id", "thread"]
            rows.append({names[i] if i < len(names) else f"c{i}": v for i, v in enumerate(fields)})
    return rows


def pairs(assignment, ids):
    """Unordered same-thread pairs among ids."""
    groups = defaultdict(list)
    for i in ids:
        groups[assignment[i]].append(i)
    return {tuple(sorted(p)) for members in groups.values() for p in combinations(sorted(members), 2)}


def score(gold, pred, ids):
    g = pairs(gold, ids)
    p = pairs(pred, ids)
    tp = len(g & p)
    precision = tp / len(p) if p else (1.0 if not g else 0.0)
    recall = tp / len(g) if g else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"articles": len(ids), "gold_pairs": len(g), "pred_pairs": len(p), "true_pairs": tp,
            "precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4)}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold")
    parser.add_argument("pred")
    parser.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    args = parser.parse_args()

    gold_rows = read_tsv(args.gold)
    gold = {r["id"]: r["thread"] for r in gold_rows}
    dates = {r["id"]: r.get("date", "") for r in gold_rows}
    named = {r["id"]: r["part"] for r in gold_rows if r.get("part")}
    pred_rows = read_tsv(args.pred)
    pred = {r["id"]: r["thread"] for r in pred_rows}
    unknown = sorted(set(pred) - set(gold))
    missing = sorted(set(gold) - set(pred))
    # A gold article the prediction does not name stands alone.
    full_pred = {i: pred.get(i, "\0missing:" + i) for i in gold}

    ids = sorted(gold)
    parts = {"all": ids}
    if named:
        for name in sorted(set(named.values())):
            parts[name] = [i for i in ids if named.get(i) == name]
        # and by source (the id's prefix, e.g. timebank:, polnear:) when the set mixes sources
        sources = sorted({i.split(":", 1)[0] for i in ids if ":" in i})
        if len(sources) > 1:
            for name in sources:
                parts[name] = [i for i in ids if i.startswith(name + ":")]
    elif any(dates.values()):
        parts["dev"] = [i for i in ids if dates[i].startswith("2019")]
        parts["test"] = [i for i in ids if not dates[i].startswith("2019")]
    result = {name: score(gold, full_pred, members) for name, members in parts.items()}
    result["missing_from_pred"] = len(missing)
    result["unknown_in_pred"] = len(unknown)

    if args.json:
        print(json.dumps(result, indent=2))
        return
    print(f"{'part':<9}{'articles':>9}{'gold pairs':>11}{'pred pairs':>11}{'precision':>10}{'recall':>8}{'F1':>8}")
    for name in parts:
        s = result[name]
        print(f"{name:<9}{s['articles']:>9}{s['gold_pairs']:>11}{s['pred_pairs']:>11}{s['precision']:>10.3f}{s['recall']:>8.3f}{s['f1']:>8.3f}")
    if missing:
        print(f"{len(missing)} gold articles missing from the prediction (scored as singletons), e.g. {missing[0]}")
    if unknown:
        print(f"{len(unknown)} predicted ids not in the gold set (ignored), e.g. {unknown[0]}")


if __name__ == "__main__":
    main()
