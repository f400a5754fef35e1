"""Seeded fuzzing: mutated synthetic pages give a report or a documented error, only.

The documented errors are those of auditor/errors.py (``AuditorError`` and its
subclasses). Anything else (a ValueError from a malformed address, an IndexError from a
cut page) is a defect this test names with the seed that reproduces it. A longer run,
over the real pages too: benchmarks/fuzz_audit.py.
"""

from __future__ import annotations

import random
import time
import traceback
from collections import Counter
from pathlib import Path

from auditor import AuditorError
from auditor import audit
from tests.fuzz import mutate

PROFILES = Path(__file__).parent / "profiles"
SEED = 20261129
MUTATIONS = 5000
SLOW_S = 5.0  # the server's and the batch's time limit per page


def test_mutated_pages_give_only_documented_errors() -> None:
    """5,000 seeded mutations of the fixtures: no undocumented exception, none past 5 s."""
    pages = [path.read_bytes() for path in sorted(PROFILES.glob("*.html"))]
    rng = random.Random(SEED)
    outcomes: Counter[str] = Counter()
    defects: list[str] = []
    slowest = 0.0
    for number in range(MUTATIONS):
        data = mutate(rng.choice(pages), rng)
        start = time.perf_counter()
        try:
            audit(data)
            outcomes["report"] += 1
        except AuditorError as error:
            outcomes[type(error).__name__] += 1
        except Exception as error:  # noqa: BLE001 - the defect this test looks for
            frames = traceback.extract_tb(error.__traceback__)
            ours = [f for f in frames if "/auditor/" in f.filename] or frames
            where = ours[-1]
            defects.append(
                f"mutation {number} (seed {SEED}): {type(error).__name__} at "
                f"{where.filename}:{where.lineno}"
            )
        slowest = max(slowest, time.perf_counter() - start)
    assert defects == [], "\n".join(defects[:20])
    assert slowest < SLOW_S, f"the slowest mutation took {slowest:.2f} s"
    # the mutations reach both sides: many pages still read, many refused
    assert outcomes["report"] > MUTATIONS // 10 and sum(outcomes.values()) == MUTATIONS, outcomes
