"""Uses the public API the way an application does; checked with ``mypy --strict``, never run.

Lines ending in ``# type: ignore[...]`` are deliberate mistakes the type checker must catch:
with ``warn_unused_ignores`` (part of --strict), an ignore that is not needed fails the check.
"""

from __future__ import annotations

from typing import Any

import esinference
from esinference import AsyncClient, Client, NotFoundError, ObjectApiResponse


def sync_usage() -> None:
    with Client("http://localhost:9200", api_key=("id", "secret")) as client:
        client.inference.put_openai(
            task_type="text_embedding",
            openai_inference_id="openai-embeddings",
            service="openai",
            service_settings={"api_key": "sk-...", "model_id": "text-embedding-3-small"},
        )
        resp: ObjectApiResponse[Any] = client.inference.text_embedding(
            inference_id="openai-embeddings", input=["a", "b"], timeout="30s"
        )
        status: int = resp.meta.status
        vectors = resp["text_embedding"]
        print(status, vectors, resp.body)
        client.inference.rerank(inference_id="r", input=["x"], query="q", top_n=1)
        client.inference.delete(inference_id="openai-embeddings", force=True)
        client.inference.get(task_type="sparse_embedding", inference_id="elser")
        client.options(request_timeout=60, ignore_status=404).inference.get()
        try:
            client.inference.get(inference_id="missing")
        except NotFoundError as exc:
            print(exc.status_code, exc.body)

        # Deliberate mistakes:
        client.inference.put_elser(  # a task type ELSER does not support
            task_type="completion",  # type: ignore[arg-type]
            elser_inference_id="x",
            service="elser",
            service_settings={},
        )
        client.inference.put_cohere(  # the wrong service literal
            task_type="rerank",
            cohere_inference_id="x",
            service="openai",  # type: ignore[arg-type]
            service_settings={},
        )
        client.inference.text_embedding(inference_id="x", input=[1, 2])  # type: ignore[list-item]
        client.inference.rerank(inference_id="r", input=["x"], query="q", top_n="1")  # type: ignore[arg-type]
        client.inference.get("positional")  # type: ignore[misc]
        client.inference.delete(inference_id="x", forse=True)  # type: ignore[call-arg]


async def async_usage() -> None:
    async with esinference.AsyncClient("http://localhost:9200") as client:
        resp = await client.inference.sparse_embedding(inference_id="elser", input="text")
        print(resp["sparse_embedding"])
        await client.inference.update(inference_id="x", inference_config={"task_settings": {}})
        not_awaited = client.inference.get()
        print(not_awaited.body)  # type: ignore[attr-defined]
        await not_awaited


def make_async() -> AsyncClient:
    return AsyncClient(["http://node1:9200", "http://node2:9200"], request_timeout=5.0)
