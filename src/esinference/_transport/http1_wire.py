"""A minimal HTTP/1.1 client protocol over asyncio streams, for the asyncio transport.

Just what talking to Elasticsearch needs: write one request, parse the status line and
headers, read a body framed by Content-Length, chunked transfer-encoding or end of stream,
and say whether the connection may be reused. No pipelining, no upgrades, no trailers kept.
Malformed answers raise ``ProtocolViolation``; early EOF raises ``asyncio.IncompleteReadError``.
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import Mapping
from dataclasses import dataclass

from .limits import LimitExceeded

__all__ = ["BodyReader", "ProtocolViolation", "ResponseHead", "read_head", "serialize_request"]

MAX_LINE = 64 * 1024
MAX_HEAD = 64 * 1024  # status line and fields, or a trailer section (h11's default bound)
READ_SIZE = 64 * 1024
MAX_INTERIM = 32  # 1xx heads before the answer; Elasticsearch sends none
_FORBIDDEN_IN_HEADERS = frozenset("\r\n\0")
_NO_BODY_STATUSES = frozenset({204, 304})
_LENGTH = re.compile(r"[0-9]{1,20}")
_STATUS_LINE = re.compile(rb"HTTP/([0-9]\.[0-9]) ([0-9]{3})(?: [^\x00\n\r\x0b\x0c]*)?")
_NOT_IN_VALUES = re.compile(rb"[\x00\n\r\x0b\x0c]")  # NUL and what h11 calls space
_TOKEN = re.compile(rb"[-!#$%&'*+.^_`|~0-9A-Za-z]+")  # a field name (RFC 9110 token)
# chunk-size [ chunk-ext ] OWS CRLF, with extensions skipped whole (as h11 does)
_CHUNK_HEADER = re.compile(rb"([0-9A-Fa-f]{1,20})(?:;[^\n]*)?[ \t]*\r\n")


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
        if self.http_version < "1.1":  # 1.0 (and older): only if the server says so
            return self.http_version == "1.0" and "keep-alive" in tokens
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
    """Read the status line and headers, skipping interim 1xx answers (a few of them: a
    server sending them without end, already buffered, would never let the loop run)."""
    for _ in range(MAX_INTERIM + 1):
        budget = _Budget()
        status, version = _parse_status_line(await _read_line(reader, budget))
        headers = await _read_fields(reader, budget)
        _check_transfer_encoding(headers)
        if not 100 <= status < 200:
            return ResponseHead(status, version, headers)
    raise ProtocolViolation(f"More than {MAX_INTERIM} interim (1xx) responses")


def _parse_status_line(line: bytes) -> tuple[int, str]:
    """``HTTP/x.y NNN reason``: any one-digit version (as h11), a three-digit status."""
    match = _STATUS_LINE.fullmatch(line)
    if match is None:
        raise ProtocolViolation(f"Bad status line {line[:80]!r}")
    status = int(match.group(2))
    if status < 100:
        raise ProtocolViolation(f"Bad status code in {line[:80]!r}")
    return status, match.group(1).decode("ascii")


class _Budget:
    """Bytes a head (or a trailer section) may still take: h11's bound, 64 KiB in all."""

    __slots__ = ("left",)

    def __init__(self) -> None:
        self.left = MAX_HEAD

    def spend(self, size: int) -> None:
        self.left -= size
        if self.left < 0:
            raise ProtocolViolation(f"Response head longer than {MAX_HEAD} bytes")


async def _read_fields(reader: asyncio.StreamReader, budget: _Budget) -> dict[str, str]:
    """Header (or trailer) fields up to the empty line; obs-fold lines are unfolded (RFC 9112)."""
    headers: dict[str, str] = {}
    last: str | None = None
    while line := await _read_line(reader, budget):
        if line[:1] in (b" ", b"\t"):  # obs-fold: the recipient replaces it with a space
            if last is None or _NOT_IN_VALUES.search(line):
                raise ProtocolViolation(f"Bad continuation line {line[:80]!r}")
            headers[last] = f"{headers[last]} {line.strip().decode('latin-1')}"
            continue
        name, sep, value = line.partition(b":")
        if not sep or not _TOKEN.fullmatch(name) or _NOT_IN_VALUES.search(value):
            raise ProtocolViolation(f"Bad header line {line[:80]!r}")
        key = last = name.decode("latin-1").lower()
        text = value.strip().decode("latin-1")
        headers[key] = f"{headers[key]}, {text}" if key in headers else text
    return headers


