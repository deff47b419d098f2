"""Hostile input: every fuzz case gets a result or a CleanError, and one CLI record per input."""

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

import cleanpage
from cleanpage import Cleaner, CleanError, CleanTimeout, Options
from cleanpage.decode import decode_bytes, looks_binary
from cleanpage.parse import MAX_NESTING, nesting_depth

sys.path.insert(0, str(Path(__file__).parent / "fuzz"))
from generate import cases, special_cases, write_cases  # noqa: E402

SCALE = 0.02  # the big cases at 2 %: 1 MB page, 2,000-deep nesting, 20,000 elements, 200 kB line
EXPECTED_ERRORS = {
    "truncated.html.gz": "truncated gzip",
    "corrupt.html.gz": "corrupt gzip",
    "random-binary.html": "binary data",
    "pipe.html": "not a regular file (a FIFO)",
}


@pytest.mark.parametrize("name, data", sorted(cases(SCALE).items()))
def test_api_returns_a_result_or_a_clean_error(name, data):
    try:
        result = cleanpage.clean(data)
    except CleanError as exc:
        assert name in EXPECTED_ERRORS or name.endswith(".gz"), f"{name}: {exc}"
        return
    assert isinstance(result.text, str)
    json.dumps(result.to_dict())
    if not result.text:
        assert result.warnings, f"{name}: an empty result must say why"


def test_fuzz_folder_through_the_cli_gives_one_record_per_input(tmp_path):
    written = write_cases(tmp_path / "fuzz", SCALE)
    out = tmp_path / "out.jsonl"
    proc = subprocess.run(
        [sys.executable, "-m", "cleanpage", str(tmp_path / "fuzz"), "-o", str(out), "--max-bytes", "500000"],
        capture_output=True,
        timeout=600,
    )
    assert proc.returncode == 1  # some inputs failed, the run went on
    assert b"Traceback" not in proc.stderr
    recs = [json.loads(line) for line in out.read_text().splitlines()]
    plain = [r for r in recs if ".warc" not in r["source"]]
    assert sorted(r["source"] for r in plain) == sorted(str(p) for p in written)
    for name, (_, expected) in special_cases().items():  # one record per WARC record, damaged ones too
        mine = [r for r in recs if Path(r["source"].split("@")[0]).name == name]
        assert len(mine) == expected, name
        assert sum(r["error"] is not None for r in mine) == 1, name
    recs = plain
    errors = {Path(r["source"]).name: r["error"] for r in recs if r["error"]}
    for name, message in EXPECTED_ERRORS.items():
        assert message in errors[name]
    assert "max_bytes=500000" in errors["huge-page.html"]
    assert set(errors) == set(EXPECTED_ERRORS) | {"huge-page.html"}
    texts = {Path(r["source"]).name: r["text"] for r in recs}
    assert "bridge would open next spring" in texts["deep-nesting.html"]
    assert "naïve" in texts["cp1252-undeclared.html"] and "Déjà vu à Orléans" in texts["latin1-declared-utf8.html"]
    assert "bridge would open" in texts["utf16-bom.html"] and "bridge would open" in texts["invalid-url.html"]


def test_pages_nested_deeper_than_lexbor_can_build_are_read_as_text():
    depth = MAX_NESTING + 5_000
    page = "<div>" * depth + "<p>The council voted to close the old library on Monday evening.</p>" + "</div>" * depth
    assert nesting_depth(page) == depth + 1
    started = time.perf_counter()
    result = cleanpage.clean(page)
    assert time.perf_counter() - started < 30
    assert any("read as text" in w for w in result.warnings)
    assert "council voted" in " ".join(p.text for p in result.paragraphs)


def test_nesting_bound_counts_void_and_closed_elements_correctly():
    assert nesting_depth("<p>a</p>" * 30_000) <= MAX_NESTING
    assert nesting_depth("<br>" * 30_000 + "<img src=x/>" * 10) <= MAX_NESTING
    assert nesting_depth("<ul><li>" * 15_000) == 30_000


def test_binary_is_refused_but_text_with_nul_bytes_is_not():
    assert looks_binary(bytes(range(256)) * 100)
    assert not looks_binary(b"Plain words\x00 with a few\x00 NUL bytes in them.\n" * 100)
    with pytest.raises(CleanError, match="binary data"):
        cleanpage.clean(bytes(range(256)) * 100)


def test_undeclared_western_legacy_pages_decode_as_windows_1252():
    text = "<p>“Quoted” café – naïve, €5 — déjà vu; the committee’s report was published today.</p>"
    assert decode_bytes(text.encode("cp1252"))[0] == text


def test_timeout_stops_a_slow_page_with_a_clean_error():
    page = "<html><body>" + "<div><p>Some words in a paragraph of text here.</p></div>" * 20_000 + "</body></html>"
    cleaner = Cleaner(options=Options(timeout=0.05))
    started = time.perf_counter()
    with pytest.raises(CleanTimeout, match="timeout"):
        cleaner.clean(page)
    assert time.perf_counter() - started < 5
    assert Cleaner(options=Options(timeout=60)).clean("<p>Short page, plenty of time.</p>").text


def test_timeout_is_not_swallowed_by_a_library_catching_exception(monkeypatch):
    import cleanpage.cleaner as cleaner_module

    def stubborn(*args, **kwargs):  # like a library that wraps its work in `except Exception`
        try:
            time.sleep(5)
        except Exception:
            pass
        raise AssertionError("should have been interrupted")

    monkeypatch.setattr(cleaner_module, "page_signals", stubborn)
    started = time.perf_counter()
    with pytest.raises(CleanTimeout):
        Cleaner(options=Options(timeout=0.2)).clean("<html><body><p>Some text.</p></body></html>")
    assert time.perf_counter() - started < 2


def test_cli_timeout_gives_an_error_record_and_goes_on(tmp_path):
    slow = tmp_path / "slow.html"
    slow.write_text("<html><body>" + "<div><p>Words in a paragraph.</p></div>" * 30_000 + "</body></html>")
    fine = tmp_path / "fine.html"
    fine.write_text("<html><body><p>The mayor opened the new park on Saturday morning with a speech.</p></body></html>")
    proc = subprocess.run(
        [sys.executable, "-m", "cleanpage", str(slow), str(fine), "--timeout", "0.05"], capture_output=True, timeout=300
    )
    recs = [json.loads(line) for line in proc.stdout.decode().splitlines()]
    assert proc.returncode == 1 and len(recs) == 2
    assert "CleanTimeout" in recs[0]["error"] and recs[1]["error"] is None and "mayor" in recs[1]["text"]
