"""The explain report: decisions at every threshold, the HTML, and the page in a real browser."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from selectolax.lexbor import LexborHTMLParser

from cleanpage import Cleaner
from cleanpage.explain import STEPS, explain, render_html

SEED = Path(__file__).resolve().parent.parent / "data" / "seed-spam-page.txt"
ARTICLE = Path(__file__).resolve().parent / "fixtures" / "article.html"
TABLE = Path(__file__).resolve().parent / "fixtures" / "table.html"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--enable-logging=stderr",
    "--v=0",
    "--window-size=1366,900",
]


@pytest.fixture(scope="module")
def seed_explained():
    return explain(SEED.read_bytes(), source="seed-spam-page.txt")


def test_decisions_at_the_models_threshold_are_the_cleaners(seed_explained):
    cleaner = Cleaner()
    result = cleaner.clean(SEED.read_bytes(), source="seed-spam-page.txt")
    assert seed_explained.kept_at(cleaner.threshold) == [p.kept for p in result.paragraphs]
    assert [p.text for p in seed_explained.result.paragraphs] == [p.text for p in result.paragraphs]


@pytest.mark.parametrize("path", [SEED, ARTICLE], ids=["seed", "article"])
def test_every_step_is_the_cleaner_at_that_threshold(path):
    explained = explain(path.read_bytes())
    assert len(explained.decisions) == len(STEPS)
    for t in (0.0, 0.2, 0.5, 0.9, 1.0):
        result = Cleaner(threshold=t).clean(path.read_bytes())
        assert explained.kept_at(t) == [p.kept for p in result.paragraphs], t
    assert sum(explained.kept_at(0.0)) >= sum(explained.kept_at(0.5)) > sum(explained.kept_at(1.0))
    # at 1.0 no block clears the threshold: only the best available story paragraphs stay
    strictest = Cleaner(threshold=1.0).clean(path.read_bytes())
    assert all(p.reason == "best_available" for p in strictest.paragraphs if p.kept)


def test_report_carries_each_blocks_decision(seed_explained):
    page = LexborHTMLParser(render_html(seed_explained))
    blocks = page.css("li.block")
    paragraphs = seed_explained.result.paragraphs
    assert len(blocks) == len(paragraphs)
    for el, p in zip(blocks, paragraphs):
        assert el.attributes["data-label"] == p.label
        assert el.attributes["data-kept"] == str(p.kept).lower()
        assert float(el.attributes["data-score"]) == pytest.approx(p.score, abs=1e-4)
        assert el.css_first(".text").text() == p.text
    filler = [el for el in blocks if el.attributes["data-label"] == "seo_filler"]
    assert filler and all(el.css_first(".kind").text() for el in filler)  # each shows its family
    assert {el.css_first(".kind").text() for el in filler} >= {"generated_summary", "author_bio"}
    assert not page.css("script[src], link[href], img[src]")  # self-contained: nothing fetched


def test_report_escapes_the_page(tmp_path):
    hostile = (
        "<html><head><title>x</script><script>alert(1)</script></title></head><body>"
        + "<p>"
        + "A long paragraph about the harbour and its boats. " * 6
        + "</script><img src=x onerror=alert(2)></p></body></html>"
    )
    html = render_html(explain(hostile))
    page = LexborHTMLParser(html)
    assert len(page.css("script")) == 2  # the data and the report's own script, nothing from the page
    assert not page.css("img")
    assert "</script><img" not in html


def test_cli_writes_the_report(tmp_path):
    out = tmp_path / "seed.html"
    done = subprocess.run(
        [sys.executable, "-m", "cleanpage", "explain", str(SEED), "-o", str(out)], capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr
    assert LexborHTMLParser(out.read_text()).css("li.block")


def test_cli_refuses_what_it_cannot_explain(tmp_path):
    missing = subprocess.run(
        [sys.executable, "-m", "cleanpage", "explain", str(tmp_path / "nope.html"), "-o", str(tmp_path / "r.html")],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert missing.returncode == 1 and "cannot read" in missing.stderr and "Traceback" not in missing.stderr
    bad = subprocess.run(
        [sys.executable, "-m", "cleanpage", "explain", str(SEED), "--threshold", "7", "-o", str(tmp_path / "r.html")],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert bad.returncode == 2 and "threshold" in bad.stderr
    assert not (tmp_path / "r.html").exists()


def _browse(url: str, tmp_path: Path, *extra: str) -> subprocess.CompletedProcess:
    profile = tmp_path / f"profile-{len(list(tmp_path.iterdir()))}"
    return subprocess.run(
        [CHROMIUM, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *extra, url], capture_output=True, text=True, timeout=120
    )


def _console_messages(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if ":CONSOLE" in line]


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed (Debian package chromium; .ci/run installs it)")
def test_console_check_sees_a_script_error(tmp_path):
    """The console check below can fail: a page with a script error is caught by it."""
    bad = tmp_path / "bad.html"
    bad.write_text("<!doctype html><body><script>notDefinedAnywhere();</script></body>")
    done = _browse(bad.as_uri(), tmp_path, "--dump-dom")
    assert any("notDefinedAnywhere" in m for m in _console_messages(done.stderr))


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed (Debian package chromium; .ci/run installs it)")
@pytest.mark.parametrize(
    ("path", "thresholds"),
    [(SEED, (None, 1.0)), (ARTICLE, (0.0, "fewer")), (TABLE, (None, "fewer"))],
    ids=["seed", "article", "table"],
)
def test_report_in_chromium(tmp_path, path, thresholds):
    explained = explain(path.read_bytes(), source=path.name)
    # "fewer": the lowest threshold on the report's grid that keeps fewer blocks than the model's
    # (the table's cells score close together, and the article's blocks apart from its story are the
    # frame's at every threshold; where that is depends on the model)
    default = sum(explained.kept_at(explained.threshold))
    fewer = next(t / 100 for t in range(101) if sum(explained.kept_at(t / 100)) < default)
    thresholds = tuple(fewer if t == "fewer" else t for t in thresholds)
    report = tmp_path / "report.html"
    report.write_text(render_html(explained), encoding="utf-8")
    kept = []
    for t in thresholds:
        done = _browse(report.as_uri() + ("" if t is None else f"#t={t}"), tmp_path, "--dump-dom")
        assert done.returncode == 0, done.stderr[-2000:]
        assert _console_messages(done.stderr) == []
        t = explained.threshold if t is None else t
        dom = LexborHTMLParser(done.stdout)
        blocks = dom.css("li.block")
        assert len(blocks) == len(explained.result.paragraphs)
        assert dom.body.attributes["data-threshold"] == f"{t:.2f}"  # the script ran and read the fragment
        flags = [el.attributes["data-kept"] == "true" for el in blocks]
        assert flags == explained.kept_at(t)
        assert dom.css_first("#kept-count").text() == str(sum(flags))
        article = dom.css_first("#article").text()
        assert article == Cleaner(threshold=t).clean(path.read_bytes()).text  # what --threshold t outputs
        if path == SEED and t == explained.threshold:  # the seed's filler: dropped, each with its family
            filler = [el for el in blocks if el.attributes["data-label"] == "seo_filler"]
            assert len(filler) >= 20 and all(el.attributes["data-kept"] == "false" for el in filler)
            assert all(el.css_first(".kind").text() == el.attributes["data-kind"] != "" for el in filler)
        kept.append(sum(flags))
    assert kept[0] > kept[1]  # the fragment's threshold changed what is kept
    shot = tmp_path / "report.png"
    done = _browse(report.as_uri(), tmp_path, f"--screenshot={shot}")
    assert shot.is_file() and shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert shot.stat().st_size > 20_000  # a rendered page, not a blank one (a blank 1366x900 PNG is ~5 kB)
    assert _console_messages(done.stderr) == []
