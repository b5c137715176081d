#!/usr/bin/env python3
"""Lists the events the layer fires on open text: the English article bodies of the extraction dev sets web-dev (the
pages, through `dateline extract`) and metadata-dev (articleBody). Not extraction/dev (batch q is drawn from it).
usage: eval/events/opentext.py [SHARED] > events.tsv      (docs/events.md, "Open text: the senses the layer misread")
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

def sentences(text):
    out, start = [], 0
    for m in re.finditer(r'(?<=[.!?])["”’)]?\s+(?=[A-Z"“‘(0-9])|\n+', text):
        out.append((start, m.start())); start = m.end()
    out.append((start, len(text)))
    return out

with tempfile.TemporaryDirectory() as work:
    pages = sorted(os.path.join(web, f) for f in os.listdir(web) if f.endswith(".html.gz"))
    extracted = subprocess.run([dateline, "extract", *pages], capture_output=True, text=True).stdout
    inp = os.path.join(work, "in.jsonl")
    with open(inp, "w", encoding="utf-8") as f:
        for line in extracted.splitlines():
            d = json.loads(line)
            if d.get("language") == "en" and d.get("text"):
                f.write(json.dumps({"id": "w:" + d["id"], "text": d["text"], "dct": d.get("published")}) + "\n")
        for line in open(meta, encoding="utf-8"):
            d = json.loads(line)
            if (d.get("lang") or "en").lower().startswith("en"):
                f.write(json.dumps({"id": "m:" + d["id"], "text": d["articleBody"], "dct": None}) + "\n")
    annotated = subprocess.run([dateline, "annotate", "--jsonl", inp], capture_output=True, text=True).stdout
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
        print("\t".join(str(x) for x in row))
