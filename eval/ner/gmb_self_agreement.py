"""How far the GMB annotation agrees with itself: sentences whose tokens occur more than once in train, dev and test
(VOA reused sentences across briefs) should carry the same entities; each pair of copies is scored like a system
against gold (entity F1, exact span and type, types mapped as the scorer maps them), for ORG and for all types. Standard library only.

  python3 eval/ner/gmb_self_agreement.py [../shared/data/ner/gmb] [--show N]"""
import collections, gzip, os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from org_audit import chunks  # noqa: E402


# The scorer's mapping (../shared/tools/gmb_to_conll.py): art, eve, nat and gpe are all MISC; tim is no entity.
TYPES = {"per": "PER", "org": "ORG", "geo": "LOC", "gpe": "MISC", "art": "MISC", "eve": "MISC", "nat": "MISC"}


def entities(tags):
    """The chunks with the scorer's types, tim left out."""
    return [(a, b, TYPES[kind]) for a, b, kind in chunks(tags) if kind != "tim"]


def main():
    argv = sys.argv[1:]
    show = 0
    if "--show" in argv:
        at = argv.index("--show")
        show = int(argv[at + 1])
        del argv[at:at + 2]
    folder = argv[0] if argv else os.path.join("..", "shared", "data", "ner", "gmb")
    copies = collections.defaultdict(list)
    for split in ["train", "dev", "test"]:
        sentence = []
        with gzip.open(os.path.join(folder, f"{split}.txt.gz"), "rt", encoding="utf-8") as f:
            for line in f:
                t = line.split()
                if t and t[0] == "-DOCSTART-":
                    continue
                if not t:
                    if sentence:
                        copies[tuple(w for w, _ in sentence)].append([tag for _, tag in sentence])
                    sentence = []
                    continue
                sentence.append((t[0], t[-1]))
        if sentence:
            copies[tuple(w for w, _ in sentence)].append([tag for _, tag in sentence])
    repeated = {k: v for k, v in copies.items() if len(v) > 1}
    score = {"org": [0, 0, 0], "all": [0, 0, 0]}
    pairs = differing = 0
    shown = 0
    for words, versions in sorted(repeated.items()):
        for i in range(len(versions)):
            for j in range(i + 1, len(versions)):
                a, b = set(entities(versions[i])), set(entities(versions[j]))
                pairs += 1
                differing += a != b
                for name, keep in [("org", lambda x: x[2] == "ORG"), ("all", lambda x: True)]:
                    x, y = {c for c in a if keep(c)}, {c for c in b if keep(c)}
                    s = score[name]
                    s[0] += len(x & y)
                    s[1] += len(y - x)
                    s[2] += len(x - y)
                if a != b and shown < show:
                    shown += 1
                    print("  " + ", ".join(f"{words[k]} {versions[i][k]}/{versions[j][k]}" for k in range(len(words)) if versions[i][k] != versions[j][k]))
    print(f"{len(repeated)} sentences occur more than once ({sum(len(v) for v in repeated.values())} copies); {pairs} pairs of copies, {differing} differ in their entities (tim left out)")
    for name, (both, one, other) in score.items():
        print(f"{name:4s} agreement between copies: F1 {200 * both / max(1, 2 * both + one + other):.2f} ({both} entities in both copies, {one + other} in one only)")


if __name__ == "__main__":
    main()
