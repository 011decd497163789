"""One reader for JSON Lines files, gzip or plain (told apart by their first two bytes).

    lines = Lines(path)
    for lineno, raw in lines:        # non-blank lines, bytes without the line break
        ...
    if lines.damage:                 # a damaged or truncated gzip stream: the lines before it were read
        report(lines.damage)

The file is read in chunks and decompressed incrementally (gzip members one after the other,
as `gzip.open` reads them). On damage the lines before it are kept, a cut-off last line is
not a line, and `damage` says where it happened; the caller words its own message.
"""

from __future__ import annotations

import os
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

GZIP_MAGIC = b"\x1f\x8b"
CHUNK = 1 << 20


@dataclass(frozen=True)
class Damage:
    """Where a gzip stream broke: `line` is the first line not read (those before it were)."""

    path: Path
    line: int
    reason: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: gzip stream damaged or truncated ({self.reason})"


class _Broken(Exception):
    pass


def _gunzip(f) -> Iterator[bytes]:
    """Decompressed chunks of a gzip file of one or more members; _Broken on damage."""
    dec = zlib.decompressobj(16 + zlib.MAX_WBITS)
    buf = b""
    try:
        while True:
            if not buf:
                buf = f.read(CHUNK)
                if not buf:
                    if not dec.eof and (out := dec.flush()):    # output held back by max_length
                        yield out
                    if dec.eof:
                        return
                    raise _Broken("it ends before the end-of-stream marker")
            if dec.eof:
                buf = buf.lstrip(b"\x00")          # zero padding between members, as gzip.open allows
                if not buf:
                    continue
                if len(buf) < 2:
                    buf += f.read(1)
                if buf[:2] != GZIP_MAGIC:
                    raise _Broken("data after the end of the stream is not gzip")
                dec = zlib.decompressobj(16 + zlib.MAX_WBITS)
            out = dec.decompress(buf, CHUNK)
            buf = dec.unused_data if dec.eof else dec.unconsumed_tail
            if out:
                yield out
    except zlib.error as e:
        raise _Broken(str(e)) from None


def _plain(f) -> Iterator[bytes]:
    while chunk := f.read(CHUNK):
        yield chunk


class Lines:
    """The non-blank lines of one JSON Lines file as (line number, bytes): line numbers count
    every line (blank ones too), the line break and a CR before it are dropped. Iterating
    again reads the file again. A missing or unreadable file raises OSError."""

    def __init__(self, path: str | os.PathLike, max_bytes: int | None = None):
        self.path = Path(path)
        self.damage: Damage | None = None
        self.gzip = False
        #: stop once the (decompressed) text passes this many bytes; `over` then says so
        self.max_bytes = max_bytes
        self.over = False

    def __iter__(self) -> Iterator[tuple[int, bytes]]:
        self.damage = None
        self.over = False
        lineno = 0
        size = 0
        pending: list[bytes] = []
        with open(self.path, "rb") as f:
            self.gzip = f.peek(2)[:2] == GZIP_MAGIC
            try:
                for chunk in (_gunzip(f) if self.gzip else _plain(f)):
                    size += len(chunk)
                    if self.max_bytes is not None and size > self.max_bytes:
                        self.over = True     # a decompression bomb ends here, unread
                        return
                    parts = chunk.split(b"\n")
                    if len(parts) == 1:
                        pending.append(chunk)
                        continue
                    if pending:
                        pending.append(parts[0])
                        parts[0] = b"".join(pending)
                        pending.clear()
                    if parts[-1]:
                        pending.append(parts[-1])
                    for line in parts[:-1]:
                        lineno += 1
                        if line.strip():
                            yield lineno, line[:-1] if line.endswith(b"\r") else line
            except _Broken as e:
                self.damage = Damage(self.path, lineno + 1, str(e))
                return
        last = b"".join(pending)
        if last.strip():
            yield lineno + 1, last[:-1] if last.endswith(b"\r") else last
