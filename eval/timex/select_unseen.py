#!/usr/bin/env python3
"""The candidate order of the unseen-news audit of times and amounts (issue 17), by a rule and a seed, not by hand.

usage: ./dateline annotate ../shared/data/dates/dev/pages -j 1 > /tmp/all.jsonl
       eval/timex/select_unseen.py /tmp/all.jsonl [--seed 1919] [--out DIR]

Keeps the annotated pages whose `language` is `en`, drops the pages of the quote audits (eval/quotes/unseen-gold.jsonl
and unseen-gold-2.jsonl: read by people working on the layers), sorts them by id, shuffles them with
random.Random(seed) and prints them in that order (number, id, text length, url). The person auditing walks down the
list and keeps each page that is a news report (not a list, blog post, shop or fiction page: judged from its text)
until 8 are kept (eval/timex/UNSEEN.md). Nothing here reads the time or amount layers. With --out DIR, writes
DIR/<id>.txt with the publication date on the first line and the body text (`text`) after it, and nothing else.
"""
import argparse, json, os, random

SEED = 1919
HERE = os.path.dirname(os.path.abspath(__file__))
QUOTE_AUDITS = [os.path.join(HERE, "..", "quotes", name) for name in ("unseen-gold.jsonl", "unseen-gold-2.jsonl")]


def audited_pages():
    pages = set()
    for path in QUOTE_AUDITS:
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    pages.add(json.loads(line)["doc"])
    return pages


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("annotated")
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--out")
    a = ap.parse_args()
    skip = audited_pages()
    rows = []
    with open(a.annotated, encoding="utf-8") as f:
        for line in f:
            try:
                d = json.loads(line)
            except ValueError:
                continue
            if "id" not in d or d.get("language") != "en" or d["id"] in skip:
                continue
            rows.append((d["id"], d.get("url") or d.get("source"), d.get("published"), d.get("text") or ""))
    rows.sort()
    random.Random(a.seed).shuffle(rows)
    if a.out:
        os.makedirs(a.out, exist_ok=True)
    for i, (pid, url, published, text) in enumerate(rows, 1):
        print(f"{i}\t{pid}\t{len(text)}\t{published}\t{url}")
        if a.out:
            with open(os.path.join(a.out, pid + ".txt"), "w", encoding="utf-8") as g:
                g.write(f"{published}\n{text}")


if __name__ == "__main__":
    main()
