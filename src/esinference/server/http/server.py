"""The HTTP/1.1 layer: keep-alive connections, SSE over chunked encoding, auth and faults.

Every answer carries ``X-Elastic-Product: Elasticsearch`` and a Content-Length, except streamed
answers, which use ``Transfer-Encoding: chunked`` so the connection stays usable afterwards
(HTTP/1.0 clients get ``Connection: close`` instead). The only answer without the product
header is the ``html_502`` fault, which imitates a proxy.
"""

from __future__ import annotations

import socket
import struct
import sys
import threading
import traceback
from collections.abc import Iterator
from dataclasses import replace
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

from . import sse as _sse
from .auth import check_auth
from .connections import Connections
from ..testing.control import handle_control, is_control
from .errors import EsError
from ..testing.faults import Fault, LoggedRequest
from .filter_path import filter_path
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
from ..inference.handlers.infer import sse_error
from ..inference.routes import ES_METHODS, allowed_methods, check_query, find_route, is_streaming
from ..inference.backend.state import ServerState
from ..inference.timeouts import inference_timeout, timed_out
from .records import ApiRequest, ApiResponse, dumps, error_response

PRODUCT_HEADER = ("X-Elastic-Product", "Elasticsearch")
_JSON_TYPES = frozenset({"application/json", "application/vnd.elasticsearch+json"})
_COMPATIBLE_VERSIONS = frozenset({"8", "9"})
_TIMED_OUT = EsError(408, "", "request timed out", plain=True)
_LINGER_SECONDS = 0.5
_LINGER_READS = 32  # at most 2 MiB drained before closing
_HTML_502 = (
    b"<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
    b"<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n"
    b"</body>\r\n</html>\r\n"
)


class EsHttpServer(ThreadingHTTPServer):
    """A threading HTTP server with a bounded number of connections, each with deadlines."""

    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 128  # client tests open many connections at once

    def __init__(self, state: ServerState) -> None:
        self.state = state
        config = state.config
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


def _media_type(value: str) -> tuple[str, dict[str, str]]:
    kind, *params = [p.strip() for p in value.split(";")]
    parsed = {}
    for param in params:
        name, _, param_value = param.partition("=")
        parsed[name.strip().lower()] = param_value.strip().strip('"')
    return kind.lower(), parsed


def _check_content_type(request: ApiRequest) -> None:
    value = request.headers.get("content-type")
    if not request.body or value is None:
        return
    kind, params = _media_type(value)
    if kind not in _JSON_TYPES:
        raise EsError(406, "", f"Content-Type header [{value}] is not supported", plain=True)
    version = params.get("compatible-with")
    if version is not None and version not in _COMPATIBLE_VERSIONS:
        raise EsError(
            400,
            "media_type_header_exception",
            f"Invalid media-type value on headers [Content-Type]: [{value}]",
        )


def dispatch(state: ServerState, request: ApiRequest, uri: str) -> ApiResponse:
    """Run one API request; every failure becomes an Elasticsearch-shaped answer."""
    error_trace = request.query.get("error_trace") in ("", "true")
    try:
        check_auth(state, request, uri)
        if request.method not in ES_METHODS or request.method == "OPTIONS":
            return _method_answer(request)
        route, path_params = find_route(request.method, request.path)
        request = replace(request, path_params=path_params)
        check_query(route, request)
        _check_content_type(request)
        return route.handler(state, request)
    except EsError as error:
        return error_response(error, error_trace=error_trace)
    except Exception as exc:  # a bug in the server: answer like ES does for unexpected errors
        if not state.stopping.is_set():  # while stopping, the store may already be closed
            state.bugs += 1
            traceback.print_exc(file=sys.stderr)
        return error_response(EsError(500, "exception", repr(exc)), error_trace=error_trace)


def _timeout_answer(request: ApiRequest, streaming: bool, seconds: float) -> ApiResponse:
    error = timed_out(seconds)
    if not streaming:
        return error_response(error)
    unified = request.path.endswith("/_unified") or "/chat_completion/" in request.path
    return sse_error(error, unified=unified)


