"""Exceptions, named and shaped as in elasticsearch-py so existing ``except`` clauses keep working.

``ApiError`` and its subclasses are answers from the server (a non-2xx status); the
``TransportError`` family is for requests that got no usable answer (connection refused,
timeout, TLS failure, a body that is not JSON).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._transport import (
    ConnectionError,  # noqa: A004 - elasticsearch-py's name
    ConnectionTimeout,
    ElasticsearchException,
    ResponseTooLargeError,
    SerializationError,
    SSLError,
    TlsError,
    TransportError,
    attempts_note,
)
from ._warnings import (
    ElasticsearchDeprecationWarning,
    ElasticsearchWarning,
    GeneralAvailabilityWarning,
    TransportWarning,
)

if TYPE_CHECKING:
    from .response import ApiResponseMeta

__all__ = [
    "ApiError",
    "AuthenticationException",
    "AuthorizationException",
    "BadRequestError",
    "ConflictError",
    "ConnectionError",
    "ConnectionTimeout",
    "ElasticsearchDeprecationWarning",
    "ElasticsearchException",
    "ElasticsearchWarning",
    "GeneralAvailabilityWarning",
    "HTTP_EXCEPTIONS",
    "NotFoundError",
    "RequestError",
    "ResponseTooLargeError",
    "SerializationError",
    "SSLError",
    "TlsError",
    "TransportError",
    "TransportWarning",
    "UnsupportedProductError",
]


class ApiError(ElasticsearchException):
    """The server answered with an error status; ``body`` is its parsed answer."""

    def __init__(
        self,
        message: str,
        meta: ApiResponseMeta,
        body: Any,
        attempts: int = 1,
        nodes_tried: tuple[str, ...] = (),
    ) -> None:
        super().__init__(message)
        self.message = message
        self.meta = meta
        self.body = body
        self.attempts = attempts
        self.nodes_tried = nodes_tried or (meta.node,)

    @property
    def status_code(self) -> int:
        return self.meta.status

    @property
    def error(self) -> str:
        return self.message

    @property
    def info(self) -> Any:
        return self.body

    @property
    def error_type(self) -> str | None:
        """The Elasticsearch error type, e.g. ``resource_not_found_exception``."""
        error = self.body.get("error") if isinstance(self.body, dict) else None
        if isinstance(error, dict) and isinstance(error.get("type"), str):
            return str(error["type"])
        return None

    @property
    def reason(self) -> str | None:
        """The human-readable reason of the root cause, when the body carries one."""
        error = self.body.get("error") if isinstance(self.body, dict) else None
        if not isinstance(error, dict):
            return None
        root = error.get("root_cause")
        if isinstance(root, list) and root and isinstance(root[0], dict) and "reason" in root[0]:
            return str(root[0]["reason"])
        if "reason" in error:
            return str(error["reason"])
        if "message" in error:  # chat_completion_unified's OpenAI-style errors
            return str(error["message"])
        return None

    def __str__(self) -> str:
        # Same layout as elasticsearch-py: Class(status, 'type', 'reason'[, id][, type][, cause]).
        cause = [repr(self.message)]
        error = self.body.get("error") if isinstance(self.body, dict) else None
        if isinstance(error, dict):
            if self.reason is not None:
                cause.append(repr(self.reason))
            for key in ("resource.id", "resource.type"):
                if key in error:
                    cause.append(repr(error[key]))
            caused_by = error.get("caused_by")
            if isinstance(caused_by, dict) and "reason" in caused_by:
                cause.append(repr(caused_by["reason"]))
        text = f"{type(self).__name__}({self.meta.status}, {', '.join(cause)})"
        if self.attempts > 1:  # a first answer keeps elasticsearch-py's exact layout
            text += " " + attempts_note(self.attempts, self.nodes_tried)
        # The reason is the server's text, which may quote a value it could not parse.
        from ._redact import redact_text  # on first use: it loads the spec's service tables

        return redact_text(text, None)

    def __repr__(self) -> str:
        return str(self)


class BadRequestError(ApiError):
    """HTTP 400."""


RequestError = BadRequestError


class AuthenticationException(ApiError):
    """HTTP 401."""


class AuthorizationException(ApiError):
    """HTTP 403."""


class NotFoundError(ApiError):
    """HTTP 404."""


class ConflictError(ApiError):
    """HTTP 409."""


class UnsupportedProductError(ApiError):
    """The server answered 2xx but does not say it is Elasticsearch (no X-Elastic-Product)."""


HTTP_EXCEPTIONS: dict[int, type[ApiError]] = {
    400: BadRequestError,
    401: AuthenticationException,
    403: AuthorizationException,
    404: NotFoundError,
    409: ConflictError,
}
