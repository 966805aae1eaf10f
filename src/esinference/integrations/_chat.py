"""Chat over ``chat_completion_unified`` for both adapters: requests, chunks, whole answers.

Elasticsearch streams OpenAI-style chunks: ``choices[0].delta`` carries content and tool-call
fragments (an argument string arrives in pieces, keyed by the call's ``index``), a last chunk
carries ``usage``. The adapters turn ``ChatDelta`` values into their frameworks' chunks;
``ChatAnswer`` adds them up for the non-streaming calls.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from ._common import Endpoint

# The fields of a message that UnifiedCompletionRequest.Message parses; others are refused.
_MESSAGE_FIELDS = ("role", "content", "tool_call_id", "tool_calls")
_CHOICE_KEYWORDS = {"any": "required", "required": "required", "auto": "auto", "none": "none"}


@dataclass(frozen=True)
class ToolCallDelta:
    """A fragment of one tool call: ``index`` says which; later fragments extend ``arguments``."""

    index: int
    id: str | None = None
    name: str | None = None
    arguments: str = ""


@dataclass(frozen=True)
class Usage:
    input_tokens: int
    output_tokens: int
    total_tokens: int


@dataclass(frozen=True)
class ChatDelta:
    """What one streamed chunk adds to the answer."""

    content: str = ""
    tool_calls: tuple[ToolCallDelta, ...] = ()
    finish_reason: str | None = None
    usage: Usage | None = None
    model: str | None = None
    id: str | None = None


@dataclass
class ToolCall:
    id: str
    name: str
    arguments: str = ""

    def parsed_arguments(self) -> dict[str, Any]:
        return arguments_dict(self.arguments)


def arguments_dict(arguments: str) -> dict[str, Any]:
    """A tool call's JSON arguments as a dict; an empty or invalid string gives ``{}``."""
    try:
        value = json.loads(arguments or "{}")
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


@dataclass
class ChatAnswer:
    """A whole answer, added up from deltas."""

    content: str = ""
    tool_calls: dict[int, ToolCall] = field(default_factory=dict)
    finish_reason: str | None = None
    usage: Usage | None = None
    model: str | None = None
    id: str | None = None

    def add(self, delta: ChatDelta) -> None:
        self.content += delta.content
        for part in delta.tool_calls:
            call = self.tool_calls.setdefault(part.index, ToolCall(id="", name=""))
            call.id = part.id or call.id
            call.name = part.name or call.name
            call.arguments += part.arguments
        self.finish_reason = delta.finish_reason or self.finish_reason
        self.usage = delta.usage or self.usage
        self.model = delta.model or self.model
        self.id = delta.id or self.id

    def openai_tool_calls(self) -> list[dict[str, Any]]:
        """The tool calls in the request format, for an assistant message sent back later."""
        return [openai_tool_call(c.id, c.name, c.arguments) for c in self.tool_calls.values()]


def openai_tool_call(call_id: str, name: str, arguments: str) -> dict[str, Any]:
    return {"id": call_id, "type": "function", "function": {"name": name, "arguments": arguments}}


def request_message(message: Mapping[str, Any]) -> dict[str, Any]:
    """An OpenAI-style message reduced to the fields Elasticsearch accepts.

    An assistant message that only calls tools goes without ``content`` (LangChain gives ``""``).
    """
    kept = {k: message[k] for k in _MESSAGE_FIELDS if message.get(k) not in (None, [])}
    if kept.get("tool_calls") and kept.get("content") == "":
        del kept["content"]
    return kept


def tool_choice(choice: Any) -> Any:
    """The frameworks' tool choices in the unified API's terms.

    ``"any"``/``True`` force some tool (``required``); another string names the one to call.
    """
    if choice is None or isinstance(choice, dict):
        return choice
    if choice is True:
        return "required"
    if isinstance(choice, str):
        if choice in _CHOICE_KEYWORDS:
            return _CHOICE_KEYWORDS[choice]
        return {"type": "function", "function": {"name": choice}}
    raise ValueError(f"unsupported tool_choice: {choice!r}")


def parse_chunk(chunk: Mapping[str, Any]) -> ChatDelta:
    """The ``ChatDelta`` of one chunk; unknown or missing parts are left empty."""
    choices = chunk.get("choices")
    choice = choices[0] if isinstance(choices, list) and choices else {}
    delta = choice.get("delta") or {}
    content = delta.get("content")
    usage = chunk.get("usage")
    return ChatDelta(
        content=content if isinstance(content, str) else "",
        tool_calls=tuple(
            _tool_call_delta(p, i) for i, p in enumerate(delta.get("tool_calls") or [])
        ),
        finish_reason=choice.get("finish_reason"),
        usage=_usage(usage) if isinstance(usage, dict) else None,
        model=chunk.get("model"),
        id=chunk.get("id"),
    )


def _tool_call_delta(part: Mapping[str, Any], position: int) -> ToolCallDelta:
    function = part.get("function") or {}
    index = part.get("index")
    return ToolCallDelta(
        index=index if isinstance(index, int) else position,
        id=part.get("id"),
        name=function.get("name"),
        arguments=function.get("arguments") or "",
    )


def _usage(usage: Mapping[str, Any]) -> Usage:
    prompt = int(usage.get("prompt_tokens") or 0)
    completion = int(usage.get("completion_tokens") or 0)
    return Usage(prompt, completion, int(usage.get("total_tokens") or prompt + completion))


def stream_chat(
    endpoint: Endpoint, messages: Sequence[Mapping[str, Any]], options: Mapping[str, Any]
) -> Iterator[ChatDelta]:
    """Each chunk's delta as it arrives; the stream is closed however the caller stops."""
    with endpoint.client.inference.chat_completion_unified(
        inference_id=endpoint.inference_id,
        messages=[request_message(m) for m in messages],
        **options,
    ) as stream:
        for chunk in stream:
            yield parse_chunk(chunk)


async def astream_chat(
    endpoint: Endpoint, messages: Sequence[Mapping[str, Any]], options: Mapping[str, Any]
) -> AsyncIterator[ChatDelta]:
    """``stream_chat`` with the async client."""
    stream = await endpoint.async_client.inference.chat_completion_unified(
        inference_id=endpoint.inference_id,
        messages=[request_message(m) for m in messages],
        **options,
    )
    async with stream:
        async for chunk in stream:
            yield parse_chunk(chunk)


def chat_options(**options: Any) -> dict[str, Any]:
    """The keyword arguments of ``chat_completion_unified`` that are set (None: not sent)."""
    if "tool_choice" in options:
        options["tool_choice"] = tool_choice(options["tool_choice"])
    return {k: v for k, v in options.items() if v is not None}
