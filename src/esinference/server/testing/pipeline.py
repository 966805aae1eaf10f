"""One API request through the local server, step by step: the HTTP layer's application.

    control API?  ─yes─> control answer
        │ no
    route, resolved once (it says whether the answer streams and whether it is timed)
    fault taken (reset: log, abort before the body is read)
    body read, request logged
    slow model   latency and stall faults delay the answer; past the inference timeout: 429
    fault        status / drop / malformed JSON / HTML 502 instead of the answer, or a
                 truncated body or a cut stream after it
    dispatch     the inference API (authentication, checks, handler)

Each step is a ``Middleware``: it gets the call and the next step, and returns the answer to
send, or None when it already answered at the connection level.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace

from ..http.errors import EsError
from ..http.negotiation import json_type
from ..http.records import ApiRequest, ApiResponse, error_response
from ..http.server import Exchange
from ..http.sse import DONE, error_event
from ..inference.api import InferenceApi
from ..inference.match import RouteMatch
from ..inference.timeouts import inference_timeout, timeout_answer
from .control import handle_control, is_control
from .faults import Fault
from .request_log import LoggedRequest
from .state import ServerState

_HTML_502 = (
    b"<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
    b"<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n"
    b"</body>\r\n</html>\r\n"
)
_MALFORMED_JSON = b'{"endpoints":[{"inference_id":"truncat'
# Faults that replace the answer (the request runs first only with ``process``).
_INSTEAD = frozenset({"status", "drop", "malformed_json", "html_502"})


@dataclass(frozen=True)
class Call:
    """An API request on its way through the middleware, its body read."""

    exchange: Exchange
    request: ApiRequest
    match: RouteMatch
    fault: Fault | None


Step = Callable[[Call], ApiResponse | None]
Middleware = Callable[[Call, Step], ApiResponse | None]


class Pipeline:
    """The local server's application: control API, faults, log, slow model, inference API."""

    def __init__(self, state: ServerState, api: InferenceApi) -> None:
        self.state = state
        self.api = api
        self.middleware: tuple[Middleware, ...] = (self.slow_model, self.injected_fault)

    def __call__(self, exchange: Exchange) -> None:
        request = exchange.request
        if is_control(request.path):  # no auth, faults, latency or log
            exchange.send(self._control(exchange.read_body()))
            return
        match = self.api.resolve(request)
        fault = self.state.faults.take(request.method, request.path, match.streaming)
        if fault is not None and fault.action == "reset":  # before the body is read
            self._log(request, fault)
            exchange.reset()
            return
        request = exchange.read_body()
        self._log(request, fault)
        response = self._run(Call(exchange, request, match, fault), 0)
        if response is not None:
            exchange.send(response)

    def _run(self, call: Call, index: int) -> ApiResponse | None:
        if index == len(self.middleware):
            return self.api.dispatch(call.request, call.match)
        return self.middleware[index](call, lambda next_call: self._run(next_call, index + 1))

    def _control(self, request: ApiRequest) -> ApiResponse:
        try:
            return handle_control(self.state, request)
        except EsError as error:
            return error_response(error)

    def _log(self, request: ApiRequest, fault: Fault | None) -> None:
        self.state.requests.append(
            LoggedRequest(
                method=request.method,
                path=request.path,
                query=dict(request.query),
                headers=dict(request.headers),
                body=request.body.decode("utf-8", errors="replace"),
                fault=fault.action if fault else None,
            )
        )

    # -- middleware ------------------------------------------------------------------------

    def slow_model(self, call: Call, next_step: Step) -> ApiResponse | None:
        """Latency and stall faults delay the answer; past the inference timeout, 429 instead."""
        fault = call.fault
        stall = fault.seconds if fault is not None and fault.action == "stall" else 0.0
        delay = self.state.latency_ms / 1000 + stall
        limit = inference_timeout(call.request, call.match) if delay else None
        if limit is not None and delay > limit:  # the slow model outlasts the timeout
            self.state.stopping.wait(limit)
            return timeout_answer(call.match, limit)
        self.state.stopping.wait(delay)
        return next_step(call)

    def injected_fault(self, call: Call, next_step: Step) -> ApiResponse | None:
        """An answer-replacing fault, or the real answer with its stream cut short."""
        fault = call.fault
        if fault is None or fault.action not in _INSTEAD:
            response = next_step(call)
            if fault is None or response is None:
                return response
            if response.events is not None:
                return replace(response, events=_cut(response, fault))
            if fault.action == "truncate":  # the real headers, half the body, then close
                call.exchange.send(response, truncate=True)
                return None
            return response
        if fault.process:  # "processed, but the answer was lost"
            next_step(call)
        if fault.action == "drop":
            call.exchange.drop()
            return None
        if fault.action == "html_502":
            headers = [("Content-Type", "text/html"), ("Content-Length", str(len(_HTML_502)))]
            call.exchange.send_raw(502, headers, _HTML_502, product=False)
            return None
        if fault.action == "malformed_json":
            length = str(len(_MALFORMED_JSON))
            headers = [("Content-Type", json_type(call.request)), ("Content-Length", length)]
            call.exchange.send_raw(200, headers, _MALFORMED_JSON)
            return None
        return error_response(_status_error(fault))


def _status_error(fault: Fault) -> EsError:
    error_type = "es_rejected_execution_exception" if fault.status == 429 else "status_exception"
    extra = () if fault.retry_after is None else (("Retry-After", fault.retry_after),)
    return EsError(fault.status, error_type, f"injected fault [HTTP {fault.status}]", headers=extra)


def _cut(response: ApiResponse, fault: Fault) -> Iterator[bytes | None]:
    """The response's events, cut short by a stream_error / stream_drop fault."""
    events = response.events or iter(())
    if fault.action not in ("stream_error", "stream_drop"):
        yield from events
        return
    for index, data in enumerate(events):
        if index == fault.after_events or data == DONE:
            break
        yield data
    if fault.action == "stream_drop":
        yield None  # vanish without ending the stream
        return
    error = EsError(500, "status_exception", "injected mid-stream failure")
    yield error_event(error.unified_body() if response.unified else error.to_body())
