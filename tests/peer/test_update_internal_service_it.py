"""InferenceUpdateElasticsearchInternalServiceModelIT, the service-independent part.

Elasticsearch's test first uploads a custom model through the ML API (not part of the inference
API); here the endpoint uses the built-in ELSER model instead. What carries over: an
``elasticsearch``-service endpoint's ``num_allocations`` and ``adaptive_allocations`` can be
changed with ``_update``, and the answer (and GET) shows the new values.

Source: elastic/elasticsearch x-pack/plugin/inference/qa/inference-service-tests/src/javaRestTest/
…/InferenceUpdateElasticsearchInternalServiceModelIT.java (testUpdateNumThreads — which, despite
its name, updates num_allocations —, testUpdateAdaptiveAllocationsSettings,
testUpdateNumAllocationsAndAdaptiveAllocationsSettings).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.server.conftest import Http

from ._configs import put

ELSER = {
    "service": "elasticsearch",
    "service_settings": {"model_id": ".elser_model_2", "num_allocations": 1, "num_threads": 1},
}


def updated(http: Http, service_settings: dict[str, Any]) -> dict[str, Any]:
    created = put(http, "update-adaptive-allocations-inference", "sparse_embedding", ELSER)
    assert created.status == 200, created.data
    assert created.json["service_settings"]["num_allocations"] == 1
    reply = http(
        "PUT",
        "/_inference/sparse_embedding/update-adaptive-allocations-inference/_update",
        {"service_settings": service_settings},
    )
    assert reply.status == 200, reply.data
    listed = http("GET", "/_inference/update-adaptive-allocations-inference").json
    assert listed["endpoints"] == [reply.json]
    settings: dict[str, Any] = reply.json["service_settings"]
    return settings


def test_num_allocations_is_updated(http: Http) -> None:
    assert updated(http, {"num_allocations": 7})["num_allocations"] == 7


@pytest.mark.parametrize(
    "adaptive",
    [
        {"enabled": True},
        {"min_number_of_allocations": 3},
        {"max_number_of_allocations": 5},
        {"enabled": False, "min_number_of_allocations": 2, "max_number_of_allocations": 15},
    ],
)
def test_adaptive_allocations_are_applied(http: Http, adaptive: dict[str, Any]) -> None:
    settings = updated(http, {"adaptive_allocations": adaptive})
    assert settings["num_allocations"] == 1
    for key, value in adaptive.items():
        assert settings["adaptive_allocations"][key] == value


def test_num_allocations_and_adaptive_allocations_together(http: Http) -> None:
    adaptive = {"enabled": True, "min_number_of_allocations": 4, "max_number_of_allocations": 12}
    settings = updated(http, {"num_allocations": 3, "adaptive_allocations": adaptive})
    assert settings["num_allocations"] == 3
    assert settings["adaptive_allocations"] == adaptive
