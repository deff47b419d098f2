import gzip
import json
import subprocess
import sys
from pathlib import Path

import pytest

GOLDEN = Path(__file__).parent / "fixtures" / "golden"


def run(*args, stdin=None):
    return subprocess.run([sys.executable, "-m", "cleanpage", *map(str, args)], input=stdin, capture_output=True, timeout=300)


def records(stdout: bytes):
    return [json.loads(line) for line in stdout.decode().splitlines()]


def test_seed_to_jsonl(fixtures):
    seed = fixtures.parent.parent / "data" / "seed-spam-page.txt"
    proc = run(seed)
    assert proc.returncode == 0, proc.stderr
    (rec,) = records(proc.stdout)
    assert rec["source"] == str(seed) and rec["error"] is None
    assert "The top political leader of Hamas" in rec["text"]
    assert "Chrissy" not in rec["text"]
    assert {"text", "label", "score", "kept"} <= set(rec["paragraphs"][0])


def test_golden_txt_output(fixtures):
    proc = run(fixtures / "article.html", "--format", "txt")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.decode() == (GOLDEN / "article.txt").read_text(encoding="utf-8")


def test_golden_md_output(fixtures):
    proc = run(fixtures / "article.html", "--format", "md")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.decode() == (GOLDEN / "article.md").read_text(encoding="utf-8")


def test_directory_gzip_and_failures_one_record_each(tmp_path, fixtures, article_html):
    pages = tmp_path / "pages"
    (pages / "sub").mkdir(parents=True)
    (pages / "a.html").write_text(article_html, encoding="utf-8")
    (pages / "sub" / "b.html.gz").write_bytes(gzip.compress(article_html.encode()))
    (pages / "sub" / "c.txt").write_text((fixtures / "seed-reworded.txt").read_text(encoding="utf-8"), encoding="utf-8")
    (pages / "broken.html.gz").write_bytes(gzip.compress(article_html.encode())[:200])
    (pages / "ignored.png").write_bytes(b"\x89PNG")
    out = tmp_path / "out.jsonl"
    proc = run(pages, "-o", out, "--jobs", "2")
    assert proc.returncode == 1
    recs = records(out.read_bytes())
    assert [Path(r["source"]).name for r in recs] == ["a.html", "broken.html.gz", "b.html.gz", "c.txt"]
    assert recs[1]["error"].startswith("InputError:") and "gzip" in recs[1]["error"]
    assert recs[0]["text"] == recs[2]["text"] and recs[0]["text"]
    assert "Delbert" not in recs[3]["text"]
    assert b"Traceback" not in proc.stderr
    assert b"1 of 4 inputs failed" in proc.stderr


def test_stdin(article_html):
    proc = run("-", "--format", "txt", stdin=article_html.encode())
    assert proc.returncode == 0
    assert "Residents of the three river towns" in proc.stdout.decode()


def test_missing_file_gets_an_error_record(tmp_path):
    proc = run(tmp_path / "nope.html")
    assert proc.returncode == 1
    (rec,) = records(proc.stdout)
    assert rec["error"].startswith("InputError: cannot read")


@pytest.mark.parametrize("args", [[], ["--format", "pdf", "x.html"], ["--jobs", "two", "x.html"]])
def test_usage_errors_exit_2(args):
    assert run(*args).returncode == 2


def test_bad_model_exits_2(tmp_path, fixtures):
    proc = run(fixtures / "article.html", "--model", tmp_path)
    assert proc.returncode == 2 and b"not a cleanpage model folder" in proc.stderr


def test_evaluate_command_on_a_corpus(fixtures):
    proc = run("evaluate", fixtures / "mini-corpus.jsonl.gz", "--split", "all", "--jobs", "1")
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout)
    from cleanpage import default_model
    from cleanpage.training.corpus import read_corpus
    from cleanpage.training.train import evaluate_pages

    pages = list(read_corpus(fixtures / "mini-corpus.jsonl.gz"))
    expected = evaluate_pages(default_model(), pages, n_jobs=1)  # the command reports what the library computes
    assert report["pages"] == pytest.approx(expected["pages"]) and report["pages"]["pages"] == len(pages)
    for label, scores in expected["blocks"].items():
        assert report["blocks"][label] == pytest.approx(scores)
    assert set(report["blocks"]) == {"content", "boilerplate", "seo_filler"}


