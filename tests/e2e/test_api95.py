"""The 9.5 methods through both clients: embedding, region policy, get by task type, update's
timeout and rerank with objects. They run once the 9.5 client is generated (issue 11's import);
until then the local server's side is covered by tests/server/test_client95.py.
"""

from __future__ import annotations

import base64
from collections.abc import Iterator

import pytest

from esinference import BadRequestError, NotFoundError
from esinference._gen.endpoints import ENDPOINTS
from esinference._gen.services import SERVICES, TASK_TYPES
from esinference.server import LocalServer

from ._api import Api
from ._catalogue import EndpointIds
from ._steps import create_endpoint

pytestmark = pytest.mark.skipif(
    "embedding" not in ENDPOINTS, reason="needs the 9.5 client (issue 11's import)"
)
PNG = "data:image/png;base64," + base64.b64encode(b"it-image").decode()


def first_service(task_type: str) -> str:
    return next(name for name in sorted(SERVICES) if task_type in SERVICES[name].task_types)


@pytest.fixture
def embedding_id(api: Api, ids: EndpointIds) -> str:
    info = create_endpoint(api, ids, first_service("embedding"), "embedding")
    return str(info["inference_id"])


@pytest.mark.fake_models
def test_embedding_generic_and_specific_methods_agree(api: Api, embedding_id: str) -> None:
    texts = ["the cat sat", "a dog barked"]
    specific = api.embedding(inference_id=embedding_id, embedding={"input": texts}, timeout="30s")
    typed = api.inference(task_type="embedding", inference_id=embedding_id, input=texts)
    untyped = api.inference(inference_id=embedding_id, input=texts)
    assert specific.body == typed.body == untyped.body
    assert len(specific.body["embeddings"]) == 2


@pytest.mark.fake_models
def test_embedding_of_content_objects(api: Api, embedding_id: str) -> None:
    body = {
        "input": [
            {"content": {"type": "image", "format": "base64", "value": PNG}},
            {"content": [{"type": "image", "value": PNG}, {"type": "text", "value": "a cat"}]},
        ],
        "input_type": "ingest",
    }
    vectors = api.embedding(inference_id=embedding_id, body=body).body["embeddings"]
    assert len(vectors) == 2 and vectors[0] != vectors[1]
    with pytest.raises(BadRequestError) as bad:
        api.embedding(inference_id=embedding_id, embedding={"input": {"content": {"type": "x"}}})
    assert bad.value.error_type == "x_content_parse_exception"


def test_get_by_task_type_sends_the_all_path(api: Api, embedding_id: str) -> None:
    for task_type in TASK_TYPES:
        listed = api.get(task_type=task_type).body["endpoints"]
        assert {e["task_type"] for e in listed} <= {task_type}
        assert (embedding_id in {e["inference_id"] for e in listed}) == (task_type == "embedding")


def test_update_with_a_timeout(api: Api, embedding_id: str) -> None:
    # An empty body is refused (UpdateInferenceModelAction.Request: "Request body is empty").
    config = {"task_settings": {}}
    updated = api.update(inference_id=embedding_id, inference_config=config, timeout="1m").body
    assert updated["inference_id"] == embedding_id


def test_rerank_with_text_objects(api: Api, ids: EndpointIds) -> None:
    info = create_endpoint(api, ids, first_service("rerank"), "rerank")
    documents = [{"type": "text", "value": "star wars"}, {"type": "text", "value": "a cat"}]
    ranked = api.rerank(
        inference_id=info["inference_id"], query={"type": "text", "value": "star"}, input=documents
    ).body["rerank"]
    assert sorted(r["index"] for r in ranked) == [0, 1]


@pytest.fixture
def no_region_policy(api: Api) -> Iterator[None]:
    yield
    try:
        api.delete_region_policy()
    except NotFoundError:
        pass


# A region policy is cluster-wide state: these run against the local server only.
@pytest.mark.knobs
def test_region_policy_lifecycle(api: Api, no_region_policy: None) -> None:
    with pytest.raises(NotFoundError):
        api.get_region_policy()
    created = api.put_region_policy(region_policy={"allowed_geos": ["us", "eu"]}).body
    assert created["region_policy"] == {"allowed_geos": ["us", "eu"]} and created["created_at"]
    regions = {"allowed_regions": [{"csp": "aws", "region": "us-east-1"}]}
    replaced = api.put_region_policy(region_policy=regions, force=True).body
    assert replaced["created_at"] == created["created_at"] and replaced["updated_at"]
    assert api.get_region_policy().body == replaced
    assert api.delete_region_policy().body == {"acknowledged": True}
    with pytest.raises(NotFoundError):
        api.delete_region_policy()


@pytest.mark.knobs
def test_region_policy_governs_only_elastic_endpoints(
    api: Api, ids: EndpointIds, server: LocalServer, no_region_policy: None
) -> None:
    """An in-use endpoint of another service does not stop a policy (the 409 for in-use
    ``elastic`` endpoints is tested in tests/server: no client method creates one)."""
    info = create_endpoint(api, ids, first_service("rerank"), "rerank")
    server.set_references(info["inference_id"], pipelines=["p"])
    assert api.put_region_policy(region_policy={"allowed_geos": ["eu"]}).body
    with pytest.raises(BadRequestError) as bad:
        api.put_region_policy(region_policy={"allowed_geos": []})
    assert (
        bad.value.reason == "Validation Failed: 1: [region_policy.allowed_geos] must not be empty;"
    )
