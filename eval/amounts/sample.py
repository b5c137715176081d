#!/usr/bin/env python3
"""Draws the amount dev set's sentences from ../shared/data/corpus (VOA passages and Wikinews), deterministically.

usage: python3 eval/amounts/sample.py [SHARED] > sentences.jsonl
       python3 eval/amounts/sample.py --check SHARED SENTENCES.jsonl   (verifies against eval/amounts/sentences.tsv)

The sentences are not committed (they are ../shared data); sentences.tsv records each one's source document,
position, split and a hash of its text, so run.sh can rebuild the set and prove it is the one that was annotated.

Every sentence holds a digit or a number word. Half are drawn from sentences that look like they hold a real amount
(a currency, a percentage, a scale word, a number before a plural noun); half from sentences that hold a lookalike
(an ordinal, a number word starting a longer word such as "tenure", a route, street, stage, station or list number,
a year, a clock time, a duration or an age). These are broad sampling patterns, not the extractor's rules. A sentence
is 8 to 50 words, at most one per document. The split is by document: about 40 % of documents are test, hashed on
the document id.
"""
import json, os, re, sys

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import corpus_sample  # noqa: E402  (the splitter, corpus reader and hash both samplers share)
sentences, h = corpus_sample.sentences, corpus_sample.h
if len(sys.argv) > 1 and sys.argv[1] == "--check":
    corpus_sample.check("amounts", os.path.join(os.path.dirname(os.path.abspath(__file__)), "sentences.tsv"), sys.argv[3])
shared = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "..", "..", "..", "shared")
corpus = os.path.join(shared, "data", "corpus")

WORDS = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozen)"
NUMBER = re.compile(r"\d|\b" + WORDS + r"\b", re.I)
AMOUNT = re.compile(r"[$€£¥]\s?\d|\d\s?%|\bper\s?cent\b|\b(?:million|billion|trillion)\b|"
                    r"\b(?:\d[\d,.]*|" + WORDS + r")\s+(?:[a-z]+\s+)?[a-z]+s\b", re.I)
TRAP = re.compile(r"\b\d+(?:st|nd|rd|th)\b|\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b|"
                  r"\b(?:ten|six|four|seven|nine|eight|five|two|three)[a-z]{2,}\b|"
                  r"\b(?:Route|Highway|Interstate|Street|Avenue|Road|Stage|Phase|Channel|Flight|No\.|Number|Resolution|Article|Chapter|Section|Level|Category|Grade|Terminal|Gate|Platform)\s+\d|"
                  r"\b\d+\s+(?:Street|Avenue|Road)|\b\d+[A-Z][a-z]+|\b\d{1,2}:\d{2}\b|\b(?:1[89]|20)\d{2}\b|"
                  r"\b(?:\d+|" + WORDS + r")[- ](?:years?|months?|weeks?|days?|hours?|minutes?)(?:-old)?\b")

def docs():
    return corpus_sample.docs(corpus)

amount, trap = [], []
for doc_id, text, date in docs():
    for i, s in enumerate(sentences(text)):
        n = len(s.split())
        if not 8 <= n <= 50 or s.isupper() or "\n" in s or not NUMBER.search(s):
            continue
        item = {"doc": doc_id, "n": i, "text": s, "dct": date, "split": "test" if h("split:" + doc_id) % 10 < 4 else "train"}
        (trap if TRAP.search(s) else amount if AMOUNT.search(s) else []).append(item)

def pick(pool, k, salt, used):
    out = []
    for item in sorted(pool, key=lambda x: h(salt + x["doc"] + str(x["n"]))):
        if item["doc"] in used:
            continue
        used.add(item["doc"])
        out.append(item)
        if len(out) == k:
            break
    return out

# VOA and Wikinews 2:1 in each half; one sentence per document.
used = set()
voa = lambda p: [x for x in p if x["doc"].startswith("gmb-")]
wiki = lambda p: [x for x in p if not x["doc"].startswith("gmb-")]
chosen = pick(wiki(trap), 40, "wt", used) + pick(wiki(amount), 40, "wa", used) + pick(voa(trap), 80, "vt", used) + pick(voa(amount), 80, "va", used)
chosen.sort(key=lambda x: h("order" + x["doc"] + str(x["n"])))
for k, item in enumerate(chosen, 1):
    print(json.dumps({"id": f"a{k:03d}", **item}, ensure_ascii=False))

# Batch b (issue 17, second sitting): the train set was saturated (F1 0.99), so 160 more sentences were drawn the same
# way from train documents only, none from a document batch a used; the test split stays the 104 sentences above.
train = lambda p: [x for x in p if x["split"] == "train"]
more = pick(wiki(train(trap)), 27, "b-wt", used) + pick(wiki(train(amount)), 27, "b-wa", used) \
    + pick(voa(train(trap)), 53, "b-vt", used) + pick(voa(train(amount)), 53, "b-va", used)
more.sort(key=lambda x: h("b-order" + x["doc"] + str(x["n"])))
for k, item in enumerate(more, 1):
    print(json.dumps({"id": f"b{k:03d}", **item}, ensure_ascii=False))
