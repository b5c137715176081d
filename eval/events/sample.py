#!/usr/bin/env python3
"""Draws the event dev set's sentences from ../shared/data/corpus (VOA passages and Wikinews), deterministically.

usage: python3 eval/events/sample.py [SHARED] > eval/events/sentences.jsonl
       python3 eval/events/sample.py --check SHARED SENTENCES.jsonl   (verifies against eval/events/sentences.tsv)

The sentences are not committed (they are ../shared data); sentences.tsv records each one's source document,
position, split and a hash of its text, so run.sh can rebuild the set and prove it is the one that was annotated.

Three quarters of the sentences carry a word that often (not always) names an event of one of the 16 PLOVER types —
a broad list written for sampling, not the extractor's lexicon — so the set holds many events and many lookalikes
(traps such as "support for Windows", "fight cancer", sports results); the rest are drawn at random. A sentence is
8 to 50 words. The split is by source document (passage or article): about 40 % of documents are test, hashed on
the document id, so sentences of one story never straddle the split.
"""
import json, os, re, sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import corpus_sample  # noqa: E402  (the splitter, corpus reader and hash both samplers share)
sentences, h = corpus_sample.sentences, corpus_sample.h
if len(sys.argv) > 1 and sys.argv[1] == "--check":
    corpus_sample.check("events", os.path.join(os.path.dirname(os.path.abspath(__file__)), "sentences.tsv"), sys.argv[3])
shared = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "..", "..", "shared")
corpus = os.path.join(shared, "data", "corpus")

CUES = re.compile(r"\b(?:agree|sign|deal|accord|treaty|meet|met|talks?|visit|negotiat|discuss|back|endors|praise|defend|support|"
                  r"yield|eas(?:e|ed|ing)|release|apologi|cooperat|allian|ally|allied|joint|aid|donat|pledg|gave|provid|supplie|"
                  r"withdr[ae]w|pull(?:ed|ing)? out|retreat|demobili|ask|appeal|call(?:ed|s)? (?:on|for)|urg|demand|accus|blam|alleg|"
                  r"critici|condemn|reject|refus|veto|den(?:y|ied)|threat|warn|protest|demonstrat|strike|rall(?:y|ied)|boycott|march|"
                  r"sanction|expel|cut ties|suspend|deploy|mobili|alert|arrest|detain|seiz|ban|deport|jail|sentenc|attack|bomb|kill|"
                  r"shoot|shot|fight|fought|clash|raid|invad|wound|beat|defeat)", re.I)

def docs():
    return corpus_sample.docs(corpus)

cue, plain = [], []
for doc_id, text, date in docs():
    for i, s in enumerate(sentences(text)):
        n = len(s.split())
        if not 8 <= n <= 50 or s.isupper() or "\n" in s:
            continue
        item = {"doc": doc_id, "n": i, "text": s, "dct": date, "split": "test" if h("split:" + doc_id) % 10 < 4 else "train"}
        (cue if CUES.search(s) else plain).append(item)

# VOA and Wikinews in proportion 2:1, cue and plain sentences 3:1, at most 2 sentences from one document.
def pick(pool, k, salt, per_doc=None):
    out, per_doc = [], {} if per_doc is None else per_doc
    for item in sorted(pool, key=lambda x: h(salt + x["doc"] + str(x["n"]))):
        if per_doc.get(item["doc"], 0) >= 2:
            continue
        per_doc[item["doc"]] = per_doc.get(item["doc"], 0) + 1
        out.append(item)
        if len(out) == k:
            break
    return out

voa = lambda p: [x for x in p if x["doc"].startswith("gmb-")]
wiki = lambda p: [x for x in p if not x["doc"].startswith("gmb-")]
chosen = pick(voa(cue), 240, "vc") + pick(wiki(cue), 120, "wc") + pick(voa(plain), 80, "vp") + pick(wiki(plain), 40, "wp")
chosen.sort(key=lambda x: h("order" + x["doc"] + str(x["n"])))
for k, item in enumerate(chosen, 1):
    print(json.dumps({"id": f"e{k:03d}", **item}, ensure_ascii=False))

# Batch b (issue 18, data sitting): 216 more sentences drawn the same way (VOA and Wikinews 2:1, cue and plain 3:1,
# at most two per document) from train documents only, none from a document batch a used, so the train split grows
# and the test split stays the 191 sentences above (a train document cannot be test: the split hashes the document).
used = {x["doc"] for x in chosen}
train = lambda p: [x for x in p if x["split"] == "train" and x["doc"] not in used]
more = pick(voa(train(cue)), 108, "b-vc") + pick(wiki(train(cue)), 54, "b-wc") \
    + pick(voa(train(plain)), 36, "b-vp") + pick(wiki(train(plain)), 18, "b-wp")
