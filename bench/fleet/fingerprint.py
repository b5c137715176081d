#!/usr/bin/env python3
"""Fingerprint of a Dateline store, made only from what the CLI prints, and a comparison of two fingerprints.

    fingerprint.py make STATS.json EXPORT_DIR SEARCH_DIR OUT.json
        STATS.json  `dateline stats --store X --format json`
        EXPORT_DIR  `dateline export --store X -o EXPORT_DIR` (jsonl)
        SEARCH_DIR  qNN.txt (the query) and qNN.jsonl (`dateline search --store X "q" -n 10`) per query
    fingerprint.py compare NAME_A A.json NAME_B B.json     prints every difference; exit 1 when there are some

Standard library only.
"""
import hashlib
import json
import os
import sys
from collections import Counter

TABLES = ["articles", "entities", "article_entities", "mentions", "quotes", "relations", "times", "amounts",
          "paragraphs", "related_links", "removed_blocks", "failures"]


def read_jsonl(path):
    if not os.path.exists(path):
        return []
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def make(stats_path, export_dir, search_dir, out_path):
    with open(stats_path, encoding="utf-8") as f:
        stats = json.load(f)
    rows = {t: read_jsonl(os.path.join(export_dir, t + ".jsonl")) for t in TABLES}
    articles = rows["articles"]
    # An article's id is its input's id, or id~HASH8 when another page with that id was stored first: which of two
    # such pages gets the plain id depends on arrival order. Content (hash) is order-free, so groups and per-article
    # rows are also keyed by hash.
    h = {a["id"]: a["hash"] for a in articles}

    # Near-duplicate groups: an article and every article whose duplicate_of chain leads to it.
    parent = {a["id"]: a.get("duplicate_of") for a in articles}

    def root(i):
        seen = set()
        while parent.get(i) and i not in seen:
            seen.add(i)
            i = parent[i]
        return i

    groups = {}
    for a in articles:
        groups.setdefault(root(a["id"]), set()).add(a["id"])
    dup_groups = sorted(sorted(g) for g in groups.values() if len(g) > 1)
    dup_groups_by_hash = sorted(sorted(h[i] for i in g) for g in dup_groups)

    # Entities by their resolution key (ids are store-local), and each article's set of entity keys.
    key_of = {e["id"]: e.get("key") or (e["label"] + "|" + e["name"]) for e in rows["entities"]}
    entities = sorted(f'{e["label"]}\t{e["name"]}\t{key_of[e["id"]]}\t{e.get("articles")}' for e in rows["entities"])
    article_entities = {}
    for r in rows["article_entities"]:
        article_entities.setdefault(h.get(r["article"], r["article"]), []).append(key_of.get(r["entity"], f'?{r["entity"]}'))
    article_entities = {k: sorted(v) for k, v in sorted(article_entities.items())}
    per_article = lambda t: dict(sorted(Counter(h.get(r["article"], r["article"]) for r in rows[t]).items()))

    searches = []
    for name in sorted(n for n in os.listdir(search_dir) if n.endswith(".txt")):
        with open(os.path.join(search_dir, name), encoding="utf-8") as f:
            query = f.read().strip()
        hits = read_jsonl(os.path.join(search_dir, name[:-4] + ".jsonl"))
        searches.append({"query": query, "ids": [x["id"] for x in hits], "hashes": [h.get(x["id"]) for x in hits],
                         "scores": [x.get("score") for x in hits],
                         "copies": [sorted(c if isinstance(c, str) else c.get("id") for c in x.get("copies") or [])
                                    for x in hits]})

    fp = {
        "counts": {
            "articles (stats)": stats.get("articles"),
            "entities (stats)": stats.get("entities"),
            "failures (stats)": stats.get("failures"),
            "duplicates (stats)": stats.get("duplicates"),
            **{t: len(rows[t]) for t in TABLES},
            "near-duplicate groups": len(dup_groups),
        },
        "article_ids_hashes": hashlib.sha256("\n".join(sorted(f'{a["id"]} {a["hash"]}' for a in articles)).encode()).hexdigest(),
        "articles": sorted(f'{a["id"]} {a["hash"]}' for a in articles),
        "failures": sorted(f'{r.get("id")} {r.get("kind")}' for r in rows["failures"]),
        "duplicate_groups": dup_groups,
        "duplicate_groups_by_hash": dup_groups_by_hash,
        "hashes": sorted(h.values()),
        "entities": entities,
        "article_entities": article_entities,
        "quotes_per_article": per_article("quotes"),
        "relations_per_article": per_article("relations"),
        "searches": searches,
    }
    with open(out_path, "w", encoding="utf-8") as f:
        json.dump(fp, f, ensure_ascii=False, indent=0)


