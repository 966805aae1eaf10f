"""LlamaIndex components over Elasticsearch inference endpoints (``esinference[llamaindex]``).

::

    from esinference import Client
    from esinference.integrations.llamaindex import ElasticInferenceLLM

    llm = ElasticInferenceLLM(client=Client(url, api_key=key), inference_id="my-chat")
    for response in llm.stream_complete("Hello"):
        print(response.delta, end="")

``ElasticInferenceEmbedding`` (text_embedding or embedding), ``ElasticInferenceRerank`` (a node
postprocessor over rerank) and ``ElasticInferenceLLM`` (a function-calling LLM over
chat_completion) each take ``inference_id=`` and ``client=`` for the sync methods,
``async_client=`` for the async ones, or both. Errors are esinference's own exceptions.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Iterator, Sequence
from typing import TYPE_CHECKING, Any

from ..errors import MissingExtraError

# Without the extra, say which one to install rather than which module is missing.
with MissingExtraError.unless_installed("esinference.integrations.llamaindex", "llamaindex"):
    from llama_index.core.base.embeddings.base import BaseEmbedding
    from llama_index.core.base.llms.generic_utils import (
        achat_to_completion_decorator,
        astream_chat_to_completion_decorator,
        chat_to_completion_decorator,
        stream_chat_to_completion_decorator,
    )
    from llama_index.core.base.llms.types import (
        ChatMessage,
        ChatResponse,
        ChatResponseAsyncGen,
        ChatResponseGen,
        CompletionResponse,
        CompletionResponseAsyncGen,
        CompletionResponseGen,
        ContentBlock,
        LLMMetadata,
        MessageRole,
        TextBlock,
        ToolCallBlock,
    )
    from llama_index.core.constants import DEFAULT_CONTEXT_WINDOW
    from llama_index.core.llms.callbacks import llm_chat_callback, llm_completion_callback
    from llama_index.core.llms.function_calling import FunctionCallingLLM
    from llama_index.core.llms.llm import ToolSelection
    from llama_index.core.postprocessor.types import BaseNodePostprocessor
    from llama_index.core.schema import MetadataMode, NodeWithScore, QueryBundle
    from pydantic import Field, model_validator

    from . import _chat, _common
    from ._fields import EmbeddingFields, InferenceFields

if TYPE_CHECKING:
    from llama_index.core.tools.types import BaseTool

__all__ = ["ElasticInferenceEmbedding", "ElasticInferenceLLM", "ElasticInferenceRerank"]


class ElasticInferenceEmbedding(EmbeddingFields, BaseEmbedding):
    """``BaseEmbedding`` over a ``text_embedding`` or ``embedding`` endpoint.

    Texts are embedded with ``input_type="ingest"`` and queries with ``"search"`` when the
    endpoint's service takes an input type; ``use_input_type`` forces it on or off. The
    endpoint's service and task type are looked up once unless given. ``embed_batch_size``
    texts go in one request.
    """

    embed_batch_size: int = Field(default=100, gt=0, le=10_000)

    @classmethod
    def class_name(cls) -> str:
        return "ElasticInferenceEmbedding"

    @model_validator(mode="after")
    def _name_the_model(self) -> ElasticInferenceEmbedding:
        if self.model_name == "unknown":  # BaseEmbedding's default; LlamaIndex shows and keys on it
            self.model_name = self.inference_id
        return self

    def _get_query_embedding(self, query: str) -> list[float]:
        return self._embed([query], "query")[0]

    def _get_text_embedding(self, text: str) -> list[float]:
        return self._embed([text], "document")[0]

    def _get_text_embeddings(self, texts: list[str]) -> list[list[float]]:
        return self._embed(texts, "document")

    async def _aget_query_embedding(self, query: str) -> list[float]:
        return (await self._aembed([query], "query"))[0]

    async def _aget_text_embedding(self, text: str) -> list[float]:
        return (await self._aembed([text], "document"))[0]

    async def _aget_text_embeddings(self, texts: list[str]) -> list[list[float]]:
        return await self._aembed(texts, "document")

    def _embed(self, texts: list[str], role: _common.Role) -> list[list[float]]:
        options = self._embed_options()
        return _common.embed_as(
            self._endpoint(), texts, role, batch_size=self.embed_batch_size, **options
        )

    async def _aembed(self, texts: list[str], role: _common.Role) -> list[list[float]]:
        options = self._embed_options()
        return await _common.aembed_as(
            self._endpoint(), texts, role, batch_size=self.embed_batch_size, **options
        )


class ElasticInferenceRerank(InferenceFields, BaseNodePostprocessor):
    """A node postprocessor over a ``rerank`` endpoint: the ``top_n`` best nodes, best first.

    Each node's score becomes the endpoint's relevance score.
    """

    top_n: int | None = Field(default=3, description="Nodes to keep; None keeps them all")

    @classmethod
    def class_name(cls) -> str:
        return "ElasticInferenceRerank"

    def _postprocess_nodes(
        self, nodes: list[NodeWithScore], query_bundle: QueryBundle | None = None
    ) -> list[NodeWithScore]:
        query, texts = _rerank_input(nodes, query_bundle)
        return _rescored(nodes, _common.rerank(self._endpoint(), query, texts, self.top_n))

    async def _apostprocess_nodes(
        self, nodes: list[NodeWithScore], query_bundle: QueryBundle | None = None
    ) -> list[NodeWithScore]:
        query, texts = _rerank_input(nodes, query_bundle)
        ranking = await _common.arerank(self._endpoint(), query, texts, self.top_n)
        return _rescored(nodes, ranking)


def _rerank_input(
    nodes: list[NodeWithScore], query_bundle: QueryBundle | None
) -> tuple[str, list[str]]:
    if query_bundle is None:
        raise ValueError("ElasticInferenceRerank needs a query (query_bundle or query_str)")
    texts = [n.node.get_content(metadata_mode=MetadataMode.EMBED) for n in nodes]
    return query_bundle.query_str, texts


def _rescored(nodes: list[NodeWithScore], ranking: list[tuple[int, float]]) -> list[NodeWithScore]:
    return [NodeWithScore(node=nodes[index].node, score=score) for index, score in ranking]


class ElasticInferenceLLM(InferenceFields, FunctionCallingLLM):
    """A function-calling chat LLM over a ``chat_completion`` endpoint.

    ``stream_chat`` yields a response per streamed chunk (``delta`` is the new text);
    completions are chats of one user message. Tool calls arrive as ``ToolCallBlock`` blocks
    (and, as OpenAI-style dicts, in ``additional_kwargs["tool_calls"]``).
    """

    model: str | None = Field(default=None, description="Model to ask for; None: the endpoint's")
    temperature: float | None = None
    top_p: float | None = None
    max_completion_tokens: int | None = Field(default=None, alias="max_tokens")
    stop: list[str] | None = None
    context_window: int = Field(default=DEFAULT_CONTEXT_WINDOW, gt=0)

    @classmethod
    def class_name(cls) -> str:
        return "ElasticInferenceLLM"

    @property
    def metadata(self) -> LLMMetadata:
        return LLMMetadata(
            context_window=self.context_window,
            num_output=self.max_completion_tokens or -1,
            is_chat_model=True,
            is_function_calling_model=True,
            model_name=self.model or self.inference_id,
        )

    @llm_chat_callback()
    def chat(self, messages: Sequence[ChatMessage], **kwargs: Any) -> ChatResponse:
        answer = _chat.ChatAnswer()
        for delta in _chat.stream_chat(
            self._endpoint(), _messages(messages), self._options(kwargs)
        ):
            answer.add(delta)
        return _response(answer, "")

    @llm_chat_callback()
    def stream_chat(self, messages: Sequence[ChatMessage], **kwargs: Any) -> ChatResponseGen:
        deltas = _chat.stream_chat(self._endpoint(), _messages(messages), self._options(kwargs))
        return _responses(deltas)

    @llm_chat_callback()
    async def achat(self, messages: Sequence[ChatMessage], **kwargs: Any) -> ChatResponse:
        answer = _chat.ChatAnswer()
        request, options = _messages(messages), self._options(kwargs)
        async for delta in _chat.astream_chat(self._endpoint(), request, options):
            answer.add(delta)
        return _response(answer, "")

    @llm_chat_callback()
    async def astream_chat(
        self, messages: Sequence[ChatMessage], **kwargs: Any
    ) -> ChatResponseAsyncGen:
        request, options = _messages(messages), self._options(kwargs)
        return _aresponses(_chat.astream_chat(self._endpoint(), request, options))

    @llm_completion_callback()
    def complete(self, prompt: str, formatted: bool = False, **kwargs: Any) -> CompletionResponse:
        return chat_to_completion_decorator(self.chat)(prompt, **kwargs)

    @llm_completion_callback()
    def stream_complete(
        self, prompt: str, formatted: bool = False, **kwargs: Any
    ) -> CompletionResponseGen:
        return stream_chat_to_completion_decorator(self.stream_chat)(prompt, **kwargs)

    @llm_completion_callback()
    async def acomplete(
        self, prompt: str, formatted: bool = False, **kwargs: Any
    ) -> CompletionResponse:
        return await achat_to_completion_decorator(self.achat)(prompt, **kwargs)

    @llm_completion_callback()
    async def astream_complete(
        self, prompt: str, formatted: bool = False, **kwargs: Any
    ) -> CompletionResponseAsyncGen:
        return await astream_chat_to_completion_decorator(self.astream_chat)(prompt, **kwargs)

    def _prepare_chat_with_tools(
        self,
        tools: Sequence[BaseTool],
        user_msg: str | ChatMessage | None = None,
        chat_history: list[ChatMessage] | None = None,
        verbose: bool = False,
        allow_parallel_tool_calls: bool = False,
        tool_required: bool = False,
        **kwargs: Any,
    ) -> dict[str, Any]:
        messages = list(chat_history or [])
        if isinstance(user_msg, str):
            user_msg = ChatMessage(role=MessageRole.USER, content=user_msg)
        if user_msg is not None:
            messages.append(user_msg)
        return {
            "messages": messages,
            "tools": [tool.metadata.to_openai_tool() for tool in tools] or None,
            "tool_choice": "required" if tool_required and tools else None,
            **kwargs,
        }

    def get_tool_calls_from_response(
        self, response: ChatResponse, error_on_no_tool_call: bool = True, **kwargs: Any
    ) -> list[ToolSelection]:
        selections = [
            ToolSelection(
                tool_id=block.tool_call_id or "",
                tool_name=block.tool_name,
                tool_kwargs=(
                    _chat.arguments_dict(block.tool_kwargs)
                    if isinstance(block.tool_kwargs, str)
                    else block.tool_kwargs
                ),
            )
            for block in response.message.blocks
            if isinstance(block, ToolCallBlock)
        ]
        if not selections and error_on_no_tool_call:
            raise ValueError(f"expected at least one tool call in {response.message!r}")
        return selections

    def _options(self, kwargs: dict[str, Any]) -> dict[str, Any]:
        defaults = {
            "model": self.model,
            "temperature": self.temperature,
            "top_p": self.top_p,
            "max_completion_tokens": self.max_completion_tokens,
            "stop": self.stop or None,
        }
        return _chat.chat_options(**{**defaults, **kwargs})


# LlamaIndex's names for roles that the unified API calls otherwise.
_ROLES = {"chatbot": "assistant", "model": "assistant", "function": "tool"}


def _messages(messages: Sequence[ChatMessage]) -> list[dict[str, Any]]:
    """LlamaIndex messages as OpenAI-style dicts (tool calls and tool results included)."""
    return [_message(m) for m in messages]


def _message(message: ChatMessage) -> dict[str, Any]:
    calls = [
        _chat.openai_tool_call(
            block.tool_call_id or "",
            block.tool_name,
            (
                block.tool_kwargs
                if isinstance(block.tool_kwargs, str)
                else json.dumps(block.tool_kwargs)
            ),
        )
        for block in message.blocks
        if isinstance(block, ToolCallBlock)
    ]
    return {
        "role": _ROLES.get(message.role.value, message.role.value),
        "content": message.content,
        "tool_calls": calls or message.additional_kwargs.get("tool_calls"),
        "tool_call_id": message.additional_kwargs.get("tool_call_id"),
    }


def _response(answer: _chat.ChatAnswer, delta: str) -> ChatResponse:
    """The answer so far as a ChatResponse; ``delta`` is what the last chunk added."""
    blocks: list[ContentBlock] = [TextBlock(text=answer.content)]
    blocks += [
        ToolCallBlock(tool_call_id=c.id, tool_name=c.name, tool_kwargs=c.parsed_arguments())
        for c in answer.tool_calls.values()
    ]
    extra: dict[str, Any] = {}
    if answer.tool_calls:
        extra["tool_calls"] = answer.openai_tool_calls()
    info: dict[str, Any] = {"finish_reason": answer.finish_reason, "model": answer.model}
    if answer.usage is not None:
        info.update(
            prompt_tokens=answer.usage.input_tokens,
            completion_tokens=answer.usage.output_tokens,
            total_tokens=answer.usage.total_tokens,
        )
    message = ChatMessage(role=MessageRole.ASSISTANT, blocks=blocks, additional_kwargs=extra)
    return ChatResponse(message=message, delta=delta, additional_kwargs=info)


def _responses(deltas: Iterator[_chat.ChatDelta]) -> ChatResponseGen:
    answer = _chat.ChatAnswer()
    for delta in deltas:
        answer.add(delta)
        yield _response(answer, delta.content)


async def _aresponses(deltas: AsyncIterator[_chat.ChatDelta]) -> ChatResponseAsyncGen:
    answer = _chat.ChatAnswer()
    async for delta in deltas:
        answer.add(delta)
        yield _response(answer, delta.content)
