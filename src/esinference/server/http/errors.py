"""Elasticsearch-shaped errors: the exception every layer raises and the JSON it renders to.

Shape and ``error_trace`` behaviour follow RestResponse and
ElasticsearchException.generateFailureXContent:
``{"error": {"root_cause": [...], "type", "reason", ...}, "status"}``.
"""

from __future__ import annotations

from typing import Any

JsonObject = dict[str, Any]

# Java class names used to build a plausible `stack_trace` for ?error_trace=true.
_JAVA_CLASSES = {
    "status_exception": "org.elasticsearch.ElasticsearchStatusException",
    "resource_not_found_exception": "org.elasticsearch.ResourceNotFoundException",
    "resource_already_exists_exception": "org.elasticsearch.ResourceAlreadyExistsException",
    "action_request_validation_exception": (
        "org.elasticsearch.action.ActionRequestValidationException"
    ),
    "validation_exception": "org.elasticsearch.common.ValidationException",
    "x_content_parse_exception": "org.elasticsearch.xcontent.XContentParseException",
    "parse_exception": "org.elasticsearch.ElasticsearchParseException",
    "illegal_argument_exception": "java.lang.IllegalArgumentException",
    "security_exception": "org.elasticsearch.ElasticsearchSecurityException",
}


class EsError(Exception):
    """An error answer: HTTP status, Elasticsearch exception type and reason."""

    def __init__(
        self,
        status: int,
        error_type: str,
        reason: str,
        *,
        headers: tuple[tuple[str, str], ...] = (),
        extra: JsonObject | None = None,
        plain: bool = False,
    ) -> None:
        super().__init__(reason)
        self.status = status
        self.error_type = error_type
        self.reason = reason
        self.headers = headers
        self.extra = extra or {}
        # ``plain``: ES answers some REST-layer errors with a bare string ({"error": "...", ...}).
        self.plain = plain

    def to_body(self, *, error_trace: bool = False) -> JsonObject:
        """The response body ES would send for this error."""
        if self.plain:
            return {"error": self.reason, "status": self.status}
        cause: JsonObject = {"type": self.error_type, "reason": self.reason, **self.extra}
        # RestResponse: no stack trace for 401, it could leak information.
        if error_trace and self.status != 401:
            cause["stack_trace"] = self.stack_trace()
        # Root causes are rendered without their cause (ElasticsearchException.toXContent).
        root = {k: v for k, v in cause.items() if k != "caused_by"}
        return {"error": {"root_cause": [root], **cause}, "status": self.status}

    def stack_trace(self) -> str:
        java = _JAVA_CLASSES.get(self.error_type, "org.elasticsearch.ElasticsearchException")
        return (
            f"{java}: {self.reason}\n\tat esinference.server.LocalServer(local)"
            "\n\tat java.base/java.lang.Thread.run(Thread.java:1583)"
        )

    def unified_body(self) -> JsonObject:
        """UnifiedChatCompletionException format, used by the chat_completion _stream API."""
        return {
            "error": {
                "code": _STATUS_NAMES.get(self.status, "internal_server_error"),
                "message": self.reason,
                "type": self.error_type,
            }
        }


_STATUS_NAMES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    408: "request_timeout",
    409: "conflict",
    429: "too_many_requests",
    500: "internal_server_error",
    502: "bad_gateway",
    503: "service_unavailable",
    504: "gateway_timeout",
}


def status_exception(reason: str, status: int = 400) -> EsError:
    """ElasticsearchStatusException: the type of most inference errors."""
    return EsError(status, "status_exception", reason)


def validation_failed(
    messages: list[str], error_type: str = "action_request_validation_exception"
) -> EsError:
    """ActionRequestValidationException / ValidationException: `Validation Failed: 1: a;2: b;`."""
    listed = "".join(f"{i}: {m};" for i, m in enumerate(messages, start=1))
    return EsError(400, error_type, f"Validation Failed: {listed}")


def parse_error(reason: str) -> EsError:
    return EsError(400, "x_content_parse_exception", reason)


def illegal_argument(reason: str) -> EsError:
    return EsError(400, "illegal_argument_exception", reason)
