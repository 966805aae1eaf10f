"""The generic methods (put, get, inference, update, delete) in each of their forms, both clients.

A representative service per task type is enough here: the per-service methods are covered by
test_services.py. Results that depend on the local server's fake models are checked loosely
(shape only) so that these tests also run against a real cluster, except where marked.
"""

from __future__ import annotations

from typing import Any

import pytest

from esinference import NotFoundError
from esinference._gen.endpoints import ENDPOINTS
from esinference._gen.services import SERVICES, TASK_TYPES

from ._api import Api
from ._catalogue import EndpointIds, minimal_settings
from ._steps import assert_no_secrets

# The first service (alphabetically) that offers each task type.
REPRESENTATIVE = {
    task_type: next(name for name in sorted(SERVICES) if task_type in SERVICES[name].task_types)
    for task_type in TASK_TYPES
}
INFERENCE_ARGS: dict[str, dict[str, Any]] = {
    "text_embedding": {"input": ["hello world"]},
    "sparse_embedding": {"input": ["hello world"]},
    "rerank": {"input": ["hello", "world"], "query": "world"},
    "completion": {"input": "hello world"},
}


def config_for(task_type: str, *, in_body: bool = False) -> dict[str, Any]:
    """A valid endpoint configuration for ``task_type``; ``in_body`` also names the task type."""
    service = SERVICES[REPRESENTATIVE[task_type]]
    config = {"service": service.name, "service_settings": minimal_settings(service, task_type)}
    if in_body:
        config["task_type"] = task_type
    return config


@pytest.mark.parametrize("task_type", TASK_TYPES)
def test_put_with_inference_config_and_the_task_type_in_the_url(
    api: Api, ids: EndpointIds, task_type: str
) -> None:
    inference_id = ids.new("generic", task_type)
    info = api.put(
        task_type=task_type, inference_id=inference_id, inference_config=config_for(task_type)
    ).body
    assert (info["inference_id"], info["task_type"]) == (inference_id, task_type)
    assert info["service"] == REPRESENTATIVE[task_type]
    assert_no_secrets(info)
    assert api.get(inference_id=inference_id).body == {"endpoints": [info]}


@pytest.mark.parametrize("task_type", TASK_TYPES)
def test_put_with_body_and_the_task_type_in_the_body(
    api: Api, ids: EndpointIds, task_type: str
) -> None:
    inference_id = ids.new("body", task_type)
    info = api.put(inference_id=inference_id, body=config_for(task_type, in_body=True)).body
    assert (info["inference_id"], info["task_type"]) == (inference_id, task_type)
    assert_no_secrets(info)


def test_put_with_the_same_task_type_in_url_and_body(api: Api, ids: EndpointIds) -> None:
    inference_id = ids.new("both")
    config = config_for("completion", in_body=True)
    info = api.put(task_type="completion", inference_id=inference_id, body=config).body
    assert info["task_type"] == "completion"


def test_get_all_and_by_id(api: Api, ids: EndpointIds) -> None:
    created = [
        api.put(
            task_type=task_type,
            inference_id=ids.new("listed", task_type),
            inference_config=config_for(task_type),
        ).body
        for task_type in ("text_embedding", "completion")
    ]
    everything = api.get().body["endpoints"]
    assert all(info in everything for info in created)
    for info in created:
        assert api.get(inference_id=info["inference_id"]).body["endpoints"] == [info]
        only_this_type = api.get(task_type=info["task_type"], inference_id="_all").body
        assert info in only_this_type["endpoints"]
        assert {e["task_type"] for e in only_this_type["endpoints"]} == {info["task_type"]}


def test_get_with_a_task_type_but_no_id(api: Api, ids: EndpointIds) -> None:
    """elasticsearch-py 9.3 has no task-type path without an id, so it sends GET /_inference
    (every endpoint); 9.5 sends GET /_inference/{task_type}/_all (that task type only)."""
    for task_type in ("text_embedding", "completion"):
        config = config_for(task_type)
        api.put(
            task_type=task_type, inference_id=ids.new("all", task_type), inference_config=config
        )
    listed = {e["task_type"] for e in api.get(task_type="completion").body["endpoints"]}
    if "/_inference/{task_type}/_all" in ENDPOINTS["get"].paths:
        assert listed == {"completion"}
    else:
        assert {"text_embedding", "completion"} <= listed


def test_get_with_filter_path_returns_only_the_named_fields(api: Api, ids: EndpointIds) -> None:
    inference_id = ids.new("filtered")
    api.put(
        task_type="completion", inference_id=inference_id, inference_config=config_for("completion")
    )
    filtered = api.get(inference_id=inference_id, filter_path="endpoints.inference_id").body
    assert filtered == {"endpoints": [{"inference_id": inference_id}]}


@pytest.mark.fake_models
@pytest.mark.parametrize("task_type", sorted(INFERENCE_ARGS))
def test_inference_with_and_without_the_task_type(
    api: Api, ids: EndpointIds, task_type: str
) -> None:
    inference_id = ids.new("infer", task_type)
    api.put(task_type=task_type, inference_id=inference_id, inference_config=config_for(task_type))
    args = INFERENCE_ARGS[task_type]
    typed = api.inference(task_type=task_type, inference_id=inference_id, timeout="30s", **args)
    untyped = api.inference(inference_id=inference_id, **args)
    assert typed.body == untyped.body
    assert list(typed.body) == [task_type]  # the result is keyed by the task type
    specific = api.call(task_type, inference_id=inference_id, **args)
    assert specific.body == typed.body


def test_update_without_the_task_type_and_with_body(api: Api, ids: EndpointIds) -> None:
    inference_id = ids.new("update")
    service = SERVICES[REPRESENTATIVE["completion"]]
    api.put(
        task_type="completion", inference_id=inference_id, inference_config=config_for("completion")
    )
    secret = next(f.name for f in service.service_settings if f.secret)
    rotated = {"service_settings": {secret: "it-secret-rotated"}}
    by_config = api.update(inference_id=inference_id, inference_config=rotated).body
    by_body = api.update(inference_id=inference_id, body=rotated).body
    assert by_config == by_body and by_config["inference_id"] == inference_id
    assert_no_secrets(by_config)


def test_delete_without_and_with_the_task_type(api: Api, ids: EndpointIds) -> None:
    first, second = ids.new("delete"), ids.new("delete")
    for inference_id in (first, second):
        config = config_for("completion")
        api.put(task_type="completion", inference_id=inference_id, inference_config=config)
    assert api.delete(inference_id=first).body == {
        "acknowledged": True,
        "pipelines": [],
        "indexes": [],
    }
    assert api.delete(task_type="completion", inference_id=second).body["acknowledged"] is True
    for inference_id in (first, second):
        with pytest.raises(NotFoundError):
            api.get(inference_id=inference_id)
