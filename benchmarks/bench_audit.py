"""Benchmark the auditor against lxml's own parse, and the batch command's throughput.

Usage: .venv/bin/python benchmarks/bench_audit.py [--pages DIR] [--out docs/benchmarks.md]

Prints a Markdown table and saves it with the machine's description. Measures:
- the median per-page time of a full audit, of ``lxml.html.fromstring`` alone and of
  ``BeautifulSoup(html, "lxml")`` alone on the same bytes, over the real pages in
  ../shared/linkedin-pages (skipped with a message when absent) and a synthetic 10 MB page;
- the peak memory (max RSS of a fresh process) auditing the 10 MB page;
- batch throughput in pages per second with --jobs 1 and --jobs 2;
- the server's latency, through benchmarks/bench_server.py when present.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

import lxml.html
from bs4 import BeautifulSoup

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from auditor import AuditorError  # noqa: E402
from auditor import audit  # noqa: E402

REAL_PAGES = ROOT.parent / "shared" / "linkedin-pages"
FIXTURES = ROOT / "tests" / "profiles"


def median_time(function: Callable[[], object], repeat: int) -> float:
    """Median wall time of ``function`` over ``repeat`` runs, in seconds."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _audit(data: bytes) -> None:
    """A full audit; pages that are not profiles still cost their parse."""
    try:
        audit(data)
    except AuditorError:
        pass


