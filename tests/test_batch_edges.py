"""Batch runs that must not hang, crash or lose records (issue: reliability, second round)."""

import json
import os
import resource
import signal
import subprocess
import sys
import time

import pytest

SRC = os.path.join(os.path.dirname(__file__), "..", "src")
PAGE = (
    "<html><body><article><p>"
    + "The council met on Tuesday and agreed the budget for next year. " * 4
    + "</p></article></body></html>"
)


def cli(*args, timeout=120, **kwargs):
    argv = [sys.executable, "-m", "cleanpage", *[a if isinstance(a, bytes) else str(a) for a in args]]
    return subprocess.run(argv, capture_output=True, timeout=timeout, env=os.environ | {"PYTHONPATH": SRC}, **kwargs)


def records(path):
    return [json.loads(line) for line in open(path, "rb")]


def test_a_fifo_in_the_folder_gets_an_error_record_and_does_not_hang(tmp_path):
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "a.html").write_text(PAGE)
    os.mkfifo(pages / "b.html")
    (pages / "c.html").write_text(PAGE)
    proc = cli(pages, "-o", tmp_path / "out.jsonl", timeout=60)
    assert proc.returncode == 1, proc.stderr
    recs = {os.path.basename(r["source"]): r for r in records(tmp_path / "out.jsonl")}
    assert set(recs) == {"a.html", "b.html", "c.html"}
    assert "not a regular file (a FIFO)" in recs["b.html"]["error"]
    assert recs["a.html"]["error"] is None and recs["c.html"]["error"] is None


def test_file_names_that_are_not_utf8_are_carried_and_resumable(tmp_path):
    pages = tmp_path / "pages"
    pages.mkdir()
    bad = os.path.join(os.fsencode(pages), b"caf\xe9-\xff.html")
    with open(bad, "wb") as fh:
        fh.write(PAGE.encode())
    (pages / "ok.html").write_text(PAGE)
    out = tmp_path / "out.jsonl"
    proc = cli(pages, "-o", out)
    assert proc.returncode == 0 and b"Traceback" not in proc.stderr, proc.stderr
    recs = records(out)
    assert len(recs) == 2 and all(r["error"] is None for r in recs)
    names = {os.fsencode(r["source"]) for r in recs}
    assert bad in names  # the surrogate escapes give back the exact bytes of the name
    again = cli(pages, "-o", out, "--resume")
    assert again.returncode == 0 and b"Traceback" not in again.stderr
    assert len(records(out)) == 2


def test_output_that_is_a_directory_is_refused(tmp_path):
    (tmp_path / "a.html").write_text(PAGE)
    target = tmp_path / "outdir"
    target.mkdir()
    proc = cli(tmp_path / "a.html", "-o", target)
    assert proc.returncode == 2 and b"is a directory" in proc.stderr
    assert list(target.iterdir()) == []


def test_an_unwritable_output_folder_is_a_clear_error():
    if os.access("/sys", os.W_OK) and not os.path.isdir("/sys/kernel"):
        pytest.skip("no read-only folder on this system")
    proc = cli("-", "-o", "/sys/cleanpage-out.jsonl", input=PAGE.encode())
    assert proc.returncode in (1, 2) and b"Traceback" not in proc.stderr
    assert b"cannot write" in proc.stderr or b"error" in proc.stderr


def _small_files():
    resource.setrlimit(resource.RLIMIT_FSIZE, (3000, 3000))  # a disk that fills up after 3 KB
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)


def test_a_full_disk_keeps_the_part_file_and_resume_finishes(tmp_path):
    pages = tmp_path / "pages"
    pages.mkdir()
    for i in range(12):
        (pages / f"{i:02d}.html").write_text(PAGE.replace("council", f"council {i}"))
    out = tmp_path / "out.jsonl"
    proc = cli(pages, "-o", out, preexec_fn=_small_files)
    assert proc.returncode == 1 and b"Traceback" not in proc.stderr, proc.stderr
    assert b"cannot write" in proc.stderr and not out.exists()
    part = tmp_path / ".out.jsonl.part"
    assert part.exists()
    again = cli(pages, "-o", out, "--resume")
    assert again.returncode == 0, again.stderr
    recs = records(out)
    assert sorted(os.path.basename(r["source"]) for r in recs) == [f"{i:02d}.html" for i in range(12)]


def test_two_runs_on_one_output_the_second_is_refused(tmp_path):
    pages = tmp_path / "pages"
    pages.mkdir()
    for i in range(150):
        (pages / f"{i:03d}.html").write_text(PAGE)
    out = tmp_path / "out.jsonl"
    argv = [sys.executable, "-m", "cleanpage", str(pages), "-o", str(out), "--timeout", "0"]
    first = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=os.environ | {"PYTHONPATH": SRC})
    deadline = time.monotonic() + 60
    while not (tmp_path / ".out.jsonl.lock").exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    second = cli(pages, "-o", out)
    first.communicate(timeout=120)
    assert second.returncode == 2 and b"another cleanpage run is writing" in second.stderr
    assert first.returncode == 0
    recs = records(out)
    assert len(recs) == 150 and len({r["source"] for r in recs}) == 150
    assert not (tmp_path / ".out.jsonl.lock").exists()
