"""A local server with embedding endpoints, and one way to run either embedder in a test."""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any

import pytest

from esinference import AsyncClient, Client
from esinference.helpers import EmbeddedText, EmbedError, async_embed, embed
from esinference.server import LocalServer, LoggedRequest

DIMENSIONS = 4


def create_endpoints(server: LocalServer) -> None:
    with Client(server.url) as client:
        client.inference.put_openai(
            task_type="text_embedding",
            openai_inference_id="emb",
            service="openai",
            service_settings={"api_key": "k", "model_id": "m", "dimensions": DIMENSIONS},
        )
        client.inference.put_openai(
            task_type="embedding",
            openai_inference_id="dense",
            service="openai",
            service_settings={"api_key": "k", "model_id": "m", "dimensions": DIMENSIONS},
        )
        client.inference.put_elser(
            task_type="sparse_embedding",
            elser_inference_id="sparse",
            service="elser",
            service_settings={"num_allocations": 1, "num_threads": 1},
        )
        client.inference.put_openai(
            task_type="completion",
            openai_inference_id="chat",
            service="openai",
            service_settings={"api_key": "k", "model_id": "m"},
        )


@pytest.fixture
def server(local_es: LocalServer) -> LocalServer:
    """The session's local server (our own pytest plugin), reset, with the test endpoints."""
    create_endpoints(local_es)
    local_es.clear_requests()
    return local_es


def run(
    sync: bool,
    hosts: str | Sequence[str],
    texts: Iterable[str],
    inference_id: str = "emb",
    **kwargs: Any,
) -> tuple[list[EmbeddedText], EmbedError | None]:
    """Every result of one run, with the EmbedError that ended it (if any)."""
    kwargs.setdefault("retry_backoff", 0.01)
    results: list[EmbeddedText] = []
    if sync:
        with Client(hosts) as client:
            try:
                for result in embed(client, inference_id, texts, **kwargs):
                    results.append(result)
            except EmbedError as error:
                return results, error
        return results, None

    async def main() -> EmbedError | None:
        async with AsyncClient(hosts) as client:
            try:
                async for result in async_embed(client, inference_id, texts, **kwargs):
                    results.append(result)
            except EmbedError as error:
                return error
        return None

    return results, asyncio.run(main())


def embedded_texts(requests: Iterable[LoggedRequest], inference_id: str = "emb") -> Counter[str]:
    """How many times the server embedded each text (requests a fault answered excluded)."""
    counts: Counter[str] = Counter()
    for request in requests:
        if request.method == "POST" and request.path.endswith("/" + inference_id):
            if request.fault in (None, "stall"):  # a stalled request is answered, late
                counts.update(_inputs(request))
    return counts


def _inputs(request: LoggedRequest) -> list[str]:
    """The texts of a request; none when its body was cut off (a node stopped mid-read)."""
    try:
        body = request.json()
    except ValueError:
        return []
    return list(body["input"]) if isinstance(body, dict) else []


def batch_sizes(requests: Iterable[LoggedRequest]) -> list[tuple[int, str | None]]:
    return [
        (len(r.json()["input"]), r.fault)
        for r in requests
        if r.method == "POST" and r.path.endswith("/emb")
    ]
