"""Writing results: JSON Lines (plain or .gz), txt, md or Parquet; atomic, and resumable.

A file output is written to `.NAME.part` beside its target, one whole record at a time, and
moved onto the target only when the run completes. An interrupted run leaves the target
untouched and its records in the `.part` file; `resume=True` carries those (and the target's)
over, and `done` tells the caller which inputs to skip (a record cut off by a crash is dropped
and redone). Paths may be any fsspec URL.
"""

from __future__ import annotations

import gzip
import io
import json
import logging
import os
import sys
import zlib
from collections.abc import Iterable, Iterator
from typing import IO, Any

import fsspec

from .errors import CleanError
from .records import Paragraph, Result

log = logging.getLogger(__name__)

FORMATS = ("jsonl", "txt", "md", "parquet")
DOCUMENT_SEPARATOR = {"jsonl": "", "txt": "\f\n", "md": "\n---\n\n"}
PARQUET_ROW_GROUP = 1_000
PARAGRAPH_COLUMNS = tuple(Paragraph("", "", 0.0, False).to_dict())  # the record's own keys, in order
PAGE_COLUMNS = tuple(k for k in Result().to_dict() if k != "paragraphs")
STDOUT = "-"


def format_result(result: Result, fmt: str, *, paragraphs: bool = True) -> str:
    """One result as text in the output format (jsonl line, txt or md article); a JSON record
    without its `paragraphs` list when `paragraphs` is False."""
    if fmt == "jsonl":
        record = result.to_dict()
        if not paragraphs:
            del record["paragraphs"]
        return json_line(record)
    if fmt == "txt":
        return result.text + "\n"
    if fmt == "md":
        return result.markdown + "\n"
    raise ValueError(f"unknown text format {fmt!r}")


def json_line(record: dict[str, Any]) -> str:
    """A JSON Lines record. Names that are not valid UTF-8 (file names carried with surrogate
    escapes) are written as JSON escapes, so the line stays valid and reads back the same."""
    line = json.dumps(record, ensure_ascii=False) + "\n"
    try:
        line.encode("utf-8")
    except UnicodeEncodeError:
        line = json.dumps(record, ensure_ascii=True) + "\n"
    return line


def format_for(path: str | None, requested: str | None) -> str:
    """The output format: as requested, else from the file name (.parquet), else jsonl."""
    if requested:
        return requested
    return "parquet" if path and path.lower().endswith(".parquet") else "jsonl"


def read_records(path: str) -> Iterator[dict[str, Any]]:
    """The whole JSON records of a JSON Lines file (.gz too), stopping quietly at a cut-off end."""
    fs, local = fsspec.core.url_to_fs(path)
    if not fs.exists(local):
        return
    with fs.open(local, "rb") as raw:
        stream: IO[bytes] = gzip.GzipFile(fileobj=raw) if local.endswith((".gz", ".gz.part")) else raw  # type: ignore[assignment]
        try:
            for line in stream:
                if not line.endswith(b"\n"):
                    break  # the last line of a killed run
                try:
                    yield json.loads(line)
                except ValueError:
                    break
        except (EOFError, OSError, zlib.error):  # a gzip stream cut off by a crash
            return


