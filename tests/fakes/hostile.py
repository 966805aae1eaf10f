"""Hostile answers for ``ScriptedServer``: each a ``Fault`` that writes a broken or malicious
response on the raw socket (after the server has read the request).

The endless ones (a body, a header section, a line that never ends) write until the client
closes the connection or ``LONGEST`` seconds have passed, so a client that never gives up
fails its test by time instead of hanging it. ``once(fault)`` answers the first request with
the fault and every later one like Elasticsearch: the call after the attack shows whether
the client's connection pool survived it.
"""

from __future__ import annotations

import contextlib
import socket
import struct
import time
import zlib
from collections.abc import Callable, Iterator
from functools import cache

from tests.fakes.scripted import Fault, Received, Reply, es_json

LONGEST = 30.0  # seconds an endless answer goes on if the client never hangs up
_BLOCK = b"\0" * (256 * 1024)


def once(fault: Fault) -> Callable[[Received], Reply | Fault]:
    """A handler: ``fault`` for the first request, an Elasticsearch answer for the others."""
    calls: list[Received] = []

    def handler(request: Received) -> Reply | Fault:
        calls.append(request)
        return fault if len(calls) == 1 else es_json({"endpoints": []})

    return handler


def _until_hung_up(sock: socket.socket, pieces: Iterator[bytes], pause: float = 0.0) -> None:
    """Send ``pieces`` until they end, the client closes, or ``LONGEST`` seconds passed."""
    deadline = time.monotonic() + LONGEST
    with contextlib.suppress(OSError):
        for piece in pieces:
            if time.monotonic() > deadline:
                break
            sock.sendall(piece)
            if pause:
                time.sleep(pause)
    with contextlib.suppress(OSError):
        sock.close()


def _forever(piece: bytes) -> Iterator[bytes]:
    while True:
        yield piece


def raw(data: bytes, close: bool = True, linger: float = 0.0) -> Fault:
    """Send ``data`` as it is; then close, or keep the connection open ``linger`` seconds."""

    def fault(sock: socket.socket) -> None:
        sock.sendall(data)
        if linger:
            sock.settimeout(linger)
            with contextlib.suppress(OSError):
                sock.recv(1)  # until the client closes or the time is up
        if close:
            sock.close()

    return fault


def head(extra: str = "", status: str = "200 OK") -> bytes:
    """A response head from Elasticsearch with ``extra`` header lines (each ending CRLF).

    It says ``Connection: close``, as every fault here closes the connection after it: the
    call after the attack then opens a new one instead of racing the server's close.
    """
    fields = f"X-Elastic-Product: Elasticsearch\r\nConnection: close\r\n{extra}"
    return f"HTTP/1.1 {status}\r\n{fields}\r\n".encode()


@cache
def compressed_zeros(size: int, encoding: str = "gzip") -> bytes:
    """``size`` zero bytes gzip- or zlib(deflate)-compressed (~1000:1), built in well under a
    second even for 1 GiB: after a full flush deflate forgets its window, so every 256 KiB
    block of zeros compresses to the same bytes, which are repeated; the checksum is computed.
    """
    blocks, rest = divmod(size, len(_BLOCK))
    compressor = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS)
    block = compressor.compress(_BLOCK) + compressor.flush(zlib.Z_FULL_FLUSH)
    tail = compressor.compress(b"\0" * rest) + compressor.flush()
    stream = block * blocks + tail
    check = zlib.crc32(b"") if encoding == "gzip" else zlib.adler32(b"")
    add = zlib.crc32 if encoding == "gzip" else zlib.adler32
    for _ in range(blocks):
        check = add(_BLOCK, check)
    check = add(b"\0" * rest, check)
    if encoding == "gzip":
        header = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff"
        return header + stream + struct.pack("<II", check, size & 0xFFFFFFFF)
    return b"\x78\xda" + stream + struct.pack(">I", check)


def compression_bomb(size: int, encoding: str = "gzip") -> Fault:
    """A small compressed body (Content-Length set) that inflates to ``size`` bytes."""
    body = compressed_zeros(size, encoding)
    extra = f"Content-Type: application/json\r\nContent-Encoding: {encoding}\r\n"
    return raw(head(extra + f"Content-Length: {len(body)}\r\n") + body)


def declared_length(length: int) -> Fault:
    """Declare ``length`` bytes, then stream zeros until the client hangs up."""

    def fault(sock: socket.socket) -> None:
        sock.sendall(head(f"Content-Length: {length}\r\n"))
        _until_hung_up(sock, _forever(_BLOCK))

    return fault


def endless_chunks() -> Fault:
    """A chunked body whose last chunk never comes."""
    chunk = b"%x\r\n" % len(_BLOCK) + _BLOCK + b"\r\n"

    def fault(sock: socket.socket) -> None:
        sock.sendall(head("Transfer-Encoding: chunked\r\n"))
        _until_hung_up(sock, _forever(chunk))

    return fault


def endless_close_delimited() -> Fault:
    """A body without Content-Length or chunking, ended by closing: which never happens."""

    def fault(sock: socket.socket) -> None:
        sock.sendall(head())
        _until_hung_up(sock, _forever(_BLOCK))

    return fault


def trickle(prefix: bytes, interval: float) -> Fault:
    """Send ``prefix``, then one more byte every ``interval`` seconds, never finishing."""

    def fault(sock: socket.socket) -> None:
        sock.sendall(prefix)
        _until_hung_up(sock, _forever(b" "), pause=interval)

    return fault


def endless_headers() -> Fault:
    """A head whose header lines never end (a new small header line each time)."""

    def fault(sock: socket.socket) -> None:
        sock.sendall(b"HTTP/1.1 200 OK\r\n")
        _until_hung_up(sock, _forever(b"X-Filler: 0123456789abcdef\r\n" * 64))

    return fault


def continue_storm() -> Fault:
    """Interim ``100 Continue`` heads, one after the other, never a final answer."""

    def fault(sock: socket.socket) -> None:
        _until_hung_up(sock, _forever(b"HTTP/1.1 100 Continue\r\n\r\n" * 64))

    return fault


def event_stream_head() -> bytes:
    extra = "Content-Type: text/event-stream\r\nTransfer-Encoding: chunked\r\n"
    return head(extra)


def chunk(data: bytes) -> bytes:
    return b"%x\r\n" % len(data) + data + b"\r\n"


def endless_event_line() -> Fault:
    """A 200 event stream whose first line (``data: aaaa...``) never ends."""

    def fault(sock: socket.socket) -> None:
        sock.sendall(event_stream_head() + chunk(b"data: "))
        _until_hung_up(sock, _forever(chunk(b"a" * len(_BLOCK))))

    return fault


def events_then(after: Iterator[bytes], pause: float) -> Fault:
    """A 200 event stream: one event, then the ``after`` chunks with ``pause`` between them."""

    def fault(sock: socket.socket) -> None:
        first = b'event: message\ndata: {"completion":[{"delta":"a"}]}\n\n'
        sock.sendall(event_stream_head() + chunk(first))
        _until_hung_up(sock, (chunk(piece) for piece in after), pause=pause)

    return fault


__all__ = [
    "compressed_zeros",
    "compression_bomb",
    "continue_storm",
    "declared_length",
    "endless_chunks",
    "endless_close_delimited",
    "endless_event_line",
    "endless_headers",
    "events_then",
    "head",
    "once",
    "raw",
    "trickle",
]
