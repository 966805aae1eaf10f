"""A minimal HTTP/1.1 client protocol over asyncio streams, for the asyncio transport.

Just what talking to Elasticsearch needs: write one request, parse the status line and
headers, read a body framed by Content-Length, chunked transfer-encoding or end of stream,
and say whether the connection may be reused. No pipelining, no upgrades, no trailers kept.
Malformed answers raise ``ProtocolViolation``; early EOF raises ``asyncio.IncompleteReadError``.
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
from dataclasses import dataclass

__all__ = ["BodyReader", "ProtocolViolation", "ResponseHead", "read_head", "serialize_request"]

MAX_LINE = 64 * 1024
MAX_HEADERS = 128
READ_SIZE = 64 * 1024
_FORBIDDEN_IN_HEADERS = frozenset("\r\n\0")
_NO_BODY_STATUSES = frozenset({204, 304})


class ProtocolViolation(Exception):
    """The server's answer is not valid HTTP/1.1 (as far as we parse it)."""


@dataclass(frozen=True, slots=True)
class ResponseHead:
    status: int
    http_version: str  # "1.1" or "1.0"
    headers: dict[str, str]  # lower-cased names; repeated fields joined with ", "

    @property
    def keep_alive(self) -> bool:
        """Whether the server lets us reuse the connection after this response."""
        tokens = {t.strip().lower() for t in self.headers.get("connection", "").split(",")}
        if self.http_version == "1.0":
            return "keep-alive" in tokens
        return "close" not in tokens


def serialize_request(
    method: str, target: str, host: str, headers: Mapping[str, str], body: bytes | None
) -> bytes:
    """The request bytes; Host and Content-Length are set here, other headers as given.

    Raises ValueError for a header that would let a value inject lines (CR/LF/NUL). The
    message names the header, never its value, which may be a secret.
    """
    if not method.isalpha() or not target.startswith("/") or " " in target:
        raise ValueError(f"Invalid request line: {method!r} {target!r}")
    lines = [f"{method} {target} HTTP/1.1", f"Host: {host}"]
    for name, value in headers.items():
        lowered = name.lower()
        if lowered in ("host", "content-length", "transfer-encoding"):
            continue  # framing is ours to decide
        if not name or ":" in name or _FORBIDDEN_IN_HEADERS.intersection(name + value):
            raise ValueError(f"Invalid characters in header {name!r}")
        lines.append(f"{name}: {value}")
    if body is not None or method in ("POST", "PUT", "PATCH"):
        lines.append(f"Content-Length: {len(body or b'')}")
    head = ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")
    return head + (body or b"")


async def read_head(reader: asyncio.StreamReader) -> ResponseHead:
    """Read the status line and headers, skipping interim 1xx answers."""
    while True:
        status, version = _parse_status_line(await _read_line(reader))
        headers = await _read_headers(reader)
        if not 100 <= status < 200:
            return ResponseHead(status, version, headers)


def _parse_status_line(line: bytes) -> tuple[int, str]:
    parts = line.split(b" ", 2)
    if len(parts) < 2 or parts[0] not in (b"HTTP/1.1", b"HTTP/1.0"):
        raise ProtocolViolation(f"Bad status line {line[:80]!r}")
    if len(parts[1]) != 3 or not parts[1].isdigit():
        raise ProtocolViolation(f"Bad status code in {line[:80]!r}")
    return int(parts[1]), parts[0][5:].decode("ascii")


async def _read_headers(reader: asyncio.StreamReader) -> dict[str, str]:
    headers: dict[str, str] = {}
    for _ in range(MAX_HEADERS + 1):
        line = await _read_line(reader)
        if not line:
            return headers
        name, sep, value = line.partition(b":")
        if not sep or not name or name != name.strip():
            raise ProtocolViolation(f"Bad header line {line[:80]!r}")
        key = name.decode("latin-1").lower()
        text = value.strip().decode("latin-1")
        headers[key] = f"{headers[key]}, {text}" if key in headers else text
    raise ProtocolViolation(f"More than {MAX_HEADERS} response headers")


async def _read_line(reader: asyncio.StreamReader) -> bytes:
    """One CRLF-terminated line without its terminator; IncompleteReadError on EOF."""
    try:
        line = await reader.readuntil(b"\n")
    except asyncio.LimitOverrunError:
        raise ProtocolViolation(f"Response line longer than {MAX_LINE} bytes") from None
    if len(line) > MAX_LINE:
        raise ProtocolViolation(f"Response line longer than {MAX_LINE} bytes")
    return line.rstrip(b"\r\n")


class BodyReader:
    """Reads one response body in pieces as they arrive; ``done`` once it ended cleanly."""

    def __init__(self, reader: asyncio.StreamReader, head: ResponseHead, method: str) -> None:
        self._reader = reader
        self.done = False
        self.reusable = head.keep_alive
        self._remaining = 0  # bytes left in the body (length) or in the current chunk
        self._chunked = False
        self._until_eof = False
        encoding = head.headers.get("transfer-encoding", "").lower()
        if method == "HEAD" or head.status in _NO_BODY_STATUSES:
            self.done = True
        elif encoding:
            if encoding.rsplit(",", 1)[-1].strip() != "chunked":
                raise ProtocolViolation(f"Unsupported Transfer-Encoding {encoding!r}")
            self._chunked = True
        elif "content-length" in head.headers:
            self._remaining = _parse_length(head.headers["content-length"])
            self.done = self._remaining == 0
        else:
            self._until_eof = True
            self.reusable = False  # the end of the body is the end of the connection

    async def read_some(self) -> bytes:
        """The next piece of the body, or b"" once it is complete."""
        if self.done:
            return b""
        if self._until_eof:
            data = await self._reader.read(READ_SIZE)
            self.done = not data
            return data
        if self._chunked and self._remaining == 0:
            self._remaining = await self._next_chunk_size()
            if self._remaining == 0:
                await self._skip_trailers()
                self.done = True
                return b""
        data = await self._reader.read(min(self._remaining, READ_SIZE))
        if not data:
            raise asyncio.IncompleteReadError(b"", self._remaining)
        self._remaining -= len(data)
        if self._remaining == 0:
            if self._chunked:
                if await _read_line(self._reader):
                    raise ProtocolViolation("Chunk data not followed by CRLF")
            else:
                self.done = True
        return data

    async def read_all(self) -> bytes:
        pieces = []
        while piece := await self.read_some():
            pieces.append(piece)
        return b"".join(pieces)

    async def _next_chunk_size(self) -> int:
        line = await _read_line(self._reader)
        size = line.split(b";", 1)[0].strip()
        try:
            if not size or size.startswith((b"+", b"-")):
                raise ValueError
            return int(size, 16)
        except ValueError:
            raise ProtocolViolation(f"Bad chunk size line {line[:80]!r}") from None

    async def _skip_trailers(self) -> None:
        for _ in range(MAX_HEADERS + 1):
            if not await _read_line(self._reader):
                return
        raise ProtocolViolation("Too many trailer fields")


def _parse_length(value: str) -> int:
    values = {v.strip() for v in value.split(",")}
    if len(values) != 1 or not next(iter(values)).isdigit():
        raise ProtocolViolation(f"Bad Content-Length {value!r}")
    return int(values.pop())
