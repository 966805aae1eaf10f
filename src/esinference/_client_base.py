"""What Client and AsyncClient share: settings, headers, request encoding, response handling.

Everything here is pure; the two clients add only the line that does I/O.
"""

from __future__ import annotations

import base64
import copy
import sys
from collections.abc import Callable, Collection, Mapping, Sequence
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar

import urllib3

from . import _json
from ._http import HttpRequest, HttpResponse
from ._nodes import NodeConfig, parse_hosts
from ._otel import CallSpan, Tracing
from ._process import NotPicklable
from ._request import PreparedRequest, build_request
from ._retry import RetryPolicy
from ._spec_types import Endpoint
from ._version import __version__
from ._warnings import warn_for_headers
from .errors import (
    HTTP_EXCEPTIONS,
    ApiError,
    SerializationError,
    UnsupportedProductError,
    attempts_note,
)
from .response import ApiResponseMeta, ObjectApiResponse

if TYPE_CHECKING:
    from ._scrub import Scrubber

JSON_MIMETYPE = "application/vnd.elasticsearch+json; compatible-with=9"
SSE_MIMETYPE = "text/event-stream"
USER_AGENT = (
    f"esinference/{__version__} (Python/{'.'.join(map(str, sys.version_info[:3]))};"
    f" urllib3/{getattr(urllib3, '__version__', '?')})"
)

Credentials = str | tuple[str, str]
Hosts = str | Mapping[str, Any] | Sequence[str | Mapping[str, Any]] | None


def _b64(credentials: Credentials) -> str:
    """A (user, secret) pair is base64-encoded; a str is taken as already encoded."""
    if isinstance(credentials, tuple):
        return base64.b64encode(":".join(credentials).encode("utf-8")).decode("ascii")
    return credentials


def auth_header(
    api_key: Credentials | None, basic_auth: Credentials | None, bearer_auth: str | None
) -> str | None:
    """The Authorization header value for at most one of the three kinds of credentials."""
    given = [n for n, v in (("api_key", api_key), ("basic_auth", basic_auth),
                            ("bearer_auth", bearer_auth)) if v is not None]  # fmt: skip
    if len(given) > 1:
        raise ValueError(f"only one of api_key, basic_auth, bearer_auth may be set; got {given}")
    if api_key is not None:
        return f"ApiKey {_b64(api_key)}"
    if basic_auth is not None:
        return f"Basic {_b64(basic_auth)}"
    if bearer_auth is not None:
        return f"Bearer {bearer_auth}"
    return None


class RequestSettings(NamedTuple):
    """Per-client settings that ``options()`` can change without touching the connections."""

    headers: Mapping[str, str] = MappingProxyType({})  # includes Authorization
    request_timeout: float | None = None
    ignore_status: frozenset[int] = frozenset()
    max_retries: int | None = None
    retry_on_status: tuple[int, ...] | None = None
    retry_on_timeout: bool | None = None

    def __repr__(self) -> str:  # never show header values: one of them holds credentials
        return f"RequestSettings(headers={sorted(self.headers)}, timeout={self.request_timeout})"


def base_headers(headers: Mapping[str, str] | None, opaque_id: str | None) -> dict[str, str]:
    result = {"user-agent": USER_AGENT}
    result.update({k.lower(): v for k, v in (headers or {}).items()})
    if opaque_id is not None:
        result["x-opaque-id"] = opaque_id
    return result


def settings_with_options(
    settings: RequestSettings,
    *,
    request_timeout: float | None,
    headers: Mapping[str, str] | None,
    max_retries: int | None,
    retry_on_status: Collection[int] | None,
    retry_on_timeout: bool | None,
    ignore_status: int | Collection[int] | None,
    api_key: Credentials | None,
    basic_auth: Credentials | None,
    bearer_auth: str | None,
    opaque_id: str | None,
) -> RequestSettings:
    """The settings of a client derived by ``options()``."""
    merged = dict(settings.headers)
    merged.update({k.lower(): v for k, v in (headers or {}).items()})
    authorization = auth_header(api_key, basic_auth, bearer_auth)
    if authorization is not None:
        merged["authorization"] = authorization
    if opaque_id is not None:
        merged["x-opaque-id"] = opaque_id
    changes: dict[str, Any] = {"headers": merged}
    if request_timeout is not None:
        if isinstance(request_timeout, bool) or not request_timeout > 0:
            raise ValueError(f"request_timeout must be > 0, got {request_timeout!r}")
        changes["request_timeout"] = request_timeout
    if max_retries is not None:
        changes["max_retries"] = max_retries
    if retry_on_status is not None:
        changes["retry_on_status"] = tuple(retry_on_status)
    if retry_on_timeout is not None:
        changes["retry_on_timeout"] = retry_on_timeout
    if max_retries is not None or retry_on_status is not None:
        # The same checks as the client's own policy, now rather than at the first request.
        RetryPolicy(
            max_retries=0 if max_retries is None else max_retries,
            retry_on_status=() if retry_on_status is None else tuple(retry_on_status),
        )
    if ignore_status is not None:
        ignore = (ignore_status,) if isinstance(ignore_status, int) else ignore_status
        changes["ignore_status"] = frozenset(ignore)
    return settings._replace(**changes)


