"""What the dev-set samplers (eval/events/sample.py, eval/amounts/sample.py) share: the corpus documents, the
sentence splitter and the stable hash. Changing any of it changes the sampled sets (sentences.tsv checks catch it)."""
import gzip, hashlib, json, os, re

ABBREV = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt|Maj|St|Jr|Sr|Prof|No|Inc|Corp|Co|Ltd|vs|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)|\b[A-Z])\.$")

def sentences(text):
    for para in text.split("\n\n"):
        buf = ""
        for piece in re.split(r"(?:(?<=[.!?])|(?<=[.!?][\"”’)]))\s+(?=[\"“‘(]?[A-Z0-9])", para.strip()):
            buf = f"{buf} {piece}".strip() if buf else piece
            if ABBREV.search(buf):
                continue
            yield buf
            buf = ""
        if buf:
            yield buf

def docs(corpus):
    """(id, text, date) of the VOA passages, then of the Wikinews articles (GUM documents are NER data elsewhere)."""
    with gzip.open(os.path.join(corpus, "voa_gmb_passages.jsonl.gz"), "rt", encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            yield d["id"], d["text"], None
    with gzip.open(os.path.join(corpus, "wikinews_en.jsonl.gz"), "rt", encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            if not d["id"].startswith("gum:"):
                yield d["id"], d["text"], d.get("date")

def h(s):
    return int(hashlib.sha256(s.encode()).hexdigest()[:12], 16)

def check(name, ids_file, rebuilt_file):
    """Exits with a message naming the set when the rebuilt sentences differ from the committed ids and text hashes."""
    import sys
    want = {}
    with open(ids_file, encoding="utf-8") as f:
        next(f)
        for line in f:
            i, doc, n, split, digest = line.rstrip("\n").split("\t")
            want[i] = (doc, int(n), split, digest)
    got = {}
    with open(rebuilt_file, encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            got[d["id"]] = (d["doc"], d["n"], d["split"], hashlib.sha1(d["text"].encode()).hexdigest()[:12])
    bad = [i for i in want if got.get(i) != want[i]]
    if bad or len(got) != len(want):
        sys.exit(f"eval/{name}: the rebuilt sentences differ from sentences.tsv ({len(bad)} of {len(want)}: {bad[:5]}); is ../shared the same?")
    sys.exit(0)
