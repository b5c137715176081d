#!/usr/bin/env python3
"""The page files of the unseen-news audits' gold (issue 17: quotes, entities, times and amounts; eval/*/UNSEEN.md),
for `annotate`. One lookup for every audit.

usage: ./dateline annotate $(python3 eval/unseen_pages.py eval/ner/unseen-gold-11.jsonl [more gold files]) -j 1 > /tmp/eu.jsonl
       ./dateline annotate $(python3 eval/unseen_pages.py --jsonl /tmp/eu13-docs.jsonl eval/ner/unseen-gold-13.jsonl) -j 1 > /tmp/eu13.jsonl
       python3 eval/unseen_pages.py --twins PAGE_ID...

Prints one path per distinct page of the gold files, sorted by page id, each found in the pool that holds it: htmldate's
dev pages (samples 1-3, 16-hex ids), the extraction set's dev pages (samples 4-10, 64-hex ids) or its web-dev pages
(samples 11-15 of quotes, entity sample 11, times sample 8; the file name without `.html.gz`) or its metadata-dev
pages (Readability's test pages, the pool of 2026-12-07b: quote sample 16, entity sample 12, times sample 9; the file
name without `.html.gz`, e.g. `bbc-1`). A page id may be abbreviated to the start of one file's name (the
quote gold of samples 9-13 names extraction dev pages by their first 16 hex digits). Gold lines name their page as
`doc` (quotes) or `page` (entities, times, amounts). Paths are relative to the project root, as `annotate` is run
there. A page in no pool, or in more than one, stops the run.

The pool of 2026-12-07c (quote sample 17, entity sample 13) is TempEval-3's TimeBank and AQUAINT newswire, documents
named by their corpus id (`wsj_0006`, `APW19990312.0251`) with no page file; the pool of 2026-12-07d (times sample 10, the
entity audit's part 1) is PolNeAR's train documents (../shared/data/quotes/polnear_shared.jsonl.gz, named by their id,
`nyt_2016-03-16_via-legislative-side-doors-sande`), with no page file either. With --jsonl PATH, the gold's documents
of these pools are written to PATH as JSON Lines `{"id", "date": the document's dct, "text"}` (what `annotate` reads:
`id` becomes the output's id, `date` the supplied publication date the times are anchored on; the text as given) and
PATH is printed among the paths.

With --twins, prints instead, for each page id given, the pages of the pools that hold the same address under another
id (web-dev repeats many of htmldate's dev pages) and the audit files that name those: every eval/*/unseen-gold*.jsonl
and the events audits (eval/events/opennews-audit*.tsv, whose readers saw the entities). A page whose twin an audit
names is not an unseen page (eval/ner/UNSEEN.md, "Eleventh sample").
"""
import argparse, glob, gzip, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "quotes"))
from select_unseen import gold_pages  # noqa: E402  (the quote audit's selector: `doc` or `page`)

# Pools of documents without a page file: JSON Lines (gzip) with `id`, `dct`, `text`.
DOC_POOLS = ["../shared/data/timex/timebank.jsonl.gz", "../shared/data/timex/aquaint.jsonl.gz",
             "../shared/data/quotes/polnear_shared.jsonl.gz"]
POOLS = ["../shared/data/dates/dev/pages", "../shared/data/extraction/dev/pages",
         "../shared/data/extraction/web-dev/pages", "../shared/data/extraction/metadata-dev/pages"]


def page_path(page, root="."):
    found = [os.path.join(pool, page + ".html.gz") for pool in POOLS
             if os.path.exists(os.path.join(root, pool, page + ".html.gz"))]
    if not found:  # an abbreviated id: the one file of the pools whose name starts with it
        found = [os.path.relpath(f, root) for pool in POOLS
                 for f in glob.glob(os.path.join(root, pool, glob.escape(page) + "*.html.gz"))]
    if len(found) != 1:
        raise SystemExit(f"page {page}: {'in no pool' if not found else 'in several pools: ' + ', '.join(found)}")
    return found[0]


