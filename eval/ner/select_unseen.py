#!/usr/bin/env python3
"""The candidate order of the unseen-news entity audit (issue 17; eval/ner/UNSEEN.md), by a rule and a seed.

usage: ./dateline extract ../shared/data/dates/dev/pages -j 1 | (keep id/url/source/language/title/text) > /tmp/eu-all.jsonl
       eval/ner/select_unseen.py /tmp/eu-all.jsonl [--seed 2626] [--out DIR]

Keeps the pages whose `language` is `en`, whose body (`text`) holds at least 250 words, and that no earlier unseen
audit used (the pages of every eval/{quotes,timex,amounts}/unseen-gold*.jsonl and, since the events audits read
their actors, of eval/events/opennews-audit*.tsv), sorts them by id, shuffles them with
random.Random(seed) and prints them in that order (position, id, words, url). The person auditing walks down the list
and keeps each page that is a news report (not a list, blog post, shop, opinion essay or press release: judged from
its text) until 8 are kept; the judgement of each page looked at is written in eval/ner/UNSEEN.md. Nothing here reads
an entity: the input must be `extract`'s output (or `annotate`'s cut to those fields in the same pipe). With --out
DIR, writes DIR/<id>.txt with the body text (the text the gold's occurrences count in) and nothing else.
"""
import argparse, glob, json, os, random, re

SEED = 2626
MIN_WORDS = 250
HERE = os.path.dirname(os.path.abspath(__file__))
EARLIER_GOLD = ["quotes/unseen-gold*.jsonl", "timex/unseen-gold*.jsonl", "amounts/unseen-gold*.jsonl"]
EARLIER_AUDITS = ["events/opennews-audit*.tsv"]  # column `doc`: "d:<page id>"


def earlier_pages():
    pages = set()
    for pattern in EARLIER_GOLD:
        for path in glob.glob(os.path.join(HERE, "..", pattern)):
            with open(path, encoding="utf-8") as f:
                pages |= {g.get("doc") or g.get("page") for g in map(json.loads, filter(str.strip, f))}
    for pattern in EARLIER_AUDITS:
        for path in glob.glob(os.path.join(HERE, "..", pattern)):
            with open(path, encoding="utf-8") as f:
                pages |= {row.split("\t")[0].removeprefix("d:") for row in f}
    return pages


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("pages")
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--out")
    a = ap.parse_args()
    excluded = earlier_pages()
    rows = []
    with open(a.pages, encoding="utf-8") as f:
        for line in f:
            try:
                d = json.loads(line)
            except ValueError:
                continue
            if "error" in d or d.get("language") != "en" or d.get("id") in excluded:
                continue
            for field in ("mentions", "entities"):
                if d.get(field):
                    raise SystemExit(f"the input holds {field}: cut them in the pipe (the audit is blind)")
            text = d.get("text") or ""
            words = len(re.findall(r"\w+", text))
            if words < MIN_WORDS:
                continue
            rows.append((d["id"], words, d.get("url") or d.get("source"), text))
    rows.sort()
    random.Random(a.seed).shuffle(rows)
    if a.out:
        os.makedirs(a.out, exist_ok=True)
    for i, (pid, words, url, text) in enumerate(rows, 1):
        print(f"{i}\t{pid}\t{words}\t{url}")
        if a.out:
            with open(os.path.join(a.out, pid + ".txt"), "w", encoding="utf-8") as g:
                g.write(text)


if __name__ == "__main__":
    main()
