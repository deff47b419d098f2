"""WARC files read record by record, with every record's framing checked.

warcio trusts a record's Content-Length and stops quietly at a cut-off end, so a damaged file
loses records without a word (a length that overshoots swallows the records after it). Here
each record's frame is checked first: it must start with a `WARC/` version line, declare a
valid Content-Length, and end with the blank lines that close a record. A record that fails
gets an error item naming its offset, the reader finds the next record and goes on, and only
records whose frame is whole are handed to warcio to decode their HTTP payload. A gzipped
WARC is read member by member (one record per member, as the standard recommends); a member
cut off or corrupt is an error item of its own. A file that is not a WARC at all gives one
error item.
"""

from __future__ import annotations

import io
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import IO

RECORD_END = b"\r\n\r\n"
GZIP_MAGIC = b"\x1f\x8b\x08"
MAX_HEADER_BYTES = 64 * 1024  # a WARC header block larger than this is not a WARC header
CHUNK = 1 << 16


@dataclass(frozen=True)
class RawRecord:
    """One record's bytes (headers and block, or as much as fits the limit), or why not."""

    offset: int
    data: bytes | None = None
    error: str | None = None
    too_large: bool = False


class _Stream:
    """A byte stream with a read position and look-ahead, read in chunks."""

    def __init__(self, fh: IO[bytes], start: int = 0) -> None:
        self.fh, self.buf, self.pos = fh, b"", start

    def fill(self, n: int) -> bool:
        while len(self.buf) < n:
            more = self.fh.read(max(CHUNK, n - len(self.buf)))
            if not more:
                return False
            self.buf += more
        return True

    def take(self, n: int) -> bytes:
        self.fill(n)
        out, self.buf = self.buf[:n], self.buf[n:]
        self.pos += len(out)
        return out

    def skip(self, n: int) -> int:
        """Skip up to n bytes; returns how many were there."""
        done = 0
        while done < n:
            if not self.buf and not self.fill(1):
                break
            step = min(n - done, len(self.buf))
            self.buf = self.buf[step:]
            done += step
        self.pos += done
        return done

    def find(self, needle: bytes, limit: int) -> int:
        """Index of `needle` in the next `limit` bytes, reading as needed; -1 if absent."""
        while True:
            i = self.buf.find(needle, 0, limit)
            if i >= 0 or len(self.buf) >= limit or not self.fill(len(self.buf) + 1):
                return i


def plain_records(fh: IO[bytes], max_bytes: int, base: int = 0, *, file_start: bool = True) -> Iterator[RawRecord]:
    """The records of an uncompressed WARC stream, each checked (see the module). `file_start`:
    the stream is the start of the file (so junk there means the file is not a WARC)."""
    s = _Stream(fh, base)
    first = file_start
    while s.fill(1):
        if s.buf[:1] in (b"\r", b"\n") and s.buf.lstrip(b"\r\n") == b"" and not s.fill(len(s.buf) + 1):
            return  # trailing blank lines
        start = s.pos
        header_end = s.find(RECORD_END, MAX_HEADER_BYTES)
        head = s.buf[:header_end] if header_end >= 0 else s.buf[:MAX_HEADER_BYTES]
        if not head.startswith(b"WARC/"):
            if first:
                yield RawRecord(start, error="not a WARC file (it does not start with a WARC/ version line)")
                return
            yield RawRecord(start, error="damaged WARC record: no WARC/ version line here")
            _resync(s)
            continue
        first = False
        if header_end < 0:
            yield RawRecord(start, error="damaged WARC record: its header block never ends (cut off?)")
            _resync(s, skip=5)
            continue
        length = _content_length(head)
        if length is None:
            yield RawRecord(start, error="damaged WARC record: missing or invalid Content-Length")
            _resync(s, skip=5)
            continue
        header = s.take(header_end + len(RECORD_END))
        keep = min(length, max_bytes + MAX_HEADER_BYTES)
        block = s.take(keep)
        got = len(block) + s.skip(length - keep)
        overshoot = f"damaged WARC record: its Content-Length ({length}) does not end where the record does"
        if got < length:
            if _restart_inside(s, header + block, start, len(header)):
                yield RawRecord(start, error=overshoot)
                continue
            yield RawRecord(start, error=f"truncated WARC record: {got} of its {length} bytes are in the file")
            return
        if not s.fill(len(RECORD_END)) and s.buf == b"":
            yield RawRecord(start, error="truncated WARC record: the file ends without the record's closing lines")
            return
        if not s.buf.startswith(RECORD_END):
            yield RawRecord(start, error=overshoot)
            if not _restart_inside(s, header + block, start, len(header)):
                _resync(s)
            continue
        s.take(len(RECORD_END))
        yield RawRecord(start, header + block + RECORD_END, too_large=length > keep)


