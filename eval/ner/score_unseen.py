#!/usr/bin/env python3
"""Scores the entity layer on the unseen-news audit (issue 17; eval/ner/UNSEEN.md).

usage: ./dateline annotate ../shared/data/dates/dev/pages/{ids of the gold}.html.gz -j 1 > /tmp/eu.jsonl
       eval/ner/score_unseen.py --annotated /tmp/eu.jsonl [--errors]

The gold holds no page text: one line per distinct (page, words, type), with `alt` types also right, `country` for
places and `optional` for names counted neither way. The gold's occurrences are every word-bounded occurrence of its
words in the page's `text`, less those inside a longer gold name of the page ("London" in "Imperial College London").
Predictions are the page's `mentions`, collapsed to distinct (words, type) as the gold is.
- exact: a prediction is right when the gold holds its words with its type (or an `alt` type);
- lenient: a gold name is found when a mention of its type overlaps one of its occurrences, a prediction is right
  when one of its mentions overlaps an occurrence of a gold name of its type;
- per type: exact P/R/F1 by the gold's type (a prediction counts under its own type);
- places: of the gold places with a country that the layer found as a place (lenient, GPE or LOC), how many have
  that country on every entity overlapping them; and how many persons or peoples got coordinates.
"""
import argparse, json, os, re
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
PLACE_TYPES = {"GPE", "LOC"}
COUNTRY_ALIASES = {"uk": "united kingdom", "britain": "united kingdom", "great britain": "united kingdom",
                   "us": "united states", "usa": "united states", "united states of america": "united states",
                   "korea, republic of": "south korea", "republic of korea": "south korea",
                   # the gazetteer's (countries.tsv) common names of today for a reader's older ones (sample 13)
                   "turkey": "türkiye", "czech republic": "czechia"}


def read_jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def country_key(name):
    if not name:
        return None
    n = name.strip().lower()
    return COUNTRY_ALIASES.get(n, n)


def occurrences(text, words):
    return [(m.start(), m.end()) for m in re.finditer(r"(?<!\w)" + re.escape(words) + r"(?!\w)", text)]


def own_occurrences(text, gold):
    """Each gold name's occurrences, less those inside a longer gold name's occurrence."""
    occ = {g["words"]: occurrences(text, g["words"]) for g in gold}
    own = {}
    for w, spans in occ.items():
        longer = [s for o, ss in occ.items() if len(o) > len(w) for s in ss]
        own[w] = [(s, e) for s, e in spans if not any(s2 <= s and e <= e2 for s2, e2 in longer)]
        if not own[w]:
            raise SystemExit(f"gold {w!r} has no occurrence of its own in the page text")
    return own


def types_of(g):
    return {g["type"], *g.get("alt", [])}


def overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


