#!/usr/bin/env python3
"""A learned pair scorer for story threads, trained on dev pairs only: tried (issue 22) and left out.

usage: eval/threads/pair_scorer.py WIKINEWS_STORE.db NEWSWIRE_STORE.db
  (the stores `run.sh --keep DIR` and `run.sh --set newswire --keep DIR` leave, DIR/threads.db)

Every pair of dev articles at most 90 days apart (the Wikinews 2019 part, the whole newswire set) is described by eight
features of the stored vectors (ThreadAssigner's): entity cosine, word cosine, whether both name an entity, days
apart / 90, title-word overlap, log(1 + shared entities that at most 5 articles of the set name), the largest shared
entity product, the same heaviest entity. A logistic regression (class-balanced, L2 1e-3, 300 full-batch gradient
steps from zero, so deterministic) is trained on one set, the other, or both, and the articles are threaded again in
stored order: an article joins the thread of its most probable earlier article when the probability reaches the
threshold. Only dev figures are printed: the test part is neither trained on nor shown.
"""
import math
import os
import sys
from collections import defaultdict

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from score_threads import read_tsv, score  # noqa: E402
from variants import dot, load, part, place, title_words  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
WINDOW = 90


def prepare(store, gold_path):
    articles, vectors, entities = load(store)
    rows = read_tsv(gold_path)
    in_dev = (lambda r: r["part"] == "dev") if rows and rows[0].get("part") else (lambda r: r.get("date", "").startswith("2019"))
    s = {"articles": articles, "entities": entities, "dates": {r: d for r, _, d in articles}, "docs": {r: doc for r, doc, _ in articles},
         "gold": {r["id"]: r["thread"] for r in rows}, "dev": sorted(r["id"] for r in rows if in_dev(r)),
         "ents": {a: part(v, "entity:") for a, v in vectors.items()}, "words": {a: part(v, "word:") for a, v in vectors.items()},
         "titles": title_words(store, vectors)}
    df = defaultdict(int)
    for e in entities.values():
        for k in e:
            df[k] += 1
    s["df"] = df
    return s


def features(s, a, b):
    ea, eb, titles = s["ents"][a], s["ents"][b], s["titles"]
    both = 1.0 if ea and eb else 0.0
    da, db = s["dates"][a], s["dates"][b]
    ta, tb = titles.get(a, set()), titles.get(b, set())
    shared = [k for k in ea if k in eb]
    top = lambda e: max(e.items(), key=lambda x: (x[1], x[0]))[0] if e else None  # noqa: E731
    return [dot(ea, eb) * both, dot(s["words"][a], s["words"][b]), both,
            abs((da - db).days) / 90 if da and db else 0.0,
            len(ta & tb) / len(ta | tb) if ta and tb else 0.0,
            math.log1p(sum(1 for k in set(s["entities"][a]) & set(s["entities"][b]) if s["df"][k] <= 5)),
            max([ea[k] * eb[k] for k in shared] or [0.0]), 1.0 if ea and top(ea) == top(eb) else 0.0]


def pairs(s):
    dev, xs, ys = set(s["dev"]), [], []
    arts = s["articles"]
    for i, (a, _, da) in enumerate(arts):
        for b, _, db in arts[:i]:
            if s["docs"][a] in dev and s["docs"][b] in dev and not (da and db and abs((da - db).days) > WINDOW):
                xs.append(features(s, a, b))
                ys.append(1 if s["gold"][s["docs"][a]] == s["gold"][s["docs"][b]] else 0)
    return xs, ys


def probability(w, x):
    z = w[-1] + sum(wi * xi for wi, xi in zip(w, x))
    return 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))


def train(xs, ys, l2=1e-3, steps=300, rate=0.5):
    n, w = len(xs[0]), [0.0] * (len(xs[0]) + 1)
    positive = sum(ys)
    balance = {1: len(ys) / (2 * positive), 0: len(ys) / (2 * (len(ys) - positive))}
    for _ in range(steps):
        g = [0.0] * (n + 1)
        for x, y in zip(xs, ys):
            e = (probability(w, x) - y) * balance[y]
            for j in range(n):
                g[j] += e * x[j]
            g[-1] += e
        w = [wj - rate * (gj / len(xs) + (l2 * wj if j < n else 0.0)) for j, (wj, gj) in enumerate(zip(w, g))]
    return w


def evaluate(s, w, threshold):
    rule = lambda a, b, _: (p if (p := probability(w, features(s, a, b))) >= threshold else None)  # noqa: E731
    threads = place(s["articles"], s["dates"], s["entities"], rule, WINDOW)
    predicted = {s["docs"][a]: t for a, t in threads.items()}
    return score(s["gold"], {i: predicted.get(i, "missing:" + i) for i in s["gold"]}, s["dev"])


def main():
    wikinews = prepare(sys.argv[1], os.path.join(HERE, "wikinews-threads.tsv"))
    newswire = prepare(sys.argv[2], os.path.join(HERE, "newswire-threads.tsv"))
    (xw, yw), (xn, yn) = pairs(wikinews), pairs(newswire)
    for name, (xs, ys) in (("newswire", (xn, yn)), ("Wikinews dev", (xw, yw)), ("both", (xw + xn, yw + yn))):
        w = train(xs, ys)
        print(f"trained on {name}: weights {' '.join(f'{v:.2f}' for v in w)}")
        for threshold in (0.5, 0.7, 0.8, 0.9, 0.95):
            dw, dn = evaluate(wikinews, w, threshold), evaluate(newswire, w, threshold)
            print(f"  p >= {threshold:<5} Wikinews dev F1 {dw['f1']:.3f} (P {dw['precision']:.3f} R {dw['recall']:.3f})"
                  f"  newswire F1 {dn['f1']:.3f} (P {dn['precision']:.3f} R {dn['recall']:.3f})", flush=True)


if __name__ == "__main__":
    main()
