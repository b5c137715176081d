#!/usr/bin/env bash
# Start-up of the CLI on one core: seconds from process start to the first line it writes to stdout, for `annotate`
# and `extract` on one short text, median (and min, max) of N runs (default 10). Several builds are run interleaved
# (a, b, a, b …) so a busy neighbour slows them alike. The CPU time (user+sys) of each whole run is printed beside:
# on a loaded machine it is the steadier figure.
#   bench/startup.sh [N] [DIR-OF-dateline.dll ...]     (default: the ./dateline build, .build/cli)
# A DIR without dateline.dll but with a dateline executable (the Native AOT build) is run as that executable.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
n=${1:-10}; shift || true
dirs=("$@"); [ ${#dirs[@]} -gt 0 ] || { "$root/dateline" --help >/dev/null; dirs=("$root/.build/cli"); }
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
printf 'Harbour ferry terminal to reopen in May\n\nThe city council said on Monday that the ferry terminal in Halifax will reopen on May 4 after repairs costing $2 million.\n' > "$work/short.txt"
python3 - "$n" "$work/short.txt" "${dirs[@]}" <<'PY'
import os, resource, statistics, subprocess, sys, time
n, text, dirs = int(sys.argv[1]), sys.argv[2], sys.argv[3:]
runs = {(d, c): [] for d in dirs for c in ("annotate", "extract")}
cpu = {(d, c): [] for d in dirs for c in ("annotate", "extract")}
for _ in range(n):
    for command in ("annotate", "extract"):
        for d in dirs:
            r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
            t0 = time.perf_counter()
            p = subprocess.Popen(["taskset", "-c", "0", *(["dotnet", f"{d}/dateline.dll"] if os.path.exists(f"{d}/dateline.dll") else [f"{d}/dateline"]), command, text],
                                 stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
            p.stdout.readline()
            runs[(d, command)].append(time.perf_counter() - t0)
            p.stdout.read(); p.wait()
            r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu[(d, command)].append(r1.ru_utime - r0.ru_utime + r1.ru_stime - r0.ru_stime)
for (d, command), t in runs.items():
    c = cpu[(d, command)]
    print(f"{command:9} {d}: first line after median {statistics.median(t):.3f} s (min {min(t):.3f}, max {max(t):.3f}, n={len(t)});"
          f" CPU of the whole run (user+sys) median {statistics.median(c):.3f} s")
PY
