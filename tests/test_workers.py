"""Worker processes that die, and a parent that dies (issue: reliability, second round)."""

import os
import signal
import subprocess
import sys
import time

import pytest
from killer import KILL, KillingCleaner

from cleanpage.parallel import WORKER_DIED, run_batches

SRC = os.path.join(os.path.dirname(__file__), "..", "src")
PAGE = (
    "<html><body><article><p>"
    + "The council met on Tuesday and agreed the budget for next year. " * 4
    + "</p></article></body></html>"
)


def test_a_killed_worker_costs_one_error_record_and_nothing_else():
    items = [(f"p{i}", KILL if i == 13 else PAGE.replace("council", f"council {i}")) for i in range(40)]
    results = list(run_batches(KillingCleaner(), items, n_jobs=2, batch_size=4))
    assert [r.source for r in results] == [f"p{i}" for i in range(40)]
    assert results[13].error == WORKER_DIED
    assert all(r.error is None and r.text for i, r in enumerate(results) if i != 13)


def _descendants(pid):
    out = subprocess.run(["ps", "-e", "-o", "pid=,ppid="], capture_output=True, text=True).stdout
    children: dict[int, list[int]] = {}
    for line in out.splitlines():
        p, pp = map(int, line.split())
        children.setdefault(pp, []).append(p)
    found, todo = [], [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            found.append(child)
            todo.append(child)
    return found


def _alive(pid):
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    with open(f"/proc/{pid}/stat") as fh:  # a zombie waits for its (dead) parent's reaper only
        return fh.read().split(")")[-1].split()[0] != "Z"


@pytest.mark.parametrize("settle", [0.0, 1.0], ids=["while-starting", "while-working"])
def test_workers_exit_when_the_parent_is_killed(tmp_path, settle):
    """Whether the parent dies while its workers are still starting up (before their
    initializer ran) or while they clean, they exit."""
    pages = tmp_path / "pages"
    pages.mkdir()
    for i in range(400):
        (pages / f"{i:03d}.html").write_text(PAGE)
    parent = subprocess.Popen(
        [sys.executable, "-m", "cleanpage", str(pages), "--jobs", "2", "-o", str(tmp_path / "o.jsonl")],
        env=os.environ | {"PYTHONPATH": SRC},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    deadline = time.monotonic() + 60
    workers: list[int] = []
    while time.monotonic() < deadline and len(workers) < 2:
        time.sleep(0.2)
        workers = _descendants(parent.pid)
    assert len(workers) >= 2, "workers never started"
    time.sleep(settle)
    workers = _descendants(parent.pid)
    parent.send_signal(signal.SIGKILL)
    parent.wait()
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and any(_alive(w) for w in workers):
        time.sleep(0.2)
    assert [w for w in workers if _alive(w)] == []


def test_a_page_gets_its_result_when_a_fresh_pool_fails_it_once(monkeypatch):
    """After a dead worker its batch runs again page by page; a page the fresh pool fails once
    (a pool still reporting the last death) is tried once more and gets its result, and only a
    page that takes a worker down every time gets the error record."""
    from concurrent.futures import Future
    from concurrent.futures.process import BrokenProcessPool

    import cleanpage.parallel as parallel

    # times a task holding the page fails as a dead worker: p1 with its batch and once alone, p2 with
    # its batch only, p5 always
    failures = {"p1": 2, "p2": 1, "p5": 99}

    class FakePool:
        def submit(self, fn, cleaner, batch):
            future: Future = Future()
            doomed = [item[0] for item in batch if failures.get(item[0], 0) > 0]
            if doomed:
                for source in doomed:
                    failures[source] -= 1
                future.set_exception(BrokenProcessPool("a worker died"))
            else:
                future.set_result(fn(cleaner, batch))
            return future

    monkeypatch.setattr(parallel, "_executor", lambda workers, fresh=False: FakePool())
    items = [(f"p{i}", PAGE) for i in range(8)]
    results = list(run_batches(cleanpage_cleaner(), items, n_jobs=2, batch_size=4))
    assert [r.source for r in results] == [f"p{i}" for i in range(8)]
    assert [i for i, r in enumerate(results) if r.error] == [5]
    assert results[5].error == WORKER_DIED
    assert all(r.text for i, r in enumerate(results) if i != 5)


def cleanpage_cleaner():
    from cleanpage import Cleaner

    return Cleaner()
