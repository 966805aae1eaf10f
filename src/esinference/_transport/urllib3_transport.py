"""The blocking transport: urllib3 connection pools, one per node, with our retry loop.

urllib3 moves the bytes (keep-alive, TLS, HTTP parsing); retries, node selection, gzip and
error mapping are ours and shared with the async transport, so both behave the same.
"""

from __future__ import annotations

import logging
import ssl
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from functools import lru_cache
from typing import TYPE_CHECKING, TypeVar

import urllib3
from urllib3.exceptions import (
    ConnectTimeoutError,
    HTTPError,
    NewConnectionError,
    ReadTimeoutError,
    SSLError,
)
from urllib3.response import BaseHTTPResponse

from . import errors, fast_paths, processes
from .attempts import AttemptFailed, Attempts, attempt_failed
from .base import TransportBase
from .deadline_io import deadline_reader
from .gzip_codec import decoded_body, decoder_for, prepare_headers_and_body
from .limits import LimitExceeded, check_declared_length, too_large
from .logs import log_bodies, logger
from .nodes import NodeConfig
from .records import HttpRequest, HttpResponse
from .retry import FailureKind
from .sniff import sniff_request, sniffed_nodes_or_none
from .tls import build_ssl_context, check_fingerprint
from .urllib3_connections import HTTP_CONNECTION, HTTPS_CONNECTION

if TYPE_CHECKING:
    from urllib3._base_connection import BaseHTTPConnection

__all__ = ["Urllib3ByteStream", "Urllib3Transport"]

_CHUNK_SIZE = 64 * 1024
_A = TypeVar("_A")


class _QuietHTTPSConnectionPool(urllib3.HTTPSConnectionPool):
    """An HTTPS pool without urllib3's per-request InsecureRequestWarning, pinning certificates.

    With ``verify_certs=False`` the transport warns once when it is built; urllib3 would
    warn again on every request, and silencing it through the global warnings filters is
    not thread-safe and would affect the application's other urllib3 users. urllib3's own
    ``assert_fingerprint`` checks the leaf only; ``ssl_assert_fingerprint`` also accepts
    any certificate of the chain, as elasticsearch-py does.
    """

    fingerprint: str | None = None

    def _validate_conn(self, conn: BaseHTTPConnection) -> None:
        urllib3.HTTPConnectionPool._validate_conn(self, conn)
        if conn.is_closed:
            conn.connect()
            if self.fingerprint is not None:
                sock = getattr(conn, "sock", None)
                try:
                    check_fingerprint(sock, self.fingerprint)
                except ssl.SSLError as exc:
                    conn.close()
                    raise SSLError(str(exc)) from exc


def _reason(exc: BaseException) -> str:
    """The innermost OS-level reason, e.g. "Connection refused"; never includes headers."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, OSError) and current.strerror:
            return current.strerror
        nested = [a for a in getattr(current, "args", ()) if isinstance(a, BaseException)]
        current = nested[0] if nested else (current.__cause__ or current.__context__)
    return type(exc).__name__


def _failure(exc: HTTPError | OSError, node: NodeConfig, timeout: float) -> AttemptFailed:
    """The one place urllib3 and socket errors become our errors (as ``AttemptFailed``); a
    timeout names the limit it hit."""
    base = node.base_url
    if isinstance(exc, NewConnectionError):  # before ConnectTimeoutError: it subclasses it
        return attempt_failed(
            errors.ConnectionError,
            f"Could not connect to {base}: {_reason(exc)}",
            FailureKind.CONNECT,
            exc,
        )
    if isinstance(exc, ConnectTimeoutError):
        return attempt_failed(
            errors.ConnectionTimeout,
            f"Connecting to {base} took longer than request_timeout={timeout:g}s",
            FailureKind.CONNECT,
            exc,
        )
    if isinstance(exc, ReadTimeoutError):
        return attempt_failed(
            errors.ConnectionTimeout,
            f"{base} did not answer within request_timeout={timeout:g}s",
            FailureKind.TIMEOUT,
            exc,
        )
    if isinstance(exc, SSLError):
        return attempt_failed(
            errors.TlsError, f"TLS failure with {base}: {_reason(exc)}", FailureKind.TLS, exc
        )
    return attempt_failed(  # ProtocolError, any other HTTPError, OSError
        errors.ConnectionError,
        f"Connection to {base} broke: {_reason(exc)}",
        FailureKind.DISCONNECT,
        exc,
    )


@contextmanager
def _map_errors(node: NodeConfig, timeout: float) -> Iterator[None]:
    """``_failure`` around a block (reading a stream); a plain try/except on the hot path."""
    try:
        yield
    except (HTTPError, OSError) as exc:
        raise _failure(exc, node, timeout) from exc


def _merged_headers(response: BaseHTTPResponse) -> dict[str, str]:
    """Names lower-cased, repeated fields joined with ", ", through ``itermerged()``."""
    return {name.lower(): value for name, value in response.headers.itermerged()}


def _container_headers(response: BaseHTTPResponse) -> dict[str, str]:
    """``_merged_headers`` read from HTTPHeaderDict's private ``_container``."""
    # HTTPHeaderDict keeps {lower-cased name: [name, *values]}: read it directly, at half the
    # cost of itermerged(); a urllib3 without it takes the public way.
    container = getattr(response.headers, "_container", None)
    if isinstance(container, dict):
        return {name: ", ".join(entry[1:]) for name, entry in container.items()}
    return _merged_headers(response)


