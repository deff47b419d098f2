"""Batch runs: WARC input, gzip/Parquet output, resume after an interruption, joblib and Dask."""

import gzip
import io
import json
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from cleanpage import Cleaner
from cleanpage.cli import clean_inputs
from cleanpage.output import Output, read_records

ARTICLE = (
    "<html><head><title>{title}</title></head><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
    "<article><h1>{title}</h1><p>{body} The council met on Tuesday evening to discuss the plan, and "
    "several residents spoke in favour of it while others raised concerns about the cost.</p>"
    "<p>Officials said a final decision on {title} would be taken next month after a public consultation "
    "that is expected to draw hundreds of responses from across the district.</p></article>"
    "<footer>Copyright 2024 Example News</footer></body></html>"
)


def page(i: int) -> str:
    return ARTICLE.format(title=f"Story number {i}", body=f"This is the body of story {i}.")


@pytest.fixture
def folder(tmp_path):
    pages = tmp_path / "pages"
    pages.mkdir()
    for i in range(40):
        (pages / f"p{i:03d}.html").write_text(page(i))
    return pages


def run(*args, **kwargs):
    return subprocess.run([sys.executable, "-m", "cleanpage", *map(str, args)], capture_output=True, timeout=600, **kwargs)


def make_warc(path: Path, n: int) -> list[str]:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    urls = []
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        writer.write_record(writer.create_warcinfo_record("crawl.warc.gz", {"software": "test"}))
        for i in range(n):
            url = f"https://news.example/{i}"
            urls.append(url)
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n")))
            writer.write_record(
                writer.create_warc_record(url, "response", payload=io.BytesIO(page(i).encode()), http_headers=headers)
            )
        image = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
        writer.write_record(
            writer.create_warc_record(
                "https://news.example/logo.png",
                "response",
                payload=io.BytesIO(b"\x89PNG\r\n\x1a\n" + bytes(100)),
                http_headers=image,
            )
        )
    return urls + ["https://news.example/logo.png"]


def test_warc_cleans_to_one_record_per_response(tmp_path):
    urls = make_warc(tmp_path / "crawl.warc.gz", 5)
    proc = run(tmp_path / "crawl.warc.gz", "-o", tmp_path / "out.jsonl.gz")
    recs = list(read_records(str(tmp_path / "out.jsonl.gz")))
    assert [r["url"] for r in recs] == urls[:5]  # the image response is not a page: skipped, counted
    assert len({r["source"] for r in recs}) == 5
    assert all(r["error"] is None and "Story number" in r["text"] and "Copyright" not in r["text"] for r in recs)
    assert proc.returncode == 0
    assert b"skipped 1 WARC responses that are not pages: 1 not HTML or text (image/png)" in proc.stderr


def test_parquet_output_has_a_row_per_input(tmp_path, folder):
    pq = pytest.importorskip("pyarrow.parquet")
    proc = run(folder, "-o", tmp_path / "out.parquet")
    assert proc.returncode == 0, proc.stderr
    table = pq.read_table(tmp_path / "out.parquet")
    assert table.num_rows == 40
    rows = table.to_pylist()
    assert rows[0]["source"].endswith("p000.html") and "Story number 0" in rows[0]["text"]
    assert {"text", "label", "score", "kept"} <= set(rows[0]["paragraphs"][0])


def test_resume_completes_a_crashed_run_without_duplicates(tmp_path, folder):
    out = tmp_path / "out.jsonl"
    full = run(folder, "-o", out)
    assert full.returncode == 0
    expected = out.read_text().splitlines()
    # A run killed after 12 records, the last one cut off mid-line.
    out.unlink()
    (tmp_path / ".out.jsonl.part").write_text("\n".join(expected[:12]) + "\n" + expected[12][:50])
    resumed = run(folder, "-o", out, "--resume")
    assert resumed.returncode == 0, resumed.stderr
    assert b"resuming: 12 inputs already done are skipped" in resumed.stderr  # said without -v
    assert out.read_text().splitlines() == expected
    assert not (tmp_path / ".out.jsonl.part").exists()
    again = run(folder, "-o", out, "--resume", "-v")  # nothing left to do
    assert b"40 inputs already done" in again.stderr and out.read_text().splitlines() == expected


