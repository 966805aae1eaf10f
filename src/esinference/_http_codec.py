"""A call to and from the transport's records: pure, shared by both clients.

``prepare`` checks a generated method's arguments and encodes the ``HttpRequest``;
``handle_response`` turns the transport's ``HttpResponse`` into an ``ObjectApiResponse`` or
the exception its status calls for, named as in elasticsearch-py. The argument rules are
``_request_builder``'s (per call) and ``_client_args``'s (per client, and ``RequestSettings``);
this module only encodes, decodes and maps statuses.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from . import _json
from ._client_args import JSON_MIMETYPE, SSE_MIMETYPE, RequestSettings
from ._meta import ApiResponseMeta, HttpHeaders
from ._request_builder import PreparedRequest, build_request
from ._spec_types import Endpoint
from ._transport import HttpRequest, HttpResponse, attempts_note
from ._warnings import warn_for_headers
from .errors import (
    HTTP_EXCEPTIONS,
    ApiError,
    SerializationError,
    UnsupportedProductError,
    status_message,
)
from .response import ObjectApiResponse

if TYPE_CHECKING:
    from ._otel import CallSpan
    from ._redact_by_value import Scrubber


def encode_body(body: Any, settings: RequestSettings) -> bytes:
    """A JSON body; a str or bytes body is taken as already encoded (elasticsearch-py's rule)."""
    if isinstance(body, str):
        return body.encode("utf-8")
    if isinstance(body, (bytes, bytearray)):
        return bytes(body)
    if settings.serializer is not None:
        return settings.serializer.dumps(body)
    return _json.dumps(body)


def decode_body(data: bytes, settings: RequestSettings) -> Any:
    if settings.serializer is not None:
        return settings.serializer.loads(data)
    return _json.loads(data)


def http_request(
    method: str,
    target: str,
    body: Any,
    settings: RequestSettings,
    accept: str = JSON_MIMETYPE,
    headers: Mapping[str, str] | None = None,
    endpoint: str = "",
) -> HttpRequest:
    """The request for ``target`` with the client's headers, ``headers`` and ``body`` encoded."""
    encoded = None
    if body is None:
        all_headers = {**settings.headers, "accept": accept}
    else:
        encoded = encode_body(body, settings)
        all_headers = {**settings.headers, "accept": accept, "content-type": JSON_MIMETYPE}
    if headers:
        all_headers.update({k.lower(): v for k, v in headers.items()})
    return HttpRequest(
        method=method,
        target=target,
        headers=all_headers,
        body=encoded,
        endpoint=endpoint,
        overrides=settings.overrides,
    )


def prepare(endpoint: Endpoint, args: Mapping[str, Any], settings: RequestSettings) -> HttpRequest:
    """Check the arguments and encode the request; raises TypeError/ValueError before any I/O."""
    prepared: PreparedRequest = build_request(endpoint, args)
    accept = SSE_MIMETYPE if prepared.streaming else JSON_MIMETYPE
    try:
        return http_request(
            prepared.method, prepared.target, prepared.body, settings, accept, None, endpoint.api
        )
    except UnicodeEncodeError:  # before ValueError, which it is
        raise lone_surrogate_error(endpoint.name + "()", prepared.body) from None
    except (TypeError, ValueError) as exc:
        raise TypeError(f"{endpoint.name}(): the request body is not valid JSON: {exc}") from None


def lone_surrogate_error(where: str, body: Any) -> ValueError:
    """The error for a body UTF-8 cannot encode: it names the string holding a lone surrogate
    (half of a UTF-16 pair, e.g. from text decoded with ``errors='surrogateescape'``)."""
    found = _surrogate_at(body, "")
    if found is None:  # pragma: no cover - only called after UTF-8 encoding failed
        return ValueError(f"{where}: the request body cannot be encoded as UTF-8")
    path, index, char = found
    return ValueError(
        f"{where}: the request body holds a lone surrogate ({char!r}, half of a UTF-16 pair)"
        f" at {path or 'the body'}, character {index}; UTF-8 cannot encode it. Fix the text's"
        " source, or replace it: text.encode('utf-8', 'replace').decode()"
    )


def _surrogate_at(value: Any, path: str) -> tuple[str, int, str] | None:
    """(path, index, character) of the first lone surrogate in a JSON-like value."""
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError as exc:
            return path, exc.start, value[exc.start]
        return None
    if isinstance(value, Mapping):
        for key, item in value.items():
            inner = f"{path}.{key}" if path else str(key)
            found = _surrogate_at(key, f"{inner} (the key)") or _surrogate_at(item, inner)
            if found is not None:
                return found
    elif isinstance(value, (list, tuple)):
        for index, item in enumerate(value):
            found = _surrogate_at(item, f"{path}[{index}]")
            if found is not None:
                return found
    return None


def raw_target(path: str, params: Mapping[str, Any] | None) -> str:
    """``path`` with ``params`` as its query string, escaped as elasticsearch-py escapes them."""
    if not path.startswith("/"):
        raise ValueError(f"path must start with '/', got {path!r}")
    if not params:
        return path
    return path + "?" + "&".join(f"{k}={quote(_query_text(v), ',*')}" for k, v in params.items())


def _query_text(value: Any) -> str:
    """elasticsearch-py's ``_escape``: lists joined by commas, dates in ISO form, bools lower."""
    if isinstance(value, (list, tuple)):
        return ",".join(_query_text(v) for v in value)
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, bytes):
        return value.decode("utf-8", "surrogatepass")
    if hasattr(value, "isoformat"):
        return str(value.isoformat())
    return str(value)


