"""Pages parsed at once in several threads never see each other's parser state."""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from auditor.errors import BadInputError
from auditor.page import load_page

PROFILES = Path(__file__).parent / "profiles"
DEEP = "<html><body>" + "<div>" * 3000 + "deep" + "</div>" * 3000 + "</body></html>"


@pytest.fixture
def fast_switching() -> Iterator[None]:
    """Switch threads as often as the interpreter can, to bring out races."""
    before = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    yield
    sys.setswitchinterval(before)


@pytest.mark.usefixtures("fast_switching")
def test_deep_pages_are_refused_while_other_threads_parse() -> None:
    """Each thread's parse reads its own error log: every over-deep page is refused and
    every normal page is read, however the threads interleave."""
    normal = (PROFILES / "in-2026-custom-banner.html").read_bytes()
    wrong: list[str] = []

    def work(index: int) -> None:
        for turn in range(60):
            if (index + turn) % 2:
                try:
                    load_page(DEEP)
                except BadInputError as error:
                    if "too deep" not in str(error):
                        wrong.append(f"deep page refused for another reason: {error}")
                else:
                    wrong.append("a page nested 3,000 deep was accepted")
            else:
                try:
                    load_page(normal)
                except BadInputError as error:
                    wrong.append(f"a normal page was refused: {error}")

    threads = [threading.Thread(target=work, args=(i,)) for i in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert wrong == []
