"""``Client``: the synchronous entry point, ``client.inference.<method>(...)``."""

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
from ._gen.inference import InferenceClient
from ._spec_types import Endpoint
from ._transport import NodeConfig, Transport
from .response import ObjectApiResponse

if TYPE_CHECKING:
    from .streaming import Stream


class Client(BaseClient):
    """A client for the Elasticsearch Inference API over a pool of keep-alive connections.

    ``Client("https://localhost:9200", api_key="...")``; the methods are on ``.inference``.
    Close it (or use ``with``) to release its sockets.
    """

    inference: InferenceClient
    _transport: Transport

    def _make_transport(
        self, nodes: Sequence[NodeConfig], settings: TransportSettings
    ) -> Transport:
        from ._transport import Urllib3Transport

        return Urllib3Transport(nodes, **settings.as_kwargs())

    def _bind_namespaces(self) -> None:
        self.inference = InferenceClient(self)

    def perform_request(
        self, endpoint: Endpoint, args: Mapping[str, Any]
    ) -> ObjectApiResponse[Any]:
        """Check, encode and send one request; used by the generated methods."""
        request = prepare(endpoint, args, self._settings)
        return handle_response(self._transport.perform(request), self._settings)

    def perform_stream(self, endpoint: Endpoint, args: Mapping[str, Any]) -> Stream:
        """Open an event stream; an error answered before streaming raises here."""
        from .streaming import Stream  # on first use: most programs never stream

        request = prepare(endpoint, args, self._settings)
        response = self._transport.stream(request)
        stream = Stream(response, stream_error_mapper(response.headers))
        try:
            stream.raise_for_status()
            check_stream_product(response.status, response.headers, response.node)
        except BaseException:
            stream.close()
            raise
        return stream

    def close(self) -> None:
        """Close every connection (shared with clients made by ``options()``)."""
        self._transport.close()

    def __enter__(self) -> Client:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()
