"""Writes GMB train with its minority labels replaced by each string's majority label (label-noise cleaning, issue
17): an entity string labelled one type in at least THRESHOLD of its MIN_COUNT or more occurrences takes that type
everywhere (tim left alone). With ONLY (a GMB type, e.g. org), only changes to or from that type are made. The output
goes to stdout or /tmp, for `dateline train ner --data`; never commit it.

  python3 eval/ner/gmb_relabel.py THRESHOLD MIN_COUNT [ONLY] [--train FILE] > /tmp/train-relabelled.txt"""
import collections, gzip, os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from org_audit import chunks  # noqa: E402


def main():
    argv = sys.argv[1:]
    train = os.path.join("..", "shared", "data", "ner", "gmb", "train.txt.gz")
    if "--train" in argv:
        at = argv.index("--train")
        train = argv[at + 1]
        del argv[at:at + 2]
    threshold, min_count = float(argv[0]), int(argv[1])
    only = argv[2] if len(argv) > 2 else None
    with gzip.open(train, "rt", encoding="utf-8") as f:
        lines = [line.rstrip("\n") for line in f]
    sentences, current = [], []
    for i, line in enumerate(lines):
        t = line.split()
        if not t or t[0] == "-DOCSTART-":
            if current:
                sentences.append(current)
            current = []
            continue
        current.append(i)
    if current:
        sentences.append(current)

    def spans(idx):
        words = [lines[i].split()[0] for i in idx]
        return [(" ".join(words[a:b]), a, b, kind) for a, b, kind in chunks([lines[i].split()[-1] for i in idx])]

    counts = collections.defaultdict(collections.Counter)
    for idx in sentences:
        for text, _, _, kind in spans(idx):
            counts[text][kind] += 1
    changed = collections.Counter()
    for idx in sentences:
        for text, a, b, kind in spans(idx):
            c = counts[text]
            total = sum(c.values())
            top, n = c.most_common(1)[0]
            if top == kind or total < min_count or n / total < threshold or "tim" in (kind, top) or (only and only not in (kind, top)):
                continue
            changed[(kind, top)] += 1
            for k in range(a, b):
                parts = lines[idx[k]].split()
                parts[-1] = ("B-" if k == a else "I-") + top
                lines[idx[k]] = " ".join(parts)
    print(f"{sum(changed.values())} spans relabelled: " + ", ".join(f"{a}->{b} {n}" for (a, b), n in changed.most_common(8)), file=sys.stderr)
    print("\n".join(lines))


if __name__ == "__main__":
    main()
