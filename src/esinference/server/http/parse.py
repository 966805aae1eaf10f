"""Reading one HTTP/1.x request within limits, as Elasticsearch's Netty layer does.

Limits and answers follow Elasticsearch 9 (``http.max_initial_line_length`` 4kb,
``http.max_header_size`` 16kb, ``http.max_content_length`` 100mb):

- a body larger than the maximum gets ``413`` with an empty body (Netty4HttpContentSizeHandler:
  ``TOO_LARGE`` when the declared length is too large, ``TOO_LARGE_CLOSE`` and a closed
  connection when a chunked body grows past it);
- ``Expect`` other than ``100-continue`` gets ``417`` and a closed connection (same class);
- a request the decoder cannot frame (bad request line, header, length or chunk size) gets
  ``400`` with the decoder's exception as an Elasticsearch error (RestController
  dispatchBadRequest) and the connection is closed.
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass, field
from http.client import HTTPMessage
from io import BufferedIOBase as BinaryIO

from .errors import EsError
from .records import dumps

MB = 1024 * 1024
_TOKEN = re.compile(rb"^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$")
_VERSION = re.compile(rb"^HTTP/1\.[01]$")
_HEX = re.compile(rb"^[0-9A-Fa-f]{1,15}$")
_DIGITS = re.compile(r"^[0-9]{1,18}$")
_READ_SIZE = 64 * 1024


@dataclass(frozen=True)
class Limits:
    """What one request may use; the defaults are Elasticsearch's."""

    max_content_length: int = 100 * MB
    max_initial_line_length: int = 4096
    max_header_size: int = 16 * 1024


class RequestProblem(Exception):
    """The request cannot be served: answer ``status`` (with ``body``) and maybe close."""

    def __init__(
        self, status: int, body: bytes = b"", *, close: bool = True, discard: int = 0
    ) -> None:
        super().__init__(status)
        self.status = status
        self.body = body
        self.close = close
        self.discard = discard  # body bytes to read and forget after answering


class ClientGone(Exception):
    """The connection ended before a request started: nothing to answer."""


def bad_request(error_type: str, reason: str) -> RequestProblem:
    """A decoder failure: 400 with the exception rendered as Elasticsearch renders it."""
    return RequestProblem(400, dumps(EsError(400, error_type, reason).to_body()))


def too_large(*, close: bool) -> RequestProblem:
    return RequestProblem(413, close=close)


@dataclass
class RequestHead:
    method: str
    target: str
    version: str
    headers: HTTPMessage = field(default_factory=HTTPMessage)

    @property
    def keep_alive(self) -> bool:
        connection = self.headers.get("Connection", "").lower()
        if self.version == "HTTP/1.0":
            return "keep-alive" in connection
        return "close" not in connection


def _line(rfile: BinaryIO, limit: int, what: str) -> bytes:
    line = rfile.readline(limit + 1)
    if len(line) > limit:
        raise bad_request(
            "too_long_http_line_exception" if what == "line" else "too_long_http_header_exception",
            (
                f"An HTTP line is larger than {limit} bytes."
                if what == "line"
                else f"HTTP header is larger than {limit} bytes."
            ),
        )
    return line


def read_head(rfile: BinaryIO, limits: Limits) -> RequestHead:
    """The request line and headers; ClientGone on a clean end before anything arrived."""
    line = b""
    for _ in range(4):  # RFC 9112 2.2: ignore a few empty lines before the request line
        line = _line(rfile, limits.max_initial_line_length, "line")
        if not line:
            raise ClientGone
        if line not in (b"\r\n", b"\n"):
            break
    if not line.endswith(b"\n"):
        raise bad_request("illegal_argument_exception", "incomplete HTTP request line")
    parts = line.rstrip(b"\r\n").split(b" ")
    if len(parts) != 3 or not parts[1]:
        raise bad_request("illegal_argument_exception", "invalid HTTP request line")
    method, target, version = parts
    if not _TOKEN.match(method):
        raise bad_request("illegal_argument_exception", "invalid HTTP method")
    if not _VERSION.match(version):
        shown = version.decode("latin-1")
        raise bad_request("illegal_argument_exception", f"invalid version format: {shown}")
    head = RequestHead(method.decode(), target.decode("latin-1"), version.decode())
    _read_fields(rfile, limits, head.headers)
    return head


