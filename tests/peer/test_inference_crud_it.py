"""InferenceCrudIT, re-expressed against the local server.

Source: elastic/elasticsearch x-pack/plugin/inference/qa/inference-service-tests/src/javaRestTest/
java/org/elasticsearch/xpack/inference/InferenceCrudIT.java (stored versions 6221bcdd and
000ffd2d). Elasticsearch runs it with its internal test services (``test_service``,
``text_embedding_test_service``, ``streaming_completion_test_service``); here real service names
from the catalogue stand in for them and only what does not depend on the service is asserted.
Not carried over: the pipeline and semantic_text delete tests (they need ingest and mappings;
tests/server/test_crud.py covers the same messages through the control API) and the services
listing (``GET _inference/_services`` is not part of the 9.3 client).
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from tests.server.conftest import Http

from ._configs import put
from ._sse import events

SPARSE = {
    "service": "alibabacloud-ai-search",
    "service_settings": {
        "api_key": "abc64",
        "host": "default-j01.platform-cn-shanghai.opensearch.aliyuncs.com",
        "service_id": "ops-text-sparse-embedding-001",
        "workspace": "default",
    },
    "task_settings": {"return_token": False},
}
DENSE = {
    "service": "openai",
    "service_settings": {
        "api_key": "abc64",
        "model_id": "text-embedding-3-small",
        "dimensions": 246,
    },
}
COMPLETION = {"service": "openai", "service_settings": {"api_key": "abc64", "model_id": "gpt-4o"}}


def endpoints(http: Http, path: str) -> list[dict[str, Any]]:
    reply = http("GET", path)
    assert reply.status == 200, reply.data
    listed: list[dict[str, Any]] = reply.json["endpoints"]
    return listed


def test_crud(http: Http) -> None:
    """testCRUD: 5 sparse and 4 dense endpoints next to the 3 default ones; listing by task type;
    an update of the secret and a task setting that GET then shows; deletes by task type."""
    for i in range(5):
        assert put(http, f"se_model_{i}", "sparse_embedding", SPARSE).status == 200
    for i in range(4):
        assert put(http, f"te_model_{i}", "text_embedding", DENSE).status == 200
    assert len(endpoints(http, "/_inference/_all")) == 12
    sparse = endpoints(http, "/_inference/sparse_embedding/_all")
    assert len(sparse) == 6 and {e["task_type"] for e in sparse} == {"sparse_embedding"}
    dense = endpoints(http, "/_inference/text_embedding/_all")
    assert len(dense) == 5 and {e["task_type"] for e in dense} == {"text_embedding"}
    single = endpoints(http, "/_inference/sparse_embedding/se_model_1")
    assert [e["inference_id"] for e in single] == ["se_model_1"]
    assert "api_key" not in single[0]["service_settings"]

    updated = http(
        "PUT",
        "/_inference/sparse_embedding/se_model_1/_update",
        {"service_settings": {"api_key": "a-new-key"}, "task_settings": {"return_token": True}},
    )
    assert updated.status == 200, updated.data
    assert updated.json["task_settings"]["return_token"] is True
    assert endpoints(http, "/_inference/sparse_embedding/se_model_1") == [updated.json]

    for i in range(5):
        assert http("DELETE", f"/_inference/sparse_embedding/se_model_{i}").status == 200
    for i in range(4):
        assert http("DELETE", f"/_inference/text_embedding/te_model_{i}").status == 200
    assert len(endpoints(http, "/_inference/_all")) == 3


@pytest.mark.parametrize("method", ["GET", "DELETE"])
def test_a_task_type_other_than_the_endpoints_is_refused(http: Http, method: str) -> None:
    """testGetModelWithWrongTaskType, testDeleteModelWithWrongTaskType."""
    put(http, "sparse_embedding_model", "sparse_embedding", SPARSE)
    reply = http(method, "/_inference/text_embedding/sparse_embedding_model")
    assert reply.status == 400
    assert reply.reason == (
        "Requested task type [text_embedding] does not match the inference endpoint's task type "
        "[sparse_embedding]"
    )
    assert http("GET", "/_inference/sparse_embedding_model").status == 200


def test_get_with_task_type_any(http: Http) -> None:
    """testGetModelWithAnyTaskType: ``any`` matches whatever task type the endpoint has."""
    put(http, "sparse_embedding_model", "sparse_embedding", SPARSE)
    listed = endpoints(http, "/_inference/any/sparse_embedding_model")
    assert [(e["inference_id"], e["task_type"]) for e in listed] == [
        ("sparse_embedding_model", "sparse_embedding")
    ]


@pytest.mark.parametrize("method", ["POST", "DELETE"])
def test_any_also_matches_on_inference_and_delete(http: Http, method: str) -> None:
    """TaskType.isAnyOrSame: the inference and delete actions accept ``any`` as GET does."""
    put(http, "sparse_embedding_model", "sparse_embedding", SPARSE)
    reply = http(method, "/_inference/any/sparse_embedding_model", {"input": ["abc"]})
    assert reply.status == 200, reply.data


def test_apis_without_task_type(http: Http) -> None:
    """testApisWithoutTaskType: the task type in the body; GET, inference and DELETE by id."""
    created = http(
        "PUT", "/_inference/no_task_type_in_url", {"task_type": "sparse_embedding", **SPARSE}
    )
    assert created.status == 200, created.data
    single = endpoints(http, "/_inference/no_task_type_in_url")[0]
    assert (single["inference_id"], single["task_type"]) == (
        "no_task_type_in_url",
        "sparse_embedding",
    )
    inferred = http("POST", "/_inference/no_task_type_in_url", {"input": ["abcdefghij"]})
    assert inferred.status == 200, inferred.data
    results = inferred.json["sparse_embedding"]
    assert len(results) == 1 and results[0]["embedding"]
    assert http("DELETE", "/_inference/no_task_type_in_url").json["acknowledged"] is True


def test_streaming_a_task_type_that_does_not_stream_is_one_error_event(http: Http) -> None:
    """testUnsupportedStream: one ``error`` event naming the service and the task type."""
    put(http, "streaming", "sparse_embedding", SPARSE)
    reply = http("POST", "/_inference/sparse_embedding/streaming/_stream", {"input": ["x"]})
    received = events(reply.data)
    assert len(received) == 1
    name, data = received[0]
    assert name == "error"
    assert (
        "Streaming is not allowed for service [alibabacloud-ai-search] and task [sparse_embedding]"
        in data
    )


def test_a_completion_stream_is_deltas_then_done(http: Http) -> None:
    """testSupportedStream: ``message`` events of ``{"completion":[{"delta": …}]}``, then
    ``[DONE]``; the answer carries ``X-elastic-product: Elasticsearch``."""
    put(http, "streaming", "completion", COMPLETION)
    reply = http("POST", "/_inference/completion/streaming/_stream", {"input": ["abcde", "fghij"]})
    assert reply.status == 200
    assert reply.headers["X-elastic-product"] == "Elasticsearch"
    received = events(reply.data)
    assert received[-1] == ("message", "[DONE]")
    assert len(received) >= 2
    for name, data in received[:-1]:
        assert name == "message"
        deltas = json.loads(data)["completion"]
        assert deltas and all(isinstance(d["delta"], str) for d in deltas)


def test_a_chat_completion_stream_is_openai_chunks_then_done(http: Http) -> None:
    """testUnifiedCompletionInference: chunks shaped like OpenAI's, then ``[DONE]``."""
    put(http, "streaming", "chat_completion", COMPLETION)
    reply = http(
        "POST",
        "/_inference/chat_completion/streaming/_stream",
        {"messages": [{"role": "user", "content": "abcde"}]},
    )
    assert reply.status == 200
    assert reply.headers["X-elastic-product"] == "Elasticsearch"
    received = events(reply.data)
    assert received[-1] == ("message", "[DONE]")
    for name, data in received[:-1]:
        chunk = json.loads(data)
        assert name == "message"
        assert chunk["object"] == "chat.completion.chunk"
        assert {"id", "choices", "model"} <= set(chunk)


def test_no_completion_endpoints_is_an_empty_list(http: Http) -> None:
    """testGetZeroModels: the default endpoints are not completion endpoints."""
    assert endpoints(http, "/_inference/completion/_all") == []


def test_a_legacy_openai_config_with_the_model_in_task_settings_is_accepted(http: Http) -> None:
    """testSkipValidationAndStart's config: ``task_settings.model`` is the pre-8.13 place of the
    model id; OpenAiService.moveModelFromTaskToServiceSettings moves it to service_settings."""
    body = {
        "service": "openai",
        "service_settings": {"api_key": "XXXX", "dimensions": 128, "similarity": "cosine"},
        "task_settings": {"model": "text-embedding-ada-002"},
    }
    reply = put(http, "unvalidated", "text_embedding", body)
    assert reply.status == 200, reply.data
    assert reply.json["service_settings"]["model_id"] == "text-embedding-ada-002"
    assert "model" not in reply.json.get("task_settings", {})
