"""Fixtures of the adapter tests: a driver per client kind and the endpoints they call."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest

from esinference import Client
from esinference.server import LocalServer

from ._drive import MODES, Driver

EMBEDDINGS = "emb"  # cohere: takes input_type
PLAIN_EMBEDDINGS = "emb-openai"  # openai: no input_type
DENSE_EMBEDDINGS = "emb-95"  # the 9.5 embedding task, on jinaai: takes input_type
RERANK = "rerank"
CHAT = "chat"
CHAT_MODEL = "gpt-4o-mini"
# What both frameworks' version of one conversation with a tool call must send.
TOOL_CONVERSATION = [
    {"role": "system", "content": "Be brief."},
    {"role": "user", "content": "Weather in Paris?"},
    {
        "role": "assistant",
        "tool_calls": [
            {
                "id": "call_1",
                "type": "function",
                "function": {"name": "get_weather", "arguments": json.dumps({"city": "Paris"})},
            }
        ],
    },
    {"role": "tool", "content": "sunny", "tool_call_id": "call_1"},
]


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Apply a test module's ``MARKS`` (by test name, or name[params]) to inherited tests."""
    for item in items:
        marks = getattr(getattr(item, "module", None), "MARKS", None)
        if isinstance(item, pytest.Function) and marks:
            mark = marks.get(item.name) or marks.get(item.originalname)
            if mark is not None:
                item.add_marker(mark)


def create_endpoints(client: Client) -> None:
    """The endpoints every test here calls, on a freshly reset local server."""
    secret = {"api_key": "provider-key"}
    for task_type, inference_id, service, model in (
        ("text_embedding", EMBEDDINGS, "cohere", "embed-english-v3.0"),
        ("text_embedding", PLAIN_EMBEDDINGS, "openai", "text-embedding-3-small"),
        ("embedding", DENSE_EMBEDDINGS, "jinaai", "jina-embeddings-v4"),
        ("rerank", RERANK, "cohere", "rerank-v3.5"),
        ("chat_completion", CHAT, "openai", CHAT_MODEL),
    ):
        client.inference.put(
            task_type=task_type,
            inference_id=inference_id,
            body={"service": service, "service_settings": {**secret, "model_id": model}},
        )


def inference_bodies(es: LocalServer) -> list[dict[str, Any]]:
    """The JSON bodies of the POST requests the server received, oldest first."""
    return [r.json() for r in es.requests() if r.method == "POST"]


def vectors(driver: Driver, inference_id: str, texts: list[str], input_type: str) -> list[Any]:
    """What the client itself gets for ``texts``: the vectors an adapter must return."""
    if inference_id == DENSE_EMBEDDINGS:
        body = {"input": texts, "input_type": input_type}
        answer = driver.client.inference.embedding(inference_id=inference_id, embedding=body)
        return [item["embedding"] for item in answer.body["embeddings"]]
    answer = driver.client.inference.text_embedding(
        inference_id=inference_id, input=texts, input_type=input_type
    )
    return [item["embedding"] for item in answer.body["text_embedding"]]


def embedding_paths(es: LocalServer) -> list[str]:
    """The paths of the embedding requests the server received, oldest first."""
    return [r.path for r in es.requests() if r.method == "POST"]


@pytest.fixture
def es(local_es: LocalServer) -> LocalServer:
    """The local server with the endpoints created and the request log cleared."""
    with Client(local_es.url) as client:
        create_endpoints(client)
    local_es.clear_requests()
    return local_es


@pytest.fixture(params=MODES)
def driver(request: pytest.FixtureRequest, es: LocalServer) -> Iterator[Driver]:
    """Each test once through the sync client and once through the async one."""
    driving = Driver(request.param, es.url)
    yield driving
    driving.close()
