"""Every service, every task type it allows, through its own put_<service> method, both clients.

For each combination: create, read back three ways, update, run inference for the task type,
delete (dry run first). Inference results are checked against the local server's deterministic
models, so that half is local-only (``fake_models``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from esinference import NotFoundError
from esinference._gen.services import SERVICES

from ._api import Api
from ._catalogue import (
    COMBINATIONS,
    EndpointIds,
    minimal_settings,
    plausible_value,
    secret_keys,
    secret_value,
)
from ._steps import assert_no_secrets, create_endpoint

COMBINATION_IDS = [f"{service}-{task_type}" for service, task_type in COMBINATIONS]


def update_for(service_name: str) -> dict[str, Any]:
    """What an update may change: rotated secrets, num_allocations, one task setting."""
    service = SERVICES[service_name]
    service_settings: dict[str, Any] = {
        f.name: secret_value(f.name + "-rotated")
        for f in service.service_settings
        if f.secret and f.kind == "str"
    }
    if any(f.name == "num_allocations" for f in service.service_settings):
        service_settings["num_allocations"] = 2
    changes: dict[str, Any] = {"service_settings": service_settings}
    if service.task_settings:
        first = service.task_settings[0]
        changes["task_settings"] = {first.name: plausible_value(first)}
    return changes


@pytest.mark.parametrize(("service_name", "task_type"), COMBINATIONS, ids=COMBINATION_IDS)
def test_endpoint_lifecycle_through_its_put_method(
    api: Api, ids: EndpointIds, service_name: str, task_type: str
) -> None:
    service = SERVICES[service_name]
    info = create_endpoint(api, ids, service_name, task_type)
    inference_id = info["inference_id"]
    assert (info["task_type"], info["service"]) == (task_type, service.name)
    assert_no_secrets(info)
    for name, value in minimal_settings(service, task_type).items():
        if name not in secret_keys(service):
            assert info["service_settings"][name] == value

    # Read back by id, by task type and id, and in the lists.
    assert api.get(inference_id=inference_id).body == {"endpoints": [info]}
    assert api.get(task_type=task_type, inference_id=inference_id).body == {"endpoints": [info]}
    assert info in api.get().body["endpoints"]
    listed = api.get(task_type=task_type, inference_id="_all").body["endpoints"]
    assert info in listed and {e["task_type"] for e in listed} == {task_type}

    # Update: secrets are replaced but never shown; task settings and allocations change.
    changes = update_for(service_name)
    updated = api.update(task_type=task_type, inference_id=inference_id, inference_config=changes)
    assert_no_secrets(updated.body)
    assert updated.body["inference_id"] == inference_id
    for name, value in changes.get("task_settings", {}).items():
        assert updated.body["task_settings"][name] == value
    if "num_allocations" in changes["service_settings"]:
        assert updated.body["service_settings"]["num_allocations"] == 2
    assert api.get(inference_id=inference_id).body == {"endpoints": [updated.body]}

    # Delete: a dry run changes nothing, then the endpoint is gone.
    dry_run = api.delete(inference_id=inference_id, dry_run=True).body
    assert (dry_run["acknowledged"], dry_run["pipelines"]) == (False, [])
    assert api.get(inference_id=inference_id).body == {"endpoints": [updated.body]}
    assert api.delete(task_type=task_type, inference_id=inference_id).body["acknowledged"] is True
    with pytest.raises(NotFoundError):
        api.get(inference_id=inference_id)


# --- inference, one check per task type --------------------------------------------------


def check_text_embedding(api: Api, info: dict[str, Any]) -> None:
    """Vectors of the configured dimensions; same text, same vector; different, different."""
    dimensions = info["service_settings"]["dimensions"]
    texts = ["the cat sat", "a dog barked", "the cat sat"]
    result = api.text_embedding(inference_id=info["inference_id"], input=texts).body
    vectors = [item["embedding"] for item in result["text_embedding"]]
    assert [len(v) for v in vectors] == [dimensions] * 3
    assert vectors[0] == vectors[2] and vectors[0] != vectors[1]


def check_sparse_embedding(api: Api, info: dict[str, Any]) -> None:
    """One positive weight per distinct token; the same token weighs the same everywhere."""
    result = api.sparse_embedding(
        inference_id=info["inference_id"], input=["the quick fox", "the dog"]
    )
    first, second = (item["embedding"] for item in result.body["sparse_embedding"])
    assert set(first) == {"the", "quick", "fox"} and set(second) == {"the", "dog"}
    assert all(weight > 0 for weight in [*first.values(), *second.values()])
    assert first["the"] == second["the"]


def check_rerank(api: Api, info: dict[str, Any]) -> None:
    """The best match first; top_n cuts the list; return_documents adds the texts."""
    documents = ["luke skywalker", "star wars trilogy", "wars of the roses"]
    inference_id = info["inference_id"]
    ranked = api.rerank(
        inference_id=inference_id,
        query="star wars",
        input=documents,
        top_n=2,
        return_documents=True,
    ).body["rerank"]
    assert [r["index"] for r in ranked][:1] == [1] and len(ranked) == 2
    assert all(r["text"] == documents[r["index"]] for r in ranked)
    scores = [r["relevance_score"] for r in ranked]
    assert scores == sorted(scores, reverse=True)
    ranked = api.rerank(
        inference_id=inference_id, query="star wars", input=documents, return_documents=False
    ).body["rerank"]
    assert len(ranked) == 3 and not any("text" in r for r in ranked)


def check_embedding(api: Api, info: dict[str, Any]) -> None:
    """One vector per input (9.4+ embedding task); same text, same vector; different, different."""
    texts = ["the cat sat", "a dog barked", "the cat sat"]
    result = api.embedding(inference_id=info["inference_id"], embedding={"input": texts}).body
    (key,) = result  # embeddings, embeddings_bytes or embeddings_bits, per the element type
    vectors = [item["embedding"] for item in result[key]]
    assert key.startswith("embeddings") and len(vectors) == 3
    assert vectors[0] == vectors[2] and vectors[0] != vectors[1]


def check_completion(api: Api, info: dict[str, Any]) -> None:
    """A text answer; the same answer streamed word by word by stream_completion."""
    prompt = "Tell me about the cat"
    result = api.completion(inference_id=info["inference_id"], input=prompt).body
    (answer,) = (item["result"] for item in result["completion"])
    assert answer
    with api.stream_completion(inference_id=info["inference_id"], input=prompt) as stream:
        deltas = [chunk["completion"][0]["delta"] for chunk in stream]
    assert len(deltas) > 1 and "".join(deltas) == answer


def check_chat_completion(api: Api, info: dict[str, Any]) -> None:
    """OpenAI-style chunks from chat_completion_unified; text() joins their contents."""
    messages = [{"role": "user", "content": "Tell me about the cat"}]
    with api.chat_completion_unified(inference_id=info["inference_id"], messages=messages) as s:
        chunks = list(s)
    contents = [c["choices"][0]["delta"].get("content", "") for c in chunks if c["choices"]]
    assert all(c["object"] == "chat.completion.chunk" for c in chunks)
    text = api.chat_completion_unified(inference_id=info["inference_id"], messages=messages).text()
    assert text == "".join(contents) and "cat" in text


CHECKS: dict[str, Callable[[Api, dict[str, Any]], None]] = {
    "text_embedding": check_text_embedding,
    "embedding": check_embedding,
    "sparse_embedding": check_sparse_embedding,
    "rerank": check_rerank,
    "completion": check_completion,
    "chat_completion": check_chat_completion,
}


@pytest.mark.fake_models
@pytest.mark.parametrize(("service_name", "task_type"), COMBINATIONS, ids=COMBINATION_IDS)
def test_inference_answers_for_the_task_type(
    api: Api, ids: EndpointIds, service_name: str, task_type: str
) -> None:
    CHECKS[task_type](api, create_endpoint(api, ids, service_name, task_type))
