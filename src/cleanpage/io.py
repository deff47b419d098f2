"""Reading page dumps (files, folders, gzip, stdin) and writing results (JSONL, txt, md)."""

from __future__ import annotations

import gzip
import json
import os
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from .decode import gunzip, is_gzip
from .errors import InputError, InputTooLarge
from .records import Result

PAGE_SUFFIXES = (".html", ".htm", ".xhtml", ".txt", ".text")
STDIN = "-"


@dataclass(frozen=True)
class InputItem:
    """One input: where it came from and its bytes, or why they could not be read."""

    source: str
    data: bytes | None = None
    error: str | None = None


def is_page_file(path: Path) -> bool:
    name = path.name.lower()
    if name.endswith(".gz"):
        name = name[:-3]
    return name.endswith(PAGE_SUFFIXES)


def expand_inputs(paths: Iterable[str]) -> Iterator[str]:
    """Paths as given, folders walked recursively (sorted) for page files."""
    for raw in paths:
        if raw == STDIN:
            yield raw
            continue
        path = Path(raw)
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs.sort()
                for name in sorted(files):
                    candidate = Path(root) / name
                    if is_page_file(candidate):
                        yield str(candidate)
        else:
            yield raw


def read_input(source: str, max_bytes: int) -> bytes:
    """The bytes of one input, gunzipped; raises InputError with the reason."""
    try:
        if source == STDIN:
            data = sys.stdin.buffer.read(max_bytes + 1)
        else:
            with open(source, "rb") as fh:
                data = fh.read(max_bytes + 1)
    except OSError as exc:
        raise InputError(f"cannot read {source}: {exc.strerror or exc}") from exc
    if is_gzip(data):
        data = gunzip(data, max_bytes, source)
    if len(data) > max_bytes:
        raise InputTooLarge(f"{source} is larger than max_bytes={max_bytes}")
    return data


def iter_inputs(paths: Iterable[str], max_bytes: int) -> Iterator[InputItem]:
    """Lazily read every input; a read failure becomes an item carrying the error."""
    for source in expand_inputs(paths):
        try:
            yield InputItem(source, read_input(source, max_bytes))
        except InputError as exc:
            yield InputItem(source, error=f"{type(exc).__name__}: {exc}")


def error_record(source: str, error: str) -> dict[str, Any]:
    return {"source": source, "url": None, "title": None, "text": "", "paragraphs": [], "error": error}


def format_result(result: Result, fmt: str) -> str:
    """One result as text in the output format (jsonl line, txt or md article)."""
    if fmt == "jsonl":
        return json.dumps(result.to_dict(), ensure_ascii=False) + "\n"
    if fmt == "txt":
        return result.text + "\n"
    if fmt == "md":
        return result.markdown + "\n"
    raise ValueError(f"unknown format {fmt!r}")


DOCUMENT_SEPARATOR = {"jsonl": "", "txt": "\f\n", "md": "\n---\n\n"}


@contextmanager
def open_output(path: str | None) -> Iterator[IO[str]]:
    """stdout, or a file written next to its target and moved into place when complete."""
    if path is None or path == STDIN:
        yield sys.stdout
        sys.stdout.flush()
        return
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.part")
    opener = gzip.open if target.suffix == ".gz" else open
    with opener(tmp, "wt", encoding="utf-8") as fh:
        try:
            yield fh
        except BaseException:
            fh.flush()
            raise
    os.replace(tmp, target)
