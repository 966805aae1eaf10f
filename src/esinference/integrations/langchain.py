"""LangChain components over Elasticsearch inference endpoints (``esinference[langchain]``).

::

    from esinference import Client
    from esinference.integrations.langchain import ChatElasticInference

    chat = ChatElasticInference(client=Client(url, api_key=key), inference_id="my-chat")
    for chunk in chat.stream("Hello"):
        print(chunk.content, end="")

``ElasticInferenceEmbeddings`` (text_embedding or embedding), ``ElasticInferenceRerank``
(rerank) and ``ChatElasticInference`` (chat_completion) each take ``inference_id=`` and
``client=``, an ``async_client=`` for the async methods, or both. Without an async client the
async methods run the sync client in a thread, as LangChain's defaults do. Errors are
esinference's own exceptions (``NotFoundError``, ``ConnectionError``...).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator, Sequence
from typing import Any

from ..errors import MissingExtraError

# Without the extra, say which one to install rather than which module is missing.
with MissingExtraError.unless_installed("esinference.integrations.langchain", "langchain"):
    from langchain_core.callbacks import (
        AsyncCallbackManagerForLLMRun,
        CallbackManagerForLLMRun,
        Callbacks,
    )
    from langchain_core.documents import BaseDocumentCompressor, Document
    from langchain_core.embeddings import Embeddings
    from langchain_core.language_models import LangSmithParams, LanguageModelInput
    from langchain_core.language_models.chat_models import (
        BaseChatModel,
        agenerate_from_stream,
        generate_from_stream,
    )
    from langchain_core.messages import AIMessage, AIMessageChunk, BaseMessage
    from langchain_core.messages import convert_to_openai_messages as openai_messages
    from langchain_core.messages.ai import UsageMetadata
    from langchain_core.messages.tool import tool_call_chunk
    from langchain_core.outputs import ChatGenerationChunk, ChatResult
    from langchain_core.runnables import Runnable
    from langchain_core.tools import BaseTool
    from langchain_core.utils.function_calling import convert_to_openai_tool
    from pydantic import Field

    from . import _chat, _common
    from ._fields import EmbeddingFields, InferenceFields

__all__ = ["ChatElasticInference", "ElasticInferenceEmbeddings", "ElasticInferenceRerank"]


class ElasticInferenceEmbeddings(EmbeddingFields, Embeddings):
    """``Embeddings`` over a ``text_embedding`` or ``embedding`` endpoint.

    Documents are embedded with ``input_type="ingest"`` and queries with ``"search"`` when the
    endpoint's service takes an input type; ``use_input_type`` forces it on or off. The
    endpoint's service and task type are looked up once unless given. Lists longer than
    ``batch_size`` go through ``esinference.helpers.embed`` in batches.
    """

    batch_size: int = Field(default=100, ge=1, description="Texts per request for long lists")

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return _common.embed_as(self._endpoint(), texts, "document", **self._embed_options())

    def embed_query(self, text: str) -> list[float]:
        return _common.embed_as(self._endpoint(), [text], "query", **self._embed_options())[0]

    async def aembed_documents(self, texts: list[str]) -> list[list[float]]:
        if self.async_client is None:
            return await super().aembed_documents(texts)
        options = self._embed_options()
        return await _common.aembed_as(self._endpoint(), texts, "document", **options)

    async def aembed_query(self, text: str) -> list[float]:
        if self.async_client is None:
            return await super().aembed_query(text)
        options = self._embed_options()
        return (await _common.aembed_as(self._endpoint(), [text], "query", **options))[0]

    def _embed_options(self) -> dict[str, Any]:
        return {**super()._embed_options(), "batch_size": self.batch_size}


class ElasticInferenceRerank(InferenceFields, BaseDocumentCompressor):
    """A document compressor over a ``rerank`` endpoint: the ``top_n`` best, best first.

    Each returned document is a copy whose metadata gains ``relevance_score``.
    """

    top_n: int | None = Field(default=3, description="Documents to keep; None keeps them all")

    def compress_documents(
        self, documents: Sequence[Document], query: str, callbacks: Callbacks | None = None
    ) -> Sequence[Document]:
        texts = [d.page_content for d in documents]
        return _scored(documents, _common.rerank(self._endpoint(), query, texts, self.top_n))

    async def acompress_documents(
        self, documents: Sequence[Document], query: str, callbacks: Callbacks | None = None
    ) -> Sequence[Document]:
        if self.async_client is None:
            return await super().acompress_documents(documents, query, callbacks)
        texts = [d.page_content for d in documents]
        ranking = await _common.arerank(self._endpoint(), query, texts, self.top_n)
        return _scored(documents, ranking)


def _scored(documents: Sequence[Document], ranking: list[tuple[int, float]]) -> list[Document]:
    return [
        documents[index].model_copy(
            update={"metadata": {**documents[index].metadata, "relevance_score": score}}
        )
        for index, score in ranking
    ]


# Per-call options ``_stream`` accepts (from ``bind()``/``bind_tools()`` or invoke kwargs).
_CALL_OPTIONS = frozenset(
    {"tools", "tool_choice", "model", "temperature", "top_p", "max_completion_tokens"}
)


class ChatElasticInference(InferenceFields, BaseChatModel):
    """A chat model over a ``chat_completion`` endpoint (``chat_completion_unified``).

    Streams chunk by chunk; tool calls, finish reasons and token usage are reported the
    LangChain way. Options set here can be overridden per call (``invoke(..., temperature=0)``).
    """

    model: str | None = Field(default=None, description="Model to ask for; None: the endpoint's")
    temperature: float | None = None
    top_p: float | None = None
    max_completion_tokens: int | None = Field(default=None, alias="max_tokens")
    stop: list[str] | None = Field(default=None, alias="stop_sequences")

    @property
    def _llm_type(self) -> str:
        return "elastic-inference-chat"

    @property
    def _identifying_params(self) -> dict[str, Any]:
        return {"inference_id": self.inference_id, "model": self.model}

    def _get_ls_params(self, stop: list[str] | None = None, **kwargs: Any) -> LangSmithParams:
        model = kwargs.get("model") or self.model or self.inference_id
        params = LangSmithParams(ls_provider="elastic", ls_model_name=model, ls_model_type="chat")
        temperature = kwargs.get("temperature", self.temperature)
        if temperature is not None:
            params["ls_temperature"] = temperature
        max_tokens = kwargs.get("max_completion_tokens", self.max_completion_tokens)
        if max_tokens is not None:
            params["ls_max_tokens"] = max_tokens
        if stop or self.stop:
            params["ls_stop"] = stop or self.stop
        return params

    def bind_tools(
        self,
        tools: Sequence[dict[str, Any] | type | Callable[..., Any] | BaseTool],
        *,
        tool_choice: str | bool | dict[str, Any] | None = None,
        **kwargs: Any,
    ) -> Runnable[LanguageModelInput, AIMessage]:
        """Offer ``tools``; ``tool_choice``: a tool name, ``"auto"``, ``"any"`` or ``"none"``."""
        formatted = [convert_to_openai_tool(tool) for tool in tools]
        if tool_choice is not None:
            kwargs["tool_choice"] = tool_choice
        return super().bind(tools=formatted, **kwargs)

    def _generate(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> ChatResult:
        return generate_from_stream(self._stream(messages, stop, run_manager, **kwargs))

    async def _agenerate(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: AsyncCallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> ChatResult:
        return await agenerate_from_stream(self._astream(messages, stop, run_manager, **kwargs))

    def _stream(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> Iterator[ChatGenerationChunk]:
        request = openai_messages(messages)
        for delta in _chat.stream_chat(self._endpoint(), request, self._options(stop, kwargs)):
            chunk = _generation_chunk(delta)
            if run_manager is not None:
                run_manager.on_llm_new_token(chunk.text, chunk=chunk)
            yield chunk

    async def _astream(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: AsyncCallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> AsyncIterator[ChatGenerationChunk]:
        if self.async_client is None:  # LangChain's default: the sync stream in a thread
            async for chunk in super()._astream(messages, stop, run_manager, **kwargs):
                yield chunk
            return
        options = self._options(stop, kwargs)
        request = openai_messages(messages)
        async for delta in _chat.astream_chat(self._endpoint(), request, options):
            chunk = _generation_chunk(delta)
            if run_manager is not None:
                await run_manager.on_llm_new_token(chunk.text, chunk=chunk)
            yield chunk

    def _options(self, stop: list[str] | None, kwargs: dict[str, Any]) -> dict[str, Any]:
        unknown = sorted(k for k in kwargs if k not in _CALL_OPTIONS)
        if unknown:
            raise TypeError(f"{type(self).__name__} got unexpected options: {unknown}")
        defaults = {
            "model": self.model,
            "temperature": self.temperature,
            "top_p": self.top_p,
            "max_completion_tokens": self.max_completion_tokens,
        }
        return _chat.chat_options(**{**defaults, **kwargs, "stop": stop or self.stop or None})


def _generation_chunk(delta: _chat.ChatDelta) -> ChatGenerationChunk:
    """One LangChain chunk per streamed delta (usage and finish reason on the chunks that say)."""
    metadata: dict[str, Any] = {}
    if delta.finish_reason is not None:  # once: LangChain concatenates metadata strings
        metadata["finish_reason"] = delta.finish_reason
        if delta.model is not None:
            metadata["model_name"] = delta.model
    usage = None
    if delta.usage is not None:
        # The details keys are NotRequired, imported from typing: mypy at 3.10 does not see that.
        usage = UsageMetadata(  # type: ignore[typeddict-item]
            input_tokens=delta.usage.input_tokens,
            output_tokens=delta.usage.output_tokens,
            total_tokens=delta.usage.total_tokens,
        )
    message = AIMessageChunk(
        content=delta.content,
        tool_call_chunks=[
            tool_call_chunk(name=p.name, args=p.arguments, id=p.id, index=p.index)
            for p in delta.tool_calls
        ],
        usage_metadata=usage,
        response_metadata=metadata,
        id=delta.id,
    )
    return ChatGenerationChunk(message=message)
