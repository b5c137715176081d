#!/usr/bin/env python3
"""The newswire thread set's articles, assembled from the shared data into one JSON Lines corpus for `dateline ingest`.

usage: eval/threads/newswire.py OUT.jsonl [--shared DIR]

The set (gold threads in newswire-threads.tsv, guideline in GUIDELINE.md, "The newswire set") is a second dev set
for story threads, many outlets a day rather than one: the 256 TempEval-3 documents of ../shared/data/timex
(TimeBank: Wall Street Journal 1989, broadcast and wire news 1990-1998; AQUAINT: AP, NYT and Xinhua 1998-2000) and
the 75 PolNeAR articles of June 2016 in ../shared/data/quotes (seven US outlets covering the presidential
campaign). Each becomes {"id", "date", "title", "text", "source", "url", "license"} with the id the gold file uses
(timebank:, aquaint:, polnear: + the source's id), written in date order (then by id), the order ingest threads
them in. Nothing of the shared data is copied into the project: this script reads it where it lies.
"""
import argparse
import gzip
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
MONTH = "2016-06"  # the PolNeAR month annotated


def articles(shared):
    out = []
    for name, prefix in (("timebank.jsonl.gz", "timebank"), ("aquaint.jsonl.gz", "aquaint")):
        with gzip.open(os.path.join(shared, "data", "timex", name), "rt", encoding="utf-8") as f:
            for line in f:
                d = json.loads(line)
                out.append({"id": f"{prefix}:{d['id']}", "date": d["dct"], "title": d.get("title"), "text": d["text"],
                            "source": f"TempEval-3 {d['corpus']}", "url": None, "license": "research (TempEval-3)"})
    with gzip.open(os.path.join(shared, "data", "quotes", "polnear_shared.jsonl.gz"), "rt", encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            if not d["dct"].startswith(MONTH):
                continue
            text = d["text"]
            # PolNeAR's text opens with the title as its first sentence; the title is its own field here.
            if d.get("title") and text.startswith(d["title"]):
                text = text[len(d["title"]):].lstrip(". \n")
            out.append({"id": f"polnear:{d['id']}", "date": d["dct"], "title": d.get("title"), "text": text,
                        "source": f"PolNeAR {d['publisher']}", "url": None, "license": "research (PolNeAR)"})
    out.sort(key=lambda a: (a["date"], a["id"]))
    return out


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out")
    parser.add_argument("--shared", default=os.environ.get("DATELINE_SHARED", os.path.join(HERE, "..", "..", "..", "shared")))
    args = parser.parse_args()
    items = articles(args.shared)
    with open(args.out, "w", encoding="utf-8") as f:
        for a in items:
            f.write(json.dumps(a, ensure_ascii=False) + "\n")
    print(f"newswire: {len(items)} articles", file=sys.stderr)


if __name__ == "__main__":
    main()