def synthetic_page(size: int) -> bytes:
    """A synthetic profile padded to ``size`` bytes with repeated activity posts."""
    base = max(FIXTURES.glob("in-2024-*.html"), key=lambda p: p.stat().st_size, default=None)
    if base is None:
        base = max(FIXTURES.glob("*.html"), key=lambda p: p.stat().st_size)
    html = base.read_text(encoding="utf-8")
    post = (
        '<div class="feed-shared-update-v2" data-view-name="feed-full-update">'
        '<span aria-hidden="true">An invented post about customer success, churn and '
        "onboarding, long enough to look like the real thing in a saved page.</span>"
        '<span class="visually-hidden">An invented post about customer success.</span>'
        '<ul><li class="social-details-social-counts__item">12 reactions</li></ul></div>\n'
    )
    need = max(0, size - len(html.encode()))
    filler = post * (need // len(post.encode()) + 1)
    cut = html.rfind("</body>")
    return (html[:cut] + "<div id='bench-filler'>" + filler + "</div>" + html[cut:]).encode()


def page_times(
    pages: list[tuple[str, bytes]], repeat: int
) -> list[tuple[str, float, float, float]]:
    """(name, audit, lxml, bs4) median seconds for each page.

    The audit and the bare parse alternate run by run, so a burst of load on the
    machine weighs on both alike.
    """
    rows = []
    for name, data in pages:
        full: list[float] = []
        bare: list[float] = []
        for _ in range(repeat):
            start = time.perf_counter()
            _audit(data)
            middle = time.perf_counter()
            lxml.html.fromstring(data)
            full.append(middle - start)
            bare.append(time.perf_counter() - middle)
        soup = median_time(partial(BeautifulSoup, data, "lxml"), max(1, repeat // 2))
        rows.append((name, statistics.median(full), statistics.median(bare), soup))
    return rows


def _layouts(pages: Path) -> dict[str, str]:
    """File name -> layout label (kind and era) from the pages' truth.json, if any."""
    try:
        truth = json.loads((pages / "truth.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {name: f"{entry['kind']} {entry['layout']}" for name, entry in truth.items()}


def peak_memory_mb(data: bytes) -> float:
    """Max RSS of a fresh Python process that audits ``data`` once, in MB."""
    with tempfile.NamedTemporaryFile(suffix=".html", delete=False) as handle:
        handle.write(data)
    code = (
        "import resource, sys; from auditor import audit; "
        f"audit(open({handle.name!r}, 'rb').read()); "
        "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)"
    )
    try:
        out = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
        ).stdout
    finally:
        os.unlink(handle.name)
    return int(out.strip()) / 1024


def batch_run(directory: Path, jobs: int, files: int) -> tuple[float, float]:
    """Pages per second of ``profile-audit DIR --format csv --jobs N``, and the peak
    memory (max RSS, MB) of its busiest process, measured from a fresh parent."""
    command = [sys.executable, "-m", "auditor", str(directory), "--format", "csv"]
    command += ["--jobs", str(jobs), "--out", os.devnull]
    probe = (
        "import resource, subprocess, sys, time; start = time.perf_counter(); "
        f"subprocess.run({command!r}, capture_output=True); "
        "print(time.perf_counter() - start, "
        "resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.split()
    return files / float(out[0]), int(out[1]) / 1024


_SPIN = (
    "import time\nt = time.perf_counter()\nx = 0\n"
    "for i in range(10_000_000):\n    x += i\nprint(time.perf_counter() - t)"
)


def machine_scaling() -> float:
    """How much two CPU-bound processes get done together, against one alone: the
    ceiling any --jobs 2 speed-up can reach on this machine."""
    alone = float(
        subprocess.run(
            [sys.executable, "-c", _SPIN], capture_output=True, text=True, check=True
        ).stdout
    )
    pair = [
        subprocess.Popen([sys.executable, "-c", _SPIN], stdout=subprocess.PIPE, text=True)
        for _ in range(2)
    ]
    together = max(float(proc.communicate()[0]) for proc in pair)
    return 2 * alone / together


def machine() -> str:
    """A one-line description of this machine."""
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return (
        f"{os.cpu_count()} cores, {cpu}; Python {platform.python_version()}; "
        f"lxml {lxml.__version__}; {platform.system()} {platform.release()}"
    )


# The heading of the section benchmarks/bench_extension.py writes (always the last one).
EXTENSION_SECTION = "## Extension: click -> report"


def main() -> int:
    """Run every measurement, print the Markdown and save it."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=Path, default=REAL_PAGES)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "benchmarks.md")
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()

    lines = [
        "# Benchmarks",
        "",
        f"Machine: {machine()}.",
        f"Date: {time.strftime('%Y-%m-%d')}.",
        "",
    ]

    real = sorted(args.pages.glob("*.html")) if args.pages.is_dir() else []
    lines += ["## Per page: full audit vs lxml's parse vs BeautifulSoup's tree", ""]
    if real:
        rows = page_times([(p.name, p.read_bytes()) for p in real], args.repeat)
        audit_med = statistics.median(r[1] for r in rows)
        lxml_med = statistics.median(r[2] for r in rows)
        bs4_med = statistics.median(r[3] for r in rows)
        ratios = [r[1] / r[2] for r in rows]
        lines += [
            f"Over {len(rows)} real pages ({sum(p.stat().st_size for p in real) / 2**20:.1f} MB):",
            "",
            "| measure | median per page |",
            "|---|---|",
            f"| full audit | {audit_med * 1000:.1f} ms |",
            f"| `lxml.html.fromstring` alone | {lxml_med * 1000:.1f} ms |",
            f'| `BeautifulSoup(html, "lxml")` alone | {bs4_med * 1000:.1f} ms |',
            f"| audit / lxml (median of per-page ratios) | {statistics.median(ratios):.2f}x |",
            f"| audit / lxml (ratio of medians) | {audit_med / lxml_med:.2f}x |",
            f"| bs4 / audit (ratio of medians) | {bs4_med / audit_med:.1f}x |",
            "",
        ]
        # Pages are named by their layout and size only: the file names carry real
        # people's names, and this table is committed.
        layouts = _layouts(args.pages)
        sizes = {p.name: p.stat().st_size for p in real}
        slowest = sorted(rows, key=lambda r: r[1] / r[2], reverse=True)[:5]
        lines += ["Highest audit/lxml ratios:", ""]
        lines += [
            f"- a {layouts.get(r[0], 'real')} page of {sizes[r[0]] / 1024:.0f} KB: "
            f"{r[1] * 1000:.1f} ms vs {r[2] * 1000:.1f} ms ({r[1] / r[2]:.2f}x)"
            for r in slowest
        ]
        lines.append("")
    else:
        lines += [f"Real pages skipped: {args.pages} is absent.", ""]
        print(f"real pages skipped: {args.pages} is absent", file=sys.stderr)

    big = synthetic_page(10 * 2**20)
    ((name, full, bare, soup),) = page_times([("synthetic 10 MB", big)], 3)
    lines += [
        f"Synthetic {len(big) / 2**20:.1f} MB page: full audit {full * 1000:.0f} ms, lxml "
        f"{bare * 1000:.0f} ms ({full / bare:.2f}x), BeautifulSoup {soup * 1000:.0f} ms "
        f"({soup / full:.1f}x the audit).",
        "",
        "## Memory",
        "",
        f"Peak memory (max RSS of a fresh process) auditing the 10 MB page: "
        f"{peak_memory_mb(big):.0f} MB.",
        "",
        "## Batch throughput",
        "",
    ]
    sources = real or sorted(FIXTURES.glob("*.html"))
    with tempfile.TemporaryDirectory() as tmp:
        count = 0
        while count < 800:
            for source in sources:
                folder = Path(tmp) / ("small" if count < 200 else "extra")
                folder.mkdir(exist_ok=True)
                shutil.copy(source, folder / f"{count:04d}.html")
                count += 1
        small = sum(1 for _ in (Path(tmp) / "small").iterdir())
        few, few_mb = batch_run(Path(tmp) / "small", 1, small)
        one, one_mb = batch_run(Path(tmp), 1, count)
        two, two_mb = batch_run(Path(tmp), 2, count)
    lines += [
        f"Copies of the {'real' if real else 'synthetic'} pages, "
        "`profile-audit DIR --format csv` (process start included):",
        "",
        "| pages | jobs | pages per second | peak memory of a process |",
        "|---|---|---|---|",
        f"| {small} | 1 | {few:.1f} | {few_mb:.0f} MB |",
        f"| {count} | 1 | {one:.1f} | {one_mb:.0f} MB (flat in the number of files) |",
        f"| {count} | 2 | {two:.1f} ({two / one:.2f}x jobs 1) | {two_mb:.0f} MB |",
        "",
        f"For scale: two CPU-bound Python loops run together do {machine_scaling():.2f}x the "
        "work of one on this machine, the ceiling of any --jobs 2 speed-up here.",
        "",
    ]
    server_bench = ROOT / "benchmarks" / "bench_server.py"
    if server_bench.is_file():
        result = subprocess.run(
            [sys.executable, str(server_bench)],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=False,
        )
        lines += ["## Server", "", result.stdout.strip() or result.stderr.strip(), ""]
    text = "\n".join(lines)
    print(text)
    # The extension's figures come from benchmarks/bench_extension.py: keep them.
    old = args.out.read_text(encoding="utf-8") if args.out.exists() else ""
    if EXTENSION_SECTION in old:
        text = text.rstrip() + "\n\n" + EXTENSION_SECTION + old.split(EXTENSION_SECTION, 1)[1]
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
