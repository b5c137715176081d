"""What the eval/events reports share about the extractor's data files: their rows, and the forms a trigger entry's
word is written in (the extractor generates them in EventLexicon; these reports only list and count, so a generated
form that is not an English word does no harm). Used by declined.py and tail.py."""
import os

DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "src", "Dateline.Language", "Events", "Data")


def option(args, name, default=None):
    """Takes `name VALUE` out of args (a list) and returns VALUE, or default."""
    if name in args:
        i = args.index(name); v = args[i + 1]; del args[i:i + 2]; return v
    return default


def rows(name):
    """The tab-separated rows of a data file, without comments and blank lines."""
    for line in open(os.path.join(DATA, name), encoding="utf-8"):
        if line.strip() and not line.startswith("#"):
            yield line.rstrip("\n").split("\t")


IRREGULAR = {r[0]: r[1:4] for r in rows("event-verb-forms.txt") if len(r) >= 4}


def verb_forms(w):
    if w in IRREGULAR: return {w, *IRREGULAR[w], w + "s", w + "es"}
    f = {w, w + "s", w + "es", w + "ed", w + "d", w + "ing"}
    if w.endswith("e") and not w.endswith("ee"): f.add(w[:-1] + "ing")
    if w.endswith("y") and w[-2:-1] not in ("a", "e", "i", "o", "u"): f |= {w[:-1] + "ies", w[:-1] + "ied"}
    return f


def noun_forms(w): return {w, w + "s", w + "es", w[:-1] + "ies"}
