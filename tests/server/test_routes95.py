"""The smaller 9.5 changes: get by task type, _update with timeout, the fireworksai service."""

from __future__ import annotations

import pytest

from .conftest import Http
from .server95 import catalog_95, http95_fixture, server95_fixture  # noqa: F401 - fixtures


def put(http: Http, task_type: str, inference_id: str, service: str, **settings: str) -> None:
    # The elastic service is reached through EIS: it reads no api_key (Elasticsearch refuses one).
    key = {} if service == "elastic" else {"api_key": "k"}
    body = {"service": service, "service_settings": {"model_id": "m", **key, **settings}}
    reply = http("PUT", f"/_inference/{task_type}/{inference_id}", body)
    assert reply.status == 200, reply.data


@pytest.mark.parametrize("all_id", ["_all", "*"])
def test_get_by_task_type_lists_only_that_task_type(http95: Http, all_id: str) -> None:
    put(http95, "embedding", "mm", "elastic")
    put(http95, "rerank", "rr", "elastic")
    put(http95, "text_embedding", "te", "elastic")
    listed = http95("GET", f"/_inference/embedding/{all_id}").json["endpoints"]
    assert [e["inference_id"] for e in listed] == ["mm"]
    assert [e["inference_id"] for e in http95("GET", "/_inference/_all").json["endpoints"]] == [
        "mm",
        "rr",
        "te",
    ]
    unknown = http95("GET", "/_inference/smell/_all")
    assert (unknown.status, unknown.reason) == (400, "Unknown task_type [smell]")


@pytest.mark.parametrize(
    "path", ["/_inference/fw/_update", "/_inference/text_embedding/fw/_update"]
)
def test_update_takes_a_timeout(http95: Http, path: str) -> None:
    put(http95, "text_embedding", "fw", "fireworksai")
    reply = http95("PUT", path + "?timeout=2m", {"service_settings": {"api_key": "new"}})
    assert reply.status == 200 and "api_key" not in reply.json["service_settings"]
    bad = http95("PUT", path + "?timeout=soon", {"service_settings": {"api_key": "new"}})
    assert (bad.status, bad.error_type) == (400, "parse_exception")


def test_fireworksai_comes_from_the_catalogue(http95: Http) -> None:
    assert "fireworksai" in catalog_95().services
    put(http95, "text_embedding", "fw", "fireworksai", dimensions="8")
    info = http95("GET", "/_inference/fw").json["endpoints"][0]
    assert info["service"] == "fireworksai" and "api_key" not in info["service_settings"]
    vectors = http95("POST", "/_inference/text_embedding/fw", {"input": ["a"]}).json
    assert len(vectors["text_embedding"]) == 1
    put(http95, "completion", "fwc", "fireworksai")
    answer = http95("POST", "/_inference/completion/fwc", {"input": "hello"}).json
    assert answer["completion"][0]["result"]
    refused = http95(
        "PUT", "/_inference/rerank/fwr", {"service": "fireworksai", "service_settings": {}}
    )
    assert refused.reason == "The [fireworksai] service does not support task type [rerank]"
