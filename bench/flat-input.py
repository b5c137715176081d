#!/usr/bin/env python3
"""Distinct real documents for ingest's memory curve past the 5,012 VOA passages (bench/README.md, "Ingest's kept
state compact").

    python3 bench/flat-input.py N > /tmp/flat.jsonl

From ../shared/data/corpus only (openly licensed; its README): in this order, as far as N,
  1. every VOA passage cut at its middle sentence into two documents (passage i's first half, then its second):
     10,020 documents (two passages of one sentence are left out), no sentence in two of them;
  2. the Wikinews articles cut into parts of whole paragraphs of at least 80 words, each with its article's
     date and title ("Title (part k)");
  3. then, only past those, the first half of passage i joined with the second half of passage i + 2,506: a new
     whole, but it shares each half with a document of part 1 (about a third of its word shingles: far from a
     near-duplicate).
Sentences are cut after . ! ? (and a closing quote) before a capital or a quote: the passages are detokenised
newswire, so a cut may fall after an abbreviation ("U.S. Army"); both halves stay real text.
"""
import gzip
import json
import os
import re
import sys

corpus = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared", "data", "corpus")
if not os.path.isdir(corpus):
    corpus = "/work/shared/data/corpus"
n = int(sys.argv[1])
cut = re.compile(r'(?<=[.!?])["\u201d]?\s+(?=["\u201c]?[A-Z])')


def lines(name):
    with gzip.open(os.path.join(corpus, name), "rt", encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def halves(text):
    sentences = [s for s in cut.split(text) if s.strip()]
    if len(sentences) < 2:
        return None
    middle = len(sentences) // 2
    return " ".join(sentences[:middle]), " ".join(sentences[middle:])


out = []
passages = [(p["id"], halves(p["text"])) for p in lines("voa_gmb_passages.jsonl.gz")]
passages = [(i, h) for i, h in passages if h is not None]
for pid, (first, second) in passages:
    out.append({"id": pid + "-a", "date": None, "title": None, "text": first})
    out.append({"id": pid + "-b", "date": None, "title": None, "text": second})

for article in lines("wikinews_en.jsonl.gz"):
    part, words, k = [], 0, 0
    paragraphs = [p for p in article["text"].split("\n\n") if p.strip()]
    for i, paragraph in enumerate(paragraphs):
        part.append(paragraph)
        words += len(paragraph.split())
        if words >= 80 or i == len(paragraphs) - 1:
            k += 1
            title = f"{article['title']} (part {k})" if article.get("title") else None
            out.append({"id": f"{article['id']}-part{k}", "date": article.get("date"), "title": title, "text": "\n\n".join(part)})
            part, words = [], 0

shift = len(passages) // 2
for i, (pid, (first, _)) in enumerate(passages):
    other, (_, second) = passages[(i + shift) % len(passages)]
    out.append({"id": f"{pid}-a+{other}-b", "date": None, "title": None, "text": first + " " + second})

if n > len(out):
    sys.exit(f"only {len(out)} documents")
for doc in out[:n]:
    print(json.dumps(doc, ensure_ascii=False))
