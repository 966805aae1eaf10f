"""``AsyncClient``: the asyncio entry point, ``client.inference.<method>(...)``."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from types import TracebackType
from typing import TYPE_CHECKING, Any

from ._client_base import (
    BaseClient,
    TransportSettings,
    check_stream_product,
    handle_response,
    prepare,
    stream_error_mapper,
)
from ._gen.async_inference import AsyncInferenceClient
from ._spec_types import Endpoint
from ._transport import AsyncTransport, NodeConfig
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
        from ._transport import AsyncioTransport

        return AsyncioTransport(nodes, **settings.as_kwargs())

    def _bind_namespaces(self) -> None:
        self.inference = AsyncInferenceClient(self)

    async def perform_request(
        self, endpoint: Endpoint, args: Mapping[str, Any]
    ) -> ObjectApiResponse[Any]:
        """Check, encode and send one request; used by the generated methods."""
        request = prepare(endpoint, args, self._settings)
        return handle_response(await self._transport.perform(request), self._settings)

    async def perform_stream(self, endpoint: Endpoint, args: Mapping[str, Any]) -> AsyncStream:
        """Open an event stream; an error answered before streaming raises here."""
        from .streaming import AsyncStream  # on first use: most programs never stream

        request = prepare(endpoint, args, self._settings)
        response = await self._transport.stream(request)
        stream = AsyncStream(response, stream_error_mapper(response.headers))
        try:
            await stream.raise_for_status()
            check_stream_product(response.status, response.headers, response.node)
        except BaseException:
            await stream.aclose()
            raise
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
