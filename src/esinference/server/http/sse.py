"""Server-Sent Events exactly as Elasticsearch frames them (ServerSentEventsRestActionListener).

Every event, not only the first, starts with a UTF-8 BOM:
``\\ufeffevent: message\\ndata: <compact json>\\n\\n``; a stream ends with a ``[DONE]`` event, or
with an ``event: error`` event and no ``[DONE]`` when it fails half way. What the events say is
the application's business (the fake answers are in ``server.fakes.chat``).
"""

from __future__ import annotations

import json
from typing import Any

from .errors import EsError, JsonObject
from .records import ApiResponse

BOM = "\ufeff"
CONTENT_TYPE = "text/event-stream"


def event(data: Any, name: str = "message") -> bytes:
    """One framed event; ``data`` is JSON-encoded unless it is already a string."""
    payload = data if isinstance(data, str) else json.dumps(data, separators=(",", ":"))
    return f"{BOM}event: {name}\ndata: {payload}\n\n".encode()


DONE = event("[DONE]")


def error_event(body: JsonObject) -> bytes:
    """An ``event: error`` carrying an error body (ES error JSON or the unified format)."""
    return event(body, name="error")


def sse_error(error: EsError, *, unified: bool) -> ApiResponse:
    """A failure before streaming: the error status, with one ``event: error`` as the body.

    ``unified``: the chat_completion APIs' error format instead of Elasticsearch's.
    """
    payload = error.unified_body() if unified else error.to_body()
    return ApiResponse(
        status=error.status,
        raw=error_event(payload),
        content_type=CONTENT_TYPE,
        headers=list(error.headers),
    )