class Output:
    """Results to stdout or to a file; a context manager. `done` holds sources already written."""

    def __init__(self, path: str | None, fmt: str = "jsonl", *, resume: bool = False, paragraphs: bool = True) -> None:
        if fmt not in FORMATS:
            raise ValueError(f"unknown format {fmt!r}; expected one of {FORMATS}")
        self.path = None if path in (None, STDOUT) else path
        self.fmt = fmt
        self.resume = resume
        self.paragraphs = paragraphs  # False: records without their paragraph list (--no-paragraphs)
        self.done: set[str] = set()
        self.written = 0
        if resume and (self.path is None or fmt != "jsonl"):
            raise CleanError("--resume needs a JSON Lines output file (-o out.jsonl or out.jsonl.gz)")
        if fmt == "parquet" and self.path is None:
            raise CleanError("Parquet output needs an output file (-o out.parquet)")
        self._text: IO[str] | None = None
        self._closers: list[Any] = []
        self._rows: list[dict[str, Any]] = []
        self._parquet: Any = None

    # --- opening and closing -------------------------------------------------------------
    def __enter__(self) -> Output:
        if self.path is None:
            self._text = sys.stdout
            return self
        self.fs, self.target = fsspec.core.url_to_fs(self.path)
        if self.fs.isdir(self.target):
            raise CleanError(f"output {self.path} is a directory; name a file inside it (-o {self.path.rstrip('/')}/out.jsonl)")
        parent, _, name = self.target.rpartition("/")
        self.tmp = f"{parent}/.{name}.part" if parent else f".{name}.part"
        if parent:
            self.fs.makedirs(parent, exist_ok=True)
        self._lock()
        try:
            return self._open()
        except BaseException:
            self._unlock()
            raise

    def _open(self) -> Output:
        carried = self._previous_records() if self.resume else []
        if self.fmt == "parquet":
            return self
        raw = self.fs.open(self.tmp, "wb")
        self._closers.append(raw)
        binary: IO[bytes] = raw
        if self.target.endswith(".gz"):
            binary = gzip.GzipFile(fileobj=raw, mode="wb", mtime=0)  # type: ignore[assignment]
            self._closers.append(binary)
        self._text = io.TextIOWrapper(binary, encoding="utf-8", newline="\n")
        self._closers.append(self._text)
        for line in carried:
            self._text.write(line)
        return self

    def _lock(self) -> None:
        """An exclusive lock on the output (local files), held until the run ends: a second run
        writing the same output is refused instead of interleaving records with this one."""
        protocol = self.fs.protocol if isinstance(self.fs.protocol, str) else self.fs.protocol[0]
        if protocol not in ("file", "local"):
            return
        import fcntl

        parent, _, name = self.target.rpartition("/")
        lock_path = f"{parent}/.{name}.lock" if parent else f".{name}.lock"
        handle = open(lock_path, "a")
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            handle.close()
            raise CleanError(
                f"another cleanpage run is writing {self.path} (locked: {lock_path}); "
                "wait for it to finish, or write to another file"
            ) from None
        self._lock_file: tuple | None = (handle, lock_path)

    def _unlock(self) -> None:
        lock = getattr(self, "_lock_file", None)
        if lock is not None:
            handle, path = lock
            try:
                os.unlink(path)
            except OSError:
                pass
            handle.close()
            self._lock_file = None

    def _previous_records(self) -> list[str]:
        """Records of earlier runs (the target, then an interrupted run's .part), once per source."""
        carried: list[str] = []
        for path in (self.target, self.tmp):
            for record in read_records(self._url(path)):
                source = record.get("source")
                if source is not None and source not in self.done:
                    self.done.add(source)
                    carried.append(json_line(record))
        log.info("resuming: %d inputs already done", len(self.done))
        return carried

    def _url(self, path: str) -> str:
        protocol = self.fs.protocol if isinstance(self.fs.protocol, str) else self.fs.protocol[0]
        return path if protocol in ("file", "local") else f"{protocol}://{path}"

    def __exit__(self, exc_type, exc, tb) -> None:
        if self.path is None:
            sys.stdout.flush()
            return
        try:
            if self.fmt == "parquet":
                self._flush_parquet(final=exc_type is None)
            for closer in reversed(self._closers):
                closer.close()
            if exc_type is None:
                self.fs.mv(self.tmp, self.target)
        finally:
            self._unlock()

    @property
    def partial_path(self) -> str | None:
        return None if self.path is None else self.tmp

    # --- writing ---------------------------------------------------------------------------
    def write(self, result: Result) -> None:
        """Write one result (an error result too: it is the record of a failed input)."""
        if self.fmt == "parquet":
            self._rows.append(_parquet_row(result, self.paragraphs))
            if len(self._rows) >= PARQUET_ROW_GROUP:
                self._flush_parquet()
        else:
            assert self._text is not None
            if self.written and DOCUMENT_SEPARATOR[self.fmt]:
                self._text.write(DOCUMENT_SEPARATOR[self.fmt])
            self._text.write(format_result(result, self.fmt, paragraphs=self.paragraphs))
        self.written += 1

    def _flush_parquet(self, final: bool = False) -> None:
        pa, pq = _pyarrow()
        if self._rows or (final and self._parquet is None):
            table = pa.Table.from_pylist(self._rows, schema=parquet_schema(paragraphs=self.paragraphs))
            if self._parquet is None:
                raw = self.fs.open(self.tmp, "wb")
                self._closers.insert(0, raw)
                self._parquet = pq.ParquetWriter(raw, table.schema, compression="zstd")
            self._parquet.write_table(table)
            self._rows = []
        if final and self._parquet is not None:
            self._parquet.close()


