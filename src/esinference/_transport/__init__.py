"""The transport layer: moves an ``HttpRequest`` to a node and brings back an ``HttpResponse``.

This is the one import surface for everything above it. The layer knows nothing about the
API, the spec or the generated code: whoever builds a transport passes what it needs (the
settings, and a ``Redactor`` for the DEBUG log). The two transports are imported on first
use, so ``import esinference`` does not pay for asyncio or for the one it never uses.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .errors import (
    ConnectionError,  # noqa: A004 - elasticsearch-py's name
    ConnectionTimeout,
    ElasticsearchException,
    SecurityWarning,
    SerializationError,
    SSLError,
    TlsError,
    TransportError,
    attempts_note,
)
from .nodes import DEFAULT_PORT, HostsSpec, NodeConfig, ParsedHosts, basic_auth_header, parse_hosts
from .records import (
    AsyncByteStream,
    AsyncTransport,
    ByteStream,
    HttpRequest,
    HttpResponse,
    Transport,
)
from .retry import FailureKind, RetryPolicy
from .settings import HIDE_ALL, Redactor, SniffedNodeCallback, TransportSettings

if TYPE_CHECKING:
    from .asyncio_transport import AsyncioByteStream, AsyncioTransport
    from .urllib3_transport import Urllib3ByteStream, Urllib3Transport

__all__ = [
    "DEFAULT_PORT",
    "HIDE_ALL",
    "AsyncByteStream",
    "AsyncTransport",
    "AsyncioByteStream",
    "AsyncioTransport",
    "ByteStream",
    "ConnectionError",
    "ConnectionTimeout",
    "ElasticsearchException",
    "FailureKind",
    "HostsSpec",
    "HttpRequest",
    "HttpResponse",
    "NodeConfig",
    "ParsedHosts",
    "Redactor",
    "RetryPolicy",
    "SSLError",
    "SecurityWarning",
    "SerializationError",
    "SniffedNodeCallback",
    "TlsError",
    "TransportSettings",
    "Transport",
    "TransportError",
    "Urllib3ByteStream",
    "Urllib3Transport",
    "attempts_note",
    "basic_auth_header",
    "parse_hosts",
]

_LAZY = {
    "AsyncioByteStream": "asyncio_transport",
    "AsyncioTransport": "asyncio_transport",
    "Urllib3ByteStream": "urllib3_transport",
    "Urllib3Transport": "urllib3_transport",
}


def __getattr__(name: str) -> Any:
    """The transports themselves, imported when first asked for."""
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(f"{__name__}.{module}"), name)
