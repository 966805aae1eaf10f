"""``Client``: the synchronous entry point, ``client.inference.<method>(...)``."""

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
from ._gen.inference import InferenceClient
from ._http import HttpRequest, Transport
from ._nodes import NodeConfig
from ._otel import CallSpan
from ._spec_types import Endpoint
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
        from ._sync_transport import Urllib3Transport

        return Urllib3Transport(nodes, **settings.as_kwargs())

    def _bind_namespaces(self) -> None:
        self.inference = InferenceClient(self)

    def perform_request(
        self, endpoint: Endpoint, args: Mapping[str, Any]
    ) -> ObjectApiResponse[Any]:
        """Check, encode and send one request; used by the generated methods."""
        request = prepare(endpoint, args, self._settings)
        span = self._tracing.start(endpoint, args, request.target)  # None: not tracing
        if span is None:
            return handle_response(self._transport.perform(request), self._settings, request)
        with span:
            response = self._transport.perform(span.traced(request))
            return handle_response(response, self._settings, request, span)

    def perform_stream(self, endpoint: Endpoint, args: Mapping[str, Any]) -> Stream:
        """Open an event stream; an error answered before streaming raises here."""
        request = prepare(endpoint, args, self._settings)
        span = self._tracing.start(endpoint, args, request.target)
        if span is None:
            return self._open_stream(request, None)
        with span:  # the span ends with the stream, or here if opening it fails
            return self._open_stream(span.traced(request), span)

    def _open_stream(self, request: HttpRequest, span: CallSpan | None) -> Stream:
        from .streaming import Stream  # on first use: most programs never stream

        response = self._transport.stream(request)
        stream = Stream(response, stream_error_mapper(response.headers, request))
        try:
            if span is not None:
                span.answered(response.status)
            stream.raise_for_status()
            check_stream_opened(response.status, response.headers, response.node, request)
        except BaseException:
            stream.close()
            raise
        if span is not None:
            span.returned(response.headers)
            stream.on_end(span.keep_open())
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
