"""Reads a speedscope file written by `dotnet-trace convert --format speedscope`: the frame names, and each thread's
stacks with the wall time they were on top (evented profiles are replayed from their open/close events)."""
import json


def load(path):
    data = json.load(open(path))
    return [f["name"] for f in data["shared"]["frames"]], data["profiles"]


def stacks(profile):
    """Yields (stack of frame indexes, outermost first; weight) for one thread's profile."""
    if profile["type"] == "evented":
        stack, last = [], None
        for ev in profile["events"]:
            if last is not None and stack:
                yield stack, ev["at"] - last
            last = ev["at"]
            if ev["type"] == "O":
                stack.append(ev["frame"])
            elif stack:
                stack.pop()
    else:
        yield from zip(profile["samples"], profile["weights"])
