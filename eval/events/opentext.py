#!/usr/bin/env python3
"""Lists the events the layer fires on open text: the English article bodies of the extraction dev sets web-dev (the
pages, through `dateline extract`) and metadata-dev (articleBody). Not extraction/dev (batch q is drawn from it).
usage: eval/events/opentext.py [SHARED] > events.tsv      (docs/events.md, "Open text: the senses the layer misread")
       eval/events/opentext.py --news [SHARED] > events.tsv   (docs/events.md, "Open news: the false events")
With --news the text is news from many outlets instead: the pages of the dates dev set (htmldate's benchmark, not its
test files) through `dateline extract` whose extracted text is English and reads as news (at least MIN_WORDS words and
MIN_ATTRIBUTION words of attribution — said, says, told, according to — per 1,000: news attributes what it reports),
ids `d:`; and the CoNLL-2003 train documents (Reuters 1996, never its test files), detokenized, one line a sentence,
ids `c:` plus the document's number. --sample=N prints a random sample (seed 18) of N rows instead, N/2 from each
source prefix (d: and c:, or w: and m:), in listing order: the rows the audit judged. --seed=S draws with seed S and
--exclude=TSV[,TSV...] first drops every row whose (doc, sentence) an earlier audit's judgements (first two columns) name:
`--news --sample=250 --seed=1812 --exclude=eval/events/opennews-audit.tsv` is the second, held-out audit
(opennews-audit2.tsv); `--seed=1813 --exclude=eval/events/opennews-audit.tsv,eval/events/opennews-audit2.tsv` the third
(opennews-audit3.tsv).
Prints doc, sentence index (a plain split on sentence-final punctuation and newlines), trigger offset, type, trigger,
source, target, mode; with --text also the sentence, to judge (the judgements are in opentext-audit.tsv, without text)."""
import json, os, re, subprocess, sys, tempfile

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.dirname(os.path.dirname(here))
args = [a for a in sys.argv[1:] if not a.startswith("--")]
shared = args[0] if args else os.path.join(root, "..", "shared")
web = os.path.join(shared, "data/extraction/web-dev/pages")
meta = os.path.join(shared, "data/extraction/metadata-dev/metadata.jsonl")
dateline = os.path.join(root, "dateline")
dates = os.path.join(shared, "data/dates/dev/pages")
conll = os.path.join(shared, "data/ner/conll2003/train.txt.gz")
NEWS = "--news" in sys.argv
MIN_WORDS = 100          # shorter extracted texts are mostly teasers, captions and listings
MIN_ATTRIBUTION = 3.0    # attribution words per 1,000: 2/3 of the English pages with >= 100 words reach it

def is_news(text):
    words = len(text.split())
    said = len(re.findall(r"\b(said|says|told|according to)\b", text))
    return words >= MIN_WORDS and 1000.0 * said / words >= MIN_ATTRIBUTION

def detokenize(tokens):
    out, quote_open = "", False
    for t in tokens:
        if t == '"':
            t = "\u201c" if not quote_open else "\u201d"; quote_open = not quote_open
        glue_left = t in {",", ".", ";", ":", "!", "?", ")", "]", "%", "\u201d", "'s", "'", "n't", "'re", "'ve", "'ll", "'d", "'m"}
        if out and not glue_left and not out.endswith(("(", "[", "$", "\u201c")):
            out += " "
        out += t
    return out

def conll_docs():
    import gzip
    docs, sent, cur = [], [], None
    for line in gzip.open(conll, "rt", encoding="utf-8"):
        line = line.strip()
        if line.startswith("-DOCSTART-"):
            cur = []; docs.append(cur); continue
        if not line:
            if sent: cur.append(detokenize(sent)); sent = []
            continue
        sent.append(line.split(" ")[0])
    if sent: cur.append(detokenize(sent))
    return ["\n".join(d) for d in docs]

def sentences(text):
    out, start = [], 0
    for m in re.finditer(r'(?<=[.!?])["”’)]?\s+(?=[A-Z"“‘(0-9])|\n+', text):
        out.append((start, m.start())); start = m.end()
    out.append((start, len(text)))
    return out

with tempfile.TemporaryDirectory() as work:
    folder = dates if NEWS else web
    pages = sorted(os.path.join(folder, f) for f in os.listdir(folder) if f.endswith(".html.gz"))
    extracted = subprocess.run([dateline, "extract", *pages], capture_output=True, text=True).stdout
    inp = os.path.join(work, "in.jsonl")
    with open(inp, "w", encoding="utf-8") as f:
        for line in extracted.splitlines():
            d = json.loads(line)
            if d.get("language") == "en" and d.get("text") and (not NEWS or is_news(d["text"])):
                prefix = "d:" if NEWS else "w:"
                f.write(json.dumps({"id": prefix + d["id"], "text": d["text"], "dct": d.get("published")}) + "\n")
        if NEWS:
            for k, text in enumerate(conll_docs()):
                f.write(json.dumps({"id": "c:%d" % k, "text": text, "dct": None}) + "\n")
        for line in ([] if NEWS else open(meta, encoding="utf-8")):
            d = json.loads(line)
            if (d.get("lang") or "en").lower().startswith("en"):
                f.write(json.dumps({"id": "m:" + d["id"], "text": d["articleBody"], "dct": None}) + "\n")
    annotated = subprocess.run([dateline, "annotate", "--jsonl", inp], capture_output=True, text=True).stdout
rows = []
for line in annotated.splitlines():
    d = json.loads(line)
    if "id" not in d:
        continue
    spans = sentences(d["text"])
    for e in d.get("events") or []:
        at = e["trigger"]["start"]
        si = next((k for k, (a, b) in enumerate(spans) if a <= at <= b), -1)
        row = [d["id"], si, at, e["type"], e["triggerText"], e.get("sourceText"), e.get("targetText"), e["mode"]]
        if "--text" in sys.argv:
            a, b = spans[si]
            row.append(d["text"][a:b].replace("\n", " ").replace("\t", " "))
        rows.append(row)
sample = next((int(a.split("=", 1)[1]) for a in sys.argv if a.startswith("--sample=")), 0)
exclude = next((a.split("=", 1)[1] for a in sys.argv if a.startswith("--exclude=")), None)
if exclude:
    seen = {tuple(line.rstrip("\n").split("\t")[:2]) for path in exclude.split(",") for line in open(path, encoding="utf-8")}
    rows = [r for r in rows if (r[0], str(r[1])) not in seen]
if sample:
    import random
    seed = next((int(a.split("=", 1)[1]) for a in sys.argv if a.startswith("--seed=")), 18)
    rng, keep = random.Random(seed), set()
    for prefix in sorted({r[0].split(":")[0] for r in rows}):
        ids = [k for k, r in enumerate(rows) if r[0].split(":")[0] == prefix]
        keep.update(rng.sample(ids, min(len(ids), sample // 2)))
    rows = [r for k, r in enumerate(rows) if k in keep]
for row in rows:
    print("\t".join(str(x) for x in row))
