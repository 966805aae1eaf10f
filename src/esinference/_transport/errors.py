"""The exceptions a transport raises: requests that got no usable answer.

Named and shaped as in elasticsearch-py; ``esinference.errors`` re-exports them next to the
``ApiError`` family, which the client raises for error statuses.
"""

from __future__ import annotations

from typing import Any

__all__ = [
    "ConnectionError",
    "ConnectionTimeout",
    "ElasticsearchException",
    "ResponseTooLargeError",
    "SSLError",
    "SecurityWarning",
    "SerializationError",
    "TlsError",
    "TransportError",
    "TransportWarning",
    "attempts_note",
]


class ElasticsearchException(Exception):
    """Base of every exception this package raises on purpose (besides TypeError/ValueError)."""


def attempts_note(attempts: int, nodes_tried: tuple[str, ...]) -> str:
    """``(3 attempts on http://a:9200, http://b:9200)``: how hard the client tried, and where."""
    nodes = ", ".join(dict.fromkeys(nodes_tried))
    return f"({attempts} attempt{'' if attempts == 1 else 's'} on {nodes})"


class TransportError(ElasticsearchException):
    """No usable answer: the request may or may not have reached the server."""

    def __init__(self, message: Any, errors: tuple[Exception, ...] = ()) -> None:
        super().__init__(message)
        self.message = message
        self.errors = errors

    def __str__(self) -> str:
        return str(self.message)


class ConnectionError(TransportError):  # noqa: A001 - elasticsearch-py's name
    """The connection failed: refused, reset, closed early, DNS failure."""


class TlsError(ConnectionError):
    """The TLS handshake or certificate verification failed."""


SSLError = TlsError


class ConnectionTimeout(TransportError):
    """The server did not answer within ``request_timeout``."""


class SerializationError(TransportError):
    """A request body could not be encoded, or a response body could not be decoded."""


class ResponseTooLargeError(SerializationError):
    """The answer (or one event of a stream) exceeded a size limit; the connection was dropped.

    The message names the limit and the option that sets it (``max_response_size``,
    ``max_stream_event_size``). Never retried: the same request would get the same answer.
    """


class TransportWarning(Warning):
    """Base of the warnings this client emits (elastic-transport's ``TransportWarning``)."""


class SecurityWarning(TransportWarning):
    """TLS used without certificate verification (a TransportWarning, as in elastic-transport)."""
