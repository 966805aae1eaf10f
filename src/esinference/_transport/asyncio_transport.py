"""The asyncio transport: a small native HTTP/1.1 client with keep-alive pools per node.

Native rather than urllib3 in threads because a request running in a thread cannot be
cancelled: here cancelling the awaiting task (or hitting ``request_timeout``) closes that
request's connection at once and propagates ``CancelledError``. A connection goes back to
the pool only after a response was read completely from it; any other outcome closes it.
Retries, node selection, TLS settings and gzip are shared with the urllib3 transport.
"""

from __future__ import annotations

import asyncio
import os
import ssl
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager, suppress
from typing import TypeVar

from . import errors, processes
from .asyncio_connections import Connection, NodeConnections, Progress
from .attempts import AttemptFailed, Attempts, attempt_failed
from .base import TransportBase
from .gzip_codec import decoded_body, decoder_for, prepare_headers_and_body
from .http1_wire import BodyReader, ProtocolViolation, ResponseHead, read_head, serialize_request
from .limits import LimitExceeded, too_large
from .logs import log_bodies, logger
from .nodes import NodeConfig
from .records import HttpRequest, HttpResponse
from .retry import FailureKind
from .sniff import sniff_request, sniffed_nodes_or_none
from .tls import build_ssl_context

__all__ = ["AsyncioByteStream", "AsyncioTransport"]

_A = TypeVar("_A")


def _reason(exc: BaseException) -> str:
    if isinstance(exc, asyncio.IncompleteReadError):
        return "connection closed before the response was complete"
    if isinstance(exc, OSError) and exc.errno:
        # asyncio's "Connect call failed ('127.0.0.1', 9200)" hides the cause; name it as the
        # sync transport does ("Connection refused").
        return os.strerror(exc.errno)
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return str(exc) or type(exc).__name__


@contextmanager
def _map_errors(node: NodeConfig, progress: Progress, timeout: float) -> Iterator[None]:
    """The one place asyncio, socket and parse errors become ours (as ``AttemptFailed``); a
    timeout names the limit it hit."""
    base = node.base_url
    try:
        yield
    except asyncio.TimeoutError as exc:  # before OSError: on 3.11+ TimeoutError is one
        phase = progress.phase
        if phase == "pool":
            message, kind = (
                f"No free connection to {base} within request_timeout={timeout:g}s",
                FailureKind.TIMEOUT,
            )
        elif phase == "connect":
            message, kind = (
                f"Connecting to {base} took longer than request_timeout={timeout:g}s",
                FailureKind.CONNECT,
            )
        else:
            message, kind = (
                f"{base} did not answer within request_timeout={timeout:g}s",
                FailureKind.TIMEOUT,
            )
        raise attempt_failed(errors.ConnectionTimeout, message, kind, exc) from exc
    except ssl.SSLError as exc:  # includes certificate verification failures
        if progress.phase == "connect":
            raise attempt_failed(
                errors.TlsError, f"TLS failure with {base}: {exc}", FailureKind.TLS, exc
            ) from exc
        raise attempt_failed(
            errors.ConnectionError, f"TLS error from {base}: {exc}", FailureKind.DISCONNECT, exc
        ) from exc
    except (OSError, asyncio.IncompleteReadError, ProtocolViolation) as exc:
        if progress.phase in ("pool", "connect"):
            message, kind = f"Could not connect to {base}: {_reason(exc)}", FailureKind.CONNECT
        else:
            message, kind = f"Connection to {base} broke: {_reason(exc)}", FailureKind.DISCONNECT
        raise attempt_failed(errors.ConnectionError, message, kind, exc) from exc


def _host_header(node: NodeConfig) -> str:
    default_port = 443 if node.scheme == "https" else 80
    return node.host_for_url if node.port == default_port else f"{node.host_for_url}:{node.port}"


