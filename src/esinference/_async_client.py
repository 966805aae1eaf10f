"""``AsyncClient``: the asyncio entry point, ``client.inference.<method>(...)``."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from types import TracebackType
from typing import TYPE_CHECKING, Any, overload

from ._client_args import ASYNCIO_META
from ._client_base import BaseClient
from ._gen.async_inference import AsyncInferenceClient
from ._http_codec import check_stream_opened, handle_response, prepare, stream_error_mapper
from ._spec_types import Endpoint
from ._transport import AsyncTransport, HttpRequest
from .errors import ElasticsearchException
from .response import ObjectApiResponse

if TYPE_CHECKING:
    from ._otel import CallSpan
    from ._transport import NodeConfig, TransportSettings
    from .streaming import AsyncStream


def _asyncio_transport(nodes: Sequence[NodeConfig], settings: TransportSettings) -> AsyncTransport:
    """The transport, imported on first use so that ``import esinference`` stays cheap."""
    from ._transport import AsyncioTransport

    return AsyncioTransport(nodes, settings)


class AsyncClient(BaseClient[AsyncTransport, AsyncInferenceClient]):
    """An asyncio client for the Elasticsearch Inference API over a pool of keep-alive connections.

    ``AsyncClient("https://localhost:9200", api_key="...")``; the methods are on
    ``.inference`` and are awaited. Close it (or use ``async with``) to release its sockets.
    """

    _namespace = AsyncInferenceClient
    _transport_class = staticmethod(_asyncio_transport)
    _http_client_meta = ASYNCIO_META
    _is_async = True

    @overload
    async def perform_request(
        self, method: Endpoint, path: Mapping[str, Any]
    ) -> ObjectApiResponse[Any]: ...

    @overload
    async def perform_request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
        body: Any = None,
        endpoint_id: str | None = None,
        path_parts: Mapping[str, Any] | None = None,
    ) -> ObjectApiResponse[Any]: ...

    async def perform_request(
        self,
        method: Endpoint | str,
        path: Mapping[str, Any] | str,
        *,
        params: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
        body: Any = None,
        endpoint_id: str | None = None,
        path_parts: Mapping[str, Any] | None = None,
    ) -> ObjectApiResponse[Any]:
        """Send one request: a generated method's (endpoint and arguments), or any other
        as elasticsearch-py's ``perform_request(method, path, params=, headers=, body=)``."""
        request = self._request(method, path, params, headers, body, endpoint_id)
        span = self._span(method, path, request, endpoint_id, path_parts)  # None: not tracing
        if span is None:
            response = await self._transport.perform(request)
            return handle_response(response, self._settings, request)
        with span:
            response = await self._transport.perform(span.traced(request))
            return handle_response(response, self._settings, request, span)

    async def perform_stream(self, endpoint: Endpoint, args: Mapping[str, Any]) -> AsyncStream:
        """Open an event stream; an error answered before streaming raises here."""
        request = prepare(endpoint, args, self._settings)
        span = self._tracing.start(endpoint, args, request.target)
        if span is None:
            return await self._open_stream(request, None)
        with span:  # the span ends with the stream, or here if opening it fails
            return await self._open_stream(span.traced(request), span)

    async def _open_stream(self, request: HttpRequest, span: CallSpan | None) -> AsyncStream:
        from .streaming import AsyncStream  # on first use: most programs never stream

        response = await self._transport.stream(request)
        stream = AsyncStream(response, stream_error_mapper(response.headers, request))
        try:
            if span is not None:
                span.answered(response.status)
            await stream.raise_for_status()
            check_stream_opened(response.status, response.headers, response.node, request)
        except BaseException:
            await stream.aclose()
            raise
        if span is not None:
            span.returned(response.headers)
            stream.on_end(span.keep_open())
        return stream

    async def ping(self) -> bool:
        """True if the cluster answered ``HEAD /`` with a 2xx status, else False."""
        try:
            await self.perform_request("HEAD", "/", endpoint_id="ping")
        except ElasticsearchException:  # any error answer or failure: not reachable
            return False
        return True

    async def info(self) -> ObjectApiResponse[Any]:
        """``GET /``: the cluster's name, version and tagline."""
        return await self.perform_request("GET", "/", endpoint_id="info")

    async def close(self) -> None:
        """Close every connection (shared with clients made by ``options()``)."""
        await self._transport.close()

    async def __aenter__(self) -> AsyncClient:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()