more.sort(key=lambda x: h("b-order" + x["doc"] + str(x["n"])))
for k, item in enumerate(more, 1):
    print(json.dumps({"id": f"b{k:03d}", **item}, ensure_ascii=False))

# Batch c (issue 18, sixth sitting): 216 more sentences drawn the same way again (VOA and Wikinews 2:1, cue and plain
# 3:1, at most two per document) from train documents only, none from a document batches a or b used; the test split
# stays the same 191 sentences.
used |= {x["doc"] for x in more}
third = pick(voa(train(cue)), 108, "c-vc") + pick(wiki(train(cue)), 54, "c-wc") \
    + pick(voa(train(plain)), 36, "c-vp") + pick(wiki(train(plain)), 18, "c-wp")
third.sort(key=lambda x: h("c-order" + x["doc"] + str(x["n"])))
for k, item in enumerate(third, 1):
    print(json.dumps({"id": f"c{k:03d}", **item}, ensure_ascii=False))

# Batch d (issue 18, data5 sitting): 216 more, the same mix (VOA and Wikinews 2:1 as far as Wikinews goes, cue and plain
# 3:1, at most two per document, train documents only, none from a document batches a–c used), but half of the cue sentences are drawn
# from those carrying a likely event word the extractor's lexicon (src/Dateline.Language/Events/Data/event-triggers.txt)
# lacked when the batch was drawn, so the learned parts see new phrasings. The list is fixed here, not read from the
# lexicon, so the batch stays the same when the lexicon grows.
NOVEL = re.compile(r"\b(?:overthr[eo]w\w*|toppl\w+|coup|hanged|stoned|explo(?:sion|ded?)\w*|grenades?|hit|struck|"
                   r"retak\w+|retook|recaptur\w+|annex\w*|hostages?|captiv\w+|hand(?:ed|s|ing)? over|turn(?:ed|s)? over|"
                   r"fined|prohibit\w*|outlaw\w*|forb[ai]d\w*|barred|block(?:ed|s|ing|ade)?|shut down|curb\w*|restrict\w*|"
                   r"impos\w+|resign\w*|quit|sack\w*|patrol\w*|escort\w*|guard(?:ed|ing)|arm(?:ed|ing)|weapons|shipments?|"
                   r"pledg\w+|promis\w+|offer\w*|contribut\w+|financ\w+|invit\w+|summon\w*|conven\w+|broker\w*|reconcil\w+|"
                   r"normali[sz]\w+|restor\w+|recogni[sz]\w+|approv\w+|accept\w*|adopt\w*|condolence\w*|mourn\w*|"
                   r"objected|resist\w*|challeng\w+|confront\w*|pressur\w+|pressed|push(?:ed|ing)|lobb\w+|insist\w*|"
                   r"retaliat\w+|reveng\w+|intimidat\w+|discriminat\w+|defect\w*|mutin\w+|armistice|spoke with|"
                   r"telephon\w+|envoys?|greet\w*|received|insurgen\w+|uprising|rebellion|revolt\w*|hostilit\w+|"
                   r"violence|unrest|bloodshed|assail\w*|gunfire|looted|loot\w*|vandali\w+|hack\w*|spied|spy\w*|"
                   r"infiltrat\w+|smuggl\w+|traffick\w+|captured|trained|mediat\w+|sided|rallied|rescued)\b", re.I)