def _method_answer(request: ApiRequest) -> ApiResponse:
    """OPTIONS lists a path's methods; a method ES does not know is a 405 (RestController)."""
    allowed = allowed_methods(request.path)
    headers = [("Allow", ",".join(allowed))] if allowed else []
    if request.method == "OPTIONS":
        return ApiResponse(raw=b"", content_type="text/plain; charset=UTF-8", headers=headers)
    reason = f"Unexpected http method: {request.method}"
    if allowed:
        reason += f", allowed: [{', '.join(allowed)}]"
    error = EsError(405, "", reason, plain=True, headers=tuple(headers))
    return error_response(error)


class RequestHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    # Narrower than typeshed's BaseServer, which pyright (not mypy) holds invariant.
    server: EsHttpServer  # pyright: ignore[reportIncompatibleVariableOverride]

    def setup(self) -> None:
        super().setup()
        # Headers and body go out in separate writes; without NODELAY the second waits for
        # the client's delayed ACK (about 40 ms on Linux) on every keep-alive request.
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        # A backstop for writes to a client that stopped reading; reads are bounded sooner by
        # the deadlines in Connections, which answer 408 where a request was under way.
        config = self.server.state.config
        self.connection.settimeout(max(config.idle_timeout, config.read_timeout) + 5)

    def finish(self) -> None:
        try:
            super().finish()
        except OSError:
            pass
        self.server.connections.release(self.connection)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - stdlib name
        if self.server.state.config.verbose:
            super().log_message(format, *args)

    def handle_one_request(self) -> None:
        """Read one request within the limits and answer it; any failure closes cleanly."""
        self.request_version = "HTTP/1.1"  # until the request line says otherwise
        self.close_connection = True
        config = self.server.state.config
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
            self._write_head(problem.status, headers, product=bool(problem.body))
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

    def _read_body(self, head: RequestHead) -> bytes:
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
        state = self.server.state
        split = urlsplit(self.path)
        query = {k: v[-1] for k, v in parse_qs(split.query, keep_blank_values=True).items()}
        headers = {k.lower(): v for k, v in self.headers.items()}
        request = ApiRequest(self.command, split.path, query, headers, b"")
        if is_control(split.path):
            request = replace(request, body=self._read_body(head))
            try:
                response = handle_control(state, request)
            except EsError as error:
                response = error_response(error)
            self._send(response, request)
            return
        streaming = is_streaming(self.command, split.path)
        fault = state.faults.take(self.command, split.path, streaming)
        if fault is not None and fault.action == "reset":
            self._log(request, fault)
            self._reset()
            return
        request = replace(request, body=self._read_body(head))
        self._log(request, fault)
        stall = fault.seconds if fault is not None and fault.action == "stall" else 0.0
        delay = state.latency_ms / 1000 + stall
        limit = inference_timeout(request) if delay else None
        if limit is not None and delay > limit:  # the slow model outlasts the timeout
            state.stopping.wait(limit)
            self._send(_timeout_answer(request, streaming, limit), request)
            return
        state.stopping.wait(delay)
        if fault is not None and fault.action in ("status", "drop", "malformed_json", "html_502"):
            if fault.process:
                dispatch(state, request, self.path)
            self._send_fault(fault, request)
            return
        response = dispatch(state, request, self.path)
        self._send(response, request, fault)

    def _log(self, request: ApiRequest, fault: Fault | None) -> None:
        self.server.state.requests.append(
            LoggedRequest(
                method=request.method,
                path=request.path,
                query=dict(request.query),
                headers=dict(request.headers),
                body=request.body.decode("utf-8", errors="replace"),
                fault=fault.action if fault else None,
            )
        )

    # -- faults ----------------------------------------------------------------------------

    def _reset(self) -> None:
        """Abort with a TCP RST (SO_LINGER 0) instead of an orderly close."""
        self.close_connection = True
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.connection.close()

    def _drop(self) -> None:
        self.close_connection = True
        try:
            self.connection.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass

    def _send_fault(self, fault: Fault, request: ApiRequest) -> None:
        if fault.action == "drop":
            self._drop()
        elif fault.action == "html_502":
            self._write_head(
                502,
                [("Content-Type", "text/html"), ("Content-Length", str(len(_HTML_502)))],
                product=False,
            )
            self.wfile.write(_HTML_502)
        elif fault.action == "malformed_json":
            body = b'{"endpoints":[{"inference_id":"truncat'
            self._write_head(
                200,
                [("Content-Type", self._json_type(request)), ("Content-Length", str(len(body)))],
            )
            self.wfile.write(body)
        else:
            error_type = (
                "es_rejected_execution_exception" if fault.status == 429 else "status_exception"
            )
            extra = () if fault.retry_after is None else (("Retry-After", fault.retry_after),)
            error = EsError(
                fault.status, error_type, f"injected fault [HTTP {fault.status}]", headers=extra
            )
            self._send(error_response(error), request)

    # -- response --------------------------------------------------------------------------

    def _json_type(self, request: ApiRequest) -> str:
        """ES answers in the vendor media type when the request asked for it."""
        accept = request.headers.get("accept", "") + request.headers.get("content-type", "")
        if "vnd.elasticsearch+json" in accept:
            return "application/vnd.elasticsearch+json;compatible-with=9"
        return "application/json"

    def _write_head(
        self, status: int, headers: list[tuple[str, str]], product: bool = True
    ) -> None:
        self.send_response_only(status)
        if product:
            self.send_header(*PRODUCT_HEADER)
        for name, value in headers:
            self.send_header(name, value)
        self.end_headers()

    def _send(self, response: ApiResponse, request: ApiRequest, fault: Fault | None = None) -> None:
        if response.events is not None:
            self._send_stream(response, fault)
            return
        if response.raw is not None:
            payload = response.raw
        else:
            body = response.body
            if "filter_path" in request.query:
                body = filter_path(body, request.query["filter_path"])
            payload = dumps(body, pretty=request.query.get("pretty") in ("", "true"))
        content_type = response.content_type or self._json_type(request)
        headers = [("Content-Type", content_type), ("Content-Length", str(len(payload)))]
        self._write_head(response.status, headers + response.headers)
        if request.method == "HEAD":
            return
        if fault is not None and fault.action == "truncate":
            self.wfile.write(payload[: len(payload) // 2])
            self._drop()
            return
        self.wfile.write(payload)

    def _send_stream(self, response: ApiResponse, fault: Fault | None) -> None:
        chunked = self.request_version != "HTTP/1.0"
        headers = [("Content-Type", _sse.CONTENT_TYPE), ("Cache-Control", "no-cache")]
        headers.append(("Transfer-Encoding", "chunked") if chunked else ("Connection", "close"))
        self._write_head(response.status, headers + response.headers)
        if not chunked:
            self.close_connection = True
        try:
            for data in _faulty_events(response, fault):
                if data is None:  # stream_drop: vanish without ending the stream
                    self._drop()
                    return
                self.wfile.write(b"%x\r\n%s\r\n" % (len(data), data) if chunked else data)
            if chunked:
                self.wfile.write(b"0\r\n\r\n")
        except OSError:
            self.close_connection = True


def _faulty_events(response: ApiResponse, fault: Fault | None) -> Iterator[bytes | None]:
    """The response's events, cut short by a stream_error / stream_drop fault."""
    events = response.events or iter(())
    if fault is None or fault.action not in ("stream_error", "stream_drop"):
        yield from events
        return
    for index, data in enumerate(events):
        if index == fault.after_events or data == _sse.DONE:
            break
        yield data
    if fault.action == "stream_drop":
        yield None
        return
    error = EsError(500, "status_exception", "injected mid-stream failure")
    yield _sse.error_event(error.unified_body() if response.unified else error.to_body())
