"""Fuzz the auditor for a while: mutated pages may only give a report or a documented error.

Usage: .venv/bin/python benchmarks/fuzz_audit.py [--seconds 300] [--seed N] [--jobs 2]
                                                  [--limit 5] [--pages DIR]

Mutates the synthetic fixtures (tests/profiles) and, when present, the real pages in
../shared/linkedin-pages (read only, never copied), with the mutations of tests/fuzz.py,
and audits each in a worker process with a time limit (auditor/isolate.py). Prints the
count of each outcome, every undocumented exception type with where it was raised and
a seed that reproduces it, the pages stopped at the limit, and the slowest audit.
Exit 1 when any undocumented exception or timeout was seen.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
import traceback
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from auditor import AuditorError  # noqa: E402
from auditor import audit  # noqa: E402
from auditor import isolate  # noqa: E402
from tests.fuzz import mutate  # noqa: E402

FIXTURES = ROOT / "tests" / "profiles"
REAL_PAGES = ROOT.parent / "shared" / "linkedin-pages"


def fuzz_one(path: str, seed: int) -> tuple[str, int, tuple[str, float, str]]:
    """Mutate one page with its own seed and audit it: (path, seed, (outcome, seconds,
    where))."""
    data = mutate(Path(path).read_bytes(), random.Random(seed))
    start = time.perf_counter()
    try:
        audit(data)
        outcome, where = "report", ""
    except AuditorError as error:
        outcome, where = type(error).__name__, ""
    except Exception as error:  # noqa: BLE001 - what the fuzzing looks for
        frames = traceback.extract_tb(error.__traceback__)
        ours = [f for f in frames if "/auditor/" in f.filename] or frames
        outcome = f"UNDOCUMENTED {type(error).__name__}"
        where = f"{Path(ours[-1].filename).name}:{ours[-1].lineno}" if ours else "?"
    return path, seed, (outcome, time.perf_counter() - start, where)


def main() -> int:
    """Fuzz until the time is up; print the counts."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seconds", type=float, default=300)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--limit", type=float, default=isolate.DEFAULT_TIME_LIMIT_S)
    parser.add_argument("--pages", type=Path, default=REAL_PAGES)
    args = parser.parse_args()
    pages = sorted(str(p) for p in FIXTURES.glob("*.html"))
    real = sorted(str(p) for p in args.pages.glob("*.html")) if args.pages.is_dir() else []
    if not real:
        print(f"no real pages in {args.pages}: fuzzing the synthetic fixtures only")
    pages += real
    rng = random.Random(args.seed)
    deadline = time.monotonic() + args.seconds

    def calls():  # type: ignore[no-untyped-def]
        while time.monotonic() < deadline:
            yield (rng.choice(pages), rng.randrange(2**32))

    outcomes: Counter[str] = Counter()
    places: dict[str, tuple[str, int]] = {}
    slowest = (0.0, "", 0)
    workers = isolate.Workers(args.jobs, args.limit, start_method="fork")
    try:
        results = workers.map(
            fuzz_one,
            calls(),
            on_timeout=lambda call, error: (call[0], call[1], ("TIMEOUT", args.limit, "")),
            on_crash=lambda call, crash: (call[0], call[1], (f"CRASH {crash.kind}", 0.0, "")),
        )
        for path, seed, (outcome, seconds, where) in results:
            outcomes[outcome] += 1
            if outcome.startswith(("UNDOCUMENTED", "TIMEOUT", "CRASH")):
                places.setdefault(f"{outcome} at {where}", (Path(path).name, seed))
            if seconds > slowest[0]:
                slowest = (seconds, Path(path).name, seed)
    finally:
        workers.close()
    total = sum(outcomes.values())
    print(f"{total} mutated pages in {args.seconds:g} s", end=" ")
    print(f"({len(pages)} source pages, {len(real)} of them real)")
    for outcome, count in outcomes.most_common():
        print(f"  {outcome:<40} {count}")
    for place, (name, seed) in sorted(places.items()):
        print(f"  {place}: e.g. {name} with seed {seed}")
    print(f"slowest audit {slowest[0]:.2f} s ({slowest[1]}, seed {slowest[2]})")
    return 1 if places else 0


if __name__ == "__main__":
    sys.exit(main())