class AsyncioByteStream:
    """An open response read as it arrives; each read may wait ``timeout`` seconds."""

    def __init__(
        self,
        connections: NodeConnections,
        conn: Connection,
        head: ResponseHead,
        body: BodyReader,
        node: NodeConfig,
        timeout: float,
        max_event_size: int,
    ) -> None:
        self.status = head.status
        self.headers: Mapping[str, str] = head.headers
        self.node = node.base_url
        self._node = node
        self._connections = connections
        self._conn: Connection | None = conn
        self._body = body
        self.timeout = timeout  # the longest silence between two reads, and between events
        self.max_event_size = max_event_size
        self._decoder = decoder_for(head.headers)

    async def __aiter__(self) -> AsyncIterator[bytes]:
        try:
            while self._conn is not None:
                raw = await self._read_some()
                if not raw:
                    break
                if self._decoder is None:
                    yield raw
                else:  # in bounded pieces: the reader checks their size as it goes
                    for data in self._decoder.pieces(raw):
                        yield data
            if self._decoder is not None and self._conn is not None:
                tail = self._decoder.flush()
                if tail:
                    yield tail
            self._release(reusable=self._body.done and self._body.reusable)
        except ValueError as exc:  # undecodable gzip
            raise errors.ConnectionError(f"Bad response body from {self.node}: {exc}") from exc
        finally:
            self._release(reusable=False)  # no-op when released above

    async def _read_some(self) -> bytes:
        progress = Progress()
        progress.phase = "answer"
        try:
            with _map_errors(self._node, progress, self.timeout):
                return await asyncio.wait_for(self._body.read_some(), self.timeout)
        except AttemptFailed as failure:
            raise failure.error from failure.error.__cause__

    async def aclose(self) -> None:
        """Release the connection: pooled again if the body was read to the end, else closed."""
        self.close()

    def close(self) -> None:
        """``aclose()``, which needs no await: closing a socket is synchronous in asyncio."""
        self._release(reusable=False)

    def _release(self, reusable: bool) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            self._connections.release(conn, reusable)

    async def __aenter__(self) -> AsyncioByteStream:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()


