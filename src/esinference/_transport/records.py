"""The seam between the client and the wire: request/response records and the transport protocols.

The client builds an ``HttpRequest`` (method, escaped target, headers, encoded body), hands
it to a transport and gets back an ``HttpResponse`` (status, headers, raw body) or a
``TransportError``. Status handling, JSON decoding and exceptions for error statuses live
above this seam, so a transport only moves bytes.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, NamedTuple, Protocol

if TYPE_CHECKING:
    from .nodes import NodeConfig


# The largest legitimate answer (2,048 inputs x 3,072 dims) is ~75 MB of JSON: room for 3x that.
DEFAULT_MAX_RESPONSE_SIZE = 256 * 1024 * 1024
# One line or one event of a stream (a completion chunk is a few hundred bytes).
DEFAULT_MAX_STREAM_EVENT_SIZE = 16 * 1024 * 1024


class RequestOverrides(NamedTuple):
    """The connection settings one call may change (``client.options(...)``), declared once.

    Each field is a ``TransportSettings`` field of the same name (which holds the transport's
    default and says what it means); None keeps that default. ``options()``, the client's
    settings and the transport read this list rather than restating it (tests/transport
    checks that each field reaches the transport). A NamedTuple: hashable, and cheap to
    import, as ``import esinference`` loads this module.
    """

    request_timeout: float | None = None
    max_retries: int | None = None
    retry_on_status: tuple[int, ...] | None = None
    retry_on_timeout: bool | None = None
    retry_backoff_base: float | None = None
    retry_backoff_cap: float | None = None
    max_response_size: int | None = None

    def given(self) -> dict[str, Any]:
        """The settings this record changes, by name."""
        return {name: value for name, value in self._asdict().items() if value is not None}


class HttpRequest(NamedTuple):  # NamedTuples: cheap to define at import, and to build
    method: str
    target: str  # path and query, already percent-escaped, e.g. "/_inference/a%2Fb?timeout=5s"
    headers: Mapping[str, str]
    body: bytes | None = None
    endpoint: str = ""  # API name for logs, e.g. "inference.put_openai"
    # What ``client.options(...)`` changed for this call; None: the transport's settings.
    overrides: RequestOverrides | None = None
    # Told the node of every attempt (a tracing span records the last one's address).
    on_attempt: Callable[[NodeConfig], None] | None = None

    def __repr__(self) -> str:
        # The headers hold credentials and the body may hold API keys: show neither's values.
        size = "None" if self.body is None else f"<{len(self.body)} bytes>"
        return (
            f"HttpRequest(method={self.method!r}, target={self.target!r},"
            f" headers={sorted(self.headers)!r}, body={size}, endpoint={self.endpoint!r})"
        )


class HttpResponse(NamedTuple):
    status: int
    headers: Mapping[str, str]  # keys lower-cased
    body: bytes
    duration: float  # seconds, from sending the request to reading the last byte
    node: str  # base URL of the node that answered, without credentials
    http_version: str = "1.1"
    attempts: int = 1
    nodes_tried: tuple[str, ...] = ()

    def __repr__(self) -> str:
        # A body echoed by a server (or a proxy) could hold anything: show its size only.
        return (
            f"HttpResponse(status={self.status}, node={self.node!r}, body=<{len(self.body)}"
            f" bytes>, duration={self.duration:.3f}, attempts={self.attempts})"
        )


class ByteStream(Protocol):
    """An open response whose body is read incrementally (server-sent events).

    The transport's streams also carry ``timeout`` (the longest silence between events) and
    ``max_event_size`` (from ``TransportSettings``); a reader takes defaults when absent.
    """

    status: int
    headers: Mapping[str, str]
    node: str

    def __iter__(self) -> Iterator[bytes]: ...

    def close(self) -> None: ...


class AsyncByteStream(Protocol):
    status: int
    headers: Mapping[str, str]
    node: str

    def __aiter__(self) -> AsyncIterator[bytes]: ...

    async def aclose(self) -> None: ...

    def close(self) -> None:
        """``aclose()`` without awaiting: for a stream dropped unread (its finalizer)."""


class Transport(Protocol):
    """Sends one request and returns the whole response, or raises a TransportError."""

    def perform(self, request: HttpRequest) -> HttpResponse: ...

    def stream(self, request: HttpRequest) -> ByteStream: ...

    def close(self) -> None: ...


class AsyncTransport(Protocol):
    async def perform(self, request: HttpRequest) -> HttpResponse: ...

    async def stream(self, request: HttpRequest) -> AsyncByteStream: ...

    async def close(self) -> None: ...
