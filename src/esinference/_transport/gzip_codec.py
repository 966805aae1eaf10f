"""Request compression and response decompression (gzip), shared by both transports.

Both transports read raw bytes off the wire and decode them here, so gzip behaves the same
whichever transport is used, including incrementally for streamed responses.
"""

from __future__ import annotations

import zlib
from collections.abc import Mapping

from . import errors
from .attempts import attempt_failed
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
    """Incremental gzip decoder; ``feed`` returns what is decodable so far."""

    def __init__(self) -> None:
        self._inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
        self._fed = False

    def feed(self, data: bytes) -> bytes:
        self._fed = self._fed or bool(data)
        try:
            return self._inflater.decompress(data)
        except zlib.error as exc:
            raise ValueError("response body is not valid gzip") from exc

    def flush(self) -> bytes:
        try:
            tail = self._inflater.flush()
        except zlib.error as exc:
            raise ValueError("response body is not valid gzip") from exc
        if self._fed and not self._inflater.eof:
            raise ValueError("gzip response body is truncated")
        return tail


def decoder_for(headers: Mapping[str, str]) -> GzipDecoder | None:
    """A decoder when ``headers`` (lower-cased keys) say the body is gzipped, else None."""
    encoding = headers.get("content-encoding", "").strip().lower()
    return GzipDecoder() if encoding in ("gzip", "x-gzip") else None


def decoded_body(headers: Mapping[str, str], body: bytes, node: NodeConfig) -> bytes:
    """The body with its Content-Encoding undone; a corrupt gzip body fails the attempt."""
    decoder = decoder_for(headers)
    if decoder is None:
        return body
    try:
        return decoder.feed(body) + decoder.flush()
    except ValueError as exc:
        message = f"Bad response body from {node.base_url}: {exc}"
        raise attempt_failed(errors.ConnectionError, message, FailureKind.DISCONNECT, exc) from exc