def prepare(endpoint: Endpoint, args: Mapping[str, Any], settings: RequestSettings) -> HttpRequest:
    """Check the arguments and encode the request; raises TypeError/ValueError before any I/O."""
    prepared: PreparedRequest = build_request(endpoint, args)
    headers = dict(settings.headers)
    headers["accept"] = SSE_MIMETYPE if prepared.streaming else JSON_MIMETYPE
    body = None
    if prepared.body is not None:
        try:
            body = _json.dumps(prepared.body)
        except (TypeError, ValueError) as exc:
            raise TypeError(
                f"{endpoint.name}(): the request body is not valid JSON: {exc}"
            ) from None
        headers["content-type"] = JSON_MIMETYPE
    return HttpRequest(
        method=prepared.method,
        target=prepared.target,
        headers=headers,
        body=body,
        endpoint=endpoint.api,
        request_timeout=settings.request_timeout,
        max_retries=settings.max_retries,
        retry_on_status=settings.retry_on_status,
        retry_on_timeout=settings.retry_on_timeout,
    )


def meta_of(response: HttpResponse) -> ApiResponseMeta:
    return ApiResponseMeta(
        status=response.status,
        http_version=response.http_version,
        headers=response.headers,
        duration=response.duration,
        node=response.node,
    )


def decode_error_body(data: bytes) -> Any:
    """An error answer's body: JSON when it parses, else its text (an HTML 502 page, say)."""
    if not data:
        return None
    try:
        return _json.loads(data)
    except ValueError:
        return data.decode("utf-8", errors="replace")


def api_error(
    status: int,
    body: Any,
    meta: ApiResponseMeta,
    attempts: int = 1,
    nodes_tried: tuple[str, ...] = (),
) -> ApiError:
    """The exception for an error status, named as in elasticsearch-py."""
    message: str
    error = body.get("error") if isinstance(body, dict) else None
    if isinstance(error, dict) and isinstance(error.get("type"), str):
        message = error["type"]
    elif isinstance(error, str):
        message = error
    else:
        message = str(body)
    return HTTP_EXCEPTIONS.get(status, ApiError)(message, meta, body, attempts, nodes_tried)


def handle_response(
    response: HttpResponse,
    settings: RequestSettings,
    request: HttpRequest,
    span: CallSpan | None = None,
) -> ObjectApiResponse[Any]:
    """Decode the answer, raise the exception its status calls for, else warn as it says.

    An error body is scrubbed of the request's secrets: Elasticsearch can quote them back.
    """
    if span is not None:
        span.answered(response.status)
    result = _response_or_raise(response, settings, request)
    if "warning" in response.headers:
        warn_for_headers(response.headers, _scrubber(request).text)
    if span is not None:
        span.returned(response.headers)
    return result


def _scrubber(request: HttpRequest) -> Scrubber:
    from ._scrub import Scrubber  # only errors and warnings need it: not at import

    return Scrubber.for_request(request.headers, request.body)


def _error_body(response: HttpResponse, request: HttpRequest) -> Any:
    return _scrubber(request).value(decode_error_body(response.body))


def _response_or_raise(
    response: HttpResponse, settings: RequestSettings, request: HttpRequest
) -> ObjectApiResponse[Any]:
    meta = meta_of(response)
    if not 200 <= response.status < 300 and response.status not in settings.ignore_status:
        raise api_error(
            response.status,
            _error_body(response, request),
            meta,
            response.attempts,
            response.nodes_tried,
        )
    if (
        200 <= response.status < 300
        and response.headers.get("x-elastic-product") != "Elasticsearch"
    ):
        raise UnsupportedProductError(
            "The client noticed that the server is not Elasticsearch and we do not support"
            " this unknown product",
            meta,
            _error_body(response, request),
        )
    if not 200 <= response.status < 300:  # an ignored error status
        return ObjectApiResponse(_error_body(response, request), meta)
    try:
        body = _json.loads(response.body) if response.body else None
    except ValueError as exc:
        raise SerializationError(
            f"the answer of {response.node} (status {response.status}) is not valid JSON: {exc}"
            f" {attempts_note(response.attempts, response.nodes_tried or (response.node,))}"
        ) from exc
    return ObjectApiResponse(body, meta)


class TransportSettings(NamedTuple):
    """Connection settings handed to the transport when a client is built."""

    request_timeout: float | None
    retry: RetryPolicy
    verify_certs: bool
    ca_certs: str | None
    client_cert: str | None
    client_key: str | None
    ssl_assert_hostname: str | None
    ssl_show_warn: bool
    http_compress: bool
    connections_per_node: int | None
    sniff_on_start: bool
    sniff_on_node_failure: bool
    sniff_interval: float | None

    def as_kwargs(self) -> dict[str, Any]:
        """Keyword arguments for a transport's constructor; None means its own default."""
        return {k: v for k, v in self._asdict().items() if v is not None}


