"""Blind audit of ORG disagreements between the GMB annotation and a model (issue 17, docs/evaluation.md).

  python3 eval/ner/org_audit.py items  OUT [--n 100] [--seed 17]            # the sample, readings as A/B in random order
  python3 eval/ner/org_audit.py score  OUT VERDICTS [--n 100] [--seed 17]   # who was right, and the ORG F1 on corrected gold
  python3 eval/ner/org_audit.py places OUT [--lexicons ../shared/data/lexicons] # ORG F1 if no country or capital were ORG

OUT is `dateline annotate --conll … --model M` output (token gold predicted). A disagreement region is a stretch of
a sentence covered by a gold or predicted ORG span that the other side does not have exactly, widened to every
gold or predicted span it overlaps. The sample is drawn with Python's seeded shuffle, so the same OUT, N and seed
give the same items; the items print without saying which reading is the annotation's. VERDICTS has a line
"NUMBER LETTER [RULE]" per item: A or B (that reading is right by the rule in docs/evaluation.md), N (neither),
U (the rule does not decide). Standard library only."""
import argparse, collections, gzip, os, random, sys


def sentences(path):
    out, s = [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            t = line.split()
            if not t:
                if s:
                    out.append(s)
                    s = []
                continue
            if t[0] == "-DOCSTART-":
                continue
            s.append(t)
    if s:
        out.append(s)
    return out


def chunks(tags):
    out, i = [], 0
    while i < len(tags):
        if tags[i] == "O":
            i += 1
            continue
        kind, j = tags[i][2:], i + 1
        while j < len(tags) and tags[j] == "I-" + kind:
            j += 1
        out.append((i, j, kind))
        i = j
    return out


def regions(sents):
    units = []
    for si, s in enumerate(sents):
        words = [t[0] for t in s]
        gold, pred = chunks([t[-2] for t in s]), chunks([t[-1] for t in s])
        bad = [x for x in gold if x[2] == "ORG" and x not in pred] + [x for x in pred if x[2] == "ORG" and x not in gold]
        used = set()
        for x in bad:
            if x in used:
                continue
            a, b, changed = x[0], x[1], True
            while changed:
                changed = False
                for y in gold + pred:
                    if y[0] < b and y[1] > a and (y[0] < a or y[1] > b):
                        a, b, changed = min(a, y[0]), max(b, y[1]), True
            used.update(y for y in bad if y[0] < b and y[1] > a)

            def reading(spans):
                inside = [z for z in spans if z[0] < b and z[1] > a]
                return "; ".join(f"[{' '.join(words[z[0]:z[1]])}]={z[2]}" for z in inside) or "(no entity)"

            units.append((si, a, b, reading(gold), reading(pred)))
    return units


def sample(out, n, seed):
    sents = sentences(out)
    units = regions(sents)
    rnd = random.Random(seed)
    rnd.shuffle(units)
    items = []
    for k, (si, a, b, gold, pred) in enumerate(units[:n], 1):
        flip = rnd.random() < 0.5
        items.append((k, sents[si], a, b, gold, pred, "B" if flip else "A"))
    return sents, units, items


def counts(sents):
    tp = gold_n = pred_n = 0
    for s in sents:
        gold, pred = chunks([t[-2] for t in s]), chunks([t[-1] for t in s])
        g = {x for x in gold if x[2] == "ORG"}
        p = {x for x in pred if x[2] == "ORG"}
        tp += len(g & p)
        gold_n += len(g)
        pred_n += len(p)
    return tp, gold_n, pred_n


def places(out, lexicons):
    """Rule R2 applied to the model's output alone: a predicted ORG span that is a country's common name or capital
    (countries.tsv.gz) is taken out; how the ORG F1 against the annotation moves."""
    names = set()
    with gzip.open(os.path.join(lexicons, "countries.tsv.gz"), "rt", encoding="utf-8") as f:
        for line in f:
            if not line.startswith("#"):
                fields = line.rstrip("\n").split("\t")
                names.update(x for x in (fields[3], fields[7]) if x)
    tp = gold_n = pred_n = tp2 = pred2 = 0
    for s in sentences(out):
        words = [t[0] for t in s]
        g = {x for x in chunks([t[-2] for t in s]) if x[2] == "ORG"}
        p = {x for x in chunks([t[-1] for t in s]) if x[2] == "ORG"}
        kept = {x for x in p if " ".join(words[x[0]:x[1]]) not in names}
        tp, gold_n, pred_n = tp + len(g & p), gold_n + len(g), pred_n + len(p)
        tp2, pred2 = tp2 + len(g & kept), pred2 + len(kept)
    print(f"ORG F1 {200 * tp / (pred_n + gold_n):.2f}; with no country or capital as ORG {200 * tp2 / (pred2 + gold_n):.2f} "
          f"({pred_n - pred2} predicted spans taken out, {tp - tp2} of them matched the annotation)")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("mode", choices=["items", "score", "places"])
    ap.add_argument("out")
    ap.add_argument("verdicts", nargs="?")
    ap.add_argument("--n", type=int, default=100)
    ap.add_argument("--seed", type=int, default=17)
    ap.add_argument("--lexicons", default=os.path.join("..", "shared", "data", "lexicons"))
    args = ap.parse_args()
    if args.mode == "places":
        return places(args.out, args.lexicons)
    sents, units, items = sample(args.out, args.n, args.seed)
    if args.mode == "items":
        print(f"# {len(units)} disagreement regions; {len(items)} drawn (seed {args.seed})")
        for k, s, a, b, gold, pred, gold_letter in items:
            words = [t[0] for t in s]
            first, second = (gold, pred) if gold_letter == "A" else (pred, gold)
            print(f"{k}. {' '.join(words[:a] + ['<<'] + words[a:b] + ['>>'] + words[b:])}\n   A: {first}\n   B: {second}")
        return
    verdicts = {}
    with open(args.verdicts, encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if parts and not parts[0].startswith("#"):
                verdicts[int(parts[0])] = parts[1]
    tally = collections.Counter()
    for k, s, a, b, gold, pred, gold_letter in items:
        v = verdicts[k]
        who = {"N": "neither", "U": "unclear"}.get(v) or ("annotation" if v == gold_letter else "model")
        side = "gold ORG only" if "=ORG" in gold and "=ORG" not in pred else "model ORG only" if "=ORG" in pred and "=ORG" not in gold else "both ORG, other span"
        tally[(side, who)] += 1
    drawn = len(items)
    print(f"{len(units)} disagreement regions, {drawn} judged")
    for side in ["gold ORG only", "model ORG only", "both ORG, other span"]:
        row = {who: tally[(side, who)] for who in ["annotation", "model", "neither", "unclear"]}
        print(f"  {side:22s} " + "  ".join(f"{k} {v}" for k, v in row.items()))
    who_total = collections.Counter()
    for (side, who), c in tally.items():
        who_total[who] += c
    print("  all                    " + "  ".join(f"{k} {who_total[k]}" for k in ["annotation", "model", "neither", "unclear"]))
    # Corrected gold, scaled from the sample to every region: a gold ORG span that is wrong (model right or neither)
    # leaves the ORG gold; a model ORG span that is right joins it as a true positive.
    tp, gold_n, pred_n = counts(sents)
    scale = len(units) / drawn
    wrong_gold = scale * (tally[("gold ORG only", "model")] + tally[("gold ORG only", "neither")])
    right_pred = scale * tally[("model ORG only", "model")]
    p, r = tp / pred_n, tp / gold_n
    print(f"ORG as scored: P {100 * p:.2f} R {100 * r:.2f} F {200 * p * r / (p + r):.2f} (tp {tp}, gold {gold_n}, predicted {pred_n})")
    tp2, gold2 = tp + right_pred, gold_n - wrong_gold + right_pred
    p2, r2 = tp2 / pred_n, tp2 / gold2
    print(f"ORG on corrected gold (estimate): P {100 * p2:.2f} R {100 * r2:.2f} F {200 * p2 * r2 / (p2 + r2):.2f}")
    print(f"gold ORG spans wrong by the rule (estimate): {wrong_gold:.0f} of {gold_n} ({100 * wrong_gold / gold_n:.1f} %)")
    # This model with every error fixed where the annotation is right (and nothing else changed).
    gain_tp = scale * (tally[("gold ORG only", "annotation")] + tally[("both ORG, other span", "annotation")])
    drop_fp = scale * tally[("model ORG only", "annotation")]
    tp4, pred4 = tp + gain_tp, pred_n - drop_fp + scale * tally[("gold ORG only", "annotation")]
    print(f"this model with its errors fixed where the annotation is right (estimate): F {200 * tp4 / (pred4 + gold_n):.2f}")
    # A system right by the rule everywhere: it misses every wrong gold ORG span and is charged for every true ORG the
    # annotation lacks (at least those this model found), so it scores at most this against the annotation.
    tp3 = gold_n - wrong_gold
    p3, r3 = tp3 / (tp3 + right_pred), tp3 / gold_n
    print(f"a system right by the rule everywhere, against the annotation (at most): P {100 * p3:.2f} R {100 * r3:.2f} F {200 * p3 * r3 / (p3 + r3):.2f}")


if __name__ == "__main__":
    sys.exit(main())
