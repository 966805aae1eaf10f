"""The HTTP/1.1 server: keep-alive connections within limits, and answers written back.

It knows nothing of inference. Each request's head is read here and handed, as an
``Exchange``, to the application (``App``), which reads the body when it wants it and answers
with an ``ApiResponse``, or drops or resets the connection (the fault knobs need that).

Every answer carries ``X-Elastic-Product: Elasticsearch`` and a Content-Length, except streamed
answers, which use ``Transfer-Encoding: chunked`` so the connection stays usable afterwards
(HTTP/1.0 clients get ``Connection: close`` instead).
"""

from __future__ import annotations

import socket
import struct
import sys
import threading
from collections.abc import Callable
from dataclasses import replace
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Generic, Protocol, TypeVar
from urllib.parse import parse_qs, urlsplit

from . import sse
from .config import ServerConfig
from .connections import Connections
from .errors import EsError
from .filter_path import filter_path
from .negotiation import json_type
from .parse import (
    MB,
    ClientGone,
    Limits,
    RequestHead,
    RequestProblem,
    content_length,
    discard,
    gunzip,
    is_chunked,
    read_chunked,
    read_exact,
    read_head,
    too_large,
)
from .records import ApiRequest, ApiResponse, dumps

PRODUCT_HEADER = ("X-Elastic-Product", "Elasticsearch")
_TIMED_OUT = EsError(408, "", "request timed out", plain=True)
_LINGER_SECONDS = 0.5
_LINGER_READS = 32  # at most 2 MiB drained before closing


class Health(Protocol):
    """What the server reports about itself: whether it is stopping, and bugs seen so far."""

    stopping: threading.Event
    bugs: int  # unexpected exceptions, each printed to stderr (the fuzz suite wants 0)


StateT = TypeVar("StateT", bound=Health)


class Exchange:
    """One request in flight, as the application sees it: read the body, then answer once."""

    def __init__(self, handler: RequestHandler, request: ApiRequest, head: RequestHead) -> None:
        self.request = request  # without its body until ``read_body``
        self._handler = handler
        self._head = head

    def read_body(self) -> ApiRequest:
        """The request with its body (de-chunked, gunzipped, within the size limit)."""
        self.request = replace(self.request, body=self._handler.read_body(self._head))
        return self.request

    def send(self, response: ApiResponse, *, truncate: bool = False) -> None:
        """Write the answer; ``truncate``: half its body, then close (a fault)."""
        self._handler.send(response, self.request, truncate=truncate)

    def send_raw(
        self, status: int, headers: list[tuple[str, str]], body: bytes, *, product: bool = True
    ) -> None:
        """Write exactly these headers and body (answers no handler would give)."""
        self._handler.write_head(status, headers, product=product)
        self._handler.wfile.write(body)

    def drop(self) -> None:
        """Close the connection without answering."""
        self._handler.drop()

    def reset(self) -> None:
        """Abort the connection with a TCP RST."""
        self._handler.reset()


App = Callable[[Exchange], None]


class EsHttpServer(ThreadingHTTPServer, Generic[StateT]):
    """A threading HTTP server with a bounded number of connections, each with deadlines.

    ``state`` is the application's; the server only reads and counts its ``Health``.
    """

    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 128  # client tests open many connections at once

    def __init__(self, config: ServerConfig, app: App, state: StateT) -> None:
        self.config = config
        self.app = app
        self.state = state
        self.limits = Limits(max_content_length=config.max_content_length)
        self.connections = Connections(config.max_connections)
        super().__init__((config.host, config.port), RequestHandler)
        self.connections.start()

    def process_request(self, request: Any, client_address: Any) -> None:
        """One named daemon thread per admitted connection (ThreadingMixIn's, named)."""
        if not self.connections.admit(request):
            _refuse(request)
            return
        threading.Thread(
            target=self.process_request_thread,
            args=(request, client_address),
            name=self.thread_name,
            daemon=True,
        ).start()

    @property
    def thread_name(self) -> str:
        return f"esinference-server-{self.server_address[1]}-connection"

    def handle_error(self, request: Any, client_address: Any) -> None:
        if isinstance(sys.exc_info()[1], OSError):
            return  # the client went away: nothing to report
        self.state.bugs += 1
        super().handle_error(request, client_address)

    def close_connections(self) -> None:
        self.connections.close_all()

    def server_close(self) -> None:
        super().server_close()
        self.connections.stop()