def _content_length(head: bytes) -> int | None:
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            try:
                n = int(value.strip())
            except ValueError:
                return None
            return n if n >= 0 else None
    return None


def _restart_inside(s: _Stream, taken: bytes, start: int, header_len: int) -> bool:
    """After a record whose length overshoots: put the bytes read for it back from the first
    record boundary inside its block on, so the records it swallowed are read. False if none."""
    i = taken.find(RECORD_END + b"WARC/", header_len)
    if i < 0:
        return False
    s.buf, s.pos = taken[i + len(RECORD_END) :] + s.buf, start + i + len(RECORD_END)
    return True


def _resync(s: _Stream, skip: int = 0) -> None:
    """Move to the next line that starts a WARC record (or to the end)."""
    s.skip(skip)
    while True:
        i = s.buf.find(b"\nWARC/")
        if i >= 0:
            s.skip(i + 1)
            return
        if not s.fill(len(s.buf) + CHUNK):
            s.skip(len(s.buf))
            return
        s.skip(max(0, len(s.buf) - 6))


class _Counted:
    """A reader that counts the bytes it has read (compressed offsets of gzip members)."""

    def __init__(self, fh: IO[bytes]) -> None:
        self.fh, self.count = fh, 0

    def read(self, n: int) -> bytes:
        out = self.fh.read(n)
        self.count += len(out)
        return out


def gzip_records(fh: IO[bytes], max_bytes: int) -> Iterator[RawRecord]:
    """The records of a gzipped WARC, member by member (see the module); each record's offset is
    that of its gzip member, as WARC indexes give it."""
    reader, data, first = _Counted(fh), b"", True
    limit = max_bytes + 2 * MAX_HEADER_BYTES
    while True:
        if len(data) < len(GZIP_MAGIC):
            data += reader.read(CHUNK)
        if not data:
            return
        start = reader.count - len(data)
        if not data.startswith(GZIP_MAGIC):
            if first:
                yield RawRecord(start, error="not a WARC file (not gzip data)")
                return
            yield RawRecord(start, error="damaged WARC.gz: no gzip member starts here")
            data = _to_next_member(reader, data[1:])
            continue
        first = False
        inflater = zlib.decompressobj(wbits=31)
        out, size, error = [], 0, None
        while not inflater.eof:
            if not data:
                data = reader.read(CHUNK)
                if not data:
                    error = "truncated WARC.gz member: the file ends inside it"
                    break
            try:
                piece = inflater.decompress(data, CHUNK * 16)  # bounded output: a bomb costs no memory
            except zlib.error as exc:
                error = f"damaged WARC.gz member: {exc}"
                break
            data = inflater.unused_data if inflater.eof else inflater.unconsumed_tail
            size += len(piece)
            if size <= limit:
                out.append(piece)
        if error is not None:
            yield RawRecord(start, error=error)
            if not data:
                return
            data = _to_next_member(reader, data[1:])
            continue
        for record in plain_records(io.BytesIO(b"".join(out)), max_bytes, start, file_start=start == 0):
            yield RawRecord(start, record.data, record.error, record.too_large or size > limit)


def _to_next_member(reader: _Counted, data: bytes) -> bytes:
    """`data` and what follows, from the next gzip magic on (b"" at the end of the file)."""
    while True:
        i = data.find(GZIP_MAGIC)
        if i >= 0:
            return data[i:]
        more = reader.read(CHUNK)
        if not more:
            return b""
        data = data[-2:] + more
