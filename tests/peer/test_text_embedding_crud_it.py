"""TextEmbeddingCrudIT, re-expressed against the local server.

Source: elastic/elasticsearch x-pack/plugin/inference/qa/inference-service-tests/src/javaRestTest/
java/org/elasticsearch/xpack/inference/TextEmbeddingCrudIT.java (stored version 148ada6d).
Not carried over: testPutE5WithTrainedModelAndInference and the trained-models listing (ML APIs);
the platform-specific variant (AwaitsFix in Elasticsearch).
"""

from __future__ import annotations

from tests.server.conftest import Http

from ._configs import assert_not_stored, put


def e5(model_id: str) -> dict[str, object]:
    return {
        "service": "elasticsearch",
        "service_settings": {"num_allocations": 1, "num_threads": 1, "model_id": model_id},
    }


def test_e5_small_platform_agnostic(http: Http) -> None:
    """testPutE5Small_withPlatformAgnosticVariant: two inputs, two embeddings of more than one
    dimension; then the endpoint is deleted by task type."""
    assert put(http, "e5-agnostic", "text_embedding", e5(".multilingual-e5-small")).status == 200
    reply = http(
        "POST",
        "/_inference/text_embedding/e5-agnostic",
        {"input": ["hello world", "this is the second document"]},
    )
    embeddings = reply.json["text_embedding"]
    assert len(embeddings) == 2
    assert len(embeddings[0]["embedding"]) > 1
    assert http("DELETE", "/_inference/text_embedding/e5-agnostic").status == 200


def test_no_model_id_variant_is_refused(http: Http) -> None:
    """testPutE5Small_withNoModelVariant: the config names the service ``text_embedding``."""
    body = {
        "service": "text_embedding",
        "service_settings": {"num_allocations": 1, "num_threads": 1},
    }
    reply = put(http, "noservice", "text_embedding", body)
    assert (reply.status, reply.reason) == (400, "Unknown service [text_embedding]")
    assert_not_stored(http, "noservice")


def test_a_model_elasticsearch_does_not_have_is_refused(http: Http) -> None:
    """testPutE5Small_withFakeModelVariant. A model id that is not built in is taken as a custom
    (Eland) model; deploying it fails (CustomElandModel.modelNotFoundErrorMessage, wrapped in a
    ResourceNotFoundException by ElasticsearchInternalModel)."""
    reply = put(http, "fake", "text_embedding", e5(".not-a-real-model-variant"))
    assert (reply.status, reply.error_type) == (404, "resource_not_found_exception")
    assert reply.reason == (
        "Could not deploy model [.not-a-real-model-variant] as the model cannot be found. "
        "Custom models need to be loaded into the cluster with Eland before they can be started."
    )
    assert_not_stored(http, "fake")