class AsyncioTransport(TransportBase):
    """An ``AsyncTransport`` on asyncio streams; use it from one event loop only."""

    # Not urllib3's 10: connections are opened only on demand, an idle one costs a file
    # descriptor and no thread, and inference calls last seconds, so a small cap would make
    # 64 concurrent callers queue behind each other.
    default_connections_per_node = 64

    def _setup(self) -> None:
        self._connections: dict[NodeConfig, NodeConnections] = {}
        self._sniff_task: asyncio.Task[None] | None = None
        self._sniffed_once = False

    def _after_fork_in_child(self) -> None:
        """Forget the parent's connections and tasks; they belong to the parent's event loop.

        Never closed here: closing would unregister the sockets from the epoll instance the
        child shares with its parent, and the parent would stop hearing from them.
        """
        super()._after_fork_in_child()
        processes.keep_inherited((self._connections, self._sniff_task))
        self._connections = {}
        self._sniff_task = None
        self._sniffed_once = False

    def connections_opened(self) -> int:
        """How many connections this transport has opened in total (keep-alive check)."""
        return sum(c.opened for c in self._connections.values())

    async def perform(self, request: HttpRequest) -> HttpResponse:
        """Send ``request`` (with retries) and return the whole, decoded response."""
        response, attempts = await self._run(request, self._send_whole, _discard_nothing)
        return attempts.finish(response)

    async def stream(self, request: HttpRequest) -> AsyncioByteStream:
        """Send ``request`` (with retries until headers arrive) and return the open body."""
        stream, _ = await self._run(request, self._open_stream, AsyncioByteStream.aclose)
        return stream

    async def close(self) -> None:
        """Close idle connections now; connections in use close when released."""
        self._closed = True
        if self._sniff_task is not None:
            self._sniff_task.cancel()
            with suppress(asyncio.CancelledError):
                await self._sniff_task
        connections, self._connections = list(self._connections.values()), {}
        for node_connections in connections:
            await node_connections.close()

    async def __aenter__(self) -> AsyncioTransport:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()

    async def _run(
        self,
        request: HttpRequest,
        send: Callable[
            [NodeConfig, HttpRequest, float], Awaitable[tuple[_A, int, Mapping[str, str], float]]
        ],
        discard: Callable[[_A], Awaitable[None]],
    ) -> tuple[_A, Attempts]:
        timeout = self._timeout_for(request)
        attempts = Attempts(self._node_pool, self._retry, request)
        while True:
            await self._maybe_sniff()
            node = attempts.next_node()
            started = time.perf_counter()
            try:
                answer, status, headers, duration = await send(node, request, timeout)
            except AttemptFailed as failure:
                if failure.kind in (FailureKind.CONNECT, FailureKind.DISCONNECT):
                    self._sniff_schedule.node_failed()
                await asyncio.sleep(attempts.failed(node, failure, time.perf_counter() - started))
                continue
            delay = attempts.answered(node, status, headers, duration)
            if delay is None:
                return answer, attempts
            await discard(answer)
            await asyncio.sleep(delay)

    async def _maybe_sniff(self) -> None:
        """Discover nodes if due: the first sniff is awaited, later ones run in the background."""
        if not self._sniff_schedule.enabled or not self._sniff_schedule.try_start():
            return
        if self._sniffed_once:
            self._sniff_task = asyncio.ensure_future(self._sniff_now())
        else:
            self._sniffed_once = True
            await self._sniff_now()

    async def _sniff_now(self) -> None:
        try:
            request = sniff_request(self._settings)
            timeout = self._timeout_for(request)
            for node in self._node_pool.nodes:
                try:
                    response, *_ = await self._send_whole(node, request, timeout)
                except AttemptFailed as failure:
                    logger.warning("Sniffing %s failed: %s", node.base_url, failure.error)
                    continue
                nodes = sniffed_nodes_or_none(
                    node, response, self._seed, self._settings.sniffed_node_callback
                )
                if nodes is not None:
                    self._node_pool.replace(nodes)
                    await self._close_connections_not_in(nodes)
                    return
        finally:
            self._sniff_schedule.finished()

    async def _close_connections_not_in(self, nodes: Sequence[NodeConfig]) -> None:
        gone = [self._connections.pop(n) for n in list(self._connections) if n not in nodes]
        for node_connections in gone:
            await node_connections.close()

    def _payload(self, node: NodeConfig, request: HttpRequest) -> bytes:
        headers, body = prepare_headers_and_body(request.headers, request.body, self._http_compress)
        target = node.path_prefix + request.target
        return serialize_request(request.method, target, _host_header(node), headers, body)

    async def _send_whole(
        self, node: NodeConfig, request: HttpRequest, timeout: float
    ) -> tuple[HttpResponse, int, Mapping[str, str], float]:
        payload, progress = self._payload(node, request), Progress()
        limit = self._size_limit_for(request)
        started = time.perf_counter()
        try:
            with _map_errors(node, progress, timeout):
                head, body = await asyncio.wait_for(
                    self._exchange(node, payload, request.method, progress, limit), timeout
                )
            body = decoded_body(head.headers, body, node, limit)
        except LimitExceeded as exc:
            raise too_large(node.base_url, exc) from exc
        duration = time.perf_counter() - started
        response = HttpResponse(
            head.status, head.headers, body, duration, node.base_url, head.http_version
        )
        log_bodies(request, node, response, self._redactor)
        return response, head.status, head.headers, duration

    async def _exchange(
        self,
        node: NodeConfig,
        payload: bytes,
        method: str,
        progress: Progress,
        limit: int | None,
    ) -> tuple[ResponseHead, bytes]:
        connections = self._connections_for(node)
        conn = await connections.acquire(progress)
        reusable = False
        try:
            head, body_reader = await _send_and_read_head(conn, payload, method, progress)
            body = await body_reader.read_all(limit)
            reusable = body_reader.reusable
            return head, body
        finally:  # also on CancelledError: an unfinished exchange never goes back to the pool
            connections.release(conn, reusable)

    async def _open_stream(
        self, node: NodeConfig, request: HttpRequest, timeout: float
    ) -> tuple[AsyncioByteStream, int, Mapping[str, str], float]:
        payload, progress = self._payload(node, request), Progress()
        connections = self._connections_for(node)
        started = time.perf_counter()

        async def open_() -> tuple[Connection, ResponseHead, BodyReader]:
            conn = await connections.acquire(progress)
            try:
                head, body = await _send_and_read_head(conn, payload, request.method, progress)
            except BaseException:
                connections.release(conn, reusable=False)
                raise
            return conn, head, body

        with _map_errors(node, progress, timeout):
            conn, head, body = await asyncio.wait_for(open_(), timeout)
        stream = AsyncioByteStream(
            connections, conn, head, body, node, timeout, self._settings.max_stream_event_size
        )
        log_bodies(request, node, None, self._redactor)
        return stream, head.status, head.headers, time.perf_counter() - started

    def _connections_for(self, node: NodeConfig) -> NodeConnections:
        connections = self._connections.get(node)
        if connections is None:
            if self._closed:
                raise RuntimeError("This transport is closed")
            if node.scheme == "https" and self._ssl_context is None:
                self._ssl_context = build_ssl_context(self._settings)  # a sniffed https node
            context = self._ssl_context if node.scheme == "https" else None
            connections = NodeConnections(node, context, self._connections_per_node)
            asserted = self._settings.ssl_assert_hostname
            connections.server_hostname = asserted if isinstance(asserted, str) else node.host
            connections.fingerprint = self._settings.ssl_assert_fingerprint
            self._connections[node] = connections
        return connections


async def _send_and_read_head(
    conn: Connection, payload: bytes, method: str, progress: Progress
) -> tuple[ResponseHead, BodyReader]:
    progress.phase = "send"
    conn.writer.write(payload)
    await conn.writer.drain()
    head = await read_head(conn.reader)
    progress.phase = "answer"
    return head, BodyReader(conn.reader, head, method)


async def _discard_nothing(response: HttpResponse) -> None:
    """A whole response holds no connection: nothing to release before a retry."""
