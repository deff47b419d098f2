"""Damaged WARC files: every intact record is read, every damaged one gets an error record
naming its offset, and the run's exit status says something failed."""

import io
import json
import os
import re
import subprocess
import sys

import pytest

from cleanpage.io import iter_warc

SRC = os.path.join(os.path.dirname(__file__), "..", "src")


def page(i):
    return (
        f"<html><head><title>Story {i}</title></head><body><article><p>Story number {i} tells of a town "
        f"council that met on Tuesday and agreed its budget for the next year after a long debate.</p>"
        f"</article></body></html>"
    )


def warc_bytes(n=5, gzip=False):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    out = io.BytesIO()
    writer = WARCWriter(out, gzip=gzip)
    for i in range(n):
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        writer.write_record(
            writer.create_warc_record(
                f"https://news.example/{i}", "response", payload=io.BytesIO(page(i).encode()), http_headers=headers
            )
        )
    return out.getvalue()


def items(path):
    return list(iter_warc(str(path), 1_000_000))


def urls_ok(found):
    return [it.url for it in found if it.error is None]


def test_intact_warcs_read_whole(tmp_path):
    for gz in (False, True):
        path = tmp_path / ("a.warc.gz" if gz else "a.warc")
        path.write_bytes(warc_bytes(5, gz))
        found = items(path)
        assert urls_ok(found) == [f"https://news.example/{i}" for i in range(5)] and len(found) == 5


def test_a_gzipped_warc_whose_last_record_is_cut_off(tmp_path):
    data = warc_bytes(5, gzip=True)
    path = tmp_path / "cut.warc.gz"
    path.write_bytes(data[:-40])
    found = items(path)
    assert urls_ok(found) == [f"https://news.example/{i}" for i in range(4)]
    assert len(found) == 5 and "truncated WARC.gz member" in found[4].error
    assert re.search(r"cut\.warc\.gz@\d+", found[4].source)


def _lengths(data):
    return [m for m in re.finditer(rb"Content-Length: (\d+)", data)]


def test_a_content_length_that_overshoots_does_not_swallow_the_next_records(tmp_path):
    data = warc_bytes(5)
    m = _lengths(data)[1]  # record 1's Content-Length (warcio writes none in the HTTP headers)
    bigger = str(int(m.group(1)) + 5000).encode()
    path = tmp_path / "long.warc"
    path.write_bytes(data[: m.start(1)] + bigger + data[m.end(1) :])
    found = items(path)
    assert urls_ok(found) == [
        "https://news.example/0",
        "https://news.example/2",
        "https://news.example/3",
        "https://news.example/4",
    ]
    bad = [it for it in found if it.error]
    assert len(bad) == 1 and "does not end where the record does" in bad[0].error


def test_a_negative_content_length_is_an_error_record(tmp_path):
    data = warc_bytes(3)
    m = _lengths(data)[1]
    path = tmp_path / "neg.warc"
    path.write_bytes(data[: m.start(1)] + b"-12" + data[m.end(1) :])
    found = items(path)
    assert urls_ok(found) == ["https://news.example/0", "https://news.example/2"]
    assert [it.error for it in found if it.error][0].endswith("missing or invalid Content-Length")


def test_a_truncated_plain_warc(tmp_path):
    data = warc_bytes(3)
    path = tmp_path / "cut.warc"
    path.write_bytes(data[:-100])
    found = items(path)
    assert urls_ok(found) == ["https://news.example/0", "https://news.example/1"]
    assert len(found) == 3 and "truncated WARC record" in found[2].error


def test_a_text_file_named_warc_is_one_error_record(tmp_path):
    path = tmp_path / "notes.warc"
    path.write_text("just some notes\n" * 50)
    found = items(path)
    assert len(found) == 1 and "not a WARC file" in found[0].error


def test_a_gzip_bomb_member_costs_no_memory(tmp_path):
    import gzip

    path = tmp_path / "bomb.warc.gz"
    header = b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 300000000\r\n\r\n"
    with open(path, "wb") as fh, gzip.GzipFile(fileobj=fh, mode="wb") as gz:
        gz.write(header)
        for _ in range(300):
            gz.write(bytes(1_000_000))
        gz.write(b"\r\n\r\n")
    found = items(path)
    assert len(found) == 1 and found[0].error


@pytest.mark.parametrize("name", ["cut.warc.gz", "long.warc"])
def test_cli_exit_status_says_a_record_failed(tmp_path, name):
    data = warc_bytes(5, gzip=name.endswith(".gz"))
    if name == "cut.warc.gz":
        data = data[:-40]
    else:
        m = _lengths(data)[1]
        data = data[: m.start(1)] + str(int(m.group(1)) + 5000).encode() + data[m.end(1) :]
    path = tmp_path / name
    path.write_bytes(data)
    proc = subprocess.run(
        [sys.executable, "-m", "cleanpage", str(path), "-o", str(tmp_path / "o.jsonl")],
        capture_output=True,
        text=True,
        env=os.environ | {"PYTHONPATH": SRC},
    )
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    recs = [json.loads(line) for line in open(tmp_path / "o.jsonl")]
    assert len(recs) == 5 and sum(r["error"] is not None for r in recs) == 1


def test_non_2xx_and_non_html_responses_are_skipped_and_counted(tmp_path):
    from collections import Counter

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    out = io.BytesIO()
    writer = WARCWriter(out, gzip=True)
    for status, ctype, body in [
        ("200 OK", "text/html; charset=utf-8", page(0).encode()),
        ("404 Not Found", "text/html", b"<html><body>Not found</body></html>"),
        ("200 OK", "application/javascript", b"var a = 1;"),
        ("200 OK", "text/html; charset=windows-1251", page(1).replace("town", "город").encode("cp1251")),
    ]:
        headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
        writer.write_record(
            writer.create_warc_record("https://news.example/x", "response", payload=io.BytesIO(body), http_headers=headers)
        )
    path = tmp_path / "mixed.warc.gz"
    path.write_bytes(out.getvalue())
    skipped: Counter = Counter()
    found = list(iter_warc(str(path), 1_000_000, skipped))
    assert len(found) == 2 and all(it.error is None for it in found)
    assert skipped == Counter({"HTTP status 404": 1, "not HTML or text (application/javascript)": 1})
    assert "город" in found[1].data  # decoded with the charset of its Content-Type
    proc = subprocess.run(
        [sys.executable, "-m", "cleanpage", str(path), "-o", str(tmp_path / "o.jsonl")],
        capture_output=True,
        text=True,
        env=os.environ | {"PYTHONPATH": SRC},
    )
    assert proc.returncode == 0 and "skipped 2 WARC responses that are not pages" in proc.stderr
