"""Reading inputs lazily: page files (.gz too), folders, WARC files, stdin, any fsspec URL."""

from __future__ import annotations

import io
import os
import re
import stat
import sys
from collections import Counter
from collections.abc import Container, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import fsspec

from .decode import MAX_SNIFF_BYTES, gunzip, is_gzip, looks_like_html
from .errors import InputError, InputTooLarge, OptionError
from .records import Result

PAGE_SUFFIXES = (".html", ".htm", ".xhtml", ".txt", ".text")
WARC_SUFFIXES = (".warc", ".warc.gz")
STDIN = "-"
_CHARSET = re.compile(r"""charset\s*=\s*["']?([\w.:-]+)""", re.IGNORECASE)
TEXT_TYPES = ("text/", "application/xhtml", "application/xml", "application/rss", "application/atom")


@dataclass(frozen=True)
class InputItem:
    """One input: where it came from and its bytes, or why they could not be read."""

    source: str
    data: bytes | str | None = None  # str: a WARC page decoded with its HTTP charset
    error: str | None = None
    url: str | None = None

    def failure(self) -> Result:
        """The record of an input that could not be read."""
        return Result(source=self.source, url=self.url, error=self.error)


def is_warc(name: str) -> bool:
    return name.lower().endswith(WARC_SUFFIXES)


def is_page_file(path: Path | str) -> bool:
    name = str(path).lower().removesuffix(".gz")
    return name.endswith(PAGE_SUFFIXES) or is_warc(str(path))


def expand_inputs(paths: Iterable[str], include_ext: Container[str] = (), passed_over: list[str] | None = None) -> Iterator[str]:
    """Paths as given, folders walked recursively (sorted) for page and WARC files: those named
    as such, those with an extension in `include_ext` (".php"), and those whose first bytes are
    HTML (a wget mirror's `index.html?page=2`, `article.php`, `noext`). A folder's other files
    are appended to `passed_over`, so the caller can say what it did not read.

    A path with a protocol (`s3://`, `gs://`, `memory://` ...) is read through fsspec, and a
    glob pattern there expands to the files it matches (by name: remote files are not sniffed).
    """
    for raw in paths:
        if raw == STDIN:
            yield raw
            continue
        if "://" in raw:
            yield from _expand_url(raw)
            continue
        path = Path(raw)
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs.sort()
                for name in sorted(files):
                    candidate = Path(root) / name
                    if is_page_file(candidate) or candidate.suffix.lower() in include_ext or sniffs_as_html(candidate):
                        yield str(candidate)
                    elif passed_over is not None:
                        passed_over.append(str(candidate))
        else:
            yield raw


def sniffs_as_html(path: Path) -> bool:
    """Whether a file's first bytes are HTML markup (a regular file only: FIFOs are not opened)."""
    try:
        if not path.is_file():
            return False
        with open(path, "rb") as fh:
            head = fh.read(MAX_SNIFF_BYTES)
    except OSError:
        return False
    if b"\x00" in head:  # binary: an image, a font, an archive
        return False
    return looks_like_html(head.decode("utf-8", errors="ignore"))


EXTRA_FOR_PROTOCOL = {"s3": "s3", "s3a": "s3", "gs": "gcs", "gcs": "gcs", "az": "azure", "abfs": "azure", "abfss": "azure"}


def check_protocols(paths: Iterable[str]) -> None:
    """Raise `OptionError` naming the extra to install when an fsspec URL's filesystem package
    is missing (`s3://` needs s3fs), before a run starts rather than in the middle of it."""
    for path in paths:
        if "://" not in path:
            continue
        protocol = path.split("://", 1)[0].lower()
        try:
            fsspec.get_filesystem_class(protocol)
        except ImportError as exc:
            extra = EXTRA_FOR_PROTOCOL.get(protocol)
            hint = f"pip install 'cleanpage[{extra}]'" if extra else "install the fsspec filesystem package for it"
            raise OptionError(f"{protocol}:// needs a package that is not installed ({exc}): {hint}") from exc
        except ValueError as exc:
            raise OptionError(f"{path}: unknown protocol {protocol!r}") from exc


def _expand_url(url: str) -> Iterator[str]:
    fs, root = fsspec.core.url_to_fs(url)
    protocol = fs.protocol if isinstance(fs.protocol, str) else fs.protocol[0]
    if fs.isdir(root):
        found = [p for p in fs.find(root) if is_page_file(p)]
    elif any(c in root for c in "*?["):
        found = [p for p in fs.glob(root) if is_page_file(p)]
    else:
        found = [root]
    for path in sorted(found):
        yield f"{protocol}://{path}" if protocol not in ("file", "local") else path


def read_input(source: str, max_bytes: int) -> bytes:
    """The bytes of one input, gunzipped; raises InputError with the reason."""
    try:
        if source == STDIN:
            data = sys.stdin.buffer.read(max_bytes + 1)
        elif "://" in source:
            with fsspec.open(source, "rb") as fh:
                data = fh.read(max_bytes + 1)
        else:
            data = _read_local(source, max_bytes + 1)
    except (OSError, ValueError) as exc:
        raise InputError(f"cannot read {source}: {getattr(exc, 'strerror', None) or exc}") from exc
    if is_gzip(data):
        data = gunzip(data, max_bytes, source)
    if len(data) > max_bytes:
        raise InputTooLarge(f"{source} is larger than max_bytes={max_bytes}")
    return data


