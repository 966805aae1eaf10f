"""The fake completion and chat models' streamed answers, as SSE events (framed by ``http.sse``).

Deterministic: the same request always streams the same words, ids and usage.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from typing import Any

from ..http.errors import JsonObject
from ..http.sse import DONE, event
from . import models, tools


def completion_events(text: str) -> Iterator[bytes]:
    """stream_completion: one ``{"completion":[{"delta": ...}]}`` event per word, then [DONE]."""
    for delta in models.completion_deltas(text):
        yield event({"completion": [{"delta": delta}]})
    yield DONE


def chat_events(request: JsonObject, default_model: str) -> Iterator[bytes]:
    """chat_completion_unified: OpenAI-style chunks, a usage chunk, then [DONE].

    A tool call is made as ``tools.tool_call`` decides (forced by ``tool_choice``, or
    a tool the user's last message names, with arguments fitting its schema); otherwise the
    deterministic answer to the last user message is streamed word by word, cut at the first
    ``stop`` string and at ``max_completion_tokens`` words (finish_reason ``length``).
    """
    messages = request.get("messages") or []
    prompt = next(
        (
            models.message_text(m)
            for m in reversed(messages)
            if isinstance(m, dict) and m.get("role") == "user"
        ),
        "",
    )
    model = str(request.get("model") or default_model)
    chunk_id = (
        "chatcmpl-" + hashlib.sha256(json.dumps(request, sort_keys=True).encode()).hexdigest()[:24]
    )
    prompt_tokens = sum(len(models.tokens(models.message_text(m))) for m in messages)

    def chunk(choices: list[JsonObject], **extra: Any) -> bytes:
        body: JsonObject = {"id": chunk_id, "choices": choices, "model": model}
        body["object"] = "chat.completion.chunk"
        body.update(extra)
        return event(body)

    tool_call = tools.tool_call(request, messages, prompt)
    if tool_call is not None:
        yield chunk([{"delta": {"role": "assistant", "tool_calls": [tool_call]}, "index": 0}])
        yield chunk([{"delta": {}, "finish_reason": "tool_calls", "index": 0}])
        completion_tokens = 1
    else:
        deltas, finish_reason = _answer(request, prompt)
        for position, delta in enumerate(deltas):
            content: JsonObject = {"content": delta, "role": "assistant"}
            if position:
                content = {"content": delta}
            yield chunk([{"delta": content, "index": 0}])
        yield chunk([{"delta": {}, "finish_reason": finish_reason, "index": 0}])
        completion_tokens = len(deltas)
    usage = {
        "completion_tokens": completion_tokens,
        "prompt_tokens": prompt_tokens,
        "total_tokens": completion_tokens + prompt_tokens,
    }
    yield chunk([], usage=usage)
    yield DONE


def _answer(request: JsonObject, prompt: str) -> tuple[list[str], str]:
    text = models.completion_text(prompt)
    for stop in request.get("stop") or []:
        if isinstance(stop, str) and stop and stop in text:
            text = text[: text.index(stop)]
    deltas = models.completion_deltas(text)
    limit = request.get("max_completion_tokens")
    if isinstance(limit, int) and 0 <= limit < len(deltas):
        return deltas[:limit], "length"
    return deltas, "stop"