async def _read_raw_line(reader: asyncio.StreamReader) -> bytes:
    """One line with its LF; IncompleteReadError on EOF, ProtocolViolation when too long."""
    try:
        return await reader.readuntil(b"\n")
    except asyncio.LimitOverrunError:
        raise ProtocolViolation(f"Response line longer than {MAX_LINE} bytes") from None


async def _read_line(reader: asyncio.StreamReader, budget: _Budget | None = None) -> bytes:
    """One LF- or CRLF-terminated line without its terminator."""
    line = await _read_raw_line(reader)
    if budget is not None:
        budget.spend(len(line))
    elif len(line) > MAX_LINE:
        raise ProtocolViolation(f"Response line longer than {MAX_LINE} bytes")
    return line[:-2] if line.endswith(b"\r\n") else line[:-1]


class BodyReader:
    """Reads one response body in pieces as they arrive; ``done`` once it ended cleanly."""

    def __init__(self, reader: asyncio.StreamReader, head: ResponseHead, method: str) -> None:
        self._reader = reader
        self.done = False
        self.reusable = head.keep_alive
        self._remaining = 0  # bytes left in the body (length) or in the current chunk
        self._chunked = False
        self._until_eof = False
        length = _content_length(head.headers)  # checked even when no body follows, as h11 does
        if method == "HEAD" or head.status in _NO_BODY_STATUSES:
            self.done = True
        elif "transfer-encoding" in head.headers:
            self._chunked = True  # read_head let only "chunked" through
        elif length is not None:
            self._remaining = length
            self.done = length == 0
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
                if await self._reader.readexactly(2) != b"\r\n":
                    raise ProtocolViolation("Chunk data not followed by CRLF")
            else:
                self.done = True
        return data

    async def read_all(self, limit: int | None = None) -> bytes:
        """The whole body; ``LimitExceeded`` once it declares or reaches over ``limit`` bytes."""
        if limit is not None and not (self._chunked or self._until_eof) and self._remaining > limit:
            raise LimitExceeded(limit, f"the declared Content-Length ({self._remaining} bytes)")
        pieces = []
        size = 0
        while piece := await self.read_some():
            size += len(piece)
            if limit is not None and size > limit:
                raise LimitExceeded(limit, "the body read so far")
            pieces.append(piece)
        return b"".join(pieces)

    async def _next_chunk_size(self) -> int:
        line = await _read_raw_line(self._reader)
        match = _CHUNK_HEADER.fullmatch(line)
        if match is None:
            raise ProtocolViolation(f"Bad chunk size line {line[:80]!r}")
        return int(match.group(1), 16)

    async def _skip_trailers(self) -> None:
        await _read_fields(self._reader, _Budget())


def _content_length(headers: Mapping[str, str]) -> int | None:
    """The Content-Length, if any; repeated equal values are one, anything else is refused."""
    value = headers.get("content-length")
    if value is None:
        return None
    values = {v.strip() for v in value.split(",")}
    if len(values) != 1 or not _LENGTH.fullmatch(next(iter(values))):
        raise ProtocolViolation(f"Bad Content-Length {value[:80]!r}")
    return int(values.pop())


def _check_transfer_encoding(headers: Mapping[str, str]) -> None:
    """Only one coding is understood, ``chunked``, alone (h11's rule; gzip is Content-Encoding)."""
    coding = headers.get("transfer-encoding")
    if coding is not None and coding.lower() != "chunked":
        raise ProtocolViolation(f"Unsupported Transfer-Encoding {coding[:80]!r}")
