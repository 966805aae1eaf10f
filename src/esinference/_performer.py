"""What a client offers the generated namespaces: the two calls they make on it.

The generated ``InferenceClient`` / ``AsyncInferenceClient`` are handed their owner and call
``perform_request`` or ``perform_stream`` on it. Typing the owner as one of these protocols
rather than as ``Client`` keeps the generated code below the clients: ``_client`` imports the
namespace, and nothing in ``_gen/`` imports a client back (no import cycle, not even a
type-only one).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from ._spec_types import Endpoint
    from .response import ObjectApiResponse
    from .streaming import AsyncStream, Stream

__all__ = ["AsyncPerformer", "Performer"]


class Performer(Protocol):
    """The owner of a synchronous namespace (``Client``)."""

    def perform_request(
        self, endpoint: Endpoint, args: Mapping[str, Any], /
    ) -> ObjectApiResponse[Any]: ...

    def perform_stream(self, endpoint: Endpoint, args: Mapping[str, Any], /) -> Stream: ...


class AsyncPerformer(Protocol):
    """The owner of an asyncio namespace (``AsyncClient``)."""

    async def perform_request(
        self, endpoint: Endpoint, args: Mapping[str, Any], /
    ) -> ObjectApiResponse[Any]: ...

    async def perform_stream(
        self, endpoint: Endpoint, args: Mapping[str, Any], /
    ) -> AsyncStream: ...
