"""POST /_inference: deterministic fake results per task type and request validation."""

from __future__ import annotations

import math
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from esinference._gen.services import SERVICES
from esinference.server.fakes.models import unit_vector

from .conftest import Http, put_body


def create(http: Http, inference_id: str, task_type: str, **settings: Any) -> None:
    service = next(s for s in SERVICES.values() if task_type in s.task_types)
    body = put_body(service)
    body["service_settings"].update(settings)
    reply = http("PUT", f"/_inference/{task_type}/{inference_id}", body)
    assert reply.status == 200, reply.data


def test_text_embedding_is_deterministic_normalised_and_sized(http: Http) -> None:
    create(http, "emb", "text_embedding", dimensions=16)
    first = http("POST", "/_inference/text_embedding/emb", {"input": ["a cat", "a dog"]}).json
    again = http("POST", "/_inference/emb", {"input": "a cat"}).json
    vectors = [e["embedding"] for e in first["text_embedding"]]
    assert [len(v) for v in vectors] == [16, 16]
    assert again["text_embedding"][0]["embedding"] == vectors[0]
    assert vectors[0] != vectors[1]
    for vector in vectors:
        assert math.isclose(math.sqrt(sum(x * x for x in vector)), 1.0, rel_tol=1e-5)


def test_text_embedding_default_dimensions(http: Http) -> None:
    create(http, "emb", "text_embedding")
    vector = http("POST", "/_inference/emb", {"input": "x"}).json["text_embedding"][0]["embedding"]
    assert len(vector) == 384


@pytest.mark.parametrize(
    ("element_type", "key"), [("byte", "text_embedding_bytes"), ("bit", "text_embedding_bits")]
)
def test_text_embedding_byte_and_bit_variants(http: Http, element_type: str, key: str) -> None:
    create(http, "emb", "text_embedding", dimensions=16, element_type=element_type)
    result = http("POST", "/_inference/emb", {"input": "x"}).json
    values = result[key][0]["embedding"]
    assert all(isinstance(v, int) and -128 <= v <= 127 for v in values)
    assert len(values) == (16 if element_type == "byte" else 2)


@settings(max_examples=25, deadline=None)
@given(st.text(max_size=50), st.text(max_size=50))
def test_unit_vectors_depend_only_on_the_text(a: str, b: str) -> None:
    assert unit_vector(a, 8) == unit_vector(a, 8)
    if a != b:
        assert unit_vector(a, 8) != unit_vector(b, 8)


def test_sparse_embedding(http: Http) -> None:
    create(http, "sparse", "sparse_embedding")
    result = http("POST", "/_inference/sparse", {"input": "The sky, the PORT"}).json
    entry = result["sparse_embedding"][0]
    assert entry["is_truncated"] is False
    assert list(entry["embedding"]) == ["the", "sky", "port"]
    assert all(isinstance(w, float) and w > 0 for w in entry["embedding"].values())


def test_rerank_orders_by_overlap_and_honours_top_n_and_return_documents(http: Http) -> None:
    create(http, "rr", "rerank")
    docs = ["nothing here", "star wars luke", "luke"]
    body = {"input": docs, "query": "luke star wars"}
    ranked = http("POST", "/_inference/rerank/rr", body).json["rerank"]
    assert [r["index"] for r in ranked] == [1, 2, 0]
    assert [r["text"] for r in ranked] == [docs[1], docs[2], docs[0]]
    scores = [r["relevance_score"] for r in ranked]
    assert scores == sorted(scores, reverse=True)
    top = http("POST", "/_inference/rr", {**body, "top_n": 2, "return_documents": False}).json
    assert top["rerank"] == [
        {"index": i, "relevance_score": s} for i, s in zip([1, 2], scores[:2], strict=True)
    ]


def test_completion(http: Http) -> None:
    create(http, "comp", "completion")
    result = http("POST", "/_inference/completion/comp", {"input": "Tell me about cats"}).json
    assert result == {
        "completion": [{"result": "This is a deterministic answer about tell me about cats."}]
    }


def test_chat_completion_is_stream_only(http: Http) -> None:
    create(http, "chat", "chat_completion")
    service = next(s for s in SERVICES.values() if "chat_completion" in s.task_types)
    others = [
        t
        for t in ("text_embedding", "sparse_embedding", "rerank", "completion")
        if t in service.task_types
    ]
    reply = http("POST", "/_inference/chat", {"input": "hi"})
    assert reply.status == 400
    assert reply.reason == (
        f"Inference entity [chat] does not support task type [chat_completion] for inference, "
        f"the task type must be one of [{', '.join(others)}]. The task type for the inference "
        "entity is chat_completion, please use the _inference/chat_completion/chat/_stream URL."
    )


@pytest.mark.parametrize(
    ("path", "body", "reason"),
    [
        ("/_inference/emb", {}, "Validation Failed: 1: Field [input] cannot be null;"),
        (
            "/_inference/missing",
            {"input": []},
            "Validation Failed: 1: Field [input] cannot be an empty array;",
        ),
        (
            "/_inference/rerank/rr",
            {"input": ["a"]},
            "Validation Failed: 1: Field [query] cannot be null for task type [rerank];",
        ),
        (
            "/_inference/rr",
            {"input": ["a"], "query": ""},
            "Validation Failed: 1: Field [query] cannot be empty for task type [rerank];",
        ),
        (
            "/_inference/text_embedding/emb",
            {"input": "a", "return_documents": True, "top_n": 1},
            "Validation Failed: 1: Field [return_documents] cannot be specified for task type "
            "[text_embedding];2: Field [top_n] cannot be specified for task type [text_embedding];",
        ),
        (
            "/_inference/rr",
            {"input": ["a"], "query": "q", "input_type": "search"},
            "Validation Failed: 1: Field [input_type] cannot be specified for task type [rerank];",
        ),
    ],
)
def test_validation_errors(http: Http, path: str, body: dict[str, Any], reason: str) -> None:
    create(http, "emb", "text_embedding")
    create(http, "rr", "rerank")
    reply = http("POST", path, body)
    assert (reply.status, reply.error_type, reply.reason) == (
        400,
        "action_request_validation_exception",
        reason,
    )


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (
            b'{"input": "a", "foo": 1}',
            "[1:16] [cluster:internal/xpack/inference] unknown field [foo]",
        ),
        (b'{"input": 5}', "[1:2] [cluster:internal/xpack/inference] failed to parse field [input]"),
        (
            b'{"input": "a", "top_n": "x"}',
            "[1:16] [cluster:internal/xpack/inference] failed to parse field [top_n]",
        ),
    ],
)
def test_parse_errors(http: Http, raw: bytes, reason: str) -> None:
    reply = http("POST", "/_inference/any-id", raw=raw)
    assert (reply.status, reply.error_type, reply.reason) == (
        400,
        "x_content_parse_exception",
        reason,
    )


def test_not_found_mismatch_and_bad_task_type(http: Http) -> None:
    create(http, "emb", "text_embedding")
    assert (
        http("POST", "/_inference/nope", {"input": "a"}).reason
        == "Inference endpoint not found [nope]"
    )
    reply = http("POST", "/_inference/sparse_embedding/emb", {"input": "a"})
    assert reply.reason == (
        "Requested task type [sparse_embedding] does not match the inference endpoint's task "
        "type [text_embedding]"
    )
    # From the 8.x inference_crud.yml: inference with task_type bad -> 400.
    reply = http("POST", "/_inference/bad/elser_model", {"input": "important text"})
    assert (reply.status, reply.reason) == (400, "Unknown task_type [bad]")