def show(items, limit=8):
    items = list(items)
    text = "; ".join(str(i) for i in items[:limit])
    return text + (f"; … ({len(items)} in all)" if len(items) > limit else "")


def compare(name_a, path_a, name_b, path_b):
    with open(path_a, encoding="utf-8") as f:
        a = json.load(f)
    with open(path_b, encoding="utf-8") as f:
        b = json.load(f)
    diffs = 0
    label = f"{name_a} vs {name_b}"

    def say(text):
        nonlocal diffs
        diffs += 1
        print(f"  DIFF {label}: {text}")

    for k in a["counts"]:
        if a["counts"][k] != b["counts"].get(k):
            say(f'count {k}: {a["counts"][k]} vs {b["counts"].get(k)}')
    for k in ["hashes", "articles", "failures", "entities"]:
        sa, sb = Counter(a[k]), Counter(b[k])
        if sa != sb:
            say(f"{k}: only in {name_a}: {show(sorted((sa - sb).elements()))}")
            say(f"{k}: only in {name_b}: {show(sorted((sb - sa).elements()))}")
    for k in ["duplicate_groups_by_hash", "duplicate_groups"]:
        ga = {tuple(g) for g in a[k]}
        gb = {tuple(g) for g in b[k]}
        if ga != gb:
            say(f"{k}: {len(ga - gb)} only in {name_a}: {show(sorted(ga - gb), 4)}")
            say(f"{k}: {len(gb - ga)} only in {name_b}: {show(sorted(gb - ga), 4)}")
    for k in ["article_entities", "quotes_per_article", "relations_per_article"]:
        ks = sorted(set(a[k]) | set(b[k]))
        differing = [i for i in ks if a[k].get(i) != b[k].get(i)]
        if differing:
            example = differing[0]
            ea, eb = a[k].get(example), b[k].get(example)
            if isinstance(ea, list) or isinstance(eb, list):
                ca, cb = Counter(ea or []), Counter(eb or [])
                detail = f"e.g. {example}: only {name_a} {show(sorted((ca - cb).elements()), 4)} / only {name_b} {show(sorted((cb - ca).elements()), 4)}"
            else:
                detail = f"e.g. {example}: {ea} vs {eb}"
            say(f"{k}: {len(differing)} articles differ; {detail}")
    sb = {s["query"]: s for s in b["searches"]}
    for s in a["searches"]:
        t = sb.get(s["query"])
        if t is None:
            say(f'query "{s["query"]}" missing in {name_b}')
            continue
        if s["ids"] == t["ids"]:
            continue
        if s.get("hashes") == t.get("hashes"):
            say(f'top-10 "{s["query"]}": same articles (hashes) in the same order, other ids')
            continue
        if set(s["ids"]) == set(t["ids"]):
            say(f'top-10 "{s["query"]}": same ids, other order ({name_a} {s["scores"]} / {name_b} {t["scores"]})')
        else:
            say(f'top-10 "{s["query"]}": only {name_a} {show(sorted(set(s["ids"]) - set(t["ids"])), 4)} / '
                f'only {name_b} {show(sorted(set(t["ids"]) - set(s["ids"])), 4)} '
                f'({len(set(s["ids"]) & set(t["ids"]))}/{max(len(s["ids"]), len(t["ids"]))} shared)')
    if diffs == 0:
        print(f"  SAME {label}: counts, articles+hashes, failures, entities, near-duplicate groups, "
              f"per-article entities/quotes/relations and all {len(a['searches'])} top-10 lists")
    return diffs


def main(argv):
    if len(argv) == 6 and argv[1] == "make":
        make(*argv[2:])
        return 0
    if len(argv) == 6 and argv[1] == "compare":
        return 1 if compare(*argv[2:]) else 0
    if len(argv) >= 3 and argv[1] == "table":
        # table NAME=FP.json ...: the counts side by side
        fps = [(p.split("=", 1)[0], json.load(open(p.split("=", 1)[1], encoding="utf-8"))) for p in argv[2:]]
        keys = list(fps[0][1]["counts"])
        print("| count | " + " | ".join(n for n, _ in fps) + " |")
        print("|---|" + "---:|" * len(fps))
        for k in keys:
            print(f"| {k} | " + " | ".join(str(f["counts"].get(k)) for _, f in fps) + " |")
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