def _refuse(sock: socket.socket) -> None:
    """Answer 503 without reading (the server is full) and close; never block the acceptor."""
    body = dumps(EsError(503, "", "too many open connections", plain=True).to_body())
    head = (
        "HTTP/1.1 503 Service Unavailable\r\nX-Elastic-Product: Elasticsearch\r\n"
        f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n"
        "Connection: close\r\n\r\n"
    )
    try:
        sock.setblocking(False)
        sock.send(head.encode() + body)
        sock.shutdown(socket.SHUT_WR)
        sock.recv(65536)  # what already arrived, so closing does not reset the connection
    except OSError:
        pass
    sock.close()


class RequestHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    # Narrower than typeshed's BaseServer, which pyright (not mypy) holds invariant.
    server: EsHttpServer[Any]  # pyright: ignore[reportIncompatibleVariableOverride]

    def setup(self) -> None:
        super().setup()
        # Headers and body go out in separate writes; without NODELAY the second waits for
        # the client's delayed ACK (about 40 ms on Linux) on every keep-alive request.
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        # A backstop for writes to a client that stopped reading; reads are bounded sooner by
        # the deadlines in Connections, which answer 408 where a request was under way.
        config = self.server.config
        self.connection.settimeout(max(config.idle_timeout, config.read_timeout) + 5)

    def finish(self) -> None:
        try:
            super().finish()
        except OSError:
            pass
        self.server.connections.release(self.connection)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - stdlib name
        if self.server.config.verbose:
            super().log_message(format, *args)

    def handle_one_request(self) -> None:
        """Read one request within the limits and answer it; any failure closes cleanly."""
        self.request_version = "HTTP/1.1"  # until the request line says otherwise
        self.close_connection = True
        config = self.server.config
        try:
            self._watch(config.idle_timeout, idle=True)
            head = read_head(self.rfile, self.server.limits)
            self._watch(config.read_timeout)
            self.command, self.path, self.request_version = head.method, head.target, head.version
            self.requestline = f"{head.method} {head.target} {head.version}"
            self.headers = head.headers
            self.close_connection = not head.keep_alive
            self._handle(head)
        except ClientGone:
            pass
        except RequestProblem as problem:
            self._answer_problem(problem)
        except OSError:
            # The client went away (reset, or timed out during a stall): nothing to answer.
            self.close_connection = True

    def _watch(self, seconds: float | None, *, idle: bool = False) -> None:
        self.server.connections.watch(self.connection, seconds, idle=idle)

    def _answer_problem(self, problem: RequestProblem) -> None:
        """The framing-level answer (400/408/413/417), then keep or close the connection."""
        if self.server.connections.timed_out(self.connection):
            problem = RequestProblem(408, dumps(_TIMED_OUT.to_body()))
        headers = [("Content-Length", str(len(problem.body)))]
        if problem.body:
            headers.insert(0, ("Content-Type", "application/json"))
        if problem.close:
            headers.append(("Connection", "close"))
        self.close_connection = problem.close
        try:
            self.write_head(problem.status, headers, product=bool(problem.body))
            self.wfile.write(problem.body)
            self.wfile.flush()
            if problem.discard:
                discard(self.rfile, problem.discard)
                return
        except (OSError, ClientGone):
            self.close_connection = True
            return
        if problem.close:
            self._linger()

    def _linger(self) -> None:
        """Close without a reset: stop writing, then drain what the client still sends."""
        try:
            self.connection.shutdown(socket.SHUT_WR)
            self.connection.settimeout(_LINGER_SECONDS)
            for _ in range(_LINGER_READS):
                if not self.connection.recv(65536):
                    break
        except OSError:
            pass

    # -- request ---------------------------------------------------------------------------

    def read_body(self, head: RequestHead) -> bytes:
        """The body, de-chunked and gunzipped, within the maximum content length."""
        limits = self.server.limits
        expect = head.headers.get("Expect")
        if expect is not None and expect.lower() != "100-continue":
            raise RequestProblem(417)
        chunked = is_chunked(head)
        length = None if chunked else content_length(head)
        if length is not None and length > limits.max_content_length:
            if expect is None and length <= 2 * limits.max_content_length + MB:
                raise RequestProblem(413, close=False, discard=length)
            raise too_large(close=True)
        if expect is not None:
            self.wfile.write(b"HTTP/1.1 100 Continue\r\n\r\n")
            self.wfile.flush()
        body = read_chunked(self.rfile, limits) if chunked else read_exact(self.rfile, length or 0)
        self._watch(None)
        if body and head.headers.get("Content-Encoding", "").lower() == "gzip":
            # Elasticsearch accepts gzipped request bodies (clients' http_compress=True).
            body = gunzip(body, limits)
        return body

    def _handle(self, head: RequestHead) -> None:
        split = urlsplit(self.path)
        query = {k: v[-1] for k, v in parse_qs(split.query, keep_blank_values=True).items()}
        headers = {k.lower(): v for k, v in self.headers.items()}
        request = ApiRequest(self.command, split.path, query, headers, b"", target=self.path)
        self.server.app(Exchange(self, request, head))

    # -- answers ---------------------------------------------------------------------------

    def reset(self) -> None:
        """Abort with a TCP RST (SO_LINGER 0) instead of an orderly close."""
        self.close_connection = True
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.connection.close()

    def drop(self) -> None:
        self.close_connection = True
        try:
            self.connection.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass

    def write_head(self, status: int, headers: list[tuple[str, str]], product: bool = True) -> None:
        self.send_response_only(status)
        if product:
            self.send_header(*PRODUCT_HEADER)
        for name, value in headers:
            self.send_header(name, value)
        self.end_headers()

    def send(self, response: ApiResponse, request: ApiRequest, *, truncate: bool = False) -> None:
        if response.events is not None:
            self._send_stream(response)
            return
        if response.raw is not None:
            payload = response.raw
        else:
            body = response.body
            if "filter_path" in request.query:
                body = filter_path(body, request.query["filter_path"])
            payload = dumps(body, pretty=request.query.get("pretty") in ("", "true"))
        content_type = response.content_type or json_type(request)
        headers = [("Content-Type", content_type), ("Content-Length", str(len(payload)))]
        self.write_head(response.status, headers + response.headers)
        if request.method == "HEAD":
            return
        if truncate:
            self.wfile.write(payload[: len(payload) // 2])
            self.drop()
            return
        self.wfile.write(payload)

    def _send_stream(self, response: ApiResponse) -> None:
        """Events as chunks; an event of None aborts the connection there (a fault)."""
        chunked = self.request_version != "HTTP/1.0"
        headers = [("Content-Type", sse.CONTENT_TYPE), ("Cache-Control", "no-cache")]
        headers.append(("Transfer-Encoding", "chunked") if chunked else ("Connection", "close"))
        self.write_head(response.status, headers + response.headers)
        if not chunked:
            self.close_connection = True
        try:
            for data in response.events or ():
                if data is None:
                    self.drop()
                    return
                self.wfile.write(b"%x\r\n%s\r\n" % (len(data), data) if chunked else data)
            if chunked:
                self.wfile.write(b"0\r\n\r\n")
        except OSError:
            self.close_connection = True
