#!/usr/bin/env python3
"""The candidate order of the unseen-news entity audit (issue 17; eval/ner/UNSEEN.md), by a rule and a seed.

usage: ./dateline extract ../shared/data/dates/dev/pages -j 1 | (keep id/url/source/language/title/text) > /tmp/eu-all.jsonl
       eval/ner/select_unseen.py /tmp/eu-all.jsonl [--seed 2626] [--out DIR] [--pool extraction-dev]

Keeps the pages whose `language` is `en`, whose body (`text`) holds at least 250 words, and that no earlier unseen
audit used (the pages of every eval/{quotes,timex,amounts}/unseen-gold*.jsonl and, since the events audits read
their actors, of eval/events/opennews-audit*.tsv), sorts them by id, shuffles them with
random.Random(seed) and prints them in that order (position, id, words, url). The person auditing walks down the list
and keeps each page that is a news report (not a list, blog post, shop, opinion essay or press release: judged from
its text) until 8 are kept; the judgement of each page looked at is written in eval/ner/UNSEEN.md. Nothing here reads
an entity: the input must be `extract`'s output (or `annotate`'s cut to those fields in the same pipe). With --out
DIR, writes DIR/<id>.txt with the body text (the text the gold's occurrences count in) and nothing else.
"""
import argparse, glob, os, re, sys

SEED = 2626
MIN_WORDS = 250
# The first order (MIN_WORDS and more) ran out at #78 after two samples; the third sample walked on into a second
# order of the shorter pages, numbered on from the first's end (eval/ner/UNSEEN.md, "Third sample").
SHORT_MIN_WORDS = 100
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "quotes"))
from select_unseen import english_pages, gold_pages, write_order  # noqa: E402  (the quote audit's selector)
EARLIER_GOLD = ["quotes/unseen-gold*.jsonl", "timex/unseen-gold*.jsonl", "amounts/unseen-gold*.jsonl"]
EARLIER_AUDITS = ["events/opennews-audit*.tsv"]  # column `doc`: "d:<page id>"
# Gold committed after the order was first drawn: its pages are dropped from the order after the shuffle, so every
# other page keeps the position the samples' tables give it (excluding them before would reshuffle the whole order).
LATER_GOLD = ["quotes/unseen-gold-5.jsonl"]
# The dates pool was used up after three samples; the fourth drew from the extraction set's dev pages
# (../shared/data/extraction/dev, eval/ner/UNSEEN.md "Fourth sample"), one order only. The other audits' pages are
# left out before its shuffle; the entity audits' own pages after it, so later samples walk on in the same order.
POOL_GOLD = {"dates-dev": EARLIER_GOLD, "extraction-dev": EARLIER_GOLD}
# Other audits' gold that named pages of the extraction pool after its order was first drawn (the ninth quote sample
# walked into it, the tenth to thirteenth after it, and the sixth and seventh times and amounts samples;
# eval/ner/UNSEEN.md, "Eighth", "Ninth" and "Tenth sample"): dropped after the shuffle, as LATER_GOLD in the dates
# pool, so the order keeps its positions.
POOL_LATER_GOLD = {"extraction-dev": ["quotes/unseen-gold-9.jsonl", "quotes/unseen-gold-10.jsonl",
                                      "quotes/unseen-gold-11.jsonl", "timex/unseen-gold-6.jsonl",
                                      "amounts/unseen-gold-6.jsonl", "quotes/unseen-gold-12.jsonl",
                                      "timex/unseen-gold-7.jsonl", "amounts/unseen-gold-7.jsonl",
                                      "ner/unseen-gold-10.jsonl", "quotes/unseen-gold-13.jsonl"]}
OWN_GOLD = ["ner/unseen-gold*.jsonl"]


def earlier_pages(later):
    pages = gold_pages(path for pattern in EARLIER_GOLD for path in glob.glob(os.path.join(HERE, "..", pattern))
                       if os.path.relpath(path, os.path.join(HERE, "..")) not in later)
    for pattern in EARLIER_AUDITS:
        for path in glob.glob(os.path.join(HERE, "..", pattern)):
            with open(path, encoding="utf-8") as f:
                pages |= {row.split("\t")[0].removeprefix("d:") for row in f}
    return pages


def candidates(pages, excluded):
    """The long (MIN_WORDS and more) and the short (SHORT_MIN_WORDS and more) English pages, as (id, words, url, text)."""
    rows, short_rows = [], []
    for d in english_pages(pages, excluded):
        if "error" in d:
            continue
        for field in ("mentions", "entities"):
            if d.get(field):
                raise SystemExit(f"the input holds {field}: cut them in the pipe (the audit is blind)")
        text = d.get("text") or ""
        words = len(re.findall(r"\w+", text))
        if words >= MIN_WORDS:
            rows.append((d["id"], words, d.get("url") or d.get("source"), text))
        elif words >= SHORT_MIN_WORDS:
            short_rows.append((d["id"], words, d.get("url") or d.get("source"), text))
    return rows, short_rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("pages")
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--out")
    ap.add_argument("--pool", choices=sorted(POOL_GOLD), default="dates-dev")
    a = ap.parse_args()
    if a.pool != "dates-dev":
        later = POOL_LATER_GOLD.get(a.pool, [])
        excluded = gold_pages(path for pattern in POOL_GOLD[a.pool] for path in glob.glob(os.path.join(HERE, "..", pattern))
                              if os.path.relpath(path, os.path.join(HERE, "..")) not in later)
        own = gold_pages(path for pattern in OWN_GOLD + later for path in glob.glob(os.path.join(HERE, "..", pattern)))
        write_order(candidates(a.pages, excluded)[0], a.seed, a.out, dropped=own)
        return
    later = gold_pages(os.path.join(HERE, "..", path) for path in LATER_GOLD)
    rows, short_rows = candidates(a.pages, earlier_pages(set(LATER_GOLD)))
    write_order(rows, a.seed, a.out, dropped=later)
    write_order(short_rows, a.seed, a.out, start=len(rows) + 1, dropped=later)

if __name__ == "__main__":
    main()
