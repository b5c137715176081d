"""Scores Dateline's datelines against eval/datelines/expected.jsonl (docs/datelines.md).

usage: score.py EXPECTED SET PAGES_DIR PRED.jsonl [--details]
Every page of PAGES_DIR is scored: a page listed in EXPECTED for SET has that dateline, any other page has none.
A dateline is right when its place (case and spacing ignored) and its agency (case ignored) equal the expected ones.
invented = a dateline on a page without one; wrong = a dateline that differs from the page's; missed = none found.
"""
import json
import os
import sys


def norm(value):
    return " ".join(value.split()).casefold() if value else None


def page_id(name):
    for ext in (".html.gz", ".txt.gz", ".htm.gz", ".html", ".txt", ".htm", ".gz"):
        if name.endswith(ext):
            return name[: -len(ext)]
    return name


def main(argv):
    if len(argv) < 5:
        sys.exit(__doc__)
    expected_path, set_name, pages_dir, pred_path = argv[1:5]
    details = "--details" in argv
    expected = {}
    with open(expected_path, encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            if row["set"] == set_name:
                expected[row["id"]] = (norm(row.get("place")), norm(row.get("agency")))
    pages = sorted(page_id(n) for n in os.listdir(pages_dir) if not n.startswith("."))
    pred = {}
    with open(pred_path, encoding="utf-8") as f:
        for line in f:
            try:
                doc = json.loads(line)
            except ValueError:
                continue
            dl = doc.get("dateline") if isinstance(doc, dict) else None
            if isinstance(doc, dict) and "id" in doc:
                pred[doc["id"]] = (norm(dl.get("place")), norm(dl.get("agency"))) if dl else None
    right = wrong = missed = invented = found = 0
    lines = []
    for pid in pages:
        got = pred.get(pid)
        want = expected.get(pid)
        if got is not None:
            found += 1
        if want is None and got is not None:
            invented += 1
            lines.append(f"invented {pid}: {got}")
        elif want is not None and got is None:
            missed += 1
            lines.append(f"missed   {pid}: {want}")
        elif want is not None:
            if got == want:
                right += 1
            else:
                wrong += 1
                lines.append(f"wrong    {pid}: {got} expected {want}")
    unknown = sorted(set(expected) - set(pages))
    if unknown:
        sys.exit(f"expected ids not among the pages of {set_name}: {unknown[:5]}")
    with_dl = len(expected)
    precision = right / found if found else 1.0
    recall = right / with_dl if with_dl else 1.0
    print(f"{set_name}: pages {len(pages)}  with dateline {with_dl}  found {found}  right {right}  wrong {wrong}  "
          f"missed {missed}  invented {invented}  precision {precision:.3f}  recall {recall:.3f}")
    if details:
        for line in lines:
            print(f"  {line}")
    return right, found, with_dl, invented


if __name__ == "__main__":
    main(sys.argv)
