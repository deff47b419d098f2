"""Scale: throughput with 1 and 2 workers, and peak memory over a long streaming run.

    python benchmarks/scale.py [--docs 20000] [--throughput-docs 2000] [--rounds 3]

Builds WARC files (gzipped, one response per page) from the labelled datasets' pages, cycled
to the wanted size, then runs the CLI on them as a user would (`python -m cleanpage X.warc.gz
-o out.jsonl.gz --jobs N`), sampling the RSS of the whole process tree (parent and workers).
Writes the table to benchmarks/results/scale.md.
"""

from __future__ import annotations

import argparse
import io
import platform
import statistics
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import psutil
from _pages import REPO, dataset_root, write_report

import cleanpage
from cleanpage.training.corpus import DATASETS, read_dataset

WORK = REPO / ".cache" / "scale"


def build_warc(path: Path, n_docs: int) -> Path:
    """A gzipped WARC of n_docs responses, the datasets' pages over and over (cached)."""
    if path.exists():
        return path
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    root = dataset_root()
    pages = [p for name in DATASETS for p in read_dataset(root, name)]
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    with open(tmp, "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for i in range(n_docs):
            page = pages[i % len(pages)]
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            url = page.url or f"https://example.org/{page.id}"
            writer.write_record(
                writer.create_warc_record(
                    f"{url}#{i}", "response", http_headers=headers, payload=io.BytesIO(page.html.encode("utf-8"))
                )
            )
    tmp.rename(path)
    return path


def run_cli(warc: Path, jobs: int, out: Path) -> dict:
    """Run the CLI; returns wall seconds and peak memory (MB): RSS of the largest process, and of the
    whole tree both as summed RSS (counts shared libraries once per process) and as summed PSS
    (shared pages split between the processes sharing them: the tree's real footprint)."""
    cmd = [sys.executable, "-m", "cleanpage", str(warc), "-o", str(out), "--jobs", str(jobs)]
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    parent = psutil.Process(proc.pid)
    peak_tree = peak_one = peak_pss = 0
    while proc.poll() is None:
        try:
            infos = [p.memory_full_info() for p in [parent, *parent.children(recursive=True)]]
        except psutil.Error:
            infos = []
        if infos:
            rss = [i.rss for i in infos]
            peak_tree, peak_one = max(peak_tree, sum(rss)), max(peak_one, max(rss))
            peak_pss = max(peak_pss, sum(getattr(i, "pss", i.rss) for i in infos))
        time.sleep(0.2)
    seconds = time.perf_counter() - start
    stderr = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
    if proc.returncode not in (0, 1):
        raise SystemExit(f"cleanpage failed ({proc.returncode}): {stderr[-2000:]}")
    return {"seconds": seconds, "tree_mb": peak_tree / 2**20, "largest_mb": peak_one / 2**20, "pss_mb": peak_pss / 2**20}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--docs", type=int, default=20_000, help="documents in the memory run")
    ap.add_argument("--throughput-docs", type=int, default=2_000)
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    small = build_warc(WORK / f"crawl-{args.throughput_docs}.warc.gz", args.throughput_docs)
    big = build_warc(WORK / f"crawl-{args.docs}.warc.gz", args.docs)
    out = WORK / "out.jsonl.gz"

    runs: dict[int, list[float]] = {1: [], 2: []}
    for _ in range(args.rounds):  # interleaved, so machine noise hits both alike
        for jobs in runs:
            runs[jobs].append(args.throughput_docs / run_cli(small, jobs, out)["seconds"])
    rate = {jobs: statistics.median(r) for jobs, r in runs.items()}
    long_run = run_cli(big, 2, out)
    long_run_1 = run_cli(big, 1, out)

    lines = [
        f"# Scale ({date.today()}, {psutil.cpu_count()} cores, Python {platform.python_version()}, "
        f"cleanpage {cleanpage.__version__})",
        "",
        f"Throughput, {args.throughput_docs} pages from a gzipped WARC, whole CLI run including start-up "
        f"(median of {args.rounds} rounds):",
        "",
        "| workers | pages/s (median) | rounds |",
        "|---:|---:|---|",
        *(f"| {jobs} | {rate[jobs]:.1f} | {', '.join(f'{r:.1f}' for r in runs[jobs])} |" for jobs in runs),
        "",
        f"2 workers / 1 worker: **{rate[2] / rate[1]:.2f}x**",
        "",
        f"Memory, {args.docs} pages streamed from one WARC to `.jsonl.gz`:",
        "",
        "| workers | wall s | pages/s | peak RSS, largest process (MB) | peak PSS, all processes (MB) "
        "| peak RSS summed over processes (MB) |",
        "|---:|---:|---:|---:|---:|---:|",
        *(
            f"| {jobs} | {r['seconds']:.0f} | {args.docs / r['seconds']:.1f} | {r['largest_mb']:.0f} | {r['pss_mb']:.0f} "
            f"| {r['tree_mb']:.0f} |"
            for jobs, r in ((1, long_run_1), (2, long_run))
        ),
        "",
        f"2 workers / 1 worker over the {args.docs} pages: **{(long_run_1['seconds'] / long_run['seconds']):.2f}x**",
    ]
    write_report("scale", lines)


if __name__ == "__main__":
    main()
