#!/usr/bin/env python3
"""Speaker accuracy of the quotes task per kind of gold speaker mention (issue 17).

usage: speaker_kinds.py --truth T.jsonl[.gz] --annotated A.jsonl [--kinds direct,mixed] [--errors N]

A.jsonl is the output of `dateline annotate --jsonl`. Its quotes are read as the scoreboard reads them
(shared/tools/scoreboard.sh quotes): the speaker is the quote's speaker entity (its name), else none, with the
speaker mention's offsets. They are matched as eval_quotes.py matches them (one-to-one, largest overlap first) and
the speaker is judged by its rule (mention spans overlap, and a speaker is given exactly when gold has one); this
script splits the figures by the kind of the gold speaker mention:
  name        the mention holds a capitalised word that is not its first word's determiner ("Cruz", "Sen. Ted Cruz",
              "Joel Pollak of Breitbart California");
  pronoun     a personal pronoun alone ("he", "they", "I");
  description any other words ("a spokesperson for the employers", "the campaign", "most voters");
  none        PolNeAR marks no source.
For each kind: gold quotes, matched, speaker right, and what went wrong on the rest (no speaker predicted, a
speaker where gold has none, another mention). --errors N prints N wrong pairs per kind with the texts.
"""
import argparse, gzip, importlib.util, json, os, re, sys
from collections import Counter, defaultdict

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from jsonl import records  # noqa: E402  (eval/jsonl.py: JSON lines, non-JSON lines skipped)

PRONOUNS = {"he", "she", "they", "i", "we", "it", "you", "him", "her", "them", "us", "me"}
DETERMINERS = {"the", "a", "an", "his", "her", "their", "its", "our", "my", "this", "that", "these", "those", "one", "some"}


def load_scorer(path):
    spec = importlib.util.spec_from_file_location("eval_quotes", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def kind_of(spk):
    if spk is None:
        return "none"
    words = re.findall(r"[\w.'’-]+", spk)
    if len(words) == 1 and words[0].lower() in PRONOUNS:
        return "pronoun"
    for i, w in enumerate(words):
        if w[0].isupper() and not (i == 0 and w.lower() in DETERMINERS | PRONOUNS):
            return "name"
    return "description"


def texts(path):
    op = gzip.open if path.endswith(".gz") else open
    with op(path, "rt", encoding="utf-8") as f:
        return {str(d["id"]): d["text"] for d in map(json.loads, filter(str.strip, f))}


def predictions(path, kinds):
    """The annotated quotes as the scoreboard reads them."""
    docs = {}
    for d in records(path):
        ents = {e.get("id"): e.get("name") for e in d.get("entities") or []}
        qs = []
        for q in d.get("quotes") or []:
            if kinds and q.get("kind") not in kinds:
                continue
            sm = q.get("speakerMention") or {}
            sp = q.get("speaker")
            qs.append({"s": q["start"], "e": q["end"], "kind": q.get("kind"),
                       "spk": (ents.get(sp, sp) or "").strip() or None if isinstance(sp, str) else None,
                       "ss": sm.get("start"), "se": sm.get("end")})
        docs[str(d.get("id"))] = qs
    return docs


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--truth", required=True)
    ap.add_argument("--annotated", required=True)
    ap.add_argument("--kinds", default="direct,mixed")
    ap.add_argument("--errors", type=int, default=0)
    ap.add_argument("--scorer", default=os.path.join(os.path.dirname(__file__), "../../../shared/tools/eval_quotes.py"))
    a = ap.parse_args()
    sc = load_scorer(a.scorer)
    kinds = set(k for k in a.kinds.split(",") if k) or None
    truth, pred = sc.load(a.truth, kinds), predictions(a.annotated, kinds)
    text = texts(a.truth) if a.errors else {}
    c = defaultdict(Counter)
    errs = defaultdict(list)
    for did, gold in truth.items():
        sysq = pred.get(did, [])
        matched = dict(sc.pairs(gold, sysq, 0.0))
        for gi, g in enumerate(gold):
            k = kind_of(g["spk"])
            c[k]["gold"] += 1
            if gi not in matched:
                continue
            p = sysq[matched[gi]]
            c[k]["matched"] += 1
            if sc.speaker_ok(g, p):
                c[k]["right"] += 1
                continue
            why = ("no speaker" if p["ss"] is None else "mention, no entity") if p["spk"] is None else "speaker for none" if g["spk"] is None else "other mention"
            c[k][why] += 1
            if a.errors and len(errs[k]) < a.errors:
                t = text[did]
                errs[k].append((why, did, t[g["s"]:g["e"]][:90], g["spk"], t[p["ss"]:p["se"]] if p["ss"] is not None else p["spk"]))
    print(f"{'speaker kind':14}{'gold':>6}{'matched':>9}{'right':>7}{'acc':>7}  wrong: no speaker / mention, no entity / speaker for none / other mention")
    n_pred = sum(len(v) for v in pred.values())
    tot = Counter()
    for x in c.values():
        tot.update(x)
    c["all"] = tot
    for k in ("name", "description", "pronoun", "none", "all"):
        x = c[k]
        acc = 100 * x["right"] / x["matched"] if x["matched"] else 0.0
        print(f"{k:14}{x['gold']:6}{x['matched']:9}{x['right']:7}{acc:7.1f}  {x['no speaker']} / {x['mention, no entity']} / {x['speaker for none']} / {x['other mention']}")
    pr = sc.prf(tot["right"], n_pred, tot["gold"])
    print(f"pair (speaker as the scoreboard reads it): P {pr['P']:.2f}  R {pr['R']:.2f}  F1 {pr['F1']:.2f}")
    for k, rows in errs.items():
        print(f"\n# {k}")
        for why, did, q, g, p in rows:
            print(f"[{why}] {did}: {q!r}\n    gold={g!r} pred={p!r}")


if __name__ == "__main__":
    main()
