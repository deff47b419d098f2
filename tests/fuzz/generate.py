"""Write the hostile-input fuzz folder: every kind of bad page a large scrape contains.

    python tests/fuzz/generate.py OUT_DIR [--scale 1.0]

`--scale` shrinks the big cases (the test suite uses a small scale; the fuzz benchmark the
full one: a 50 MB page, 100,000-deep nesting, a million elements, a 10 MB line, 400 KB pages
of regex near-misses, a misnested-formatting bomb of 3,000 tags). Besides files it writes a
FIFO, a file whose name is not valid UTF-8, and damaged WARC files (`special_cases`).
Deterministic: the same scale writes the same bytes.
"""

from __future__ import annotations

import argparse
import gzip
import io
import os
import random
from pathlib import Path

ARTICLE = (
    "<p>Officials said on Tuesday that the new bridge would open next spring, two years later "
    "than planned, after engineers found cracks in several of its supporting piers.</p>"
)


def cases(scale: float = 1.0) -> dict[str, bytes]:
    """File name -> bytes for every fuzz case."""
    rng = random.Random(0)
    big = max(1, int(50_000_000 * scale))
    deep = max(10, int(100_000 * scale))
    many = max(10, int(1_000_000 * scale))
    line = max(10, int(10_000_000 * scale))
    page = f"<html><head><title>Bridge delayed</title></head><body>{ARTICLE * 3}</body></html>"
    gz = gzip.compress(page.encode(), mtime=0)
    text_fr = "Le pont sera ouvert au printemps prochain, déclarent les élus de la région. " * 5
    shape = max(100, int(400_000 * scale))  # pages that made backtracking regexes take a minute each
    bomb = max(10, int(3_000 * scale))
    return {
        "regex-email.txt": ("@ " + "a." * (shape // 2)).encode(),
        "regex-address.html": ("<p>" + "1 A." * (shape // 4) + "</p>").encode(),
        "regex-unclosed-a.html": b"<a" * (shape // 2),
        "regex-unclosed-script.html": b"<p>text</p><script>" + b"<script " * (shape // 8),
        "formatting-bomb.html": ("<p>" + "".join(f"<b id={i}>" for i in range(bomb)) + "</p>" + "<div>x</div>" * bomb).encode(),
        "empty.html": b"",
        "whitespace.txt": b" \n\t\r\n   \n" * 100,
        "random-binary.html": rng.randbytes(200_000),
        "nul-bytes.txt": b"First paragraph of text.\x00\x00 More\x00 text here.\n\n" * 50,
        "truncated.html.gz": gz[: len(gz) // 2],
        "corrupt.html.gz": gz[:10] + bytes(b ^ 0x5A for b in gz[10:]),
        "cp1252-undeclared.html": f"<html><body><p>“Quoted” café – naïve €5 {text_fr}</p></body></html>".encode("cp1252"),
        "latin1-declared-utf8.html": f'<meta charset="utf-8"><p>Déjà vu à Orléans. {text_fr}</p>'.encode("latin-1"),
        "shift_jis.html": ('<meta charset="shift_jis"><p>' + "東京の新しい橋は来年の春に開通する予定です。" * 20 + "</p>").encode(
            "shift_jis"
        ),
        "gb18030.html": ('<meta charset="gb18030"><p>' + "新的大桥将于明年春天通车，比计划晚了两年。" * 20 + "</p>").encode(
            "gb18030"
        ),
        "utf16-bom.html": ("<html><body>" + ARTICLE * 3 + "</body></html>").encode("utf-16"),
        "huge-page.html": (b"<html><body>" + ARTICLE.encode() * (big // len(ARTICLE) + 1))[:big] + b"</body></html>",
        "deep-nesting.html": b"<div>" * deep + ARTICLE.encode() + b"</div>" * deep,
        "million-elements.html": b"<html><body>" + b"<span>x</span>" * many + b"</body></html>",
        "only-script-style.html": b"<html><head><style>p{color:red}</style></head><body><script>var a = 1;</script>"
        b"<style>.x{}</style><script>alert('hi')</script></body></html>",
        "single-long-line.txt": (b"word " * (line // 5 + 1))[:line],
        "invalid-url.html": (
            b'<html><head><link rel="canonical" href="http://[::1:bad url/%%%"><base href="ht!tp://">'
            b'<meta property="og:url" content="javascript:alert(1)"></head><body>' + ARTICLE.encode() * 3 + b"</body></html>"
        ),
        "unclosed-tags.html": b"<html><body><div><p>" + ARTICLE.encode() * 2 + b"<table><tr><td><ul><li>" * 500,
    }


def warc(n: int, gzip_records: bool) -> bytes:
    """A WARC of `n` HTML responses."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    out = io.BytesIO()
    writer = WARCWriter(out, gzip=gzip_records)
    for i in range(n):
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        body = f"<html><body>{ARTICLE}<p>Record {i}.</p></body></html>".encode()
        writer.write_record(
            writer.create_warc_record(f"https://example.org/{i}", "response", payload=io.BytesIO(body), http_headers=headers)
        )
    return out.getvalue()


def special_cases() -> dict[str, tuple[bytes, int]]:
    """WARC files: name -> (bytes, records expected in the output: one per record, damaged or not)."""
    cut = warc(5, True)
    long = warc(5, False)
    at = long.find(b"Content-Length: ", long.find(b"Content-Length: ") + 1) + len(b"Content-Length: ")
    end = long.find(b"\r\n", at)
    return {
        "damaged-truncated.warc.gz": (cut[:-40], 5),
        "damaged-long-record.warc": (long[:at] + str(int(long[at:end]) + 5000).encode() + long[end:], 5),
        "not-a-warc.warc": (b"just some notes, not a web archive\n" * 50, 1),
    }


def write_cases(out_dir: str | Path, scale: float = 1.0) -> list[Path]:
    """Write every case; returns the plain files (one output record each). The FIFO and the
    non-UTF-8 name come back too; the WARC files are in `special_cases`."""
    folder = Path(out_dir)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, data in cases(scale).items():
        path = folder / name
        path.write_bytes(data)
        written.append(path)
    for name, (data, _) in special_cases().items():
        (folder / name).write_bytes(data)
    fifo = folder / "pipe.html"
    os.mkfifo(fifo)
    written.append(fifo)
    bad = os.path.join(os.fsencode(folder), b"name-\xff\xfe.html")
    with open(bad, "wb") as fh:
        fh.write(f"<html><body>{ARTICLE * 3}</body></html>".encode())
    written.append(Path(os.fsdecode(bad)))
    return written


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir")
    parser.add_argument("--scale", type=float, default=1.0)
    args = parser.parse_args()
    for path in write_cases(args.out_dir, args.scale):
        print(f"{path.stat().st_size:>12,}  {path}")