def write_docs(pages, path, root="."):
    """Writes the documents of the pools without page files (TimeBank, AQUAINT, PolNeAR) among `pages` to `path` as
    annotate's JSON Lines input; returns their ids."""
    docs = [d for f in DOC_POOLS for d in map(json.loads, gzip.open(os.path.join(root, f), "rt", encoding="utf-8"))
            if d["id"] in pages]
    if docs:
        with open(path, "w", encoding="utf-8") as out:
            for d in sorted(docs, key=lambda d: d["id"]):
                out.write(json.dumps({"id": d["id"], "date": d["dct"], "text": d["text"]}, ensure_ascii=False) + "\n")
    return {d["id"] for d in docs}


def address(url):
    """An address without its scheme, web-archive prefix, "www.", query, fragment and closing slash, lower-cased."""
    url = re.sub(r"^https?://(web\.archive\.org/web/\d+/)?(https?://)?", "", url or "")
    return re.sub(r"^www\.", "", re.split(r"[?#]", url)[0]).rstrip("/").lower()


def page_urls(pool, root):
    """Page id -> address of a pool's pages: its truth.jsonl's `url`, or (metadata-dev, whose metadata.jsonl has none)
    the page's own canonical link or og:url."""
    truth = os.path.join(root, os.path.dirname(pool), "truth.jsonl")
    if os.path.exists(truth):
        with open(truth, encoding="utf-8") as f:
            return {d["id"]: d.get("url") for d in map(json.loads, filter(str.strip, f))}
    urls = {}
    for path in sorted(glob.glob(os.path.join(root, pool, "*.html.gz"))):
        with gzip.open(path, "rt", encoding="utf-8", errors="replace") as f:
            html = f.read()
        tag = re.search(r"<link[^>]*rel=[\"']canonical[\"'][^>]*>", html, re.I) or \
            re.search(r"<meta[^>]*property=[\"']og:url[\"'][^>]*>", html, re.I)
        url = tag and re.search(r"(?:href|content)=[\"']([^\"']+)", tag.group(0), re.I)
        urls[os.path.basename(path)[:-len(".html.gz")]] = url.group(1) if url else None
    return urls


def audit_files(root):
    """Page id -> the audit files that name it."""
    named = {}
    for path in glob.glob(os.path.join(root, "eval", "*", "unseen-gold*.jsonl")):
        for page in gold_pages([path]):
            named.setdefault(page, set()).add(os.path.relpath(path, root))
    for path in glob.glob(os.path.join(root, "eval", "events", "opennews-audit*.tsv")):
        with open(path, encoding="utf-8") as f:
            for row in f:
                named.setdefault(row.split("\t")[0].removeprefix("d:"), set()).add(os.path.relpath(path, root))
    return named


def twins(pages, root):
    url_of, by_address = {}, {}
    for pool in POOLS:
        for page, url in page_urls(pool, root).items():
            url_of[page] = url
            if url:
                by_address.setdefault(address(url), []).append((os.path.dirname(pool), page))
    named = audit_files(root)
    for page in pages:
        if page not in url_of:
            raise SystemExit(f"page {page}: in no pool's truth.jsonl or metadata-dev")
        same = [f"{i} ({pool.removeprefix('../shared/data/')}): {', '.join(sorted(named.get(i, ()))) or 'no audit'}"
                for pool, i in by_address.get(address(url_of[page]), []) if i != page]
        print(page, "; ".join(same) or "no twin", sep="\t")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("gold", nargs="+", help="gold files (with --twins: page ids)")
    ap.add_argument("--root", default=".", help="the project root the paths are relative to")
    ap.add_argument("--twins", action="store_true")
    ap.add_argument("--jsonl", metavar="PATH", help="write the gold's TimeBank/AQUAINT/PolNeAR documents here and print PATH")
    a = ap.parse_args()
    if a.twins:
        twins(a.gold, a.root)
        return
    pages = gold_pages(a.gold)
    docs = write_docs(pages, a.jsonl, a.root) if a.jsonl else set()
    print(" ".join([page_path(p, a.root) for p in sorted(pages - docs)] + ([a.jsonl] if docs else [])))


if __name__ == "__main__":
    sys.exit(main())
