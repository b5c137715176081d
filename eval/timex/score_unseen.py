#!/usr/bin/env python3
"""Scores the time and amount layers on the unseen-news audit (issue 17; eval/timex/UNSEEN.md).

usage: ./dateline annotate ../shared/data/dates/dev/pages/{ids of the gold}.html.gz -j 1 > /tmp/unseen.jsonl
       eval/timex/score_unseen.py --annotated /tmp/unseen.jsonl [--errors]
   or, for any pool: ./dateline annotate $(eval/timex/score_unseen.py --paths --times-gold T --amounts-gold A) -j 1
       (--paths prints each gold page's file, looked up by eval/unseen_pages.py in its pools: the dates dev set, the extraction
       set's dev pages, web-dev and metadata-dev, whose page ids are the file names without .html.gz)
   or, for documents without a page file (PolNeAR, sample 10): ... --paths --jsonl /tmp/tu10-docs.jsonl ... writes them
       there as annotate's JSON Lines input and prints that path among the files

The gold holds no page text: each line names the page, the expression's exact words and which word-bounded occurrence
of them in the page's `text` it is (from 0), and its TIMEX3 type and value (eval/timex/unseen-gold.jsonl) or its value
and unit (eval/amounts/unseen-gold.jsonl). A prediction matches a gold expression of its page when their character
spans overlap (one prediction to one gold). Gold marked `optional` (vague or disputable: "right now", "so far", a typo)
counts neither way: a prediction on it is neither found nor spurious.
Times: found / missed / spurious, value accuracy on the found, value P/R/F1 (a found expression with the gold value).
Amounts: P/R/F1 of value+unit, by the dev set's rules (eval/amounts/score_amounts.py: unit_match, same_value).
"""
import argparse, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "amounts"))
from score_amounts import same_value, unit_match  # noqa: E402
sys.path.insert(0, os.path.join(HERE, ".."))
from unseen_pages import page_path, write_docs  # noqa: E402  (the audits' one page lookup)


def read_jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def locate(text, words, occurrence):
    """The span of the gold's words at that occurrence, or None when the scored text lacks it: the extraction left
    the words out (sample 12's "Pledged: 781." taken for a footer), so the layer never saw them and the line counts
    missed (said on stderr, so that a gold typo shows too)."""
    starts = [m.start() for m in re.finditer(r"(?<!\w)" + re.escape(words) + r"(?!\w)", text)]
    if occurrence >= len(starts):
        print(f"gold not found in the scored text (counted missed): {words!r} #{occurrence}", file=sys.stderr)
        return None
    return starts[occurrence], starts[occurrence] + len(words)


def overlaps(a, b):
    return a["start"] < b["end"] and b["start"] < a["end"]


def pair(gold, pred, same):
    """Pairs each gold with an overlapping prediction, preferring one `same` holds for; returns (pairs, unpaired preds)."""
    used, pairs = set(), []
    for g in gold:
        hits = [k for k, p in enumerate(pred) if k not in used and overlaps(p, g)]
        best = next((k for k in hits if same(pred[k], g)), hits[0] if hits else None)
        if best is not None:
            used.add(best)
        pairs.append((g, pred[best] if best is not None else None))
    return pairs, [p for k, p in enumerate(pred) if k not in used]


def prf(tp, n_pred, n_gold):
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score(name, gold_path, docs, key, same, show, errors, pages=()):
    """`pages`: every page of the sample (of both golds), so that a page without gold of this kind still counts the
    layer's predictions on it as spurious."""
    gold_by_page = {page: [] for page in pages}
    for g in read_jsonl(gold_path):
        gold_by_page.setdefault(g["page"], []).append(g)
    found = right = n_gold = n_pred = spurious = 0
    lines = []
    for page, gold in sorted(gold_by_page.items()):
        if page not in docs:
            raise SystemExit(f"page {page} is not in the annotated file")
        text = docs[page]["text"]
        for g in gold:
            g["start"], g["end"] = locate(text, g["words"], g["occurrence"]) or (-1, -1)  # (-1, -1) overlaps nothing
        pred = docs[page].get(key) or []
        pairs, unpaired = pair(gold, pred, same)
        for g, p in pairs:
            if g.get("optional"):
                continue
            n_gold += 1
            if p is None:
                lines.append(f"  {page} missed: {g['words']!r} {show(g)}")
                continue
            found += 1
            n_pred += 1
            if same(p, g):
                right += 1
            else:
                lines.append(f"  {page} wrong: {g['words']!r} {show(g)} -> {text[p['start']:p['end']]!r} {show(p)}")
        for p in unpaired:
            n_pred += 1
            spurious += 1
            lines.append(f"  {page} spurious: {text[p['start']:p['end']]!r} {show(p)}")
    p, r, f = prf(right, n_pred, n_gold)
    print(f"{name}: {n_gold} gold, {n_pred} predicted; found {found}, missed {n_gold - found}, spurious {spurious}; "
          f"right on found {right}/{found} = {right / max(1, found):.3f}; P {p:.3f} R {r:.3f} F1 {f:.3f}")
    if errors:
        print("\n".join(lines))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--annotated")
    ap.add_argument("--paths", action="store_true", help="print the gold pages' files (for annotate) and stop")
    ap.add_argument("--times-gold", default=os.path.join(HERE, "unseen-gold.jsonl"))
    ap.add_argument("--amounts-gold", default=os.path.join(HERE, "..", "amounts", "unseen-gold.jsonl"))
    ap.add_argument("--errors", action="store_true")
    ap.add_argument("--jsonl", metavar="PATH", help="with --paths: write the gold's documents of the pools without page "
                    "files (PolNeAR, TimeBank, AQUAINT) here and print PATH")
    a = ap.parse_args()
    pages = {g["page"] for path in (a.times_gold, a.amounts_gold) for g in read_jsonl(path)}
    if a.paths:
        docs = write_docs(pages, a.jsonl) if a.jsonl else set()
        print("\n".join([page_path(page) for page in sorted(pages - docs)] + ([a.jsonl] if docs else [])))
        return
    if not a.annotated:
        ap.error("--annotated is required (or --paths)")
    docs = {d["id"]: d for d in read_jsonl(a.annotated) if "id" in d and "text" in d}
    score("times (value)", a.times_gold, docs, "times", lambda p, g: p.get("value") == g["value"],
          lambda d: f"{d.get('type')} {d.get('value')}", a.errors, pages)
    score("amounts (value+unit)", a.amounts_gold, docs, "amounts",
          lambda p, g: same_value(p["value"], g["value"]) and unit_match(p.get("unit"), g.get("unit")),
          lambda d: f"{d.get('value')} {d.get('unit')!r}", a.errors, pages)


if __name__ == "__main__":
    main()
