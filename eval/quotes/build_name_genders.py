#!/usr/bin/env python3
"""Builds src/Dateline.Language/Quotes/Data/speaker-first-names.txt: given names whose gender is not in doubt.

usage: python3 eval/quotes/build_name_genders.py [LEXICONS] > src/Dateline.Language/Quotes/Data/speaker-first-names.txt

Reads first_names.tsv.gz of the shared lexicons (default ../shared/data/lexicons; columns name, flags: M = male
list, F = female list, C = US Census 1990 top names). A name goes out with M or F only when exactly one of the two
lists holds it: names on both lists ("Jordan", "Leslie") and Census-only names stay out, so that the speaker
resolver never guesses a gender it cannot tell. Lower case, sorted, "name<TAB>M|F".
Sources (credit as their terms ask): Mark Kantrowitz's CMU name corpus (male/female lists, via GROBID).
"""
import gzip, os, sys

folder = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "../../../shared/data/lexicons")
genders = {}
with gzip.open(os.path.join(folder, "first_names.tsv.gz"), "rt", encoding="utf-8") as f:
    for line in f:
        if line.startswith("#") or not line.strip():
            continue
        name, flags = (line.rstrip("\n").split("\t") + [""])[:2]
        m, w = "M" in flags, "F" in flags
        key = name.strip().lower()
        if not key.isalpha() or len(key) < 2:
            continue
        g = genders.get(key, set())
        if m:
            g.add("M")
        if w:
            g.add("F")
        genders[key] = g
print("# Given names and the gender of the one list that holds them (M or F): built by eval/quotes/build_name_genders.py")
print("# from first_names.tsv.gz of the shared lexicons (Mark Kantrowitz's CMU name corpus, via GROBID). Names on both")
print("# lists are left out: the speaker resolver tells no gender it cannot tell.")
for name in sorted(genders):
    if len(genders[name]) == 1:
        print(f"{name}\t{next(iter(genders[name]))}")
