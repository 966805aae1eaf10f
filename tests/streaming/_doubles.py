"""Test doubles and Elasticsearch fixtures shared by the streaming tests."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from esinference._http_codec import api_error
from esinference.errors import ApiError
from esinference.response import ApiResponseMeta

BOM = "\ufeff"
NODE = "http://localhost:9200"


def es_event(data: str, event: str = "message") -> bytes:
    """One event exactly as Elasticsearch frames it (ServerSentEventsRestActionListener)."""
    return f"{BOM}event: {event}\ndata: {data}\n\n".encode()


def es_stream(*payloads: Any, done: bool = True) -> list[bytes]:
    """One chunk per event, each payload as compact JSON, then [DONE]."""
    chunks = [es_event(json.dumps(p, separators=(",", ":"))) for p in payloads]
    return [*chunks, es_event("[DONE]")] if done else chunks


# Verbatim from ServerSentEventsRestActionListenerTests (reference/errors.md).
ILLEGAL_STATE_ERROR = (
    '{"error":{"root_cause":[{"type":"illegal_state_exception","reason":"hello there",'
    '"caused_by":{"type":"illegal_state_exception","reason":"hello there"}}],'
    '"type":"illegal_state_exception","reason":"hello there"},"status":500}'
)
NOT_FOUND_ERROR = (
    '{"error":{"root_cause":[{"type":"resource_not_found_exception",'
    '"reason":"Inference endpoint not found [my-endpoint]"}],'
    '"type":"resource_not_found_exception",'
    '"reason":"Inference endpoint not found [my-endpoint]"},"status":404}'
)
CHAT_CHUNKS: list[dict[str, Any]] = [
    {
        "id": "chatcmpl-1",
        "choices": [{"delta": {"content": "Elastic", "role": "assistant"}, "index": 0}],
        "model": "gpt-4o-2024-08-06",
        "object": "chat.completion.chunk",
    },
    {
        "id": "chatcmpl-1",
        "choices": [{"delta": {"content": " is"}, "index": 0}],
        "model": "gpt-4o-2024-08-06",
        "object": "chat.completion.chunk",
    },
    {
        "id": "chatcmpl-1",
        "choices": [{"delta": {"content": " fast"}, "finish_reason": "stop", "index": 0}],
        "model": "gpt-4o-2024-08-06",
        "object": "chat.completion.chunk",
    },
    {
        "id": "chatcmpl-1",
        "choices": [],
        "model": "gpt-4o-2024-08-06",
        "object": "chat.completion.chunk",
        "usage": {"completion_tokens": 3, "prompt_tokens": 16, "total_tokens": 19},
    },
]


def es_error(status: int, body: Any, node: str) -> ApiError:
    """The client's error mapper (``api_error``) over a fake response's status and node."""
    return api_error(status, body, ApiResponseMeta(status, "1.1", {}, 0.0, node))


@dataclass
class FakeResponse:
    """An open streamed response over fixed chunks (both ByteStream and AsyncByteStream)."""

    chunks: list[bytes]
    status: int = 200
    headers: Mapping[str, str] = field(
        default_factory=lambda: {"content-type": "text/event-stream"}
    )
    node: str = NODE
    fail_with: Exception | None = None  # raised once the chunks are exhausted
    hang: bool = False  # async only: wait forever once the chunks are exhausted
    chunks_read: int = 0
    close_calls: int = 0

    @property
    def closed(self) -> bool:
        return self.close_calls > 0

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self.chunks:
            self.chunks_read += 1
            yield chunk
        if self.fail_with is not None:
            raise self.fail_with

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self.chunks:
            await asyncio.sleep(0)
            self.chunks_read += 1
            yield chunk
        if self.hang:
            await asyncio.Event().wait()
        if self.fail_with is not None:
            raise self.fail_with

    def close(self) -> None:
        self.close_calls += 1

    async def aclose(self) -> None:
        self.close_calls += 1
