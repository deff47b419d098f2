"""Edges of the API and the per-page timer (issue: reliability, second round)."""

import json
import os
import signal
import subprocess
import sys
import threading
import time

import pytest

import cleanpage
from cleanpage import Cleaner, CleanError, OptionError, Options

SRC = os.path.join(os.path.dirname(__file__), "..", "src")
PAGE = (
    "<html><body><article><p>" + "The council met on Tuesday and agreed the budget for next year. "
    "Members spoke for hours about roads, schools and parks across the town. " * 3 + "</p></article></body></html>"
)


def cli(*args, timeout=120):
    return subprocess.run(
        [sys.executable, "-m", "cleanpage", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=os.environ | {"PYTHONPATH": SRC},
    )


def test_a_url_that_is_not_a_string_is_an_input_error():
    with pytest.raises(cleanpage.InputError, match="url must be a string"):
        cleanpage.clean(PAGE, url=object())
    result = Cleaner().clean_safely(PAGE, url=object())
    assert result.error and json.dumps(result.to_dict())


@pytest.mark.parametrize("kwargs", [{"threshold": 2}, {"threshold": float("nan")}, {"max_bytes": 0}, {"max_blocks": -1}])
def test_bad_options_are_clean_errors_and_value_errors(kwargs):
    with pytest.raises(OptionError) as info:
        Cleaner(options=Options(**kwargs)) if "threshold" not in kwargs else Cleaner(threshold=kwargs["threshold"])
    assert isinstance(info.value, CleanError) and isinstance(info.value, ValueError)


@pytest.mark.parametrize("n_jobs, batch_size", [(2, 0), (0, 16), (1, -3)])
def test_clean_many_refuses_batch_sizes_and_job_counts_that_would_lose_pages(n_jobs, batch_size):
    with pytest.raises(OptionError):
        list(Cleaner().clean_many([PAGE, PAGE], n_jobs=n_jobs, batch_size=batch_size))


def test_jobs_zero_is_a_usage_error(tmp_path):
    page = tmp_path / "a.html"
    page.write_text(PAGE)
    proc = cli(page, "--jobs", "0")
    assert proc.returncode == 2 and "n_jobs must be a non-zero integer" in proc.stderr and "Traceback" not in proc.stderr


@pytest.mark.parametrize("value", ["nan", "inf", "1e12", "-1", "1e-6"])
def test_timeouts_out_of_range_are_usage_errors(tmp_path, value):
    page = tmp_path / "a.html"
    page.write_text(PAGE)
    proc = cli(page, "--timeout", value)
    assert proc.returncode == 2 and "timeout must be between" in proc.stderr and "Traceback" not in proc.stderr


@pytest.mark.parametrize("value", [float("nan"), float("inf"), 1e12, 1e-6, 0.0, True])
def test_timeout_option_is_validated(value):
    with pytest.raises(OptionError, match="timeout must be between"):
        Options(timeout=value)


def test_a_timer_that_fires_at_once_is_disarmed_afterwards():
    cleaner = Cleaner(options=Options(timeout=0.001))
    cleaner.clean_safely(PAGE)  # may or may not finish within a millisecond
    for _ in range(3):
        cleaner.clean_safely(PAGE)
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
    assert signal.getsignal(signal.SIGALRM) in (signal.SIG_DFL, signal.default_int_handler, None)
    start = time.monotonic()
    time.sleep(0.2)  # an armed repeating alarm would cut this short or kill the process
    assert time.monotonic() - start >= 0.19
    assert Cleaner().clean(PAGE).text  # no timeout: nothing interrupts it


def test_a_timeout_outside_the_main_thread_warns_instead_of_being_ignored_silently():
    caught = []

    def work():
        import warnings

        with warnings.catch_warnings(record=True) as seen:
            warnings.simplefilter("always")
            Cleaner(options=Options(timeout=5)).clean(PAGE)
        caught.extend(str(w.message) for w in seen)

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    assert any("only in a process's main thread" in m for m in caught)


def test_clean_many_takes_pages_with_their_urls_and_sources():
    pages = [
        PAGE,
        (PAGE, "https://news.example/a"),
        {"markup": PAGE.encode(), "url": "https://news.example/b", "source": "b.html"},
        {"markup": 42},
    ]
    results = list(Cleaner().clean_many(pages))
    assert [(r.url, r.source) for r in results[:3]] == [
        (None, None),
        ("https://news.example/a", None),
        ("https://news.example/b", "b.html"),
    ]
    assert all(r.text for r in results[:3]) and "markup must be str or bytes" in results[3].error


def test_every_result_matches_the_arrow_schema(fixtures):
    import pyarrow as pa

    pages = [PAGE, (fixtures / "seed-spam-page.html").read_bytes(), b"", b"\x00\x01\x02" * 1000]
    results = list(Cleaner().clean_many(pages))
    assert any(p.kind for p in results[1].paragraphs) and not any(p.kind for p in results[0].paragraphs)
    batches = [pa.Table.from_pylist([r.to_dict()], schema=cleanpage.arrow_schema()) for r in results]
    table = pa.concat_tables(batches)  # one page per batch: no batch may type a column differently
    assert table.num_rows == 4 and table.schema == cleanpage.arrow_schema()
    kinds = {k for row in table.column("paragraphs").to_pylist() for k in (p["kind"] for p in row)}
    assert None in kinds and {k for k in kinds if k} <= {
        "generated_summary",
        "author_bio",
        "rating_widget",
        "link_strip",
        "keyword_stuffing",
        "title_spam",
    }


def test_results_as_pandas_frames_per_page_and_per_paragraph(fixtures):
    pages = [
        {"markup": PAGE, "source": "plain"},
        {"markup": (fixtures / "seed-spam-page.html").read_bytes(), "source": "seed"},
        {"markup": bytes(range(256)) * 100, "source": "binary"},
    ]  # the last is binary: an error
    results = list(Cleaner().clean_many(pages))
    pages_frame = cleanpage.to_frame(results)
    assert list(pages_frame["text"]) == [r.text for r in results] and pages_frame["error"].notna().tolist() == [
        False,
        False,
        True,
    ]
    paragraphs = cleanpage.to_frame(results, paragraphs=True)
    assert len(paragraphs) == sum(len(r.paragraphs) for r in results)
    seed = paragraphs[paragraphs["source"] == "seed"]
    assert (seed["kept"] & (seed["label"] == "seo_filler")).sum() == 0 and seed["kind"].dropna().nunique() >= 3
    assert "\n\n".join(seed.loc[seed["kept"], "text"]) == results[1].text
    assert list(seed["n"]) == list(range(len(results[1].paragraphs)))
