"""OpenTelemetry spans with elasticsearch-py's names and attributes, when a tracer is set up.

One span per API call (whatever the retries), named after the endpoint
(``inference.text_embedding``), kind INTERNAL, from the tracer ``elasticsearch-api``, a
child of the caller's current span. Attributes as elasticsearch-py 9.3-9.5 and
elastic-transport set them: ``db.system.name``, ``db.operation.name``,
``db.operation.parameter.<path part>`` (URL-quoted), ``http.request.method``; per attempt
``url.full`` (the node's base URL and the target: never credentials, they travel in
headers), ``server.address``, ``server.port``; ``db.response.status_code`` (a str) once an
answer came back; ``db.namespace`` / ``elasticsearch.node.name`` from Elastic Cloud's
``X-Found-Handling-*`` headers when the call returns. A failure sets status ERROR
(``"<Class>: <message>"``) and records one exception event. Bodies are never recorded.

opentelemetry is never imported by this module: a call looks for ``opentelemetry.trace``
in ``sys.modules`` (whoever configures a tracer provider has imported it), so with no
provider configured a call costs a dict lookup, and ``import esinference`` stays light.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Callable, Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any

from ._request_builder import ABSENT_IN_PATH, path_value

if TYPE_CHECKING:
    from opentelemetry.trace import Span, Tracer

    from ._spec_types import Endpoint
    from ._transport import HttpRequest, NodeConfig

__all__ = ["ENABLED_ENV_VAR", "CallSpan", "Tracing"]

ENABLED_ENV_VAR = "OTEL_PYTHON_INSTRUMENTATION_ELASTICSEARCH_ENABLED"
TRACER_NAME = "elasticsearch-api"
_PROVIDER_ENV_VAR = "OTEL_PYTHON_TRACER_PROVIDER"  # lets the API load a provider by itself
_TEMPLATE_FIELD = re.compile(r"\{(\w+)\}")
_cached: tuple[object, Tracer] | None = None  # (provider, its tracer)
_UNKNOWN = object()


def _tracer(provider_from_env: bool) -> Tracer | None:
    """The ``elasticsearch-api`` tracer of the configured provider; None if there is none.

    Cheap when there is none: no import, and the API's own global read directly
    (``get_tracer_provider()`` would look ``os.environ`` up on every call).
    """
    global _cached
    trace: Any = sys.modules.get("opentelemetry.trace")
    if trace is None:
        if not provider_from_env:
            return None
        from opentelemetry import trace
    provider: Any = getattr(trace, "_TRACER_PROVIDER", _UNKNOWN)
    if provider is None and not provider_from_env:
        return None  # nobody called set_tracer_provider()
    if provider is _UNKNOWN or provider is None:
        provider = trace.get_tracer_provider()
    if isinstance(provider, (trace.ProxyTracerProvider, trace.NoOpTracerProvider)):
        return None
    cached = _cached
    if cached is not None and cached[0] is provider:
        return cached[1]
    tracer: Tracer = provider.get_tracer(TRACER_NAME)
    _cached = (provider, tracer)
    return tracer


class Tracing:
    """A client's tracing switch, read once when the client is built, as elasticsearch-py does."""

    __slots__ = ("_provider_from_env", "enabled")

    def __init__(self, enabled: bool | None = None) -> None:
        if enabled is None:
            enabled = os.environ.get(ENABLED_ENV_VAR, "true") == "true"
        self.enabled = enabled
        self._provider_from_env = _PROVIDER_ENV_VAR in os.environ

    def start(self, endpoint: Endpoint, args: Mapping[str, Any], target: str) -> CallSpan | None:
        """A started span for a generated method's call, or None (the common, free case)."""
        tracer = _tracer(self._provider_from_env) if self.enabled else None
        if tracer is None:
            return None
        return _start(tracer, endpoint.method, endpoint.api, path_parts(endpoint, args), target)

    def start_raw(
        self,
        method: str,
        endpoint_id: str | None,
        parts: Mapping[str, Any] | None,
        target: str,
    ) -> CallSpan | None:
        """The span of ``perform_request(method, path, ...)``: named ``endpoint_id`` or
        ``method``, with the caller's ``path_parts`` (elasticsearch-py's rule)."""
        tracer = _tracer(self._provider_from_env) if self.enabled else None
        if tracer is None:
            return None
        return _start(tracer, method, endpoint_id, parts or {}, target)


