#!/usr/bin/env python3
"""Top frames per pipeline stage from a dotnet-trace speedscope file (dotnet-sampled-thread-time profile).

    dotnet-trace collect --profile dotnet-sampled-thread-time -o b.nettrace -- dotnet .build/cli/dateline.dll bench
    dotnet-trace convert b.nettrace --format speedscope -o b     # writes b.speedscope.json
    python3 bench/profile/stage-frames.py b.speedscope.json [TOP]

A sample belongs to the stage whose Process method (or the recognizer's and resolver's entry points) is on its
stack; within a stage, frames are ranked by exclusive samples (the frame on top of the stack) and the stage's share
is of all samples under the bench's timed loop. Samples where the thread waited or was preempted (the bench's clock,
GC polls) are counted apart: the profile is of wall time, so on a busy machine they are large.
"""
import collections, re, sys

import speedscope

path = sys.argv[1]
top = int(sys.argv[2]) if len(sys.argv) > 2 else 8
frames, profiles = speedscope.load(path)
STAGES = [  # (stage, pattern of a frame that marks it), outermost first
    ("given-text", r"GivenText\w*\.Process"), ("language", r"LanguageGuesser"),
    ("tokenizer", r"TokenizerComponent\.Process"), ("sentences", r"SentenceSplitterComponent\.Process"),
    ("entity-recognizer", r"EntityRecognizerComponent\.Process"), ("entity-resolver", r"EntityResolverComponent\.Process|EntityResolver\.Resolve\("),
    ("quotes", r"QuoteExtractor\.Process"), ("times", r"TimeTagger\.Process"), ("amounts", r"AmountExtractor\.Process"),
    ("events", r"EventExtractor\.Process"), ("relations", r"RelationDeriver\.Process"),
]
IDLE = re.compile(r"ThreadClock|PollGC|WaitOne|Monitor\.Wait|SpinWait")
PSEUDO = {"CPU_TIME", "UNMANAGED_CODE_TIME"}


def top_frame(stack):
    """The innermost real frame (the exporter puts CPU_TIME / UNMANAGED_CODE_TIME on top); unmanaged time is marked."""
    names = [frames[f] for f in stack]
    unmanaged = bool(names) and names[-1] == "UNMANAGED_CODE_TIME"
    real = [n for n in names if n not in PSEUDO]
    name = real[-1] if real else "?"
    return name + (" [unmanaged]" if unmanaged else "")


stage_of_frame = {}
for i, name in enumerate(frames):
    for stage, pat in STAGES:
        if re.search(pat, name):
            stage_of_frame[i] = stage
per_stage = collections.Counter()
excl = collections.defaultdict(collections.Counter)
idle = 0
total = 0
for prof in profiles:
    for stack, w in speedscope.stacks(prof):
        stage = next((stage_of_frame[f] for f in stack if f in stage_of_frame), None)
        topf = top_frame(stack)
        if IDLE.search(topf):
            idle += w
        elif stage:
            per_stage[stage] += w
            excl[stage][topf] += w
            total += w
print(f"samples in stages: {total:.0f} (idle/preempted apart: {idle:.0f})")
for stage, _ in STAGES:
    if not per_stage[stage]:
        continue
    print(f"\n{stage}: {100 * per_stage[stage] / total:.1f} % of stage time")
    for name, w in excl[stage].most_common(top):
        print(f"  {100 * w / per_stage[stage]:5.1f} %  {name[:110]}")
