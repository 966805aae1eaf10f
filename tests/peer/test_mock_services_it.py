"""MockDenseInferenceServiceIT, MockSparseInferenceServiceIT, MockRerankInferenceServiceIT: the
parts that hold for any service.

Source: elastic/elasticsearch x-pack/plugin/inference/qa/inference-service-tests/src/javaRestTest/
java/org/elasticsearch/xpack/inference/Mock{Dense,Sparse,Rerank}InferenceServiceIT.java. Their
services are Elasticsearch's internal test plugins; what carries over: PUT and GET describe the
endpoint alike, secrets are in neither, one input gives one result and N inputs N, the same input
gives the same result and another input another. Not carried over: the test service's
``hidden_field`` (a property of that plugin) and MockInferenceServiceIT (the 8.x ``models`` /
``model_id`` response shape).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.server.conftest import Http

from ._configs import put

CASES = [
    pytest.param(
        "text_embedding",
        {
            "service": "openai",
            "service_settings": {"api_key": "abc64", "model_id": "m", "dimensions": 246},
        },
        {},
        id="dense",
    ),
    pytest.param(
        "sparse_embedding",
        {
            "service": "elasticsearch",
            "service_settings": {
                "model_id": ".elser_model_2",
                "num_allocations": 1,
                "num_threads": 1,
            },
        },
        {},
        id="sparse",
    ),
    pytest.param(
        "rerank",
        {"service": "cohere", "service_settings": {"api_key": "abc64", "model_id": "rerank-v3.5"}},
        {"query": "What if?"},
        id="rerank",
    ),
]


def infer(http: Http, task_type: str, inputs: list[str], extra: dict[str, Any]) -> Any:
    reply = http("POST", f"/_inference/{task_type}/test-mock", {"input": inputs, **extra})
    assert reply.status == 200, reply.data
    return reply.json[task_type]


@pytest.mark.parametrize(("task_type", "body", "extra"), CASES)
def test_put_and_get_agree_and_hide_secrets(
    http: Http, task_type: str, body: dict[str, Any], extra: dict[str, Any]
) -> None:
    created = put(http, "test-mock", task_type, body)
    listed = http("GET", f"/_inference/{task_type}/test-mock").json["endpoints"][0]
    for config in (created.json, listed):
        assert (config["inference_id"], config["task_type"], config["service"]) == (
            "test-mock",
            task_type,
            body["service"],
        )
        assert "api_key" not in config["service_settings"]
        assert config["service_settings"]["model_id"] == body["service_settings"]["model_id"]


@pytest.mark.parametrize(("task_type", "body", "extra"), CASES)
def test_results_are_one_per_input_and_depend_only_on_the_input(
    http: Http, task_type: str, body: dict[str, Any], extra: dict[str, Any]
) -> None:
    put(http, "test-mock", task_type, body)
    first = infer(http, task_type, ["abcdefghij"], extra)
    assert len(first) == 1 and first[0]
    assert infer(http, task_type, ["abcdefghij"], extra) == first
    assert infer(http, task_type, ["klmnopqrst"], extra) != first
    several = ["abcde", "abcdefghij", "abcdefghijklmno"][: 2 if task_type == "rerank" else 3]
    assert len(infer(http, task_type, several, extra)) == len(several)