def _start(
    tracer: Tracer, method: str, endpoint_id: str | None, parts: Mapping[str, Any], target: str
) -> CallSpan:
    from opentelemetry.trace import SpanKind

    span = tracer.start_span(endpoint_id or method, kind=SpanKind.INTERNAL)
    span.set_attribute("http.request.method", method)
    span.set_attribute("db.system.name", "elasticsearch")
    if endpoint_id is not None:
        span.set_attribute("db.operation.name", endpoint_id)
    for name, value in parts.items():
        span.set_attribute(f"db.operation.parameter.{name}", value)
    return CallSpan(span, method, target)


def path_parts(endpoint: Endpoint, args: Mapping[str, Any]) -> dict[str, str]:
    """The URL-quoted path values of the path template the request uses, by argument name."""
    given = {
        p.wire_name: p.name
        for p in endpoint.params
        if p.location == "path" and args.get(p.name) not in ABSENT_IN_PATH
    }
    for template in endpoint.paths:
        names = _TEMPLATE_FIELD.findall(template)
        if all(n in given for n in names):
            return {given[n]: path_value(args[given[n]]) for n in names}
    return {}


class CallSpan:
    """One call's span: current while the call runs, ended by ``end`` or the ``with`` block."""

    __slots__ = ("_ended", "_keep_open", "_method", "_span", "_target", "_token")

    def __init__(self, span: Span, method: str, target: str) -> None:
        self._span = span
        self._method = method
        self._target = target
        self._token: object = None
        self._ended = False
        self._keep_open = False

    def traced(self, request: HttpRequest) -> HttpRequest:
        """``request`` reporting each attempt's node to this span."""
        return request._replace(on_attempt=self.attempt)

    def attempt(self, node: NodeConfig) -> None:
        """Node attributes of an attempt; the last attempt's stay (elastic-transport's rule)."""
        span = self._span
        span.set_attribute("url.full", node.base_url + self._target)
        span.set_attribute("http.request.method", self._method)
        span.set_attribute("server.address", node.host)
        span.set_attribute("server.port", node.port)

    def answered(self, status: int) -> None:
        """The status of the answer handed to the caller."""
        self._span.set_attribute("db.response.status_code", str(status))

    def returned(self, headers: Mapping[str, str]) -> None:
        """The call returned: Elastic Cloud's cluster and node names, when it sent them."""
        cluster = headers.get("x-found-handling-cluster")
        if cluster is not None:
            self._span.set_attribute("db.namespace", cluster)
        node_name = headers.get("x-found-handling-instance")
        if node_name is not None:
            self._span.set_attribute("elasticsearch.node.name", node_name)

    def end(self, exc: BaseException | None = None) -> None:
        """End the span once; an ``Exception`` marks it failed, as ``use_span`` would."""
        if self._ended:
            return
        self._ended = True
        if isinstance(exc, Exception) and self._span.is_recording():
            from opentelemetry.trace import Status, StatusCode

            self._span.record_exception(exc)
            description = f"{type(exc).__name__}: {exc}"
            self._span.set_status(Status(StatusCode.ERROR, description=description))
        self._span.end()

    def __enter__(self) -> CallSpan:
        """Make the span current (a parent for spans started inside the call)."""
        from opentelemetry import context, trace

        self._token = context.attach(trace.set_span_in_context(self._span))
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        """Leave the span's context; end it unless a stream keeps it open (``keep_open``)."""
        from opentelemetry import context

        context.detach(self._token)  # type: ignore[arg-type]
        if exc is not None or not self._keep_open:
            self.end(exc)

    def keep_open(self) -> Callable[[BaseException | None], None]:
        """The call returned a stream: leaving ``with`` keeps the span; the stream calls ``end``."""
        self._keep_open = True
        return self.end