def _read_local(path: str, limit: int) -> bytes:
    """Up to `limit` bytes of a local file. The file is opened without blocking, so a FIFO or a
    socket (which would wait for a writer forever) is refused instead of read."""
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    try:
        mode = os.fstat(fd).st_mode
        if stat.S_ISFIFO(mode) or stat.S_ISSOCK(mode):
            raise InputError(f"{path} is not a regular file (a {'FIFO' if stat.S_ISFIFO(mode) else 'socket'}); skipped")
        os.set_blocking(fd, True)
        with os.fdopen(fd, "rb", closefd=False) as fh:
            return fh.read(limit)
    finally:
        os.close(fd)


def iter_inputs(
    paths: Iterable[str],
    max_bytes: int,
    skip: Container[str] = (),
    skipped: Counter | None = None,
    *,
    include_ext: Container[str] = (),
    passed_over: list[str] | None = None,
) -> Iterator[InputItem]:
    """Lazily read every input (each HTML/text response of a WARC file is one); a read failure
    becomes an item carrying the error. Sources in `skip` (done by an earlier run) are passed
    over; WARC responses that are not pages are passed over and counted in `skipped`; a
    folder's files that are not pages are listed in `passed_over` (see `expand_inputs`)."""
    for source in expand_inputs(paths, include_ext, passed_over):
        if is_warc(source):
            yield from (item for item in iter_warc(source, max_bytes, skipped) if item.source not in skip)
            continue
        if source in skip:
            continue
        try:
            yield InputItem(source, read_input(source, max_bytes))
        except InputError as exc:
            yield InputItem(source, error=f"{type(exc).__name__}: {exc}")


def iter_warc(path: str, max_bytes: int, skipped: Counter | None = None) -> Iterator[InputItem]:
    """One item per HTML or text `response` record of a WARC file (gzipped or not), named
    `PATH@OFFSET`, with the record's target URI as its URL and its body decoded with the charset
    its HTTP `Content-Type` declares (when that decodes it). Responses that are not pages (images,
    scripts, other types) or not 2xx are passed over and counted in `skipped`. Records that are
    damaged, cut off or too large become error items naming their offset; intact records after a
    damaged one are still read (`warc`). A file that is not a WARC gives one error item."""
    from warcio.archiveiterator import ArchiveIterator

    from .warc import gzip_records, plain_records

    try:
        with fsspec.open(path, "rb") as fh:
            head = fh.read(2)
            fh.seek(0)
            reader = gzip_records if head == b"\x1f\x8b" else plain_records
            for raw in reader(fh, max_bytes):
                source = f"{path}@{raw.offset}"
                if raw.error is not None:
                    yield InputItem(source, error=f"InputError: {source}: {raw.error}")
                    continue
                try:
                    record = next(iter(ArchiveIterator(io.BytesIO(raw.data or b""), no_record_parse=False)))
                except Exception as exc:  # warcio's assorted errors on a record it cannot parse
                    yield InputItem(source, error=f"InputError: {source}: unreadable WARC record: {exc}")
                    continue
                if record.rec_type != "response":
                    continue
                url = record.rec_headers.get_header("WARC-Target-URI")
                why = _not_a_page(record)
                if why is not None:
                    if skipped is not None:
                        skipped[why] += 1
                    continue
                if raw.too_large:
                    yield InputItem(source, error=f"InputTooLarge: response is larger than max_bytes={max_bytes}", url=url)
                    continue
                data, error = _warc_payload(record, max_bytes)
                yield InputItem(source, data, error, url)
    except (OSError, ValueError, EOFError) as exc:
        yield InputItem(f"{path}@error", error=f"InputError: {path}: unreadable WARC file: {exc}")


def _not_a_page(record) -> str | None:
    """Why a WARC response is not a page to clean (a non-2xx status, a type that is not text), or None."""
    headers = record.http_headers
    status = (headers.get_statuscode() if headers else None) or "200"
    if not status.startswith("2"):
        return f"HTTP status {status}"
    content_type = (headers.get_header("Content-Type") if headers else None) or ""
    if content_type and not content_type.lower().startswith(TEXT_TYPES):
        return f"not HTML or text ({content_type.split(';')[0].strip().lower()})"
    return None


def _warc_payload(record, max_bytes: int) -> tuple[bytes | str | None, str | None]:
    """(HTTP body, None) of a page response, decoded when its Content-Type names a charset that
    decodes it, or (None, why not)."""
    data = record.content_stream().read(max_bytes + 1)
    if len(data) > max_bytes:
        return None, f"InputTooLarge: response is larger than max_bytes={max_bytes}"
    content_type = (record.http_headers.get_header("Content-Type") if record.http_headers else None) or ""
    charset = _CHARSET.search(content_type)
    if charset:
        try:
            return data.decode(charset.group(1)), None
        except (LookupError, UnicodeDecodeError):  # an unknown or wrong label: the page's own bytes decide
            pass
    return data, None
