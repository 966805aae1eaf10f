"""The YAML REST tests' facts, as tests of our own (the files themselves are replayed by
tests/server/test_peer_yaml.py from the copies in tests/server/peer_yaml/).

Sources: elastic/elasticsearch @e43a3531 x-pack/plugin/src/yamlRestTest/resources/rest-api-spec/
test/inference/inference_crud.yml ("Test get missing model", "Test put inference with bad task
type"); elastic/elasticsearch-clients-tests @9f63754e (main) and @62614905 (9.3)
tests/inference/10_basic.yml ("Inference").
"""

from __future__ import annotations

from tests.server.conftest import Http

from ._configs import assert_not_stored, assert_refused


def test_get_missing_model(http: Http) -> None:
    reply = http("GET", "/_inference/inference_to_get")
    assert_refused(
        reply,
        404,
        "resource_not_found_exception",
        "Inference endpoint not found [inference_to_get]",
    )


def test_put_with_a_bad_task_type_in_the_body(http: Http) -> None:
    body = {
        "task_type": "bad",
        "service": "elser",
        "service_settings": {"num_allocations": 1, "num_threads": 1},
        "task_settings": {},
    }
    reply = http("PUT", "/_inference/elser_model", body)
    assert_refused(reply, 400, "status_exception", "Unknown task_type [bad]")
    assert_not_stored(http, "elser_model")


def test_the_client_suites_inference_round_trip(http: Http) -> None:
    """10_basic.yml: put (task type in the body, the deprecated elser service), get, a sparse
    embedding of one string, delete."""
    body = {
        "task_type": "sparse_embedding",
        "service": "elser",
        "service_settings": {"num_allocations": 1, "num_threads": 1},
        "task_settings": {},
    }
    created = http("PUT", "/_inference/elser_model_test", body)
    assert (created.json["task_type"], created.json["inference_id"]) == (
        "sparse_embedding",
        "elser_model_test",
    )
    got = http("GET", "/_inference/elser_model_test").json["endpoints"][0]
    assert (got["task_type"], got["inference_id"]) == ("sparse_embedding", "elser_model_test")
    inferred = http(
        "POST",
        "/_inference/elser_model_test",
        {"input": "The sky above the port was the color of television tuned to a dead channel."},
    )
    assert inferred.json["sparse_embedding"][0]["embedding"]
    assert http("DELETE", "/_inference/elser_model_test").json["acknowledged"] is True
