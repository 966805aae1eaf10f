"""Uses the public API the way an application does; checked with ``mypy --strict`` and pyright.

Never run. Lines ending in ``# type: ignore[...]`` are deliberate mistakes both checkers must
catch: mypy's ``warn_unused_ignores`` (part of --strict) and pyright's
``reportUnnecessaryTypeIgnoreComment`` fail the check on an ignore that hides no error, so a
marked line that stops being an error fails too. Mypy also checks the error code in brackets.
"""

from __future__ import annotations

from typing import Literal

import esinference
from esinference import AsyncClient, Client, NotFoundError
from esinference.types import OpenAIServiceSettings


def sync_usage() -> None:
    with Client("http://localhost:9200", api_key=("id", "secret")) as client:
        settings: OpenAIServiceSettings = {"api_key": "sk-...", "model_id": "text-embedding-3"}
        info = client.inference.put_openai(
            task_type="text_embedding",
            openai_inference_id="openai-embeddings",
            service="openai",
            service_settings=settings,
            task_settings={"user": "me"},
            chunking_settings={"strategy": "sentence", "max_chunk_size": 200},
        )
        endpoint_id: str = info.body["inference_id"]
        resp = client.inference.text_embedding(inference_id=endpoint_id, input=["a", "b"])
        vector: list[float] = resp.embeddings[0]
        element_type: Literal["float", "byte", "bit"] = resp.element_type
        int8: list[list[int]] = resp.byte_embeddings if element_type == "byte" else []
        status: int = resp.meta.status
        print(vector, int8, status, resp["text_embedding"])
        if "text_embedding_bits" in resp.body:  # the body itself: a variant key after a check
            print(resp.body["text_embedding_bits"][0]["embedding"])
        ranked = client.inference.rerank(inference_id="r", input=["x"], query="q", top_n=1)
        # 9.5's object forms are TypedDicts: a misspelt key or an unknown type is caught.
        client.inference.rerank(
            inference_id="r",
            input=[{"type": "text", "value": "doc"}, {"type": "image", "value": "data:..."}],
            query={"type": "text", "format": "text", "value": "q"},
        )
        client.inference.rerank(inference_id="r", input={"type": "txt", "value": "d"}, query="q")  # type: ignore[arg-type]
        best: int = ranked.ranked[0]["index"]
        score: float = ranked.body["rerank"][0]["relevance_score"]
        sparse = client.inference.sparse_embedding(inference_id="elser", input="text")
        weights: dict[str, float] = sparse.sparse_embeddings[0]
        truncated: bool = sparse.body["sparse_embedding"][0]["is_truncated"]
        answer = client.inference.completion(inference_id="c", input="hi")
        story: str = answer.completions[0]
        generic = client.inference.inference(inference_id="e5", input="x", task_type="rerank")
        dense = client.inference.embedding(inference_id="jina", embedding={"input": ["x"]})
        image_vector: list[float] = dense.embeddings[0]
        print(image_vector, dense.element_type, dense.bit_embeddings)
        print(score, truncated, story, generic.embeddings, generic.ranked)
        done: bool = client.inference.delete(inference_id="x", force=True).body["acknowledged"]
        ids = [e["inference_id"] for e in client.inference.get().body["endpoints"]]
        print(best, weights, done, ids)
        client.options(request_timeout=60, ignore_status=404).inference.get()
        with client.inference.stream_completion(inference_id="c", input="hi") as stream:
            for chunk in stream:
                print(chunk["completion"])
        try:
            client.inference.get(inference_id="missing")
        except NotFoundError as exc:
            print(exc.status_code, exc.body)

        # Deliberate mistakes:
        client.inference.put_elser(  # a task type ELSER does not support
            task_type="completion",  # type: ignore[arg-type]
            elser_inference_id="x",
            service="elser",
            service_settings={"num_allocations": 1, "num_threads": 1},
        )
        client.inference.put_cohere(  # the wrong service literal
            task_type="rerank",
            cohere_inference_id="x",
            service="openai",  # type: ignore[arg-type]
            service_settings={"api_key": "k", "model_id": "m"},
        )
        client.inference.put_openai(  # a misspelt settings key
            task_type="completion",
            openai_inference_id="x",
            service="openai",
            service_settings={"api_kye": "k", "model_id": "m"},  # type: ignore[arg-type]
        )
        client.inference.put_mistral(  # a required setting left out
            task_type="completion",
            mistral_inference_id="x",
            service="mistral",
            service_settings={"api_key": "k"},  # type: ignore[arg-type]
        )
        client.inference.text_embedding(inference_id="x", input=[1, 2])  # type: ignore[list-item]
        client.inference.rerank(inference_id="r", input=["x"], query="q", top_n="1")  # type: ignore[arg-type]
        client.inference.delete(inference_id="x", forse=True)  # type: ignore[call-arg]
        image = {"type": "image", "format": "base64", "value": "data:image/png;base64,..."}
        client.inference.rerank(inference_id="r", input=[image, image], query=image)  # type: ignore[list-item, arg-type]
        text: str = resp.body["text_embedding"]  # type: ignore[assignment]
        floats: list[list[float]] = sparse.sparse_embeddings  # type: ignore[assignment]
        ints: list[list[int]] = resp.embeddings  # type: ignore[assignment]
        index: str = ranked.ranked[0]["index"]  # type: ignore[assignment]
        print(text, floats, ints, index)
        print(resp.embedings)  # type: ignore[attr-defined]
        body_copy = resp.copy()
        print(body_copy.get("text_embedding"))


async def async_usage() -> None:
    async with esinference.AsyncClient("http://localhost:9200") as client:
        resp = await client.inference.sparse_embedding(inference_id="elser", input="text")
        print(resp["sparse_embedding"])
        await client.inference.update(inference_id="x", inference_config={"task_settings": {}})
        await client.inference.embedding(
            inference_id="e",
            embedding={"input": [{"content": [{"type": "text", "value": "a"},
                                              {"type": "pdf", "value": "..."}]}, "b"]},
        )  # fmt: skip
        await client.inference.embedding(
            inference_id="e",
            embedding={"input": {"content": {"type": "gif", "value": "..."}}},  # type: ignore[arg-type]
        )
        async with await client.inference.chat_completion_unified(
            inference_id="chat", messages=[{"role": "user", "content": "Hi"}]
        ) as stream:
            async for chunk in stream:
                print(chunk)
        print(await (await client.inference.stream_completion(inference_id="c", input="x")).text())
        not_awaited = client.inference.get()
        print(not_awaited.body)  # type: ignore[attr-defined]
        await not_awaited


def make_async() -> AsyncClient:
    return AsyncClient(["http://node1:9200", "http://node2:9200"], request_timeout=5.0)