_lower_headers = _container_headers if fast_paths.HEADER_CONTAINER else _merged_headers


# urlopen() would build these from ``retries=False`` and the timeout on every request.
_NO_RETRIES = urllib3.Retry(False, redirect=False)


@lru_cache(maxsize=32)
def _timeout(seconds: float) -> urllib3.Timeout:
    # total: the head and body reads get what connecting and sending left (deadline_io).
    return urllib3.Timeout(total=seconds, connect=seconds, read=seconds)


def _read_body(response: BaseHTTPResponse, headers: Mapping[str, str], limit: int | None) -> bytes:
    """The raw body, at most ``limit`` bytes of it (``LimitExceeded`` past that)."""
    if limit is None:
        return response.data if "transfer-encoding" not in headers else _read_pieces(response)
    if "transfer-encoding" not in headers and response.length_remaining is not None:
        check_declared_length(headers, limit)  # a Content-Length: read no more than it says
        return response.data
    return _read_pieces(response, limit)


def _read_pieces(response: BaseHTTPResponse, limit: int | None = None) -> bytes:
    """A chunked or close-delimited body, read in bounded pieces (a chunk size line may
    announce any size; http.client would allocate it at once if asked for the whole)."""
    pieces: list[bytes] = []
    size = 0
    while piece := response.read1(_CHUNK_SIZE):
        size += len(piece)
        if limit is not None and size > limit:
            raise LimitExceeded(limit, "the body read so far")
        pieces.append(piece)
    return b"".join(pieces)


def _discard(response: BaseHTTPResponse) -> None:
    """Close a response read part way (its connection cannot be reused) and free its slot."""
    response.close()
    response.release_conn()


class Urllib3ByteStream:
    """A response whose body is read as it arrives; each read may wait ``timeout`` seconds."""

    def __init__(
        self, response: BaseHTTPResponse, node: NodeConfig, timeout: float, max_event_size: int
    ) -> None:
        self.status = response.status
        self.headers: Mapping[str, str] = _lower_headers(response)
        self.node = node.base_url
        self.timeout = timeout  # the longest silence between two reads, and between events
        self.max_event_size = max_event_size
        self._response = response
        self._node = node
        self._decoder = decoder_for(self.headers)
        reader = deadline_reader(response)
        if reader is not None:  # the attempt's deadline ended with the head
            reader.without_deadline(timeout)
        self._complete = False
        self._closed = False

    def __iter__(self) -> Iterator[bytes]:
        try:
            while not self._closed:
                with _map_errors(self._node, self.timeout):
                    raw = self._response.read1(_CHUNK_SIZE)
                if not raw:
                    break
                if self._decoder is None:
                    yield raw
                else:  # in bounded pieces: the reader checks their size as it goes
                    yield from self._decoder.pieces(raw)
            if self._decoder and not self._closed:
                tail = self._decoder.flush()
                if tail:
                    yield tail
            self._complete = not self._closed
        except AttemptFailed as failure:
            self.close()
            raise failure.error from failure.error.__cause__
        except ValueError as exc:  # undecodable gzip
            self.close()
            raise errors.ConnectionError(f"Bad response body from {self.node}: {exc}") from exc
        finally:
            self.close()

    def close(self) -> None:
        """Release the connection: back to the pool if the body was fully read, else closed."""
        if self._closed:
            return
        self._closed = True
        if not self._complete:
            self._response.close()  # unknown position in the body: the socket cannot be reused
        self._response.release_conn()

    def __enter__(self) -> Urllib3ByteStream:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def _keep(response: HttpResponse) -> None:
    """What a retry does with a whole response it will not return: nothing (it is read)."""