def test_train_command_writes_a_loadable_model(tmp_path, fixtures):
    proc = run(
        "train", fixtures / "mini-corpus.jsonl.gz", "-o", tmp_path / "model", "--seed", "1", "--jobs", "1", "--max-iter", "10"
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["dev_pages"] > 0
    proc = run(fixtures / "article.html", "--model", tmp_path / "model", "--format", "txt")
    assert proc.returncode == 0 and proc.stdout.strip()


def test_train_command_can_add_the_stacked_stage(tmp_path, fixtures):
    proc = run(
        "train",
        fixtures / "mini-corpus.jsonl.gz",
        "-o",
        tmp_path / "model",
        "--seed",
        "1",
        "--jobs",
        "1",
        "--max-iter",
        "5",
        "--no-filler",
        "--stacked",
    )
    assert proc.returncode == 0, proc.stderr
    from cleanpage.model import BlockModel

    model = BlockModel.load(tmp_path / "model")
    assert model.stage2 is not None and model.meta["train_config"]["stacked"] is True
    proc = run(fixtures / "article.html", "--model", tmp_path / "model", "--format", "txt")
    assert proc.returncode == 0 and proc.stdout.strip()


def test_a_mirror_folder_is_cleaned_by_content_and_what_is_passed_over_is_reported(tmp_path):
    mirror = tmp_path / "mirror"
    mirror.mkdir()
    page = (
        "<html><head><title>Harbour</title></head><body><p>The council met on Tuesday to discuss the harbour plans, "
        "the ferry and the new market hall for the coming year, and agreed on most of them.</p></body></html>"
    )
    for name in ("page.php", "noext", "index.html?page=2", "a.html"):
        (mirror / name).write_text(page)
    (mirror / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (mirror / "style.css").write_text("body { color: red }")
    (mirror / "notes.asp").write_text("plain words, no markup")
    done = run(str(mirror), "-o", str(tmp_path / "out.jsonl"))
    assert done.returncode == 0, done.stderr.decode()
    records = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text().splitlines()]
    assert sorted(Path(r["source"]).name for r in records) == ["a.html", "index.html?page=2", "noext", "page.php"]
    assert all("council" in r["text"] for r in records)
    err = done.stderr.decode()
    assert "passed over 3 files" in err and "logo.png" in err and "--include-ext" in err
    (tmp_path / "out.jsonl").unlink()
    done = run(str(mirror), "--include-ext", "asp,.CSS", "-o", str(tmp_path / "out.jsonl"))
    names = {Path(json.loads(line)["source"]).name for line in (tmp_path / "out.jsonl").read_text().splitlines()}
    assert {"notes.asp", "style.css"} <= names and "logo.png" not in names
    assert "passed over 1 file " in done.stderr.decode()


def test_a_dead_dask_scheduler_is_one_line_and_opens_no_output(tmp_path, fixtures):
    pytest.importorskip("dask.distributed")
    import socket

    with socket.socket() as s:  # a port nothing listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = run(fixtures / "article.html", "--dask-scheduler", f"tcp://127.0.0.1:{port}", "-o", tmp_path / "out.jsonl")
    err = proc.stderr.decode()
    assert proc.returncode == 2 and "cannot reach the Dask scheduler" in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1
    assert list(tmp_path.iterdir()) == []  # no output, no .part file


def test_a_url_whose_filesystem_is_missing_names_the_extra(tmp_path, fixtures):
    import importlib.util

    if importlib.util.find_spec("s3fs") is not None:
        pytest.skip("s3fs is installed here")
    for args in (["s3://bucket/crawl/"], [fixtures / "article.html", "-o", "s3://bucket/out.jsonl"]):
        proc = run(*args)
        err = proc.stderr.decode()
        assert proc.returncode == 2 and "pip install 'cleanpage[s3]'" in err and "Traceback" not in err


def test_no_paragraphs_writes_lean_records(tmp_path, fixtures):
    proc = run(fixtures / "article.html", "--no-paragraphs")
    (record,) = records(proc.stdout)
    assert "paragraphs" not in record and record["text"] and record["language"] == "en"
    pq = pytest.importorskip("pyarrow.parquet")
    run(fixtures / "article.html", "--no-paragraphs", "-o", tmp_path / "lean.parquet")
    table = pq.read_table(tmp_path / "lean.parquet")
    assert "paragraphs" not in table.column_names and table.column("text")[0].as_py() == record["text"]


def test_progress_bar_counts_a_folder_first(tmp_path, monkeypatch):
    import io as stdio

    from cleanpage import cli

    class Terminal(stdio.StringIO):
        def isatty(self):
            return True

    monkeypatch.setattr(sys, "stderr", Terminal())
    for name in ("a.html", "b.html", "c.txt"):
        (tmp_path / name).write_text("<p>x</p>")
    (tmp_path / "logo.png").write_bytes(b"\x89PNG\x00")
    assert cli._progress([str(tmp_path)]).total == 3
    assert cli._progress([str(tmp_path)], done=1).total == 2  # a resumed run counts what is left
    (tmp_path / "crawl.warc.gz").write_bytes(b"")
    assert cli._progress([str(tmp_path)]).total is None  # a WARC's pages are known only as they are read
    monkeypatch.setattr(sys, "stderr", stdio.StringIO())
    assert cli._progress([str(tmp_path)]) is None  # no terminal, no bar
