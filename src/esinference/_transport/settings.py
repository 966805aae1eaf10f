"""Every connection setting, declared once: what both transports are built from.

The clients take these as keyword arguments with elasticsearch-py's names and defaults and
hand them over as one ``TransportSettings`` (the constructor passes each of its parameters
that names a field here). The ones a call may change are the fields of ``RequestOverrides``
(``records.py``): ``options()`` builds one, checked here, and it travels on each
``HttpRequest``. A field's metadata says what kind of number it is, for the clients' type
checks (``number_kinds``).
"""

from __future__ import annotations

import functools
import ssl
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields
from typing import Any, Literal, Protocol

from .nodes import NodeConfig
from .records import DEFAULT_MAX_RESPONSE_SIZE, DEFAULT_MAX_STREAM_EVENT_SIZE, RequestOverrides
from .retry import RetryPolicy

__all__ = [
    "HIDE_ALL",
    "Redactor",
    "SniffedNodeCallback",
    "TransportSettings",
    "check_size_limit",
    "checked_overrides",
    "number_kinds",
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

# A field's kind of number: the clients reject anything else with a TypeError naming it.
SECONDS = {"kind": "seconds"}  # an int or a float
COUNT = {"kind": "count"}  # an int


@dataclass(frozen=True, slots=True, kw_only=True)
class TransportSettings:
    """The settings a transport is built with; names and meanings are elasticsearch-py's."""

    request_timeout: float = field(default=10.0, metadata=SECONDS)  # each attempt, as a whole
    max_retries: int = field(default=3, metadata=COUNT)
    retry_on_status: tuple[int, ...] = (429, 502, 503, 504)
    retry_on_timeout: bool = False
    # Resend after the connection broke once the request was sent: it may run a paid call twice.
    retry_on_disconnect: bool = False
    # Full-jitter exponential back-off: a retry waits up to base * 2^(n-1), at most cap.
    retry_backoff_base: float = field(default=0.1, metadata=SECONDS)
    retry_backoff_cap: float = field(default=10.0, metadata=SECONDS)
    # None: the transport's own default
    connections_per_node: int | None = field(default=None, metadata=COUNT)
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
    # Seconds a failed node is benched, doubling with each failure up to the maximum.
    dead_node_backoff_factor: float = field(default=1.0, metadata=SECONDS)
    max_dead_node_backoff: float = field(default=30.0, metadata=SECONDS)
    sniff_on_start: bool = False
    sniff_before_requests: bool = False
    sniff_on_node_failure: bool = False
    sniff_timeout: float | None = field(default=0.5, metadata=SECONDS)
    min_delay_between_sniffing: float = field(default=10.0, metadata=SECONDS)
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

    def retry_policy(self) -> RetryPolicy:
        """The transport's retry policy: every ``RetryPolicy`` field this declares."""
        return RetryPolicy(**{name: getattr(self, name) for name in _RETRY_FIELDS})

    @property
    def sniffs(self) -> bool:
        """Whether any kind of sniffing is on."""
        return self.sniff_on_start or self.sniff_before_requests or self.sniff_on_node_failure

    def __repr__(self) -> str:  # the redactor and the context are objects; names suffice
        return f"TransportSettings(request_timeout={self.request_timeout}, ...)"


_RETRY_FIELDS = tuple(
    f.name for f in fields(RetryPolicy) if f.name in TransportSettings.__dataclass_fields__
)


@functools.cache
def number_kinds() -> Mapping[str, str]:
    """Each numeric setting's kind ("seconds" or "count"), by name, from the fields' metadata."""
    return {f.name: f.metadata["kind"] for f in fields(TransportSettings) if f.metadata}


def checked_overrides(**given: Any) -> RequestOverrides:
    """The overrides ``options()`` asked for (None: keep), checked as the transport's own
    settings are, so a bad value fails at ``options()`` rather than at the first request."""
    overrides = RequestOverrides(**given)
    timeout = overrides.request_timeout
    if timeout is not None and (isinstance(timeout, bool) or not timeout > 0):
        raise ValueError(f"request_timeout must be > 0, got {timeout!r}")
    check_size_limit("max_response_size", overrides.max_response_size)
    retry = {k: v for k, v in overrides.given().items() if k in _RETRY_FIELDS}
    if retry:
        RetryPolicy(**retry)  # its own checks, on the given values
    return overrides


def check_size_limit(name: str, value: int | None, optional: bool = True) -> None:
    """Raise ValueError unless ``value`` is a positive int (or None when ``optional``)."""
    if value is None and optional:
        return
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        allowed = "a positive number of bytes" + (" or None" if optional else "")
        raise ValueError(f"{name} must be {allowed}, got {value!r}")
