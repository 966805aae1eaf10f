"""urllib3 connections that write a request's head and body with one system call.

urllib3 sends the head and then the body of a request with two ``sendall`` calls, and puts
every header through http.client's ``putheader``. For a body of bytes (every JSON call)
these connections check the headers with the same rules (once per set of headers, which
they remember), and write head and body together: the same bytes on the wire in the same
order, one system call and a few dozen microseconds less per request. Anything else
(streamed or chunked bodies, a caller's own framing headers) takes urllib3's path unchanged.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any, NamedTuple

from urllib3._base_connection import _ResponseOptions
from urllib3.connection import HTTPConnection, HTTPSConnection

from . import fast_paths

__all__ = [
    "HTTP_CONNECTION",
    "HTTPS_CONNECTION",
    "OneWriteHTTPConnection",
    "OneWriteHTTPSConnection",
    "PlainHTTPConnection",
    "PlainHTTPSConnection",
    "check_headers",
]

# http.client's own checks (``_is_legal_header_name`` / ``_is_illegal_header_value``).
_LEGAL_NAME = re.compile(r"[^:\s][^:\r\n]*").fullmatch
_ILLEGAL_VALUE = re.compile(r"\n(?![ \t])|\r(?![ \t\n])").search
# All names (or all values) checked in one search, joined by NUL: a join never makes an
# illegal header look legal, and when the search finds anything the headers are checked
# one by one with the rules above, which decide.
_SUSPECT_NAMES = re.compile(r"[:\r\n]|(?:^|\x00)(?:\s|\x00|$)").search
_OWN_FRAMING = frozenset({"content-length", "transfer-encoding"})


def check_headers(headers: Mapping[str, str]) -> None:
    """Raise ValueError for a header http.client would refuse (it could inject lines)."""
    if _SUSPECT_NAMES("\0".join(headers)) or _ILLEGAL_VALUE("\0".join(headers.values())):
        for name, value in headers.items():
            if not _LEGAL_NAME(name) or _ILLEGAL_VALUE(value):
                raise ValueError(f"Invalid header {name!r}")  # never its value: a secret?


class _Head(NamedTuple):
    """What one set of headers contributes to every request that sends it."""

    lines: bytes  # the header lines, CRLF-joined, checked as http.client would
    skip_accept_encoding: bool
    skip_host: bool


_NO_ONE_WRITE = _Head(b"", False, False)  # the caller's own framing, or no User-Agent
_HEADS_PER_CONNECTION = 16  # clients send the same few header sets again and again


def _head(headers: Mapping[str, str]) -> _Head:
    """Check and encode ``headers`` once; ``_NO_ONE_WRITE`` when urllib3 must send them."""
    names = {name.lower() for name in headers}
    if not names.isdisjoint(_OWN_FRAMING) or "user-agent" not in names:
        return _NO_ONE_WRITE
    check_headers(headers)
    lines = b"\r\n".join(f"{name}: {value}".encode("latin-1") for name, value in headers.items())
    return _Head(lines, "accept-encoding" in names, "host" in names)


class _OneWrite(HTTPConnection):
    """``request()`` for a bytes body: urllib3's header order, one write for head and body.

    Each connection remembers the encoded lines of the last few header sets it sent
    (keyed by their names and values), so a repeated request only writes its Content-Length.
    """

    # Heads read without the email package where checked; every read stops at the deadline.
    response_class = fast_paths.RESPONSE_CLASS
    _pending_body: bytes | None = None
    _heads: dict[tuple[tuple[str, str], ...], _Head] | None = None
    _implicit: dict[tuple[bool, bool], list[bytes]] | None = None

    def request(  # type: ignore[override]
        self,
        method: str,
        url: str,
        body: Any = None,
        headers: Mapping[str, str] | None = None,
        *,
        chunked: bool = False,
        preload_content: bool = True,
        decode_content: bool = True,
        enforce_content_length: bool = True,
    ) -> None:
        head = None
        if not chunked and type(body) is bytes and headers is not None:
            head = self._head_for(headers)
        if head is None or head is _NO_ONE_WRITE:
            super().request(
                method, url, body, headers, chunked=chunked, preload_content=preload_content,
                decode_content=decode_content, enforce_content_length=enforce_content_length,
            )  # fmt: skip
            return
        if self.sock is not None:
            self.sock.settimeout(self.timeout)
        self._response_options = _ResponseOptions(
            request_method=method,
            request_url=url,
            preload_content=preload_content,
            decode_content=decode_content,
            enforce_content_length=enforce_content_length,
        )
        buffer = self._buffer  # type: ignore[attr-defined]
        self._put_request_line(method, url, head, buffer)
        buffer.append(b"Content-Length: %d" % len(body))
        buffer.append(head.lines)
        self._pending_body = body
        self.endheaders()

    def _put_request_line(self, method: str, url: str, head: _Head, buffer: list[bytes]) -> None:
        """http.client's request line, then the Host and Accept-Encoding lines it adds.

        Those two depend only on the connection (its host and port) and on which of them the
        caller's headers skip: the lines http.client wrote for the first request are
        remembered and written again (an absolute URL, as a proxy gets, takes its Host from
        the URL: always http.client's way).
        """
        key = (head.skip_host, head.skip_accept_encoding)
        implicit = self._implicit
        if implicit is None:
            implicit = self._implicit = {}
        relative = url[:1] == "/"
        lines = implicit.get(key) if relative else None
        if lines is not None:
            self.putrequest(method, url, skip_host=True, skip_accept_encoding=True)
            buffer.extend(lines)
            return
        start = len(buffer) + 1  # after the request line
        self.putrequest(method, url, skip_host=key[0], skip_accept_encoding=key[1])
        if relative:
            implicit[key] = buffer[start:]

    def _head_for(self, headers: Mapping[str, str]) -> _Head:
        key = tuple(headers.items())
        heads = self._heads
        if heads is None:
            heads = self._heads = {}
        head = heads.get(key)
        if head is None:
            head = _head(headers)  # raises ValueError for an illegal header: never cached
            if len(heads) >= _HEADS_PER_CONNECTION:
                heads.clear()
            heads[key] = head
        return head

    def _send_output(self, message_body: Any = None, encode_chunked: bool = False) -> None:
        body, self._pending_body = self._pending_body, None
        if body is None:
            super()._send_output(message_body, encode_chunked)  # type: ignore[misc]
            return
        buffer = self._buffer  # type: ignore[attr-defined]
        buffer.extend((b"", b""))
        head = b"\r\n".join(buffer)
        del buffer[:]
        self.send(head + body)


class OneWriteHTTPConnection(_OneWrite, HTTPConnection):
    pass


class OneWriteHTTPSConnection(_OneWrite, HTTPSConnection):
    pass


class PlainHTTPConnection(HTTPConnection):
    """urllib3's connection as it is, its reads stopping at the deadline (pure mode)."""

    response_class = fast_paths.RESPONSE_CLASS


class PlainHTTPSConnection(HTTPSConnection):
    """urllib3's TLS connection as it is, its reads stopping at the deadline (pure mode)."""

    response_class = fast_paths.RESPONSE_CLASS


# The classes the transport's pools use: one write per request unless the switch is set.
HTTP_CONNECTION: type[HTTPConnection] = (
    OneWriteHTTPConnection if fast_paths.ONE_WRITE else PlainHTTPConnection
)
HTTPS_CONNECTION: type[HTTPSConnection] = (
    OneWriteHTTPSConnection if fast_paths.ONE_WRITE else PlainHTTPSConnection
)
