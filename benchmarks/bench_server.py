"""Latency of POST /api/audit with a 2 MB page over loopback: p50 and p95, 1 and 8 clients,
the page sent as the body (text/html, as the extension sends it) and as JSON.

Starts a real ``profile-audit serve`` on a free port with a throw-away data directory and
prints a markdown table. Not a test: run it by hand.

    .venv/bin/python benchmarks/bench_server.py [--requests 80] [--size-mb 2]
        [--clients 1 8] [--form html json]
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import requests

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from tests.synthetic import profile_page  # noqa: E402  (the repository root, added above)

PROFILE_AUDIT = str(Path(sys.executable).parent / "profile-audit")


def free_port() -> int:
    """A loopback port nothing listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def percentile(samples: list[float], fraction: float) -> float:
    """The nearest-rank percentile of the samples."""
    ordered = sorted(samples)
    return ordered[max(0, round(fraction * len(ordered)) - 1)]


CONTENT_TYPES = {"html": "text/html; charset=utf-8", "json": "application/json"}


def run(
    base: str, token: str, form: str, body: bytes, clients: int, total: int
) -> tuple[list[float], float]:
    """Send ``total`` audits from ``clients`` threads; return latencies (ms) and wall time (s)."""
    latencies: list[float] = []
    lock = threading.Lock()
    headers = {"Authorization": f"Bearer {token}", "Content-Type": CONTENT_TYPES[form]}

    def client(count: int) -> None:
        """One client: a keep-alive session posting ``count`` audits."""
        session = requests.Session()
        for _ in range(count):
            started = time.perf_counter()
            response = session.post(f"{base}/api/audit", data=body, headers=headers, timeout=120)
            elapsed = (time.perf_counter() - started) * 1000
            if response.status_code != 200:
                raise SystemExit(f"HTTP {response.status_code}: {response.text[:200]}")
            with lock:
                latencies.append(elapsed)

    threads = [threading.Thread(target=client, args=(total // clients,)) for _ in range(clients)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return latencies, time.perf_counter() - started


def main() -> None:
    """Start a server, warm it up, measure 1 and 8 clients, print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=80, help="audits per scenario")
    parser.add_argument("--size-mb", type=float, default=2.0, help="page size in MB")
    parser.add_argument("--clients", type=int, nargs="+", default=[1, 8], help="client counts")
    parser.add_argument(
        "--form",
        nargs="+",
        choices=sorted(CONTENT_TYPES),
        default=["html", "json"],
        help="how the page is sent: the HTML as the body, or JSON {url, html}",
    )
    args = parser.parse_args()
    page = profile_page(size=int(args.size_mb * 2**20))
    bodies = {"html": page.encode(), "json": json.dumps({"url": "", "html": page}).encode()}
    with tempfile.TemporaryDirectory() as data_dir:
        port = free_port()
        proc = subprocess.Popen(
            [PROFILE_AUDIT, "serve", "--port", str(port), "--data-dir", data_dir],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env=os.environ.copy(),
        )
        base = f"http://127.0.0.1:{port}"
        try:
            for _ in range(300):
                try:
                    requests.get(f"{base}/api/health", timeout=1)
                    break
                except requests.ConnectionError:
                    time.sleep(0.1)
            token = (Path(data_dir) / "token").read_text().strip()
            for form in args.form:  # warm-up: imports, catalogs, first connection
                run(base, token, form, bodies[form], 1, 5)
            rows = []
            for form, clients in [(f, c) for c in args.clients for f in args.form]:
                latencies, wall = run(base, token, form, bodies[form], clients, args.requests)
                rows.append(
                    (
                        form,
                        clients,
                        len(latencies),
                        statistics.median(latencies),
                        percentile(latencies, 0.95),
                        len(latencies) / wall,
                    )
                )
        finally:
            proc.send_signal(signal.SIGINT)
            proc.wait(timeout=30)
    print(
        f"POST /api/audit, {len(page) / 2**20:.2f} MB page as the body (html) or in a "
        f"{len(bodies['json']) / 2**20:.2f} MB JSON body (json), loopback, "
        f"{os.cpu_count()} cores, waitress 4 threads, load average {os.getloadavg()[0]:.2f}\n"
    )
    print("| body | clients | requests | p50 (ms) | p95 (ms) | throughput (audits/s) |")
    print("|------|--------:|---------:|---------:|---------:|----------------------:|")
    for form, clients, count, p50, p95, rate in rows:
        print(f"| {form} | {clients} | {count} | {p50:.0f} | {p95:.0f} | {rate:.1f} |")


if __name__ == "__main__":
    main()