used |= {x["doc"] for x in third}
novel = lambda p: [x for x in p if NOVEL.search(x["text"])]
plainc = lambda p: [x for x in p if not NOVEL.search(x["text"])]
# Wikinews train documents are nearly used up by batches a–c (14 documents with cue sentences left), so whatever
# share Wikinews cannot give is drawn from VOA of the same kind; at most two sentences per document across the batch.
per_doc = {}
def fill(kind, k, salt):
    w = pick(wiki(kind), k // 3, "d-w" + salt, per_doc)
    return w + pick(voa(kind), k - len(w), "d-v" + salt, per_doc)
fourth = fill(novel(train(cue)), 81, "n") + fill(plainc(train(cue)), 81, "c") + fill(train(plain), 54, "p")
fourth.sort(key=lambda x: h("d-order" + x["doc"] + str(x["n"])))
for k, item in enumerate(fourth, 1):
    print(json.dumps({"id": f"d{k:03d}", **item}, ensure_ascii=False))

# Batches e, f, g, h, j, k, m, n and p (issue 18, blind held-out batches): 150 sentences each, drawn as batches b and c were (no
# novel-word half): VOA and Wikinews 2:1 as far as Wikinews train documents go (what Wikinews cannot give is drawn
# from VOA of the same kind), cue and plain sentences 3:1 (112 and 38), at most two per document across the batch,
# train documents only, none from a document an earlier batch used, salts of its own (the id letter). Batches a–d
# used every Wikinews train document, so all are VOA passages. Ids x001… (batch a holds e001…), then y, z, h, j,
# k, m, n and p.
# Each was annotated blind: the gold was written from the sentences alone, before the layer was run on them.
def blind_batch(letter, previous):
    used.update(x["doc"] for x in previous)
    per_doc = {}
    def fill(kind, k, salt):
        w = pick(wiki(kind), round(k / 3), f"{letter}-w" + salt, per_doc)
        return w + pick(voa(kind), k - len(w), f"{letter}-v" + salt, per_doc)
    batch = fill(train(cue), 112, "c") + fill(train(plain), 38, "p")
    batch.sort(key=lambda x: h(f"{letter}-order" + x["doc"] + str(x["n"])))
    for k, item in enumerate(batch, 1):
        print(json.dumps({"id": f"{letter}{k:03d}", **item}, ensure_ascii=False))
    return batch

previous, blind = fourth, []
for letter in "xyzhjkmnp":
    previous = blind_batch(letter, previous)
    blind += previous

# Batch q (issue 18, the blind held-out batch of news from other outlets): every batch above is VOA or Wikinews; the
# issue is judged on unseen news from other outlets, so batch q is drawn from the article bodies (`articleBody`) of
# ../shared/data/extraction/dev/truth.jsonl (114 pages of many outlets: Reuters, NYT, WSJ, Fox, NBC, local papers,
# tech and trade sites...). 150 sentences, ids q001…, split "train" for all (the events test split stays the 191
# sentences above), by the same splitter, 8-50-word filter and CUES regex, cue and plain 3:1 (112 and 38), at most
# two per document, salts of its own (q-). Pages not in English (fewer than 15 % of their words in a short list of
# English function words: Portuguese, Italian, Indonesian, Russian pages) and sentences that are page chrome
# (CHROME below) are skipped. dct: the page's published date (JSON-LD datePublished or a published-time meta tag),
# else a /YYYY/MM/DD/ date in the URL, else null (as for VOA).
extraction = os.path.join(shared, "data", "extraction", "dev")
ENGLISH = frozenset("the of and to a in is that for on was with as it by at from he she they said be are has have this an".split())
CHROME = re.compile(r"\b(?:sign up|read more|subscribe|newsletter|click here|photo(?:graph)?s? by|photo:|image:|credit:|"
                    r"getty images|associated press photo|advertisement|follow us|share this|all rights reserved|copyright)\b|©", re.I)
PAGE_DATE = re.compile(r'(?:"datePublished"\s*:\s*"|(?:article:published_time|datePublished|pubdate|publish-date|date)"?\s+content=")'
                       r'((?:19[9]|20\d)\d-\d{2}-\d{2})')
URL_DATE = re.compile(r"/((?:199|20\d)\d)/(\d\d)/(\d\d)/")

def extraction_docs():
    import gzip
    with open(os.path.join(extraction, "truth.jsonl"), encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            words = re.findall(r"[a-z']+", d["articleBody"].lower())
            if sum(w in ENGLISH for w in words) < 0.15 * max(1, len(words)):
                continue
            with gzip.open(os.path.join(extraction, "pages", d["id"] + ".html.gz"), "rt", encoding="utf-8", errors="replace") as p:
                m = PAGE_DATE.search(p.read())
            u = URL_DATE.search(d["url"])
            yield "extraction-dev:" + d["id"], d["articleBody"], m.group(1) if m else "-".join(u.groups()) if u else None

# The other outlets' sentences of a set of documents (batches q, r and s): as the corpus batches', in train, with the
# chrome filter, split into cue and plain pools.
def pools(documents):
    c, p = [], []
    for doc_id, text, date in documents:
        for i, s in enumerate(sentences(text)):
            n = len(s.split())
            if not 8 <= n <= 50 or s.isupper() or "\n" in s or CHROME.search(s):
                continue
            item = {"doc": doc_id, "n": i, "text": s, "dct": date, "split": "train"}
            (c if CUES.search(s) else p).append(item)
    return c, p


qcue, qplain = pools(extraction_docs())
per_doc = {}
batch_q = pick(qcue, 112, "q-c", per_doc) + pick(qplain, 38, "q-p", per_doc)
batch_q.sort(key=lambda x: h("q-order" + x["doc"] + str(x["n"])))
for k, item in enumerate(batch_q, 1):
    print(json.dumps({"id": f"q{k:03d}", **item}, ensure_ascii=False))

# Batch r (issue 18, the second blind held-out batch of news from other outlets): drawn exactly as batch q (the same
# pages, ENGLISH and CHROME filters, dates, splitter, 8-50-word filter and CUES regex, cue and plain 3:1, split
# "train"), but none of batch q's sentences (a page batch q used may give other sentences), at most two per document
# within batch r, salts of its own (r-), ids r001….
taken = {(x["doc"], x["n"]) for x in batch_q}
per_doc = {}
batch_r = (pick([x for x in qcue if (x["doc"], x["n"]) not in taken], 112, "r-c", per_doc)
           + pick([x for x in qplain if (x["doc"], x["n"]) not in taken], 38, "r-p", per_doc))
batch_r.sort(key=lambda x: h("r-order" + x["doc"] + str(x["n"])))
for k, item in enumerate(batch_r, 1):
    print(json.dumps({"id": f"r{k:03d}", **item}, ensure_ascii=False))

# Batch s (issue 18, a third batch of news from other outlets, annotated blind): two shared sources no batch used,
# 150 sentences, split "train", ids s001…: 90 from ../shared/data/quotes/polnear_shared.jsonl.gz (2016 campaign hard
# news from Breitbart, HuffPost, NYT, Politico, USA Today, WaPo, Western Journalism; doc ids polnear:<id>) and 60 from
# ../shared/data/timex/{timebank,aquaint}.jsonl.gz (1990s NYT/AP/ABC/CNN wire news; doc ids timebank:<id>,
# aquaint:<id>); dct: the document's dct field. Same rules as batch q: the splitter, the 8-50-word filter, the ENGLISH
# and CHROME filters, cue and plain 3:1 by the CUES regex within each source (68+22 and 45+15), at most two per
# document, salts of its own (s-).
def shared_docs(path, prefix):
    import gzip
    with gzip.open(os.path.join(shared, "data", path), "rt", encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            words = re.findall(r"[a-z']+", d["text"].lower())
            if sum(w in ENGLISH for w in words) < 0.15 * max(1, len(words)):
                continue
            yield prefix + d["id"], d["text"], d.get("dct")


import itertools
pcue, pplain = pools(shared_docs("quotes/polnear_shared.jsonl.gz", "polnear:"))
tcue, tplain = pools(itertools.chain(shared_docs("timex/timebank.jsonl.gz", "timebank:"),
                                     shared_docs("timex/aquaint.jsonl.gz", "aquaint:")))
per_doc = {}
batch_s = (pick(pcue, 68, "s-pc", per_doc) + pick(pplain, 22, "s-pp", per_doc)
           + pick(tcue, 45, "s-tc", per_doc) + pick(tplain, 15, "s-tp", per_doc))
batch_s.sort(key=lambda x: h("s-order" + x["doc"] + str(x["n"])))
for k, item in enumerate(batch_s, 1):
    print(json.dumps({"id": f"s{k:03d}", **item}, ensure_ascii=False))

# Batch t (issue 18, a fourth batch of news from other outlets, annotated blind; the next blind judge): 150 sentences,
# split "train", ids t001…, from documents no earlier batch used a sentence of: about 50 from the extraction dev article
# bodies (as q and r), about 60 from PolNeAr and about 40 from TimeBank/AQUAINT (as s). The same rules: the splitter,
# the 8-50-word filter, the ENGLISH and CHROME filters, cue and plain 3:1 by the CUES regex within each source, at most
# two per document, salts of their own (t-). What the extraction pages cannot give (few pages are left after q and r)
# is drawn from PolNeAr of the same kind.
seen = {x["doc"] for x in itertools.chain(chosen, more, third, fourth, batch_q, batch_r, batch_s)}
seen |= used
fresh = lambda p: [x for x in p if x["doc"] not in seen]
per_doc = {}
def refill(pool, backup, k, salt, backup_salt, taken=frozenset()):
    """k from pool, and what it cannot give from backup (the same kind from PolNeAr): batches t and u. A sentence in
    taken (doc, n) is not drawn again: a batch whose pages are short draws PolNeAr twice (batch y)."""
    new = lambda p: [x for x in fresh(p) if (x["doc"], x["n"]) not in taken]
    got = pick(new(pool), k, salt, per_doc)
    return got + (pick(new(backup), k - len(got), backup_salt, per_doc) if len(got) < k else [])
def news_batch(letter, cue, plain, first, sizes=(38, 12, 45, 15, 30, 10)):
    """Prints and returns a batch of other outlets' news (t, u): 38 cue and 12 plain sentences from its first source
    (salts letter-first…; what it cannot give from PolNeAr), 45 and 15 from PolNeAr, 30 and 10 from TimeBank/AQUAINT
    (sizes: those six counts; a smaller batch scales them, batch z)."""
    # Each part skips the sentences the earlier parts took (t-x drew none twice, so their output is unchanged), and
    # what TimeBank/AQUAINT cannot give is drawn from PolNeAr of the same kind (t-x never ran short: batch y did).
    batch = []
    taken = lambda: {(x["doc"], x["n"]) for x in batch}
    first_cue, first_plain, polnear_cue, polnear_plain, wire_cue, wire_plain = sizes
    batch += refill(cue, pcue, first_cue, f"{letter}-{first}c", f"{letter}-pcx")
    batch += refill(plain, pplain, first_plain, f"{letter}-{first}p", f"{letter}-ppx")
    batch += refill(pcue, [], polnear_cue, f"{letter}-pc", "", taken())
    batch += refill(pplain, [], polnear_plain, f"{letter}-pp", "", taken())
    batch += refill(tcue, pcue, wire_cue, f"{letter}-tc", f"{letter}-pcy", taken())
    batch += refill(tplain, pplain, wire_plain, f"{letter}-tp", f"{letter}-ppy", taken())
    batch.sort(key=lambda x: h(f"{letter}-order" + x["doc"] + str(x["n"])))
    for k, item in enumerate(batch, 1):
        print(json.dumps({"id": f"{letter}{k:03d}", **item}, ensure_ascii=False))
    return batch
batch_t = news_batch("t", qcue, qplain, "e")

# Batch u (issue 18, a fifth batch of news from other outlets, annotated blind, then read for mends): 150 sentences,
# split "train", ids u001…, from documents no earlier batch used a sentence of. The extraction dev pages are used up
# (no page left with a sentence no batch took a document of), so about 50 come from the article bodies of
# ../shared/data/extraction/metadata-dev/metadata.jsonl (Readability.js's test pages; no batch used them), news pages
# only (NEWS_PAGES: news outlets' reports; not how-tos, product or developer blogs, essays, the non-English pages;
# doc ids readability:<id>; dct: the page's publishedTime, else its published-date meta tag, else null), about 60 from
# PolNeAr and about 40 from TimeBank/AQUAINT (as s and t). The same rules: the splitter, the 8-50-word filter, the
# ENGLISH and CHROME filters, cue and plain 3:1 by the CUES regex within each source, at most two per document, salts
# of their own (u-). What the news pages cannot give is drawn from PolNeAr of the same kind.
NEWS_PAGES = ("ars-1 bbc-1 breitbart buzzfeed-1 cnet cnn guardian-1 herald-sun-1 medicalnewstoday msn nytimes-1 nytimes-2 "
              "nytimes-3 nytimes-4 salon-1 schema-org-context-object telegraph theverge tmz-1 webmd-1 wikia yahoo-2 yahoo-3").split()
metadata = os.path.join(shared, "data", "extraction", "metadata-dev")

def readability_docs():
    import gzip
    with open(os.path.join(metadata, "metadata.jsonl"), encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            words = re.findall(r"[a-z']+", d["articleBody"].lower())
            if d["id"] not in NEWS_PAGES or sum(w in ENGLISH for w in words) < 0.15 * max(1, len(words)):
                continue
            with gzip.open(os.path.join(metadata, "pages", d["id"] + ".html.gz"), "rt", encoding="utf-8", errors="replace") as p:
                m = PAGE_DATE.search(p.read())
            yield "readability:" + d["id"], d["articleBody"], (d["publishedTime"] or "")[:10] or (m.group(1) if m else None)


ucue, uplain = pools(readability_docs())
seen |= {x["doc"] for x in batch_t}
per_doc = {}
batch_u = news_batch("u", ucue, uplain, "r")

# Batch v (issue 18, a sixth batch of news from other outlets, annotated blind, then read for actor mends): 150
# sentences, split "train", ids v001…, from documents no earlier batch used a sentence of. The extraction and
# Readability pages are used by q-u, so about 50 come from news pages of ../shared/data/dates/dev (htmldate's
# benchmark: no batch used it), news outlets' reports only (DATES_NEWS_PAGES, chosen by URL: not how-tos, recipes,
# product pages, blogs, essays, live blogs, institutions' pages or pages not in English; doc ids dates:<id>; dct: the
# page's truth date). The article text is the page's <p> elements (script and style dropped, whitespace collapsed),
# one paragraph each, so the draw depends on ../shared alone, not on the build's extractor. About 60 come from
# PolNeAr and about 40 from TimeBank/AQUAINT (as s-u). The same rules: the splitter, the 8-50-word filter, the
# ENGLISH and CHROME filters, cue and plain 3:1 by the CUES regex within each source, at most two per document,
# salts of their own (v-). What the news pages cannot give is drawn from PolNeAr of the same kind.
DATES_NEWS_PAGES = frozenset("""
029da3c9858e1860 0c64856ce7549d2d 0d3aae23683da18d 0fc5a6606f45b087 13f3903d8c3e33de 146ed2a50e0cc4d0 1b23103b72e7d8d4
1cef0a473ab44044 221cc0f2075823e0 274ce51f9ee8ab15 2c8e43eeb1520db8 30df09d0010d9327 325cd8915b2fd36e 36a55ae037d95234
3aef2b40f1be975d 446bd0c0d5dad900 448e93f98deccc88 461a82ffde95221a 46bb6bfa53a05d3b 4832ecb7156824d7 49d9b5f9b4bcbc0d
4cdc390d556a9b26 4ea7c0405228fc99 5387f12146cc1267 55447eccdb640fbb 557a1836acd9fb7f 5756442275c9dc44 57b901706dd168ad
58698bf9269364be 58f19365f1f99872 594a7969813a299a 5ac86186e312567d 5d1c577a00ede78b 5ebcd99d14508ed9 604def75722ff6a3
630950006ec74817 6967d01cb3c64501 6995d048202ce8b1 733b746ae503a875 7baace3170ecc428 7fb4b3bff91a7a18 81122dd92662d06c
8195c9ea28651b48 82ca39fed5557865 89b0591fcc8db6db 906e4e4787907a71 9233a8c6d774010d 97ca28bfb44e5d84 98974d7a07f8b61f
9ac3332de22947d7 9b6f114c2d661142 9c274f57b1e9969d a171a45e67af8e26 a3d06301125b8507 a9c623da09385081 ab854b4849837615
afbedb5fd8e29f6d affae9d7c55e5aa3 b3b37e6cca786495 b4adeb739c8a09e8 b66c0c375beed9c7 b703f4b95df3cbff bd9452fa635621d5
c65f9e3a6605ae7c c6c86a27dc43dc44 cccb0246154af66d d248a96067be2912 d35699adebfc3ae1 db4346b0897b69a2 e4c935e8221aa7bc
e5f1ca939250ccbe e7e6452baf580ec3 e8a08f72768b51be eb6007e6926a5219 f44d7d72dfeb874a f4d8a2ac4b2fa639 f5c6082d0ab98bb6
f72ab7f96867db0d faa2c3ea375e7d0c fba59c10a0d7730f fdaab6eb0ffdf0c3""".split())
dates_dev = os.path.join(shared, "data", "dates", "dev")

def paragraphs(html):
    """The text of a page's <p> elements, one paragraph each (script and style inside them dropped)."""
    from html.parser import HTMLParser
    class Paragraphs(HTMLParser):
        def __init__(self):
            super().__init__()
            self.open, self.skip, self.buf, self.found = 0, 0, [], []
        def handle_starttag(self, tag, attrs):
            self.skip += tag in ("script", "style")
            if tag == "p":
                self.open, self.buf = self.open + 1, []
        def handle_endtag(self, tag):
            if tag in ("script", "style"):
                self.skip = max(0, self.skip - 1)
            if tag == "p" and self.open:
                self.open -= 1
                self.found.append(" ".join("".join(self.buf).split()))
        def handle_data(self, data):
            if self.open and not self.skip:
                self.buf.append(data)
    reader = Paragraphs()
    reader.feed(html)
    return "\n\n".join(p for p in reader.found if p)

def dates_news_docs(pages=DATES_NEWS_PAGES):
    import gzip
    with open(os.path.join(dates_dev, "truth.jsonl"), encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            if d["id"] not in pages:
                continue
            with gzip.open(os.path.join(dates_dev, "pages", d["id"] + ".html.gz"), "rt", encoding="utf-8", errors="replace") as p:
                text = paragraphs(p.read())
            words = re.findall(r"[a-z']+", text.lower())
            if sum(w in ENGLISH for w in words) < 0.15 * max(1, len(words)):
                continue
            yield "dates:" + d["id"], text, d["published"]


vcue, vplain = pools(dates_news_docs())
seen |= {x["doc"] for x in batch_u}
per_doc = {}
batch_v = news_batch("v", vcue, vplain, "d")

# Batch w (issue 18, a seventh batch of news from other outlets, annotated blind): 150 sentences, split "train", ids
# w001…, from documents no earlier batch used a sentence of, drawn exactly as batch v (news_batch): about 50 from the
# news pages of ../shared/data/dates/dev (DATES_NEWS_PAGES) batch v did not take a sentence of, about 60 from PolNeAr
# and about 40 from TimeBank/AQUAINT, salts of their own (w-). What the news pages cannot give is drawn from PolNeAr
# of the same kind.
seen |= {x["doc"] for x in batch_v}
per_doc = {}
batch_w = news_batch("w", vcue, vplain, "d")

# Batch x (issue 18, an eighth batch of news from other outlets, annotated blind; ids o001…, since batch e holds
# x001…): 150 sentences, split "train", from documents no earlier batch used a sentence of, drawn as batches v and w
# (news_batch, salts o-). After v and w, 14 of the DATES_NEWS_PAGES give sentences and 8 of those had rows judged in
# the open-news audits (opennews-audit*.tsv), so the page share comes from X_NEWS_PAGES: the 6 of them no audit
# judged, and 15 English news reports of ../shared/data/dates/dev outside DATES_NEWS_PAGES that no audit judged,
# chosen by URL and first paragraph as DATES_NEWS_PAGES was (news outlets' reports: Reuters, NECN, WalesOnline, a
# police blotter, Metro, The Voice, FiveThirtyEight, People…; not the bot-block stubs, chrome-only pages, listings,
# essays, opinion or lifestyle pieces). What the pages cannot give is drawn from PolNeAr of the same kind.
X_NEWS_PAGES = frozenset("""
604def75722ff6a3 630950006ec74817 7baace3170ecc428 7fb4b3bff91a7a18 81122dd92662d06c affae9d7c55e5aa3
00eba2111aeae5cc 3c96255ed0280dc7 cf091aae42b7ec89 e320d49e11f5e62c f456ba7720ed0eeb d80d5ac8d8b51dda 97e0560623848211
ee377e4cb7ac0940 a7a27eebe038c5d0 058cd07d6bdbfa2f dedc096a71cf3e38 e6ee53289acf17f1 224599896e72ab5c 265cddfd12feddd0
""".split())
xcue, xplain = pools(dates_news_docs(X_NEWS_PAGES))
seen |= {x["doc"] for x in batch_w}
per_doc = {}
batch_x = news_batch("o", xcue, xplain, "d")

# Batch y (issue 18, a ninth batch of news from other outlets, annotated blind; ids l001…, since y001… and z001… are
# batches f's and g's, and l is no batch's name): 150 sentences, split "train", from documents no earlier batch used
# a sentence of, drawn as batches v-x (news_batch, salts l-). After x, the English news reports of
# ../shared/data/dates/dev that no batch used and no open-news audit judged give almost no sentence past the CHROME and
# 8-50-word filters (ten picked by URL: six give none, newsnet.scot 4 of an analysis column, Times of India 2 and
# Courier Mail 3 of chrome, KBS 4 of menu), so the page share is empty and news_batch draws it from PolNeAr of the
# same kind (38 cue, 12 plain).
# TimeBank/AQUAINT's fresh documents give 24 of the 30 cue sentences (all 10 plain): PolNeAr cue gives the 6 left.
seen |= {x["doc"] for x in batch_x}
per_doc = {}
batch_y = news_batch("l", [], [], "d")

# Batch z (issue 18, a tenth batch of news from other outlets, annotated blind; ids i001…: every other letter is a
# batch's name or an earlier batch's id letter, and there is no batch i): 120 sentences, split "train", from documents
# no earlier batch used a sentence of, drawn as batch y (news_batch, salts i-) with its six counts scaled by 4/5 (30 and
# 10 for the page share, 36 and 12 from PolNeAr, 24 and 8 from TimeBank/AQUAINT; cue and plain 3:1 as before). The page
# share is empty as for y (no English news page of ../shared is left unused), so PolNeAr gives it; TimeBank/AQUAINT's
# fresh documents give no cue sentence after y (79 plain ones in 14 documents), so PolNeAr's cue pool gives those 24.
seen |= {x["doc"] for x in batch_y}
per_doc = {}
batch_z = news_batch("i", [], [], "d", (30, 10, 36, 12, 24, 8))

# Batch 11 (issue 18, an eleventh batch of news from other outlets, annotated blind; ids a001…: a is no batch's id
# letter, since batch a's ids are e001…): 120 sentences, split "train", from documents no earlier batch used a sentence
# of, drawn exactly as batch z (news_batch, salts a-, its 4/5 counts). The page share is empty as for y and z, so
# PolNeAr gives it; what TimeBank/AQUAINT's fresh documents cannot give is drawn from PolNeAr of the same kind.
# A sentence whose text (lower-cased, without punctuation or spacing) an earlier news batch holds is not drawn: PolNeAr
# repeats stock sentences across documents (HuffPost's editor's note on Trump came back word for word, but for one
# no-break space, from a document no batch used: i053's text).
seen |= {x["doc"] for x in batch_z}
told = lambda s: " ".join(re.sub(r"[^\w\s]", "", s.lower()).split())
said = {told(x["text"]) for x in itertools.chain(batch_q, batch_r, batch_s, batch_t, batch_u, batch_v, batch_w,
                                                 batch_x, batch_y, batch_z)}
fresh = lambda p: [x for x in p if x["doc"] not in seen and told(x["text"]) not in said]
per_doc = {}
batch_11 = news_batch("a", [], [], "d", (30, 10, 36, 12, 24, 8))

# Batch 12 (issue 18, a twelfth batch of news, annotated blind; ids f001…: f is no batch's id letter, since batch f's
# ids are y001…): 120 sentences, split "train", from the TimeBank/AQUAINT documents of part 2 of the second pool of
# 2026-12-07 (the documents in sha256 order of "dateline-pool-2026-12-07c/" + id, every third from position 2; parts 0
# and 1 went to the quote and entity audits, part 2 was reserved), the sentences earlier batches left. PolNeAR has 26
# unused documents left, and the English news pages of ../shared/data/dates/dev that no batch used and no open-news
# audit judged give almost no news sentence (chrome, a lab's and a foundation's notes), so all 120 come from part 2.
# Batches s-11 drew up to two sentences from each document the batch uses: a sentence an earlier batch drew (the same
# document and position, or the same text lower-cased without punctuation, as for batch 11) is not drawn again. The
# same rules as batch z: the splitter, the 8-50-word filter, the ENGLISH and CHROME filters, cue and plain 3:1 by the
# CUES regex (90 and 30), at most two per document, salts of their own (f-).
def pool_part(part, salt="dateline-pool-2026-12-07c/"):
    """The TimeBank/AQUAINT document ids of one part of a pool: sha256 order of salt + id, position modulo 3."""
    import gzip, hashlib
    ids = [json.loads(line)["id"] for c in ("timebank", "aquaint")
           for line in gzip.open(os.path.join(shared, "data", "timex", c + ".jsonl.gz"), "rt", encoding="utf-8")]
    ids.sort(key=lambda i: hashlib.sha256((salt + i).encode()).hexdigest())
    return {i for n, i in enumerate(ids) if n % 3 == part}


earlier = list(itertools.chain(batch_s, batch_t, batch_u, batch_v, batch_w, batch_x, batch_y, batch_z, batch_11))
drawn = {(x["doc"], x["n"]) for x in earlier}
said |= {told(x["text"]) for x in batch_11}
reserved = pool_part(2)
fresh = lambda p: [x for x in p if x["doc"].split(":", 1)[1] in reserved and (x["doc"], x["n"]) not in drawn
                   and told(x["text"]) not in said]
per_doc = {}
batch_12 = pick(fresh(tcue), 90, "f-tc", per_doc) + pick(fresh(tplain), 30, "f-tp", per_doc)
batch_12.sort(key=lambda x: h("f-order" + x["doc"] + str(x["n"])))
for k, item in enumerate(batch_12, 1):
    print(json.dumps({"id": f"f{k:03d}", **item}, ensure_ascii=False))

# Batch 13 (issue 18, a thirteenth batch of news, annotated blind; ids g001…: g is no batch's id letter, since batch
# g's ids are z001…): 120 sentences, split "train", from the TimeBank/AQUAINT documents of parts 0 and 1 of the second
# pool of 2026-12-07 (pool_part(0) and pool_part(1); the quote and entity audits read those documents, the event
# layer never ran on the sentences of them no batch drew), the sentences earlier batches left, drawn exactly as batch
# 12: a sentence an earlier batch (s-12) drew, by document and position or by its text lower-cased without
# punctuation, is not drawn again; the splitter, the 8-50-word filter, the ENGLISH and CHROME filters, cue and plain
# 3:1 by the CUES regex (90 and 30), at most two per document, salts of their own (g-). The text rule also covers
# batches a-p (VOA and Wikinews): GMB holds some WSJ sentences word for word (the first draw repeated test sentence
# e342, "Hallwood, a Cleveland merchant bank, owns about 11% of Integra.", from wsj_0073).
drawn |= {(x["doc"], x["n"]) for x in batch_12}
said |= {told(x["text"]) for x in itertools.chain(batch_12, chosen, more, third, fourth, blind)}
reserved = pool_part(0) | pool_part(1)
per_doc = {}
batch_13 = pick(fresh(tcue), 90, "g-tc", per_doc) + pick(fresh(tplain), 30, "g-tp", per_doc)
batch_13.sort(key=lambda x: h("g-order" + x["doc"] + str(x["n"])))
for k, item in enumerate(batch_13, 1):
    print(json.dumps({"id": f"g{k:03d}", **item}, ensure_ascii=False))
