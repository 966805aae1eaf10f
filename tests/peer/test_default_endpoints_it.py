"""DefaultEndPointsIT, re-expressed against the local server.

Source: elastic/elasticsearch x-pack/plugin/inference/qa/inference-service-tests/src/javaRestTest/
java/org/elasticsearch/xpack/inference/DefaultEndPointsIT.java (newest stored version: adaptive
allocations up to 32, default chunking asserted; an older one, 06a3b5dc, said 8). testGet /
testDefaultModels' config checks, testInferDeploysDefault{Elser,E5,Rerank} (two inputs, two
results) and testUpdateDefaultEndpointReturnsBadRequest (in test_update_action.py). Not carried
over: the ML deployment stats and the concurrent first-deployment burst (ML APIs).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.server.conftest import Http

ADAPTIVE = {"enabled": True, "min_number_of_allocations": 0, "max_number_of_allocations": 32}
DEFAULT_CHUNKING = {"strategy": "sentence", "max_chunk_size": 250, "sentence_overlap": 1}


def endpoint(http: Http, inference_id: str) -> dict[str, Any]:
    reply = http("GET", f"/_inference/{inference_id}")
    assert reply.status == 200, reply.data
    found: dict[str, Any] = reply.json["endpoints"][0]
    return found


@pytest.mark.parametrize(
    ("inference_id", "task_type", "model_ids"),
    [
        (
            ".elser-2-elasticsearch",
            "sparse_embedding",
            {".elser_model_2", ".elser_model_2_linux-x86_64"},
        ),
        (
            ".multilingual-e5-small-elasticsearch",
            "text_embedding",
            {".multilingual-e5-small", ".multilingual-e5-small_linux-x86_64"},
        ),
    ],
)
def test_the_default_embedding_endpoints(
    http: Http, inference_id: str, task_type: str, model_ids: set[str]
) -> None:
    """assertDefaultElserConfig / assertDefaultE5Config."""
    config = endpoint(http, inference_id)
    assert (config["inference_id"], config["service"], config["task_type"]) == (
        inference_id,
        "elasticsearch",
        task_type,
    )
    settings = config["service_settings"]
    assert settings["model_id"] in model_ids
    assert settings["num_threads"] == 1
    assert settings["adaptive_allocations"] == ADAPTIVE
    assert config["chunking_settings"] == DEFAULT_CHUNKING


def test_the_default_rerank_endpoint(http: Http) -> None:
    """assertDefaultRerankConfig: no chunking settings, return_documents on."""
    config = endpoint(http, ".rerank-v1-elasticsearch")
    assert (config["service"], config["task_type"]) == ("elasticsearch", "rerank")
    assert config["service_settings"]["model_id"] == ".rerank-v1"
    assert config["service_settings"]["num_threads"] == 1
    assert config["service_settings"]["adaptive_allocations"] == ADAPTIVE
    assert "chunking_settings" not in config
    assert config["task_settings"] == {"return_documents": True}


@pytest.mark.parametrize(
    ("inference_id", "task_type", "result_key", "body"),
    [
        (".elser-2-elasticsearch", "sparse_embedding", "sparse_embedding", {}),
        (".multilingual-e5-small-elasticsearch", "text_embedding", "text_embedding", {}),
        (".rerank-v1-elasticsearch", "rerank", "rerank", {"query": "but why"}),
    ],
)
def test_inference_on_a_default_endpoint(
    http: Http, inference_id: str, task_type: str, result_key: str, body: dict[str, Any]
) -> None:
    """testInferDeploysDefault{Elser,E5,Rerank}: two inputs, two results (timeout=120s)."""
    reply = http(
        "POST",
        f"/_inference/{task_type}/{inference_id}?timeout=120s",
        {"input": ["Hello World", "Goodnight moon"], **body},
    )
    assert reply.status == 200, reply.data
    assert len(reply.json[result_key]) == 2


def test_the_default_endpoints_are_listed_with_the_ones_a_user_made(http: Http) -> None:
    """testDefaultModels: a user endpoint is listed next to the three defaults."""
    body = {"service": "openai", "service_settings": {"api_key": "k", "model_id": "gpt-4o"}}
    assert http("PUT", "/_inference/completion/my-model", body).status == 200
    listed = {e["inference_id"] for e in http("GET", "/_inference/_all").json["endpoints"]}
    assert listed == {
        "my-model",
        ".elser-2-elasticsearch",
        ".multilingual-e5-small-elasticsearch",
        ".rerank-v1-elasticsearch",
    }
