"""The adapters, run against the real libraries: datatrove, Scrapy, HuggingFace datasets."""

from __future__ import annotations

import io
import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

SEED = Path(__file__).resolve().parent.parent / "data" / "seed-spam-page.txt"
ARTICLE = (Path(__file__).resolve().parent / "fixtures" / "article.html").read_text(encoding="utf-8")
TABLE = (Path(__file__).resolve().parent / "fixtures" / "table.html").read_text(encoding="utf-8")
SPAMMY = (
    "<html><head><title>Bridge works</title></head><body><article>"
    + "".join(f"<p>{line}</p>" for line in SEED.read_text(encoding="utf-8").split("\n\n") if line.strip())
    + "</article></body></html>"
)


def write_warc(path: Path, pages: dict[str, str]) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for url, html in pages.items():
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            writer.write_record(
                writer.create_warc_record(url, "response", payload=io.BytesIO(html.encode()), http_headers=headers)
            )


def test_datatrove_pipeline_warc_to_jsonl(tmp_path):
    pytest.importorskip("datatrove")
    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.readers import WarcReader
    from datatrove.pipeline.writers import JsonlWriter

    from cleanpage.integrations.datatrove import CleanpageExtractor

    (tmp_path / "warc").mkdir()
    write_warc(tmp_path / "warc" / "crawl.warc.gz", {"https://news.example/a": ARTICLE, "https://news.example/spam": SPAMMY})
    LocalPipelineExecutor(
        [WarcReader(str(tmp_path / "warc")), CleanpageExtractor(), JsonlWriter(str(tmp_path / "out"), compression=None)],
        tasks=1,
        logging_dir=str(tmp_path / "logs"),
    ).run()
    docs = [json.loads(line) for f in sorted((tmp_path / "out").glob("*.jsonl")) for line in f.read_text().splitlines()]
    by_url = {d["metadata"]["url"]: d for d in docs}
    assert set(by_url) == {"https://news.example/a", "https://news.example/spam"}
    spam = by_url["https://news.example/spam"]
    assert "The top political leader of Hamas" in spam["text"]
    assert "deeply immersed" not in spam["text"] and "found this helpful" not in spam["text"]
    paragraphs = spam["metadata"]["cleanpage"]["paragraphs"]
    assert {p["label"] for p in paragraphs} >= {"content", "seo_filler"}
    assert any(p["kind"] == "generated_summary" for p in paragraphs)
    assert "Residents of the three river towns" in by_url["https://news.example/a"]["text"]


CRAWL = textwrap.dedent(
    """
    import http.server, json, sys, threading
    from functools import partial
    import scrapy
    from scrapy.crawler import CrawlerProcess

    site, out, workers = sys.argv[1], sys.argv[2], int(sys.argv[3])

    class Handler(http.server.SimpleHTTPRequestHandler):
        def guess_type(self, path):  # the Latin-1 page says so in its HTTP header only
            return "text/html; charset=iso-8859-1" if path.endswith("latin.html") else "text/html; charset=utf-8"
        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), partial(Handler, directory=site))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"

    class Pages(scrapy.Spider):
        name = "pages"
        start_urls = [f"{base}/index.html"]
        def parse(self, response):
            for href in response.css("a::attr(href)").getall():
                yield response.follow(href, self.page)
        def page(self, response):
            yield {"url": response.url, "body": response.body, "encoding": response.encoding}

    process = CrawlerProcess({
        "ITEM_PIPELINES": {"cleanpage.integrations.scrapy.CleanPipeline": 300},
        "CLEANPAGE_WORKERS": workers, "CLEANPAGE_PARAGRAPHS": True,
        "FEEDS": {out: {"format": "jsonlines"}}, "LOG_LEVEL": "ERROR", "ROBOTSTXT_OBEY": False,
        "TELNETCONSOLE_ENABLED": False,
    })
    process.crawl(Pages)
    process.start()
    server.shutdown()
    """
)


@pytest.mark.parametrize("workers", [1, 0], ids=["process", "thread"])
def test_scrapy_crawl_cleans_items(tmp_path, workers):
    pytest.importorskip("scrapy")
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text('<a href="article.html">a</a> <a href="spam.html">b</a> <a href="latin.html">c</a>')
    (site / "article.html").write_text(ARTICLE, encoding="utf-8")
    (site / "spam.html").write_text(SPAMMY, encoding="utf-8")
    latin = TABLE.replace("harbour authority", "Hafenbehörde").replace('<meta charset="utf-8">', "")
    (site / "latin.html").write_bytes(latin.encode("iso-8859-1"))
    (tmp_path / "crawl.py").write_text(CRAWL)
    out = tmp_path / "items.jsonl"
    done = subprocess.run(
        [sys.executable, str(tmp_path / "crawl.py"), str(site), str(out), str(workers)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    items = {Path(item["url"]).name: item for item in map(json.loads, out.read_text().splitlines())}
    assert set(items) == {"article.html", "spam.html", "latin.html"}
    assert all("body" not in item and "cleanpage_error" not in item for item in items.values())
    assert "Residents of the three river towns" in items["article.html"]["text"]
    spam = items["spam.html"]
    assert "The top political leader of Hamas" in spam["text"] and "deeply immersed" not in spam["text"]
    assert any(p["kind"] == "author_bio" and not p["kept"] for p in spam["paragraphs"])
    assert "Hafenbehörde" in items["latin.html"]["text"]  # decoded with the HTTP charset
    assert "2019 | 11,002 | $4.2m" in items["latin.html"]["text"]


def clean_batch(batch: dict) -> dict:
    """The README's datasets recipe: a batch of HTML in, a batch of cleanpage records out."""
    import cleanpage

    records = [cleanpage.clean(html, url).to_dict() for html, url in zip(batch["html"], batch["url"])]
    return {key: [r[key] for r in records] for key in cleanpage.arrow_schema(dropped=False).names}


def test_datasets_map_with_two_processes(tmp_path):
    datasets = pytest.importorskip("datasets")
    import cleanpage

    pages = [ARTICLE, SPAMMY, TABLE, "<html><body></body></html>"] * 2  # batches with and without filler
    ds = datasets.Dataset.from_dict({"html": pages, "url": [f"https://news.example/{i}" for i in range(len(pages))]})
    features = datasets.Features.from_arrow_schema(cleanpage.arrow_schema(dropped=False))
    out = ds.map(clean_batch, batched=True, batch_size=1, num_proc=2, remove_columns=["html", "url"], features=features)
    assert out.num_rows == len(pages)
    assert out.features == features
    kinds = {p["kind"] for row in out for p in row["paragraphs"]}
    assert "author_bio" in kinds and None in kinds  # a string or null in every batch
    assert "The top political leader of Hamas" in out[1]["text"]
    assert out[3]["text"] == "" and out[2]["paragraphs"][8]["row"] is not None
