"""The request and response records passed between the HTTP layer and the application."""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import unquote

from .errors import EsError, illegal_argument
from .pretty import pretty as pretty_json


@dataclass(frozen=True)
class ApiRequest:
    """One parsed HTTP request as the handlers see it."""

    method: str
    path: str  # decoded path, without the query string
    query: Mapping[str, str]  # last value of each query parameter
    headers: Mapping[str, str]  # lower-cased names
    body: bytes
    path_params: Mapping[str, str] = field(default_factory=dict)
    target: str = ""  # the request line's target, query included (error messages quote it)

    def flag(self, name: str) -> bool:
        """A boolean query parameter as ES parses it (``?pretty`` alone means true)."""
        value = self.query.get(name)
        if value is None:
            return False
        if value in ("", "true"):
            return True
        if value == "false":
            return False
        raise illegal_argument(
            f"Failed to parse value [{value}] as only [true] or [false] are allowed."
        )


@dataclass
class ApiResponse:
    """A complete JSON answer, or a stream of SSE events when ``events`` is set."""

    status: int = 200
    body: Any = None  # JSON value, serialised by the HTTP layer
    headers: list[tuple[str, str]] = field(default_factory=list)
    # text/event-stream: one item per event; None aborts the connection there (a fault)
    events: Iterator[bytes | None] | None = None
    raw: bytes | None = None  # pre-encoded body (HEAD, SSE error bodies)
    content_type: str | None = None
    unified: bool = False  # chat_completion stream: errors use the unified format


def error_response(error: EsError, *, error_trace: bool = False) -> ApiResponse:
    return ApiResponse(
        status=error.status,
        body=error.to_body(error_trace=error_trace),
        headers=list(error.headers),
    )


def dumps(value: Any, *, pretty: bool = False) -> bytes:
    """Compact JSON as ES writes it; ``pretty`` as ES prints it (``http.pretty``)."""
    if pretty:
        return pretty_json(value).encode()
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False).encode()


def split_path(path: str) -> list[str]:
    """Path segments, each percent-decoded after splitting (so %2F stays inside an id)."""
    return [unquote(s) for s in path.strip("/").split("/")] if path.strip("/") else []