def test_sigterm_leaves_whole_records_and_resume_finishes(tmp_path, folder):
    for i in range(40, 1000):
        (folder / f"p{i:03d}.html").write_text(page(i))
    out = tmp_path / "out.jsonl"
    proc = subprocess.Popen(
        [sys.executable, "-m", "cleanpage", str(folder), "-o", str(out)], stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    part = tmp_path / ".out.jsonl.part"
    deadline = time.time() + 120
    while time.time() < deadline and (not part.exists() or part.stat().st_size < 20_000):
        time.sleep(0.01)
    assert proc.poll() is None, "the run ended before it could be interrupted"
    proc.send_signal(signal.SIGTERM)
    _, stderr = proc.communicate(timeout=120)
    assert proc.returncode == 130 and b"run again with --resume" in stderr
    assert not out.exists()
    kept = [json.loads(line) for line in part.read_text().splitlines()]  # whole records only
    assert 0 < len(kept) < 1000
    resumed = run(folder, "-o", out, "--resume")
    assert resumed.returncode == 0, resumed.stderr
    sources = [r["source"] for r in read_records(str(out))]
    assert sources == sorted(str(p) for p in folder.iterdir())


def test_an_interrupted_gzip_output_is_a_whole_gzip_stream(tmp_path):
    results = list(clean_inputs(Cleaner(), [], max_bytes=10**6))
    assert results == []
    target = tmp_path / "out.jsonl.gz"
    with pytest.raises(KeyboardInterrupt), Output(str(target)) as output:
        for i in range(3):
            output.write(Cleaner().clean(page(i), source=f"p{i}"))
        raise KeyboardInterrupt
    assert not target.exists()
    with gzip.open(tmp_path / ".out.jsonl.gz.part", "rt") as fh:
        assert [json.loads(line)["source"] for line in fh] == ["p0", "p1", "p2"]


def test_two_workers_give_the_same_records_in_order(folder):
    cleaner = Cleaner()
    one = [r.to_dict() for r in clean_inputs(cleaner, [str(folder)], max_bytes=10**6, n_jobs=1)]
    two = [r.to_dict() for r in clean_inputs(cleaner, [str(folder)], max_bytes=10**6, n_jobs=2)]
    assert one == two and len(one) == 40


def test_fsspec_inputs_and_outputs():
    import fsspec

    fs = fsspec.filesystem("memory")
    for i in range(3):
        fs.pipe(f"/crawl/p{i}.html", page(i).encode())
    fs.pipe("/crawl/notes.bin", b"\x00\x01")
    results = list(clean_inputs(Cleaner(), ["memory://crawl"], max_bytes=10**6))
    assert [r.source for r in results] == [f"memory:///crawl/p{i}.html" for i in range(3)]
    with Output("memory://out/results.jsonl") as output:
        for r in results:
            output.write(r)
    assert [json.loads(line)["source"] for line in fs.cat("/out/results.jsonl").decode().splitlines()] == [
        r.source for r in results
    ]


CLUSTER_ATTEMPTS = 3


def local_cluster(distributed):
    """A two-process local Dask cluster. Its IO-loop thread must start within distributed's fixed
    ten seconds, which a loaded CI machine has missed once (an AssertionError in `LoopRunner`
    before any worker starts): the start is tried again then. What the test checks is unchanged."""

    def start():
        return distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)

    for _ in range(CLUSTER_ATTEMPTS - 1):
        try:
            return start()
        except (AssertionError, TimeoutError):
            pass
    return start()


def test_dask_local_cluster_matches_the_local_run(tmp_path, folder):
    distributed = pytest.importorskip("dask.distributed")
    from cleanpage.distributed import clean_on_dask

    make_warc(folder / "crawl.warc.gz", 3)
    cleaner = Cleaner()
    local = [r.to_dict() for r in clean_inputs(cleaner, [str(folder)], max_bytes=10**6)]
    with local_cluster(distributed) as cluster, distributed.Client(cluster) as client:
        remote = [r.to_dict() for r in clean_on_dask([str(folder)], cleaner, client, batch_size=8)]
        address = cluster.scheduler_address
        proc = run(folder, "--dask-scheduler", address, "-o", tmp_path / "dask.jsonl")
    assert remote == local and len(local) == 40 + 3  # the WARC's image response is skipped
    assert proc.returncode == 0
    assert list(read_records(str(tmp_path / "dask.jsonl"))) == local
