"""Request compression and response decompression (gzip, deflate), shared by both transports.

Both transports read raw bytes off the wire and decode them here, so gzip behaves the same
whichever transport is used, including incrementally for streamed responses.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator, Mapping

from . import errors
from .attempts import attempt_failed
from .limits import LimitExceeded
from .nodes import NodeConfig
from .retry import FailureKind

__all__ = ["GzipDecoder", "decoded_body", "decoder_for", "prepare_headers_and_body"]


def prepare_headers_and_body(
    headers: Mapping[str, str], body: bytes | None, http_compress: bool
) -> tuple[Mapping[str, str], bytes | None]:
    """The headers and body to send; with ``http_compress`` the body is gzipped.

    Header names keep the caller's spelling; ours are only added when the caller did not
    set them (case-insensitively).
    """
    if not http_compress:
        return headers, body
    out = dict(headers)
    present = {name.lower() for name in out}
    if "accept-encoding" not in present:
        out["Accept-Encoding"] = "gzip"
    if body and "content-encoding" not in present:
        import gzip  # on first use: most clients never compress

        body = gzip.compress(body, compresslevel=6, mtime=0)
        out["Content-Encoding"] = "gzip"
    return out, body


class GzipDecoder:
    """Incremental gzip or deflate decoder; ``feed`` returns what is decodable so far.

    Output is capped: past ``limit`` bytes in all, ``feed`` raises ``LimitExceeded`` before
    inflating further, so a small compressed body can never expand in memory.
    ``pieces`` hands the output out in bounded pieces instead (for streams, whose size is
    checked by their reader as it goes).
    """

    def __init__(self, deflate: bool = False, limit: int | None = None) -> None:
        self._inflater = zlib.decompressobj(zlib.MAX_WBITS if deflate else 16 + zlib.MAX_WBITS)
        self._deflate = deflate
        self._name = "deflate" if deflate else "gzip"
        self._limit = limit
        self._produced = 0
        self._fed = False

    def feed(self, data: bytes) -> bytes:
        if self._limit is None:
            return b"".join(self.pieces(data, 0))
        out = b"".join(self.pieces(data, self._limit - self._produced + 1))
        if self._produced > self._limit or self._inflater.unconsumed_tail:
            raise LimitExceeded(self._limit, f"the decompressed ({self._name}) body")
        return out

    def pieces(self, data: bytes, size: int = 64 * 1024) -> Iterator[bytes]:
        """The output of ``data`` in pieces of at most ``size`` bytes (0: one piece)."""
        first = not self._fed
        self._fed = self._fed or bool(data)
        try:
            while True:
                out = self._inflater.decompress(data, size)
                self._produced += len(out)
                if out:
                    yield out
                data = self._inflater.unconsumed_tail
                if not data or (self._limit is not None and self._produced > self._limit):
                    return
        except zlib.error as exc:
            if first and self._deflate and self._produced == 0:  # raw deflate, no zlib header
                self._inflater = zlib.decompressobj(-zlib.MAX_WBITS)
                self._deflate = False
                yield from self.pieces(data, size)
                return
            raise ValueError(f"response body is not valid {self._name}") from exc

    def flush(self) -> bytes:
        try:
            tail = self._inflater.flush()
        except zlib.error as exc:
            raise ValueError(f"response body is not valid {self._name}") from exc
        self._produced += len(tail)
        if self._limit is not None and self._produced > self._limit:
            raise LimitExceeded(self._limit, f"the decompressed ({self._name}) body")
        if self._fed and not self._inflater.eof:
            raise ValueError(f"{self._name} response body is truncated")
        return tail


def decoder_for(headers: Mapping[str, str], limit: int | None = None) -> GzipDecoder | None:
    """A decoder when ``headers`` (lower-cased keys) say the body is gzipped or deflated."""
    encoding = headers.get("content-encoding", "").strip().lower()
    if encoding in ("gzip", "x-gzip"):
        return GzipDecoder(limit=limit)
    return GzipDecoder(deflate=True, limit=limit) if encoding == "deflate" else None


def decoded_body(
    headers: Mapping[str, str], body: bytes, node: NodeConfig, limit: int | None = None
) -> bytes:
    """The body with its Content-Encoding undone, at most ``limit`` bytes of it; a corrupt
    body fails the attempt, a larger one raises ``LimitExceeded``."""
    decoder = decoder_for(headers, limit)
    if decoder is None:
        return body
    try:
        return decoder.feed(body) + decoder.flush()
    except ValueError as exc:
        message = f"Bad response body from {node.base_url}: {exc}"
        raise attempt_failed(errors.ConnectionError, message, FailureKind.DISCONNECT, exc) from exc
