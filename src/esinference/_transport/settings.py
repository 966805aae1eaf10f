"""Every connection setting, declared once: what both transports are built from.

The clients take these as keyword arguments with elasticsearch-py's names and defaults and
hand them over as one ``TransportSettings``; ``options()`` changes only per-request values
(timeouts, retries, headers), which travel on each ``HttpRequest``.
"""

from __future__ import annotations

import ssl
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Literal, Protocol

from .nodes import NodeConfig
from .records import DEFAULT_MAX_RESPONSE_SIZE, DEFAULT_MAX_STREAM_EVENT_SIZE

__all__ = [
    "HIDE_ALL",
    "Redactor",
    "SniffedNodeCallback",
    "TransportSettings",
    "check_size_limit",
]


class Redactor(Protocol):
    """Turns headers and bodies into text that is safe to log."""

    def headers(self, headers: Mapping[str, str], /) -> Mapping[str, str]: ...

    def body(self, body: bytes | None, /) -> str: ...

    def for_request(self, headers: Mapping[str, str], body: bytes | None, /) -> Redactor:
        """This redactor, also hiding the given request's own secret values wherever they
        appear (a server can quote them back in an answer)."""
        ...


class _HideAll:
    """The fallback redactor: no header value and no body content reaches the log."""

    def headers(self, headers: Mapping[str, str], /) -> Mapping[str, str]:
        return {name: "[REDACTED]" for name in headers}

    def body(self, body: bytes | None, /) -> str:
        return f"<{len(body or b'')} bytes>"

    def for_request(self, headers: Mapping[str, str], body: bytes | None, /) -> Redactor:
        return self  # hides every value already


HIDE_ALL: Redactor = _HideAll()

# Called with each node of a sniff answer (its ``_nodes/http`` entry) and the NodeConfig we
# would use; returns the node to use, or None to skip it (elasticsearch-py's contract).
SniffedNodeCallback = Callable[[Mapping[str, Any], NodeConfig], NodeConfig | None]


@dataclass(frozen=True, slots=True, kw_only=True)
class TransportSettings:
    """The settings a transport is built with; names and meanings are elasticsearch-py's."""

    request_timeout: float = 10.0
    max_retries: int = 3
    retry_on_status: tuple[int, ...] = (429, 502, 503, 504)
    retry_on_timeout: bool = False
    # Resend after the connection broke once the request was sent: it may run a paid call twice.
    retry_on_disconnect: bool = False
    retry_backoff_base: float = 0.1  # seconds; full-jitter exponential back-off
    retry_backoff_cap: float = 10.0
    connections_per_node: int | None = None  # None: the transport's own default
    http_compress: bool = False
    verify_certs: bool = True
    ca_certs: str | None = None  # PEM bundle; None means the system's trust store
    client_cert: str | None = None
    client_key: str | None = None
    # A host name to match the certificate against instead of the node's, or False for none.
    ssl_assert_hostname: str | Literal[False] | None = None
    ssl_assert_fingerprint: str | None = None  # SHA-256 of the leaf or any chain certificate
    ssl_version: int | None = None  # the lowest TLS version, e.g. ssl.TLSVersion.TLSv1_3
    ssl_context: ssl.SSLContext | None = None
    ssl_show_warn: bool = True
    randomize_nodes_in_pool: bool = True
    dead_node_backoff_factor: float = 1.0  # seconds a failed node is benched, doubling
    max_dead_node_backoff: float = 30.0
    sniff_on_start: bool = False
    sniff_before_requests: bool = False
    sniff_on_node_failure: bool = False
    sniff_timeout: float | None = 0.5
    min_delay_between_sniffing: float = 10.0
    sniffed_node_callback: SniffedNodeCallback | None = None
    redactor: Redactor = HIDE_ALL  # what the DEBUG log uses to hide secrets
    # Not elasticsearch-py's: bounds on what a broken or hostile server can make us hold.
    max_response_size: int | None = DEFAULT_MAX_RESPONSE_SIZE  # bytes, decompressed; None: any
    max_stream_event_size: int = DEFAULT_MAX_STREAM_EVENT_SIZE  # bytes of one SSE line or event

    def __post_init__(self) -> None:
        if self.request_timeout <= 0:
            raise ValueError("request_timeout must be > 0")
        check_size_limit("max_response_size", self.max_response_size)
        check_size_limit("max_stream_event_size", self.max_stream_event_size, optional=False)
        if self.connections_per_node is not None and self.connections_per_node < 1:
            raise ValueError("connections_per_node must be >= 1")
        if self.ssl_context is not None and (
            self.ca_certs or self.client_cert or self.client_key or not self.verify_certs
        ):
            raise ValueError(
                "Pass either ssl_context or verify_certs/ca_certs/client_cert/client_key, "
                "not both: the context already decides them"
            )
        if self.client_key and not self.client_cert:
            raise ValueError("client_key needs client_cert")
        if self.ssl_assert_hostname and self.ssl_assert_fingerprint:
            raise ValueError(
                "Can't specify both 'ssl_assert_hostname' and 'ssl_assert_fingerprint'"
            )

    def response_limit(self, request_limit: int | None) -> int | None:
        """The size limit of one answer: the request's own (``options()``), else this one."""
        return self.max_response_size if request_limit is None else request_limit

    @property
    def sniffs(self) -> bool:
        """Whether any kind of sniffing is on."""
        return self.sniff_on_start or self.sniff_before_requests or self.sniff_on_node_failure

    def __repr__(self) -> str:  # the redactor and the context are objects; names suffice
        return f"TransportSettings(request_timeout={self.request_timeout}, ...)"


def check_size_limit(name: str, value: int | None, optional: bool = True) -> None:
    """Raise ValueError unless ``value`` is a positive int (or None when ``optional``)."""
    if value is None and optional:
        return
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        allowed = "a positive number of bytes" + (" or None" if optional else "")
        raise ValueError(f"{name} must be {allowed}, got {value!r}")
