"""Hostile input at full size through the CLI: one record per input, no traceback, time and memory.

    python benchmarks/fuzz.py

Writes the fuzz folder (tests/fuzz/generate.py at scale 1: a 50 MB page, 100,000-deep nesting,
a million elements, a 10 MB line, broken gzip, random bytes, legacy charsets, regex near-miss
pages, a formatting bomb, a FIFO, a non-UTF-8 file name, damaged WARC files ...) to a temporary
folder, runs `python -m cleanpage FOLDER -o out.jsonl` with the default limits, and reports
wall time, peak RSS and what each input became. Writes benchmarks/results/fuzz.md.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil
from _pages import REPO, write_report

sys.path.insert(0, str(REPO / "tests" / "fuzz"))
from generate import write_cases  # noqa: E402


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder, out = Path(tmp) / "fuzz", Path(tmp) / "out.jsonl"
        written = write_cases(folder)
        start = time.perf_counter()
        proc = subprocess.Popen(
            [sys.executable, "-m", "cleanpage", str(folder), "-o", str(out)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
        )
        parent, peak = psutil.Process(proc.pid), 0
        while proc.poll() is None:
            try:
                peak = max(peak, sum(p.memory_info().rss for p in [parent, *parent.children(recursive=True)]))
            except psutil.Error:
                pass
            time.sleep(0.05)
        seconds = time.perf_counter() - start
        stderr = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
        records = [json.loads(line) for line in out.read_text().splitlines()]
        sizes = {p.name: p.lstat().st_size for p in written}
    by_name = {Path(r["source"]).name: r for r in records}
    lines = [
        "# Fuzz folder through the CLI",
        "",
        f"{len(written)} inputs, {len(records)} records, exit status {proc.returncode}, "
        f"traceback on stderr: {'yes' if 'Traceback' in stderr else 'no'}, wall {seconds:.1f} s, "
        f"peak RSS {peak / 2**20:.0f} MB.",
        "",
        "| input | bytes | outcome |",
        "|---|---:|---|",
    ]
    for name in sorted(sizes):
        r = by_name.get(name)
        outcome = (
            "MISSING"
            if r is None
            else (
                f"error: {r['error']}"
                if r["error"]
                else f"{len(r['text'])} chars kept" + (f"; warning: {r['warnings'][0]}" if r["warnings"] else "")
            )
        )
        lines.append(f"| {_shown(name)} | {sizes[name]:,} | {_shown(outcome[:120])} |")
    for name, r in sorted(by_name.items()):  # the records of WARC files, damaged ones included
        if name not in sizes:
            outcome = f"error: {r['error']}" if r["error"] else f"{len(r['text'])} chars kept"
            lines.append(f"| {_shown(name)} (WARC record) | | {_shown(outcome[:120])} |")
    write_report("fuzz", lines)


def _shown(text: str) -> str:
    """A file name that is not valid UTF-8 (carried with surrogate escapes) as printable text."""
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


if __name__ == "__main__":
    main()
