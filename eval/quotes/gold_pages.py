#!/usr/bin/env python3
"""The page files a quote audit gold names, for `./dateline annotate` (issue 17, eval/quotes/UNSEEN.md).

usage: ./dateline annotate $(python3 eval/quotes/gold_pages.py eval/quotes/unseen-gold-14.jsonl) -j 1 > A.jsonl
       python3 eval/quotes/score_unseen.py --gold eval/quotes/unseen-gold-14.jsonl --annotated A.jsonl [--errors]

Prints, one a line and in the gold's page order, the file of each page the gold files name (`doc`), looked up in the
audit's pools under ../shared/data (POOLS, in order): htmldate's dates/dev pages (named by a 16-hex id), the
extraction dev pages (named by a 64-hex id, which the gold of the ninth to thirteenth samples abbreviates to its first
16 digits) and the web-dev pages (named as the site's page: `threatpost_com_android.html.gz`, `doc` the name without
`.html.gz`, the id `annotate` gives them). A page found in no pool is an error: exit code 1 and its id on stderr.
"""
import glob, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "..", "..", "..", "shared", "data")
POOLS = ("dates/dev/pages", "extraction/dev/pages", "extraction/web-dev/pages")


def page_file(doc, data=DATA):
    """The file of page `doc`: the exact name `doc`.html.gz in the first pool that has it, else the one file in the
    first pool whose name starts with `doc` (an abbreviated id); None when no pool has it."""
    for pool in POOLS:
        path = os.path.join(data, pool, doc + ".html.gz")
        if os.path.exists(path):
            return path
    for pool in POOLS:
        found = sorted(glob.glob(os.path.join(data, pool, glob.escape(doc) + "*")))
        if len(found) == 1:
            return found[0]
    return None


def gold_docs(paths):
    """The pages the gold files name, each once, in the order they first appear."""
    docs = []
    for path in paths:
        with open(path, encoding="utf-8") as f:
            for line in filter(str.strip, f):
                doc = json.loads(line)["doc"]
                if doc not in docs:
                    docs.append(doc)
    return docs


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    missing = 0
    for doc in gold_docs(sys.argv[1:]):
        path = page_file(doc)
        if path is None:
            print(f"gold_pages: no page {doc} in {', '.join(POOLS)}", file=sys.stderr)
            missing += 1
        else:
            print(os.path.relpath(path))
    sys.exit(1 if missing else 0)


if __name__ == "__main__":
    main()
