#!/usr/bin/env python3
"""The candidate order of the unseen-news quote audit (issue 17), by a rule and a seed, not by hand.

usage: ./dateline annotate ../shared/data/dates/dev/pages -j 1 > /tmp/all.jsonl
       eval/quotes/select_unseen.py /tmp/all.jsonl [--seed 1717] [--out DIR]

Keeps the annotated pages whose `language` is `en` and whose body (`text`) holds at least three quote-mark pairs or
"said"s together (pairs of “…” plus pairs of straight " on one paragraph, plus the word "said"), sorts them by id, shuffles them with
random.Random(seed) and prints them in that order (id, url, the counts). The person auditing walks down this list and
keeps each page that is a news report (not a wiki, blog post, shop, listing or fiction page: judged from its text)
until 12 are kept; the judgement of each page looked at is written in eval/quotes/UNSEEN.md. Nothing here reads the
quote layer's output. With --out DIR, writes DIR/<id>.txt with the body text (the text the gold offsets index into)
and nothing else, so the annotator reads the article without the layer's quotes.
"""
import argparse, json, os, random, re, sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from jsonl import records  # noqa: E402  (eval/jsonl.py: JSON lines, non-JSON lines skipped)

SEED = 1717


def quote_pairs(text):
    n = 0
    for para in text.split("\n"):
        n += min(para.count("“"), para.count("”"))
        n += para.count('"') // 2
    return n


def gold_pages(paths):
    """The pages gold files (JSON lines with `doc` or `page`) name."""
    pages = set()
    for path in paths:
        with open(path, encoding="utf-8") as f:
            pages |= {g.get("doc") or g.get("page") for g in map(json.loads, filter(str.strip, f))}
    return pages


def english_pages(path, excluded):
    """The English pages of a JSON-lines file (`extract` or `annotate` output) not in `excluded`, as dicts."""
    for d in records(path):
        if isinstance(d, dict) and d.get("language") == "en" and d.get("id") not in excluded:
            yield d


def write_order(rows, seed, out, start=1, dropped=frozenset()):
    """Sorts rows (id first, the page text last) by id, shuffles them with the seed, prints them numbered from
    `start` (without the text; the ids in `dropped` keep their position but are not printed) and, with `out`, writes
    out/<id>.txt with the text."""
    rows.sort()
    random.Random(seed).shuffle(rows)
    if out:
        os.makedirs(out, exist_ok=True)
    for i, row in enumerate(rows, start):
        if row[0] in dropped:
            continue
        print("\t".join(map(str, (i, *row[:-1]))))
        if out:
            with open(os.path.join(out, row[0] + ".txt"), "w", encoding="utf-8") as g:
                g.write(row[-1])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("annotated")
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--out")
    ap.add_argument("--all-pages", action="store_true", help="keep English pages without quotes too (the times and amounts audit)")
    ap.add_argument("--exclude", nargs="*", default=[], help="gold files (JSON lines with `doc` or `page`) whose pages are left out")
    a = ap.parse_args()
    rows = []
    for d in english_pages(a.annotated, gold_pages(a.exclude)):
        text = d.get("text") or ""
        pairs = quote_pairs(text)
        said = len(re.findall(r"\bsaid\b", text))
        if pairs + said < 3 and not a.all_pages:
            continue
        rows.append((d["id"], pairs, said, len(text), d.get("url") or d.get("source"), text))
    write_order(rows, a.seed, a.out)


if __name__ == "__main__":
    main()
