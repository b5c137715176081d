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
import argparse, json, os, random, re

SEED = 1717


def quote_pairs(text):
    n = 0
    for para in text.split("\n"):
        n += min(para.count("“"), para.count("”"))
        n += para.count('"') // 2
    return n


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("annotated")
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--out")
    ap.add_argument("--all-pages", action="store_true", help="keep English pages without quotes too (the times and amounts audit)")
    ap.add_argument("--exclude", nargs="*", default=[], help="gold files (JSON lines with `doc` or `page`) whose pages are left out")
    a = ap.parse_args()
    excluded = set()
    for path in a.exclude:
        with open(path, encoding="utf-8") as f:
            excluded |= {g.get("doc") or g.get("page") for g in map(json.loads, filter(str.strip, f))}
    rows = []
    with open(a.annotated, encoding="utf-8") as f:
        for line in f:
            try:
                d = json.loads(line)
            except ValueError:
                continue
            if d.get("language") != "en" or d.get("id") in excluded:
                continue
            text = d.get("text") or ""
            pairs = quote_pairs(text)
            said = len(re.findall(r"\bsaid\b", text))
            if pairs + said < 3 and not a.all_pages:
                continue
            rows.append((d["id"], d.get("url") or d.get("source"), pairs, said, len(text), text))
    rows.sort()
    random.Random(a.seed).shuffle(rows)
    if a.out:
        os.makedirs(a.out, exist_ok=True)
    for i, (pid, url, pairs, said, n, text) in enumerate(rows, 1):
        print(f"{i}\t{pid}\t{pairs}\t{said}\t{n}\t{url}")
        if a.out:
            with open(os.path.join(a.out, pid + ".txt"), "w", encoding="utf-8") as g:
                g.write(text)


if __name__ == "__main__":
    main()
