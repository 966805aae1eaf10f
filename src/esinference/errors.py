"""Every public exception, named and shaped as in elasticsearch-py so ``except`` clauses keep
working, under one root, ``ElasticsearchException`` (``esinference.ElasticsearchException``).

``ApiError`` and its subclasses are answers from the server (a non-2xx status); the
``TransportError`` family is for requests that got no usable answer (connection refused,
timeout, TLS failure, a body that is not JSON), ``StreamInterruptedError`` for an event stream
cut short; ``EmbedError`` ends a bulk run of ``helpers.embed``. ``MissingExtraError`` (an
``ImportError``, outside the root) names the ``pip install`` an optional feature needs.

This is the one module to read or import them from. The transport family is *defined* in
``_transport/errors.py`` because the transport raises it and imports nothing above itself
(its layer stands alone, see docs/architecture.md); this module re-exports it with the rest,
and each class reports ``esinference`` as its ``__module__``, the public place a traceback
names (``esinference.ConnectionError``, never ``esinference._transport.errors``).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from http import HTTPStatus
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
    from ._meta import ApiResponseMeta

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
    "EmbedError",
    "GeneralAvailabilityWarning",
    "HTTP_EXCEPTIONS",
    "MissingExtraError",
    "NotFoundError",
    "RequestError",
    "ResponseTooLargeError",
    "SerializationError",
    "SSLError",
    "StreamInterruptedError",
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
        from ._redact_by_key import redact_text  # on first use: it loads the spec's service tables

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


class StreamInterruptedError(ConnectionError):
    """The event stream ended before ``[DONE]`` and without an error: the connection was cut.

    Raised both when the body ends cleanly too early and when the connection breaks while it
    is being read (the transport's ConnectionError is its ``__cause__`` and in ``errors``).
    """


class EmbedError(ElasticsearchException):
    """A bulk run stopped: some texts could not be embedded (``cause`` says why).

    Every result before the error was yielded. ``missing`` holds the indices that were read
    but not embedded; nothing at ``next_index`` or after was read. Resume with
    ``embed(..., skip=error.completed)`` over the same texts.
    """

    def __init__(self, missing: Sequence[int], next_index: int, cause: BaseException) -> None:
        self.missing = tuple(missing)
        self.next_index = next_index
        self.cause = cause
        self._missing = frozenset(missing)
        shown = ", ".join(map(str, self.missing[:10])) + (", ..." if len(missing) > 10 else "")
        super().__init__(
            f"{len(self.missing)} text(s) not embedded (indices {shown}); input read up to"
            f" index {next_index}; cause: {cause}"
            if self.missing
            else f"no text embedded from index {next_index} on; cause: {cause!r}"
        )

    def completed(self, index: int) -> bool:
        """Whether the text at ``index`` was embedded (yielded) before the run stopped."""
        return index < self.next_index and index not in self._missing


class MissingExtraError(ModuleNotFoundError):
    """An optional extra is not installed; the message names the ``pip install`` that adds it.

    A ``ModuleNotFoundError`` (so an ``ImportError``), as the bare one it replaces was.
    """

    def __init__(self, feature: str, extra: str, missing: str | None = None) -> None:
        super().__init__(
            f"{feature} needs the {extra!r} extra: pip install 'esinference[{extra}]'"
            + (f" (module {missing!r} is not installed)" if missing else ""),
            name=missing,
        )
        self.extra = extra

    @classmethod
    @contextmanager
    def unless_installed(cls, feature: str, extra: str) -> Iterator[None]:
        """Turn a module missing inside the ``with`` block into this error, cause chained."""
        try:
            yield
        except ModuleNotFoundError as exc:
            if isinstance(exc, cls):
                raise
            raise cls(feature, extra, exc.name) from exc


HTTP_EXCEPTIONS: dict[int, type[ApiError]] = {
    400: BadRequestError,
    401: AuthenticationException,
    403: AuthorizationException,
    404: NotFoundError,
    409: ConflictError,
}

# What an error status means when the body does not say (empty, or a proxy's HTML page), and
# what to do about it.
STATUS_MEANINGS: dict[int, str] = {
    400: "the server refused the request as malformed",
    401: "authentication failed — check api_key, basic_auth or bearer_auth",
    403: "the credentials lack a privilege this call needs",
    404: "nothing at this path — check the URL (a proxy, or a server that is not"
    " Elasticsearch, answers so)",
    405: "this method is not allowed on this path — check that the URL is Elasticsearch's",
    408: "the server gave up waiting for the request",
    413: "the request body is larger than the server accepts (http.max_content_length)"
    " — send fewer inputs per request",
    429: "too many requests: the server or the provider behind it is rate-limiting — retry later",
    500: "the server failed while handling the request",
    502: "a proxy could not get an answer from Elasticsearch — retry later",
    503: "the server (or a proxy in front of it) is unavailable — retry later",
    504: "a proxy timed out waiting for Elasticsearch — retry later, or raise its timeout",
}
# How much of a body that is not JSON an error message quotes (an HTML page can be 100 kB).
QUOTED_BODY_LIMIT = 200


def status_message(status: int, text: str | None, mimetype: str | None) -> str:
    """The message of an error answer whose body is empty or not JSON: the status, what it
    means, and the start of the body, so that a proxy's page reads as what it is."""
    meaning = STATUS_MEANINGS.get(status)
    if meaning is None:
        try:
            meaning = HTTPStatus(status).phrase
        except ValueError:
            meaning = "an error status"
    if not text:
        return f"HTTP {status} with an empty body: {meaning}"
    quoted = " ".join(text.split())
    if len(quoted) > QUOTED_BODY_LIMIT:
        quoted = f"{quoted[:QUOTED_BODY_LIMIT]}… ({len(text)} characters)"
    return f"HTTP {status} with a {mimetype or 'non-JSON'} body: {meaning}: {quoted}"


def _public_names() -> None:
    """Name each class by its public place: a traceback reads ``esinference.ConnectionError``,
    not the private module that defines it (every one is importable from ``esinference``)."""
    for name in __all__:
        value = globals()[name]
        if isinstance(value, type):
            value.__module__ = "esinference"


_public_names()