def _read_fields(rfile: BinaryIO, limits: Limits, into: HTTPMessage) -> None:
    """Header (or trailer) lines up to the blank line, within ``max_header_size`` in total."""
    budget = limits.max_header_size
    last: str | None = None
    while True:
        line = _line(rfile, budget, "header")
        budget -= len(line)
        if not line.endswith(b"\n"):
            raise bad_request("illegal_argument_exception", "incomplete HTTP header")
        if line in (b"\r\n", b"\n"):
            return
        text = line.rstrip(b"\r\n")
        if text[:1] in (b" ", b"\t") and last is not None:  # obsolete line folding
            value = into[last] + " " + text.strip().decode("latin-1")
            del into[last]
            into[last] = value
            continue
        name, sep, value = text.partition(b":")
        if not sep or not _TOKEN.match(name):
            raise bad_request("illegal_argument_exception", "invalid HTTP header line")
        last = name.decode()
        into[last] = value.strip().decode("latin-1")


def content_length(head: RequestHead) -> int | None:
    """The declared length (None without one); 400 when it is malformed or ambiguous."""
    values = head.headers.get_all("Content-Length") or []
    if not values:
        return None
    found = {v.strip() for value in values for v in value.split(",")}
    if len(found) > 1:
        raise bad_request("illegal_argument_exception", "Multiple Content-Length values found")
    (text,) = found
    if not _DIGITS.match(text):
        raise bad_request("number_format_exception", f'For input string: "{text[:64]}"')
    return int(text)


def is_chunked(head: RequestHead) -> bool:
    values = [v.strip().lower() for v in head.headers.get_all("Transfer-Encoding") or []]
    if not values:
        return False
    if values != ["chunked"]:
        raise bad_request(
            "illegal_argument_exception", f"unsupported Transfer-Encoding [{', '.join(values)}]"
        )
    return True


def read_exact(rfile: BinaryIO, length: int) -> bytes:
    data = rfile.read(length)
    if len(data) < length:
        raise bad_request("illegal_argument_exception", "connection closed before the end of body")
    return data


def discard(rfile: BinaryIO, length: int) -> None:
    """Read and forget ``length`` bytes (an oversized body ES ignores on a kept connection)."""
    while length > 0:
        chunk = rfile.read(min(length, _READ_SIZE))
        if not chunk:
            raise ClientGone
        length -= len(chunk)


def read_chunked(rfile: BinaryIO, limits: Limits) -> bytes:
    parts: list[bytes] = []
    total = 0
    while True:
        line = _line(rfile, limits.max_initial_line_length, "line")
        if not line.endswith(b"\n"):
            raise bad_request("illegal_argument_exception", "connection closed inside a chunk")
        size_text = line.split(b";", 1)[0].strip()
        if not _HEX.match(size_text):
            shown = size_text[:64].decode("latin-1")
            raise bad_request(
                "number_format_exception", f'For input string: "{shown}" under radix 16'
            )
        size = int(size_text, 16)
        if size == 0:
            _read_fields(rfile, limits, HTTPMessage())  # trailers, ignored
            return b"".join(parts)
        total += size
        if total > limits.max_content_length:
            raise too_large(close=True)
        parts.append(read_exact(rfile, size))
        if rfile.readline(3) not in (b"\r\n", b"\n"):
            raise bad_request("illegal_argument_exception", "chunk data is not followed by CRLF")


def gunzip(body: bytes, limits: Limits) -> bytes:
    """Decompress a gzip body without ever holding more than the maximum content length."""
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        data = inflater.decompress(body, limits.max_content_length + 1)
    except zlib.error:
        return body  # not gzip after all: the JSON parser reports it as ES would
    if len(data) > limits.max_content_length:
        raise too_large(close=False)
    return data