def meta_of(response: HttpResponse) -> ApiResponseMeta:
    return ApiResponseMeta(  # status, http_version, headers, duration, node; by position
        response.status,
        response.http_version,
        HttpHeaders(response.headers),
        response.duration,
        response.node,
    )


def decode_error_body(data: bytes, settings: RequestSettings) -> Any:
    """An error answer's body: JSON when it parses, else its text (an HTML 502 page, say)."""
    if not data:
        return None
    try:
        return decode_body(data, settings)
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
    elif body is None or isinstance(body, str):  # empty or not JSON: a proxy, a gateway
        message = status_message(status, body, meta.mimetype)
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
    from ._redact_by_value import Scrubber  # only errors and warnings need it: not at import

    return Scrubber.for_request(request.headers, request.body)


def _error_body(response: HttpResponse, settings: RequestSettings, request: HttpRequest) -> Any:
    return _scrubber(request).value(decode_error_body(response.body, settings))


def _response_or_raise(
    response: HttpResponse, settings: RequestSettings, request: HttpRequest
) -> ObjectApiResponse[Any]:
    if 200 <= response.status < 300 and (
        response.headers.get("x-elastic-product") == "Elasticsearch"
    ):  # the common case first: a success from Elasticsearch
        try:
            body = decode_body(response.body, settings) if response.body else None
        except ValueError as exc:
            raise _not_json(response, exc) from exc
        return ObjectApiResponse(body, meta_of(response))
    meta = meta_of(response)
    if 200 <= response.status < 300:  # a success, but not from Elasticsearch
        raise UnsupportedProductError(
            "The client noticed that the server is not Elasticsearch and we do not support"
            " this unknown product",
            meta,
            _error_body(response, settings, request),
        )
    if response.status not in settings.ignore_status:
        raise api_error(
            response.status,
            _error_body(response, settings, request),
            meta,
            response.attempts,
            response.nodes_tried,
        )
    return ObjectApiResponse(_error_body(response, settings, request), meta)  # ignored status


def _not_json(response: HttpResponse, exc: ValueError) -> SerializationError:
    return SerializationError(
        f"the answer of {response.node} (status {response.status}) is not valid JSON: {exc}"
        f" {attempts_note(response.attempts, response.nodes_tried or (response.node,))}"
    )


def stream_error_mapper(
    headers: Mapping[str, str], request: HttpRequest
) -> Callable[[int, Any, str], ApiError]:
    """The error mapper a Stream uses: same classes, fields and scrubbing as a plain call."""

    def make_error(status: int, body: Any, node: str) -> ApiError:
        body = _scrubber(request).value(body)
        return api_error(
            status, body, ApiResponseMeta(status, "1.1", HttpHeaders(headers), 0.0, node)
        )

    return make_error


def check_stream_opened(
    status: int, headers: Mapping[str, str], node: str, request: HttpRequest
) -> None:
    """A 2xx event stream must come from Elasticsearch too; its Warning headers warn."""
    if 200 <= status < 300 and headers.get("x-elastic-product") != "Elasticsearch":
        meta = ApiResponseMeta(status, "1.1", HttpHeaders(headers), 0.0, node)
        raise UnsupportedProductError(
            "The client noticed that the server is not Elasticsearch and we do not support"
            " this unknown product",
            meta,
            None,
        )
    if "warning" in headers:
        warn_for_headers(headers, _scrubber(request).text)