def _pyarrow():
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as exc:
        raise CleanError("Parquet output needs pyarrow: pip install 'cleanpage[parquet]'") from exc
    return pa, pq


def to_frame(results: Iterable[Result], *, paragraphs: bool = False):
    """A pandas DataFrame of results: one row per page (`paragraphs=False`: the columns of
    `Result.to_dict()` without its paragraph list), or one row per paragraph, with its page's
    `source`, `url` and `title` and its position `n` on the page."""
    try:
        import pandas as pd
    except ImportError as exc:
        raise CleanError("to_frame needs pandas: pip install 'cleanpage[pandas]'") from exc
    if not paragraphs:
        rows = [{k: v for k, v in r.to_dict().items() if k != "paragraphs"} for r in results]
        return pd.DataFrame(rows, columns=PAGE_COLUMNS)
    rows = [
        {"source": r.source, "url": r.url, "title": r.title, "n": n} | p.to_dict()
        for r in results
        for n, p in enumerate(r.paragraphs)
    ]
    return pd.DataFrame(rows, columns=["source", "url", "title", "n", *PARAGRAPH_COLUMNS])


def arrow_schema():
    """The Arrow schema of `Result.to_dict()`: every record matches it, whatever its page held (no
    filler, no paragraphs, an error), so batches of results concatenate, and `datasets.map` or
    Parquet writers never meet a batch whose types differ."""
    pa, _ = _pyarrow()
    return parquet_schema().append(pa.field("dropped", pa.map_(pa.string(), pa.int64())))


def parquet_schema(paragraphs: bool = True):
    pa, _ = _pyarrow()
    paragraph = pa.struct(
        [
            ("text", pa.string()),
            ("label", pa.string()),
            ("score", pa.float64()),
            ("kept", pa.bool_()),
            ("tag", pa.string()),
            ("kind", pa.string()),
            ("reason", pa.string()),
            ("table", pa.int64()),
            ("row", pa.int64()),
        ]
    )
    # the columns of `Result.to_dict()` but `dropped` (see `arrow_schema`)
    columns = [
        ("source", pa.string()),
        ("url", pa.string()),
        ("title", pa.string()),
        ("author", pa.string()),
        ("date", pa.string()),
        ("sitename", pa.string()),
        ("description", pa.string()),
        ("image", pa.string()),
        ("language", pa.string()),
        ("text", pa.string()),
        ("paragraphs", pa.list_(paragraph)),
        ("warnings", pa.list_(pa.string())),
        ("error", pa.string()),
    ]
    return pa.schema([c for c in columns if paragraphs or c[0] != "paragraphs"])


def _parquet_row(result: Result, paragraphs: bool = True) -> dict[str, Any]:
    row = result.to_dict()
    row.pop("dropped", None)
    if not paragraphs:
        del row["paragraphs"]
    if row["source"] is not None:  # a file name that is not valid UTF-8: Arrow strings must be
        row["source"] = row["source"].encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    return row
