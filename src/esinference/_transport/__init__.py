"""The transport layer: moves an ``HttpRequest`` to a node and brings back an ``HttpResponse``.

This is the one import surface for everything above it. The layer knows nothing about the
API, the spec or the generated code: whoever builds a transport passes what it needs (the
settings, and a ``Redactor`` for the DEBUG log). Only the records and the errors load with
the package; the rest (the transports, their settings, host parsing) loads on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .errors import (
    ConnectionError,  # noqa: A004 - elasticsearch-py's name
    ConnectionTimeout,
    ElasticsearchException,
    ResponseTooLargeError,
    SecurityWarning,
    SerializationError,
    SSLError,
    TlsError,
    TransportError,
    TransportWarning,
    attempts_note,
)
from .processes import NotPicklable
from .records import (
    DEFAULT_MAX_RESPONSE_SIZE,
    DEFAULT_MAX_STREAM_EVENT_SIZE,
    AsyncByteStream,
    AsyncTransport,
    ByteStream,
    HttpRequest,
    HttpResponse,
    RequestOverrides,
    Transport,
)

if TYPE_CHECKING:
    from .asyncio_transport import AsyncioByteStream, AsyncioTransport
    from .nodes import (
        DEFAULT_PORT,
        HostsSpec,
        NodeConfig,
        ParsedHosts,
        basic_auth_header,
        parse_hosts,
    )
    from .retry import FailureKind, RetryPolicy
    from .settings import (
        HIDE_ALL,
        Redactor,
        SniffedNodeCallback,
        TransportSettings,
        check_size_limit,
        checked_overrides,
        number_kinds,
    )
    from .urllib3_transport import Urllib3ByteStream, Urllib3Transport

__all__ = [
    "DEFAULT_MAX_RESPONSE_SIZE",
    "DEFAULT_MAX_STREAM_EVENT_SIZE",
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
    "NotPicklable",
    "ParsedHosts",
    "Redactor",
    "RequestOverrides",
    "ResponseTooLargeError",
    "RetryPolicy",
    "SSLError",
    "SecurityWarning",
    "SerializationError",
    "SniffedNodeCallback",
    "TlsError",
    "TransportSettings",
    "Transport",
    "TransportError",
    "TransportWarning",
    "Urllib3ByteStream",
    "Urllib3Transport",
    "attempts_note",
    "basic_auth_header",
    "check_size_limit",
    "checked_overrides",
    "number_kinds",
    "parse_hosts",
]

# Imported on first use: what only building a client or a transport needs stays out of
# ``import esinference`` (the dataclasses behind it cost more than the rest of the package).
_LAZY = {
    "AsyncioByteStream": "asyncio_transport",
    "AsyncioTransport": "asyncio_transport",
    "Urllib3ByteStream": "urllib3_transport",
    "Urllib3Transport": "urllib3_transport",
    "DEFAULT_PORT": "nodes",
    "HostsSpec": "nodes",
    "NodeConfig": "nodes",
    "ParsedHosts": "nodes",
    "basic_auth_header": "nodes",
    "parse_hosts": "nodes",
    "FailureKind": "retry",
    "RetryPolicy": "retry",
    "HIDE_ALL": "settings",
    "Redactor": "settings",
    "SniffedNodeCallback": "settings",
    "TransportSettings": "settings",
    "check_size_limit": "settings",
    "checked_overrides": "settings",
    "number_kinds": "settings",
}


def __getattr__(name: str) -> Any:
    """The names in ``_LAZY``, imported when first asked for."""
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(f"{__name__}.{module}"), name)