def prf(tp_p, n_pred, tp_r, n_gold):
    p = tp_p / n_pred if n_pred else 0.0
    r = tp_r / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--annotated", required=True)
    ap.add_argument("--gold", default=os.path.join(HERE, "unseen-gold.jsonl"))
    ap.add_argument("--errors", action="store_true")
    a = ap.parse_args()
    docs = {d["id"]: d for d in read_jsonl(a.annotated) if "id" in d and "text" in d}
    gold_by_page = defaultdict(list)
    for g in read_jsonl(a.gold):
        gold_by_page[g["page"]].append(g)

    n_gold = n_pred = exact_r = exact_p = len_r = len_p = 0
    per_type = defaultdict(lambda: [0, 0, 0, 0])  # gold, gold found exactly, predicted, predicted right exactly
    places_found = places_right = 0
    placed_people = []
    lines = []
    for page, gold in sorted(gold_by_page.items()):
        if page not in docs:
            raise SystemExit(f"page {page} is not in the annotated file")
        d = docs[page]
        text = d["text"]
        own = own_occurrences(text, gold)
        entities = {e["id"]: e for e in d.get("entities") or []}
        mentions = d.get("mentions") or []
        pred = defaultdict(list)  # (words, type) -> mention spans
        for m in mentions:
            pred[(m["text"], m["type"])].append(m)
        gold_words = {g["words"]: g for g in gold}

        def gold_hit_exact(words, typ):
            g = gold_words.get(words)
            return g if g is not None and typ in types_of(g) else None

        def gold_hit_lenient(spans, typ):
            for g in gold:
                if typ in types_of(g) and any(overlaps(s, o) for s in spans for o in own[g["words"]]):
                    return g
            return None

        # Gold side: recall.
        for g in gold:
            hits_exact = [k for k in pred if k[0] == g["words"] and k[1] in types_of(g)]
            overlapping = [m for m in mentions if any(overlaps((m["start"], m["end"]), o) for o in own[g["words"]])]
            typed = [m for m in overlapping if m["type"] in types_of(g)]
            if g.get("optional"):
                continue
            n_gold += 1
            per_type[g["type"]][0] += 1
            if hits_exact:
                exact_r += 1
                per_type[g["type"]][1] += 1
            if typed:
                len_r += 1
            if not hits_exact:
                seen = sorted({(m["text"], m["type"]) for m in overlapping})
                kind = "missed" if not overlapping else ("boundary" if typed else "type")
                lines.append(f"  {page} {kind}: {g['words']!r} {g['type']}" + (f" -> {seen}" if seen else ""))
            # Places: country on every entity the found place's mentions belong to.
            if g["type"] in PLACE_TYPES and g.get("country"):
                placed = [m for m in overlapping if m["type"] in PLACE_TYPES]
                if placed:
                    places_found += 1
                    got = {country_key(entities.get(m["entity"], {}).get("country")) for m in placed}
                    if got == {country_key(g["country"])}:
                        places_right += 1
                    else:
                        lines.append(f"  {page} country: {g['words']!r} {g['country']} -> "
                                     f"{sorted(c or 'none' for c in got)}")
        # Prediction side: precision.
        for (words, typ), ms in sorted(pred.items()):
            spans = [(m["start"], m["end"]) for m in ms]
            opt = [g for g in gold if g.get("optional") and any(overlaps(s, o) for s in spans for o in own[g["words"]])]
            ge = gold_hit_exact(words, typ)
            if ge is not None and ge.get("optional"):
                continue
            gl = gold_hit_lenient(spans, typ)
            if ge is None and (gl is None or gl.get("optional")) and opt:
                continue  # on an optional name only
            n_pred += 1
            per_type[typ][2] += 1
            if ge is not None:
                exact_p += 1
                per_type[typ][3] += 1
            if gl is not None:
                len_p += 1
            if ge is None and gl is None:
                over = sorted({(g["words"], g["type"]) for g in gold
                               if any(overlaps(s, o) for s in spans for o in own[g["words"]])})
                lines.append(f"  {page} spurious: {words!r} {typ} ×{len(ms)}" + (f" (gold there: {over})" if over else ""))
        for e in entities.values():
            if e["type"] in ("PERSON", "NORP") and e.get("lat") is not None:
                placed_people.append(f"{page} {e['name']!r} {e['type']}")

    p, r, f = prf(exact_p, n_pred, exact_r, n_gold)
    print(f"exact:   {n_gold} gold, {n_pred} predicted; P {p:.3f} R {r:.3f} F1 {f:.3f}")
    p, r, f = prf(len_p, n_pred, len_r, n_gold)
    print(f"lenient: P {p:.3f} R {r:.3f} F1 {f:.3f}")
    for t, (ng, fr, npd, rp) in sorted(per_type.items()):
        p, r, f = prf(rp, npd, fr, ng)
        print(f"  {t:6} gold {ng:3} predicted {npd:3}  P {p:.3f} R {r:.3f} F1 {f:.3f}")
    print(f"places: country right {places_right}/{places_found} found = {places_right / max(1, places_found):.3f}; "
          f"persons or peoples with coordinates: {len(placed_people)}")
    if a.errors:
        print("\n".join(lines + [f"  placed person/people: {x}" for x in placed_people]))


if __name__ == "__main__":
    main()
