"""Wall time of the command line on one small page, as a user's install runs it.

Runs ``PROFILE_AUDIT -- ARGS`` (default: the ``profile-audit`` next to this Python,
on tests/profiles/in-2026-custom-banner.html) ``--runs`` times with bytecode written and
read (PYTHONDONTWRITEBYTECODE unset: an installed package has its .pyc files), after
two warm-up runs, and prints the minimum and median wall time, the CPU time (user and
system, the worker process included: steadier than the wall time on a busy machine) and
the load average.
Measure a non-editable install (``pip install .`` into a virtualenv outside the
repository): an editable install adds its import finder to every start.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

PAGE = Path(__file__).resolve().parents[1] / "tests" / "profiles" / "in-2026-custom-banner.html"


def main() -> None:
    """Time the command and print min, median and the load average."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument(
        "--command",
        default=shutil.which("profile-audit", path=str(Path(sys.executable).parent)),
        help="the profile-audit executable [default: the one beside this Python]",
    )
    parser.add_argument("args", nargs="*", default=[str(PAGE)])
    options = parser.parse_args()
    if not options.command:
        parser.error("no profile-audit beside this Python: give --command")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    command = [options.command, *options.args]
    times = []
    cpu_times = []
    for run in range(options.runs + 2):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run(command, env=env, stdout=subprocess.DEVNULL, check=True)
        wall = time.perf_counter() - start
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        if run >= 2:  # the first runs write the bytecode and warm the file cache
            times.append(wall)
            cpu_times.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    load = os.getloadavg()
    print(
        f"{len(times)} runs: min {min(times) * 1000:.0f} ms, "
        f"median {statistics.median(times) * 1000:.0f} ms; "
        f"CPU min {min(cpu_times) * 1000:.0f} ms, "
        f"median {statistics.median(cpu_times) * 1000:.0f} ms; "
        f"load {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}"
    )


if __name__ == "__main__":
    main()
