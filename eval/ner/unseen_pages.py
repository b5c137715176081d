#!/usr/bin/env python3
"""The page files of the unseen-news entity audit's gold (issue 17; eval/ner/UNSEEN.md), for `annotate`.

usage: ./dateline annotate $(python3 eval/ner/unseen_pages.py eval/ner/unseen-gold-11.jsonl [more gold files]) -j 1 > /tmp/eu.jsonl

Prints one path per distinct page of the gold files, sorted by page id, each found in the pool that holds it: htmldate's
dev pages (samples 1-3, 16-hex ids), the extraction set's dev pages (samples 4-10, 64-hex ids) or its web-dev pages
(sample 11 on, the file name without `.html.gz`). Paths are relative to the project root, as `annotate` is run there.
A page in no pool, or in more than one, stops the run.
"""
import argparse, json, os, sys

POOLS = ["../shared/data/dates/dev/pages", "../shared/data/extraction/dev/pages",
         "../shared/data/extraction/web-dev/pages"]


def page_path(page, root="."):
    found = [os.path.join(pool, page + ".html.gz") for pool in POOLS
             if os.path.exists(os.path.join(root, pool, page + ".html.gz"))]
    if len(found) != 1:
        raise SystemExit(f"page {page}: {'in no pool' if not found else 'in several pools: ' + ', '.join(found)}")
    return found[0]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("gold", nargs="+")
    ap.add_argument("--root", default=".", help="the project root the paths are relative to")
    a = ap.parse_args()
    pages = set()
    for path in a.gold:
        with open(path, encoding="utf-8") as f:
            pages |= {json.loads(line)["page"] for line in f if line.strip()}
    print(" ".join(page_path(p, a.root) for p in sorted(pages)))


if __name__ == "__main__":
    sys.exit(main())
