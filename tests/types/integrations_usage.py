"""The framework adapters used the way an application does; checked with ``mypy --strict``.

Lines ending in ``# type: ignore[...]`` are deliberate mistakes the type checker must catch.
"""

from __future__ import annotations

from langchain_core.documents import Document
from langchain_core.embeddings import Embeddings
from langchain_core.language_models import BaseChatModel
from llama_index.core.base.embeddings.base import BaseEmbedding
from llama_index.core.llms.function_calling import FunctionCallingLLM

from esinference import AsyncClient, Client
from esinference.integrations.langchain import (
    ChatElasticInference,
    ElasticInferenceEmbeddings,
    ElasticInferenceRerank,
)
from esinference.integrations.llamaindex import (
    ElasticInferenceEmbedding,
    ElasticInferenceLLM,
)


def langchain_usage(client: Client, aclient: AsyncClient) -> None:
    embeddings: Embeddings = ElasticInferenceEmbeddings(client=client, inference_id="e5")
    vector: list[float] = embeddings.embed_query("q")
    chat: BaseChatModel = ChatElasticInference(
        client=client, async_client=aclient, inference_id="chat", temperature=0.1
    )
    print(vector, chat.invoke("hi").content)
    rerank = ElasticInferenceRerank(client=client, inference_id="rerank", top_n=2)
    kept = rerank.compress_documents([Document("a")], "q")
    print(kept[0].metadata["relevance_score"])
    ElasticInferenceRerank(client=client, inference_id="rerank", top_n="2")  # type: ignore[arg-type]
    ElasticInferenceEmbeddings(client=client, inference_id="e", task_type="embedding")
    ElasticInferenceEmbeddings(client=client, inference_id="e", task_type="rerank")  # type: ignore[arg-type]


def llamaindex_usage(client: Client) -> None:
    embedding: BaseEmbedding = ElasticInferenceEmbedding(client=client, inference_id="e5")
    llm: FunctionCallingLLM = ElasticInferenceLLM(client=client, inference_id="chat")
    print(embedding.get_query_embedding("q"), llm.complete("hi").text)
    ElasticInferenceLLM(client=client, inference_id=1)  # type: ignore[arg-type]
