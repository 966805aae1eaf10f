"""Typed readers of inference answers: each variant read with its own type, a clear error else."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest

from codegen.load import load_spec
from codegen.naming import ANSWER_READERS
from esinference import AsyncClient, Client, response
from esinference.response import (
    ApiResponseMeta,
    CompletionResponse,
    EmbeddingResponse,
    InferenceResponse,
    ObjectApiResponse,
    RerankResponse,
    SparseEmbeddingResponse,
    TextEmbeddingResponse,
)
from esinference.server import LocalServer
from esinference.types import CohereEmbeddingType

META = ApiResponseMeta(200, "1.1", {}, 0.0, "http://localhost:9200")
FLOATS = {"text_embedding": [{"embedding": [0.5, -1.0]}, {"embedding": [0.25, 2.0]}]}
BYTES = {"text_embedding_bytes": [{"embedding": [1, -2]}]}
BITS = {"text_embedding_bits": [{"embedding": [-128, 7]}]}


def answer(body: dict[str, Any]) -> TextEmbeddingResponse[Any]:
    return TextEmbeddingResponse.of(ObjectApiResponse(body, META))


def test_of_keeps_the_body_and_meta_and_still_reads_like_the_body() -> None:
    resp = answer(FLOATS)
    assert resp.body is FLOATS and resp.meta is META
    assert resp["text_embedding"] == FLOATS["text_embedding"] and resp == FLOATS


@pytest.mark.parametrize(
    ("body", "element_type", "reader", "vectors"),
    [
        (FLOATS, "float", "embeddings", [[0.5, -1.0], [0.25, 2.0]]),
        (BYTES, "byte", "byte_embeddings", [[1, -2]]),
        (BITS, "bit", "bit_embeddings", [[-128, 7]]),
    ],
)
def test_each_dense_variant_has_its_reader(
    body: dict[str, Any], element_type: str, reader: str, vectors: list[list[float]]
) -> None:
    resp = answer(body)
    assert resp.element_type == element_type
    assert getattr(resp, reader) == vectors


@pytest.mark.parametrize(
    ("body", "reader", "message"),
    [
        (BYTES, "embeddings", "answers byte vectors, not float: read .byte_embeddings"),
        (BITS, "embeddings", "answers bit vectors, not float: read .bit_embeddings"),
        (FLOATS, "byte_embeddings", "answers float vectors, not byte: read .embeddings"),
        (FLOATS, "bit_embeddings", "answers float vectors, not bit: read .embeddings"),
    ],
)
def test_reading_another_variant_names_the_right_reader(
    body: dict[str, Any], reader: str, message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        getattr(answer(body), reader)


def test_an_answer_without_the_variant_says_what_it_holds() -> None:
    with pytest.raises(ValueError, match=r"no dense embeddings \(it holds 'rerank'\)"):
        _ = answer({"rerank": []}).embeddings
    with pytest.raises(ValueError, match=r"no completions \(it holds nothing\)"):
        _ = CompletionResponse.of(ObjectApiResponse({}, META)).completions


def test_sparse_rerank_and_completion_readers() -> None:
    sparse = {"sparse_embedding": [{"is_truncated": False, "embedding": {"fox": 1.5}}]}
    assert SparseEmbeddingResponse(sparse, META).sparse_embeddings == [{"fox": 1.5}]
    ranked = [{"index": 1, "relevance_score": 0.9}, {"index": 0, "relevance_score": 0.1}]
    assert RerankResponse({"rerank": ranked}, META).ranked == ranked
    completion = {"completion": [{"result": "Once upon a time"}]}
    assert CompletionResponse(completion, META).completions == ["Once upon a time"]


def test_the_9_5_embedding_answer_has_the_same_readers_over_its_own_keys() -> None:
    resp = EmbeddingResponse({"embeddings_bits": [{"embedding": [3]}]}, META)
    assert resp.element_type == "bit" and resp.bit_embeddings == [[3]]
    with pytest.raises(ValueError, match=r"no dense embeddings \(it holds 'text_embedding'\)"):
        _ = EmbeddingResponse(FLOATS, META).embeddings


def test_the_generic_inference_answer_has_every_reader() -> None:
    assert InferenceResponse({"embeddings": [{"embedding": [1.0]}]}, META).embeddings == [[1.0]]
    assert InferenceResponse(BYTES, META).byte_embeddings == [[1, -2]]
    assert InferenceResponse({"completion": [{"result": "x"}]}, META).completions == ["x"]
    with pytest.raises(ValueError, match="no ranked documents"):
        _ = InferenceResponse(FLOATS, META).ranked


def test_every_answer_with_only_variant_keys_is_handed_out_through_a_reader() -> None:
    # Such a body (text_embedding / _bytes / _bits, ...) has no key a user can read without a
    # check; the method must return a class whose typed readers do that check.
    spec = load_spec(Path(__file__).resolve().parents[1] / "spec")
    structs = spec.types["structs"]
    variant_bodies = {
        struct
        for struct in spec.types["responses"].values()
        if not any(field.get("required") for field in structs[struct].values())
    }
    assert "TextEmbeddingInferenceResult" in variant_bodies
    assert variant_bodies <= set(ANSWER_READERS)
    for reader in ANSWER_READERS.values():
        assert issubclass(getattr(response, reader), ObjectApiResponse)


@pytest.mark.parametrize(
    ("embedding_type", "reader", "wrong_reader"),
    [("float", "embeddings", "byte_embeddings"), ("int8", "byte_embeddings", "embeddings")],
)
def test_the_client_hands_out_readers_for_what_the_endpoint_answers(
    local_es: LocalServer, embedding_type: CohereEmbeddingType, reader: str, wrong_reader: str
) -> None:
    with Client(local_es.url) as client:
        client.inference.put_cohere(
            task_type="text_embedding",
            cohere_inference_id="e",
            service="cohere",
            service_settings={"api_key": "k", "model_id": "m", "embedding_type": embedding_type},
        )
        resp = client.inference.text_embedding(inference_id="e", input=["a", "b"])
        generic = client.inference.inference(inference_id="e", input="a")
    assert isinstance(resp, TextEmbeddingResponse) and isinstance(generic, InferenceResponse)
    vectors = getattr(resp, reader)
    assert len(vectors) == 2 and getattr(generic, reader) == vectors[:1]
    with pytest.raises(ValueError, match=f"read .{reader}"):
        getattr(resp, wrong_reader)


async def _rerank(url: str) -> RerankResponse[Any]:
    async with AsyncClient(url) as client:
        await client.inference.put_cohere(
            task_type="rerank",
            cohere_inference_id="r",
            service="cohere",
            service_settings={"api_key": "k", "model_id": "m"},
        )
        return await client.inference.rerank(inference_id="r", query="b", input=["a", "b"])


def test_the_async_client_hands_out_readers_too(local_es: LocalServer) -> None:
    ranked = asyncio.run(_rerank(local_es.url)).ranked
    assert sorted(doc["index"] for doc in ranked) == [0, 1]


def test_the_9_5_embedding_method_hands_out_its_reader(local_es: LocalServer) -> None:
    with Client(local_es.url) as client:
        client.inference.put_jinaai(
            task_type="embedding",
            jinaai_inference_id="j",
            service="jinaai",
            service_settings={"api_key": "k", "model_id": "m"},
        )
        resp = client.inference.embedding(inference_id="j", embedding={"input": ["a", "b"]})
    assert isinstance(resp, EmbeddingResponse)
    assert resp.element_type == "float" and len(resp.embeddings) == 2


def test_a_pending_answer_is_read_once_it_comes() -> None:
    # Async experimental methods (embedding) return their coroutine: the reader wraps it.
    async def pending() -> ObjectApiResponse[Any]:
        return ObjectApiResponse({"embeddings": [{"embedding": [0.5]}]}, META)

    resp = asyncio.run(EmbeddingResponse.of_pending(pending()))
    assert isinstance(resp, EmbeddingResponse) and resp.embeddings == [[0.5]]