class Urllib3Transport(TransportBase):
    """A blocking ``Transport`` over urllib3; safe to share between threads."""

    default_connections_per_node = 10

    def _setup(self) -> None:
        self._pools: dict[NodeConfig, urllib3.HTTPConnectionPool] = {}
        self._pools_lock = threading.Lock()
        self._sniffs = self._settings.sniffs
        if self._settings.sniff_on_start:
            self._maybe_sniff()  # before the first request, like elasticsearch-py

    def _after_fork_in_child(self) -> None:
        """Forget the parent's pools: close this process's copies of their idle sockets."""
        super()._after_fork_in_child()
        pools, self._pools = list(self._pools.values()), {}
        for pool in pools:
            processes.keep_inherited(pool)  # its finalizer would take the inherited queue lock
            idle = pool.pool
            if idle is not None:
                processes.renew_locks(idle)
                for conn in list(idle.queue):
                    processes.close_fd_copy(getattr(conn, "sock", None))

    def perform(self, request: HttpRequest) -> HttpResponse:
        """Send ``request`` (with retries) and return the whole, decoded response."""
        response, attempts = self._run(request, self._send_whole, _keep)
        return attempts.finish(response)

    def stream(self, request: HttpRequest) -> Urllib3ByteStream:
        """Send ``request`` (with retries until headers arrive) and return the open body."""
        stream, _ = self._run(request, self._send_streaming, Urllib3ByteStream.close)
        return stream

    def close(self) -> None:
        """Close every connection pool; idle sockets close now, busy ones when released."""
        with self._pools_lock:
            self._closed = True
            pools, self._pools = list(self._pools.values()), {}
        for pool in pools:
            pool.close()

    def __enter__(self) -> Urllib3Transport:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def _run(
        self,
        request: HttpRequest,
        send: Callable[[NodeConfig, HttpRequest, float], tuple[_A, int, Mapping[str, str], float]],
        discard: Callable[[_A], None],
    ) -> tuple[_A, Attempts]:
        timeout = self._timeout_for(request)
        attempts = Attempts(self._node_pool, self._retry, request)
        while True:
            if self._sniffs:
                self._maybe_sniff()
            node = attempts.next_node()
            started = time.perf_counter()
            try:
                answer, status, headers, duration = send(node, request, timeout)
            except AttemptFailed as failure:
                if failure.kind in (FailureKind.CONNECT, FailureKind.DISCONNECT):
                    self._sniff_schedule.node_failed()
                delay = attempts.failed(node, failure, time.perf_counter() - started)
                time.sleep(delay)
                continue
            delay_or_none = attempts.answered(node, status, headers, duration)
            if delay_or_none is None:
                return answer, attempts
            discard(answer)
            time.sleep(delay_or_none)

    def _maybe_sniff(self) -> None:
        """Discover nodes if a sniff is due; one thread sniffs, the others carry on."""
        if not self._sniff_schedule.enabled or not self._sniff_schedule.try_start():
            return
        try:
            request = sniff_request(self._settings)
            timeout = self._timeout_for(request)
            for node in self._node_pool.nodes:
                try:
                    response, *_ = self._send_whole(node, request, timeout)
                except AttemptFailed as failure:
                    logger.warning("Sniffing %s failed: %s", node.base_url, failure.error)
                    continue
                if self._use_sniffed(node, response):
                    return
        finally:
            self._sniff_schedule.finished()

    def _use_sniffed(self, node: NodeConfig, response: HttpResponse) -> bool:
        nodes = sniffed_nodes_or_none(
            node, response, self._seed, self._settings.sniffed_node_callback
        )
        if nodes is None:
            return False
        self._node_pool.replace(nodes)
        with self._pools_lock:
            gone = [self._pools.pop(n) for n in list(self._pools) if n not in nodes]
        for pool in gone:
            pool.close()  # idle sockets now; busy ones are closed when they come back
        return True

    def _urlopen(
        self, node: NodeConfig, request: HttpRequest, timeout: float, preload: bool
    ) -> BaseHTTPResponse:
        headers, body = request.headers, request.body
        if self._http_compress:
            headers, body = prepare_headers_and_body(headers, body, True)
        try:
            return self._pool_for(node).urlopen(
                request.method,
                node.path_prefix + request.target,
                body=body,
                headers=headers,
                retries=_NO_RETRIES,
                redirect=False,
                assert_same_host=False,
                timeout=_timeout(timeout),
                preload_content=preload,
                decode_content=False,
            )
        except (HTTPError, OSError) as exc:  # not _map_errors: on the hot path, a plain try
            raise _failure(exc, node, timeout) from exc

    def _send_whole(
        self, node: NodeConfig, request: HttpRequest, timeout: float
    ) -> tuple[HttpResponse, int, Mapping[str, str], float]:
        started = time.perf_counter()
        raw = self._urlopen(node, request, timeout, preload=False)
        headers = _lower_headers(raw)
        limit = self._size_limit_for(request)
        try:
            body = _read_body(raw, headers, limit)
            if "content-encoding" in headers:
                body = decoded_body(headers, body, node, limit)
        except LimitExceeded as exc:
            _discard(raw)
            raise too_large(node.base_url, exc) from exc
        except (HTTPError, OSError) as exc:
            _discard(raw)
            raise _failure(exc, node, timeout) from exc
        except AttemptFailed:
            _discard(raw)
            raise
        duration = time.perf_counter() - started
        version = "1.1" if raw.version == 11 else "1.0"
        # by position: a NamedTuple's keywords cost a dict per call
        response = HttpResponse(raw.status, headers, body, duration, node.base_url, version)
        if logger.isEnabledFor(logging.DEBUG):  # checked here too: the call is not free
            log_bodies(request, node, response, self._redactor)
        return response, raw.status, headers, duration

    def _send_streaming(
        self, node: NodeConfig, request: HttpRequest, timeout: float
    ) -> tuple[Urllib3ByteStream, int, Mapping[str, str], float]:
        started = time.perf_counter()
        raw = self._urlopen(node, request, timeout, preload=False)
        stream = Urllib3ByteStream(raw, node, timeout, self._settings.max_stream_event_size)
        log_bodies(request, node, None, self._redactor)
        return stream, stream.status, stream.headers, time.perf_counter() - started

    def _pool_for(self, node: NodeConfig) -> urllib3.HTTPConnectionPool:
        pool = self._pools.get(node)
        if pool is not None:
            return pool
        with self._pools_lock:
            if self._closed:
                raise RuntimeError("This transport is closed")
            pool = self._pools.get(node)
            if pool is None:
                pool = self._new_pool(node)
                self._pools[node] = pool
            return pool

    def _new_pool(self, node: NodeConfig) -> urllib3.HTTPConnectionPool:
        # block=True: threads wait for a free connection instead of opening extra sockets.
        if node.scheme == "http":
            plain = urllib3.HTTPConnectionPool(
                node.host, node.port, maxsize=self._connections_per_node, block=True
            )
            # One write per request (fast_paths), a request() signature pyright (not mypy)
            # holds against urllib3's connection protocol.
            plain.ConnectionCls = HTTP_CONNECTION  # pyright: ignore[reportAttributeAccessIssue]
            return plain
        if self._ssl_context is None:  # a sniffed https node on an http-only transport
            self._ssl_context = build_ssl_context(self._settings)
        pinned = self._settings.ssl_assert_fingerprint
        pool = _QuietHTTPSConnectionPool(
            node.host,
            node.port,
            maxsize=self._connections_per_node,
            block=True,
            ssl_context=self._ssl_context,
            assert_hostname=False if pinned else self._settings.ssl_assert_hostname,
            cert_reqs="CERT_NONE" if pinned else None,
        )
        pool.fingerprint = pinned
        pool.ConnectionCls = HTTPS_CONNECTION  # pyright: ignore[reportAttributeAccessIssue]
        return pool
