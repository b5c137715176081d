#!/usr/bin/env python3
"""Top frames per pipeline stage from `perf script` output (CPU samples, not wall time).

    DOTNET_ReadyToRun=0 DOTNET_PerfMapEnabled=1 DOTNET_EnableWriteXorExecute=0 perf record -F 999 -g -o p.data -- \
        taskset -c 1 dotnet .build/cli/dateline.dll annotate -j 1 --jsonl /tmp/voa2000.jsonl > /dev/null
    perf script -i p.data > p.script
    python3 bench/profile/perf-stages.py p.script [TOP] [FRAME-PATTERN ...]

(`ReadyToRun=0`: precompiled frames of our assemblies have no perf map and show as [unknown]; `EnableWriteXorExecute=0`:
otherwise JIT code sits in a memfd mapping and no frame resolves.) Every sample is given to a thread kind (the thread
that ran a stage, the JIT, the GC, the rest), a sample of the stage threads to the stage whose Process is on its stack
(outermost first; "outside stages" is the document runner, JSON writing, reading); within a stage frames are ranked by
exclusive samples. Extra FRAME-PATTERNs (regexes) print the inclusive share of the stage samples whose stack holds them.
"""
import collections, re, sys

path = sys.argv[1]
top = int(sys.argv[2]) if len(sys.argv) > 2 else 10
extra = sys.argv[3:]
STAGES = [
    ("given-text", r"GivenTextReader::Process"), ("language", r"LanguageGuesser::Process"),
    ("english-scope", r"EnglishScope"),
    ("tokenizer", r"TokenizerComponent::Process"), ("sentences", r"SentenceSplitterComponent::Process"),
    ("entity-recognizer", r"EntityRecognizerComponent::Process"), ("pos", r"PosTaggerComponent::Process"),
    ("entity-resolver", r"EntityResolverComponent::Process|EntityResolver::Resolve\("),
    ("titles", r"QuotedTitlesComponent::Process"),
    ("quotes", r"QuoteExtractor::Process"), ("times", r"TimeTagger::Process"), ("amounts", r"AmountExtractor::Process"),
    ("events", r"EventExtractor::Process"), ("relations", r"RelationDeriver::Process"),
]
STAGE_RES = [(s, re.compile(p)) for s, p in STAGES]
EXTRA_RES = [re.compile(p) for p in extra]
FRAME = re.compile(r"^\s*[0-9a-f]+ (.*) \((.*)\)$")


def clean(sym, dso):
    sym = re.sub(r"\[(Optimized|OptimizedTier1|Tier0|Tier1|QuickJitted|PreJIT|Instrumented)[^\]]*\]$", "", sym)
    sym = re.sub(r"^(instance |static )?\S+ \[[^\]]+\] ", "", sym)
    if sym.startswith("[unknown]"):
        sym = "[unknown] " + dso.rsplit("/", 1)[-1]
    return sym[:140]


def samples():
    head, stack = None, []
    for line in open(path, errors="replace"):
        if not line.strip():
            if head is not None:
                yield head, stack
            head, stack = None, []
        elif head is None:
            head = line
        else:
            m = FRAME.match(line.rstrip("\n"))
            if m:
                stack.append(clean(m[1], m[2]))
    if head is not None:
        yield head, stack


per_thread = collections.Counter()
per_stage = collections.Counter()
excl = collections.defaultdict(collections.Counter)
incl = collections.defaultdict(collections.Counter)
stage_threads = set()
all_samples = list(samples())
for head, stack in all_samples:  # first pass: which threads run stages
    if any(r.search(f) for f in stack for _, r in STAGE_RES):
        stage_threads.add(head.split()[1])
for head, stack in all_samples:
    tid = head.split()[1]
    if tid not in stage_threads:
        kind = ("jit" if any("libclrjit" in f or "jit" in f.lower() and "CompileMethod" in f for f in stack)
                else "gc" if any("gc_heap" in f or "GCHeap" in f for f in stack) else "other threads")
        per_thread[kind] += 1
        continue
    per_thread["stage threads"] += 1
    stage = "outside stages"
    for f in reversed(stack):  # outermost first
        s = next((s for s, r in STAGE_RES if r.search(f)), None)
        if s:
            stage = s
            break
    per_stage[stage] += 1
    name = stack[0] if stack else "?"
    if name.startswith("[unknown]") or "+0x" in name and "::" not in name:  # native: name the managed caller too
        caller = next((f for f in stack if "::" in f), "?")
        name = f"{name.split('+0x')[0]} <- {caller.split('(')[0]}"
    excl[stage][re.sub(r"\+0x[0-9a-f]+$", "", name)] += 1
    for r in EXTRA_RES:
        if any(r.search(f) for f in stack):
            incl[stage][r.pattern] += 1
total = sum(per_thread.values())
print(f"samples {total}: " + ", ".join(f"{k} {100 * v / total:.1f} %" for k, v in per_thread.most_common()))
st = per_thread["stage threads"]
for stage, n in per_stage.most_common():
    print(f"\n{stage}: {100 * n / st:.1f} % of the stage threads' samples ({n})")
    for name, w in excl[stage].most_common(top):
        print(f"  {100 * w / n:5.1f} %  {name}")
    for pat, w in incl[stage].most_common():
        print(f"  incl {100 * w / n:5.1f} %  /{pat}/")
