"""Construction and ``options()`` for both clients, generic over the transport each drives.

The constructor takes elasticsearch-py 9.5's arguments with their meanings and defaults
(tests/dropin compares the signatures) and turns them into one ``TransportSettings`` for the
transport and one ``RequestSettings`` for the calls; ``options()`` derives new
``RequestSettings`` and shares the transport.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Generic, Literal, TypeVar

from ._client_args import (
    Credentials,
    RequestSettings,
    auth_header,
    base_headers,
    check_class_options,
    check_numbers,
    choose_serializer,
    client_meta,
    cloud_node,
    retry_statuses,
    settings_with_options,
)
from ._http_codec import http_request, lone_surrogate_error, prepare, raw_target
from ._otel import CallSpan, Tracing
from ._spec_types import Endpoint
from ._transport import (
    DEFAULT_MAX_RESPONSE_SIZE,
    DEFAULT_MAX_STREAM_EVENT_SIZE,
    HttpRequest,
    NotPicklable,
    RequestOverrides,
)

if TYPE_CHECKING:
    from ._transport import HostsSpec, NodeConfig, SniffedNodeCallback, TransportSettings
    from .serializer import Serializer

    Hosts = HostsSpec | None
_T = TypeVar("_T")  # the transport: Transport or AsyncTransport
_N = TypeVar("_N")  # the generated namespace: InferenceClient or AsyncInferenceClient
_SERVERLESS_API_VERSION = "2023-10-31"


class BaseClient(NotPicklable, Generic[_T, _N]):
    """What Client and AsyncClient share; each names its transport, namespace and HTTP library."""

    inference: _N
    _namespace: Callable[[Any], _N]
    _transport_class: Callable[[Sequence[NodeConfig], TransportSettings], _T]
    _http_client_meta: tuple[str, str]
    _is_async: bool

    def __init__(
        self,
        hosts: Hosts = None,
        *,
        cloud_id: str | None = None,
        api_key: Credentials | None = None,
        basic_auth: Credentials | None = None,
        bearer_auth: str | None = None,
        opaque_id: str | None = None,
        server_mode: Literal["stack", "serverless"] = "stack",
        headers: Mapping[str, str] | None = None,
        connections_per_node: int | None = None,
        http_compress: bool | None = None,
        verify_certs: bool = True,
        ca_certs: str | None = None,
        client_cert: str | None = None,
        client_key: str | None = None,
        ssl_assert_hostname: str | Literal[False] | None = None,
        ssl_assert_fingerprint: str | None = None,
        ssl_version: int | None = None,
        ssl_context: Any = None,
        ssl_show_warn: bool = True,
        transport_class: Any = None,
        request_timeout: float | None = 10.0,
        node_class: Any = None,
        node_pool_class: Any = None,
        randomize_nodes_in_pool: bool = True,
        node_selector_class: Any = None,
        dead_node_backoff_factor: float = 1.0,
        max_dead_node_backoff: float = 30.0,
        serializer: Serializer | None = None,
        serializers: Mapping[str, Serializer] | None = None,
        default_mimetype: str = "application/json",
        max_retries: int = 3,
        retry_on_status: int | Collection[int] = (429, 502, 503, 504),
        retry_on_timeout: bool = False,
        retry_on_disconnect: bool = False,
        retry_backoff_base: float = 0.1,
        retry_backoff_cap: float = 10.0,
        sniff_on_start: bool = False,
        sniff_before_requests: bool = False,
        sniff_on_node_failure: bool = False,
        sniff_timeout: float | None = 0.5,
        min_delay_between_sniffing: float | None = None,
        sniffed_node_callback: SniffedNodeCallback | None = None,
        meta_header: bool = True,
        http_auth: Any = None,
        sniff_interval: float | None = None,
        transport: _T | None = None,
        _transport: _T | None = None,
        max_response_size: int | None = DEFAULT_MAX_RESPONSE_SIZE,
        max_stream_event_size: int = DEFAULT_MAX_STREAM_EVENT_SIZE,
    ) -> None:
        """Arguments as elasticsearch-py's, plus limits on what a broken or hostile server
        can make the client hold or wait for (docs/limits.md):

        ``request_timeout`` bounds each attempt as a whole (connect, send, head and body),
        not each read as elasticsearch-py's does; for a stream it bounds the head, then the
        gap between two events. ``max_response_size`` (bytes; None for no limit) bounds an
        answer, decompressed, and ``options(max_response_size=...)`` changes it per call;
        ``max_stream_event_size`` bounds one line or event of a stream. Going over a size
        raises ``ResponseTooLargeError`` (a ``SerializationError``), never retried.
        """
        arguments = dict(locals())  # first: the parameters by name, before any other local
        # Here, not at the top: ``import esinference`` stays as cheap as urllib3's.
        from ._redact_by_value import REDACTOR
        from ._transport import TransportSettings, number_kinds, parse_hosts

        kinds = number_kinds()
        check_numbers(arguments, {**kinds, "sniff_interval": kinds["min_delay_between_sniffing"]})
        if server_mode not in ("stack", "serverless"):
            raise ValueError(f"'server_mode' must be 'stack' or 'serverless', not {server_mode!r}")
        if sniff_interval is not None:  # our older name: sniff before requests this often
            sniff_before_requests, min_delay_between_sniffing = True, sniff_interval
        elif min_delay_between_sniffing is not None:  # as in elasticsearch-py: it implies
            sniff_before_requests = True
        sniffing = sniff_on_start or sniff_before_requests or sniff_on_node_failure
        if cloud_id is not None:
            if hosts is not None:
                raise ValueError("The 'cloud_id' and 'hosts' parameters are mutually exclusive")
            if sniffing or sniffed_node_callback is not None:
                raise ValueError("Sniffing should not be enabled when connecting to Elastic Cloud")
            nodes: tuple[NodeConfig, ...] = (cloud_node(cloud_id),)
            url_auth = None
        elif hosts is None and transport is None and _transport is None:
            raise ValueError("Either 'hosts' or 'cloud_id' must be specified")
        else:
            nodes, url_auth = parse_hosts(hosts) if hosts is not None else ((), None)
        if server_mode == "serverless" and (sniffing or sniffed_node_callback is not None):
            raise ValueError("Sniffing should not be enabled when 'server_mode' is 'serverless'")
        check_class_options(
            self._is_async,
            **{name: value for name, value in (
                ("node_class", node_class), ("node_pool_class", node_pool_class),
                ("node_selector_class", node_selector_class),
                ("transport_class", transport_class)) if value is not None},
        )  # fmt: skip
        statuses = retry_statuses(retry_on_status)
        chosen_serializer = choose_serializer(serializer, serializers, default_mimetype)
        authorization = auth_header(api_key, basic_auth, bearer_auth, http_auth) or url_auth
        given_transport = transport if transport is not None else _transport
        if given_transport is None:
            # Every parameter that names a setting is passed on as given, but for the ones
            # whose value another argument decides.
            settings = {name: arguments[name] for name in _setting_names() if name in arguments}
            settings.update(
                request_timeout=10.0 if request_timeout is None else request_timeout,
                retry_on_status=statuses,
                http_compress=cloud_id is not None if http_compress is None else http_compress,
                sniff_before_requests=sniff_before_requests,
                min_delay_between_sniffing=(
                    10.0 if min_delay_between_sniffing is None else min_delay_between_sniffing
                ),
                redactor=REDACTOR,
            )
            given_transport = self._transport_class(nodes, TransportSettings(**settings))
        all_headers = base_headers(headers, opaque_id)
        if meta_header:
            all_headers["x-elastic-client-meta"] = client_meta(self._http_client_meta)
        if server_mode == "serverless":
            all_headers["elastic-api-version"] = _SERVERLESS_API_VERSION
        if authorization is not None:
            all_headers["authorization"] = authorization
        self._transport: _T = given_transport
        self._settings = RequestSettings(headers=all_headers, serializer=chosen_serializer)
        self._nodes = tuple(node.base_url for node in nodes)
        self._tracing = Tracing()
        self.inference = self._namespace(self)

    @property
    def transport(self) -> _T:
        """The transport this client (and every client ``options()`` made from it) uses."""
        return self._transport

    def options(
        self: _C,
        *,
        opaque_id: str | None = None,
        api_key: Credentials | None = None,
        basic_auth: Credentials | None = None,
        bearer_auth: str | None = None,
        headers: Mapping[str, str] | None = None,
        request_timeout: float | None = None,
        ignore_status: int | Collection[int] | None = None,
        max_retries: int | None = None,
        retry_on_status: int | Collection[int] | None = None,
        retry_on_timeout: bool | None = None,
        retry_backoff_base: float | None = None,
        retry_backoff_cap: float | None = None,
        max_response_size: int | None = None,
    ) -> _C:
        """A client with changed per-request settings that shares this one's connections.

        ``max_response_size`` (not elasticsearch-py's) sets that limit for its calls; None
        keeps the client's, like every other argument here.
        """
        arguments = locals()  # the per-request settings are passed on by their names
        import copy  # here: ``import esinference`` need not load it

        other = copy.copy(self)
        other._settings = settings_with_options(
            self._settings,
            headers=headers,
            ignore_status=ignore_status,
            api_key=api_key,
            basic_auth=basic_auth,
            bearer_auth=bearer_auth,
            opaque_id=opaque_id,
            overrides={name: arguments[name] for name in RequestOverrides._fields},
        )
        other.inference = other._namespace(other)
        return other

    def _request(
        self,
        method: Endpoint | str,
        path: Mapping[str, Any] | str,
        params: Mapping[str, Any] | None,
        headers: Mapping[str, str] | None,
        body: Any,
        endpoint_id: str | None,
    ) -> HttpRequest:
        """The request for a generated method (``method`` is its endpoint, ``path`` its
        arguments) or for elasticsearch-py's ``perform_request(method, path, ...)``."""
        if isinstance(method, Endpoint):  # ``path``: its arguments (no ABC check, no cast() call)
            return prepare(method, path, self._settings)  # type: ignore[arg-type]
        assert isinstance(path, str)
        try:
            return http_request(
                method,
                raw_target(path, params),
                body,
                self._settings,
                headers=headers,
                endpoint=endpoint_id or "",
            )
        except UnicodeEncodeError:
            raise lone_surrogate_error("perform_request()", body) from None

    def _span(
        self,
        method: Endpoint | str,
        path: Mapping[str, Any] | str,
        request: HttpRequest,
        endpoint_id: str | None,
        path_parts: Mapping[str, Any] | None,
    ) -> CallSpan | None:
        """The call's OpenTelemetry span; None (at the cost of a dict lookup) when no tracer
        provider is configured."""
        if isinstance(method, Endpoint):  # ``path``: its arguments (no ABC check, no cast() call)
            return self._tracing.start(method, path, request.target)  # type: ignore[arg-type]
        return self._tracing.start_raw(method, endpoint_id, path_parts, request.target)

    def __repr__(self) -> str:
        return f"<{type(self).__name__}({list(self._nodes)})>"


_C = TypeVar("_C", bound=BaseClient[Any, Any])


def _setting_names() -> frozenset[str]:
    """The names of ``TransportSettings``' fields; only a constructor needs them."""
    from ._transport import TransportSettings

    return frozenset(TransportSettings.__dataclass_fields__)
