"""``AsyncClient``: the asyncio entry point, ``client.inference.<method>(...)``."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from types import TracebackType
from typing import TYPE_CHECKING, Any

from ._client_base import (
    BaseClient,
    TransportSettings,
    check_stream_opened,
    handle_response,
    prepare,
    stream_error_mapper,
)
from ._gen.async_inference import AsyncInferenceClient
from ._http import AsyncTransport, HttpRequest
from ._nodes import NodeConfig
from ._otel import CallSpan
from ._spec_types import Endpoint
from .response import ObjectApiResponse

if TYPE_CHECKING:
    from .streaming import AsyncStream


class AsyncClient(BaseClient):
    """An asyncio client for the Elasticsearch Inference API over a pool of keep-alive connections.

    ``AsyncClient("https://localhost:9200", api_key="...")``; the methods are on
    ``.inference`` and are awaited. Close it (or use ``async with``) to release its sockets.
    """

    inference: AsyncInferenceClient
    _transport: AsyncTransport

    def _make_transport(
        self, nodes: Sequence[NodeConfig], settings: TransportSettings
    ) -> AsyncTransport:
        from ._async_transport import AsyncioTransport

        return AsyncioTransport(nodes, **settings.as_kwargs())

    def _bind_namespaces(self) -> None:
        self.inference = AsyncInferenceClient(self)

    async def perform_request(
        self, endpoint: Endpoint, args: Mapping[str, Any]
    ) -> ObjectApiResponse[Any]:
        """Check, encode and send one request; used by the generated methods."""
        request = prepare(endpoint, args, self._settings)
        span = self._tracing.start(endpoint, args, request.target)  # None: not tracing
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