class BaseClient(NotPicklable):
    """Construction and ``options()`` for both clients; subclasses add the transport and I/O."""

    def __init__(
        self,
        hosts: Hosts = None,
        *,
        api_key: Credentials | None = None,
        basic_auth: Credentials | None = None,
        bearer_auth: str | None = None,
        headers: Mapping[str, str] | None = None,
        opaque_id: str | None = None,
        request_timeout: float | None = 10.0,
        max_retries: int = 3,
        retry_on_status: Collection[int] = (429, 502, 503, 504),
        retry_on_timeout: bool = False,
        verify_certs: bool = True,
        ca_certs: str | None = None,
        client_cert: str | None = None,
        client_key: str | None = None,
        ssl_assert_hostname: str | None = None,
        ssl_show_warn: bool = True,
        http_compress: bool = False,
        connections_per_node: int | None = None,
        sniff_on_start: bool = False,
        sniff_on_node_failure: bool = False,
        sniff_interval: float | None = None,
        transport: Any = None,
    ) -> None:
        if hosts is None:
            raise ValueError("hosts is required: a URL such as 'https://localhost:9200' or a list")
        nodes, url_auth = parse_hosts(hosts)
        if transport is None:
            retry = RetryPolicy(
                max_retries=max_retries,
                retry_on_status=tuple(retry_on_status),
                retry_on_timeout=retry_on_timeout,
            )
            transport = self._make_transport(
                nodes,
                TransportSettings(
                    request_timeout=request_timeout,
                    retry=retry,
                    verify_certs=verify_certs,
                    ca_certs=ca_certs,
                    client_cert=client_cert,
                    client_key=client_key,
                    ssl_assert_hostname=ssl_assert_hostname,
                    ssl_show_warn=ssl_show_warn,
                    http_compress=http_compress,
                    connections_per_node=connections_per_node,
                    sniff_on_start=sniff_on_start,
                    sniff_on_node_failure=sniff_on_node_failure,
                    sniff_interval=sniff_interval,
                ),
            )
        all_headers = base_headers(headers, opaque_id)
        authorization = auth_header(api_key, basic_auth, bearer_auth) or url_auth
        if authorization is not None:
            all_headers["authorization"] = authorization
        self._transport = transport
        self._settings = RequestSettings(headers=all_headers)
        self._nodes = tuple(node.base_url for node in nodes)
        self._tracing = Tracing()
        self._bind_namespaces()

    def _make_transport(self, nodes: Sequence[NodeConfig], settings: TransportSettings) -> Any:
        raise NotImplementedError  # each client builds its own kind of transport

    def _bind_namespaces(self) -> None:
        raise NotImplementedError  # each client sets .inference to its generated namespace

    def options(
        self: _C,
        *,
        request_timeout: float | None = None,
        headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        retry_on_status: Collection[int] | None = None,
        retry_on_timeout: bool | None = None,
        ignore_status: int | Collection[int] | None = None,
        api_key: Credentials | None = None,
        basic_auth: Credentials | None = None,
        bearer_auth: str | None = None,
        opaque_id: str | None = None,
    ) -> _C:
        """A client with changed per-request settings that shares this one's connections."""
        other = copy.copy(self)
        other._settings = settings_with_options(
            self._settings,
            request_timeout=request_timeout,
            headers=headers,
            max_retries=max_retries,
            retry_on_status=retry_on_status,
            retry_on_timeout=retry_on_timeout,
            ignore_status=ignore_status,
            api_key=api_key,
            basic_auth=basic_auth,
            bearer_auth=bearer_auth,
            opaque_id=opaque_id,
        )
        other._bind_namespaces()
        return other

    def __repr__(self) -> str:
        return f"<{type(self).__name__}({list(self._nodes)})>"


_C = TypeVar("_C", bound=BaseClient)


def stream_error_mapper(
    headers: Mapping[str, str], request: HttpRequest
) -> Callable[[int, Any, str], ApiError]:
    """The error mapper a Stream uses: same classes, fields and scrubbing as a plain call."""

    def make_error(status: int, body: Any, node: str) -> ApiError:
        body = _scrubber(request).value(body)
        return api_error(status, body, ApiResponseMeta(status, "1.1", headers, 0.0, node))

    return make_error


def check_stream_opened(
    status: int, headers: Mapping[str, str], node: str, request: HttpRequest
) -> None:
    """A 2xx event stream must come from Elasticsearch too; its Warning headers warn."""
    if 200 <= status < 300 and headers.get("x-elastic-product") != "Elasticsearch":
        meta = ApiResponseMeta(status, "1.1", headers, 0.0, node)
        raise UnsupportedProductError(
            "The client noticed that the server is not Elasticsearch and we do not support"
            " this unknown product",
            meta,
            None,
        )
    if "warning" in headers:
        warn_for_headers(headers, _scrubber(request).text)
