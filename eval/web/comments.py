#!/usr/bin/env python3
"""Comment recall on web-dev: the share of the truth's comment strings ("comments" of truth.jsonl) found in the
comments Dateline returned (the texts of its "comments" list, never its "text"), the pages where all are found, and
how many pages without comment truth got comments (not always wrong: the truth lists comments for some pages only).

usage: comments.py SETDIR OUT.jsonl [--details FILE]   (matching as eval_web.py's "norm": NFC, zero-width removed,
white space collapsed)"""
import json
import os
import re
import sys
import unicodedata

ZW = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")


def norm(s):
    s = unicodedata.normalize("NFC", s or "")
    s = ZW.sub("", s)
    return re.sub(r"\s+", " ", s).strip()


def main():
    args = sys.argv[1:]
    details = None
    if "--details" in args:
        i = args.index("--details")
        details = args[i + 1]
        del args[i:i + 2]
    setdir, out = args
    truth = [json.loads(l) for l in open(os.path.join(setdir, "truth.jsonl"), encoding="utf-8")]
    pred = {}
    for line in open(out, encoding="utf-8"):
        try:
            d = json.loads(line)
        except ValueError:
            continue
        if isinstance(d, dict) and "id" in d:
            pred[d["id"]] = d
    found = total = pages_ok = pages = extra = without = 0
    misses = []
    for t in truth:
        # A comment as the page shows it: its author, then its text (the truth's strings are taken from the section).
        got = [" ".join(x for x in (c.get("author"), c.get("text")) if x) for c in pred.get(t["id"], {}).get("comments") or []]
        joined = norm("\n".join(got))
        expected = t.get("comments") or []
        if not expected:
            without += 1
            extra += bool(got)
            continue
        pages += 1
        hit = [c for c in expected if norm(c) in joined]
        found += len(hit)
        total += len(expected)
        pages_ok += len(hit) == len(expected)
        if len(hit) < len(expected):
            misses.append({"id": t["id"], "url": t.get("url"), "comments_got": len(got),
                           "missing": [c for c in expected if c not in hit]})
    pct = lambda a, b: f"{100.0 * a / b:5.1f}%" if b else "n/a"
    print(f"comments: strings found {found}/{total} {pct(found, total)}; pages all found {pages_ok}/{pages} {pct(pages_ok, pages)}; "
          f"pages without comment truth that got comments {extra}/{without}")
    if details:
        with open(details, "w", encoding="utf-8") as f:
            json.dump(misses, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
