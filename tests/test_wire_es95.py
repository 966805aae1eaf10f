"""Differential: for every method of elasticsearch-py 9.5.1's ``client.inference``, random valid
arguments sent by its client and by ours reach the server as the same request (method, path,
query parameters, JSON body); experimental ones warn alike."""

from __future__ import annotations

import asyncio
import copy
import json
import warnings
from collections.abc import Iterator
from typing import Any

import pytest
from elasticsearch import Elasticsearch
from hypothesis import HealthCheck, given, settings

import esinference.errors
from esinference import AsyncClient, Client, GeneralAvailabilityWarning
from tests.capture_server import Captured, CaptureServer, capture_server
from tests.spec_strategies import ENDPOINTS, valid_args
from tests.test_signatures import REFERENCE

FAST = settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.fixture(scope="module")
def server() -> Iterator[CaptureServer]:
    with capture_server() as srv:
        yield srv


@pytest.fixture(scope="module")
def clients(server: CaptureServer) -> Iterator[tuple[Elasticsearch, Client]]:
    with Elasticsearch(server.url) as es, Client(server.url) as ours:
        yield es, ours


def seen(sent: Captured) -> tuple[str, str, list[str], Any]:
    """What the server acts on: method, path, query parameters (any order), parsed body."""
    path, _, query = sent.target.partition("?")
    body = json.loads(sent.body) if sent.body else None
    return sent.method, path, sorted(query.split("&")) if query else [], body


def test_every_reference_method_is_in_our_spec() -> None:
    assert set(REFERENCE) <= set(ENDPOINTS)


@pytest.mark.parametrize("name", sorted(REFERENCE))
def test_both_clients_send_the_same_request(
    name: str, server: CaptureServer, clients: tuple[Elasticsearch, Client]
) -> None:
    es, ours = clients

    @FAST
    @given(args=valid_args(ENDPOINTS[name]))
    def check(args: dict[str, Any]) -> None:
        server.take()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # both warn on experimental APIs (tested elsewhere)
            # Each gets its own copy: elasticsearch-py merges fields into the body= it is given.
            getattr(es.inference, name)(**copy.deepcopy(args))
            getattr(ours.inference, name)(**copy.deepcopy(args))
        theirs, mine = server.take()
        assert seen(mine) == seen(theirs)

    check()


def test_experimental_methods_warn_like_elasticsearch_py(
    server: CaptureServer, clients: tuple[Elasticsearch, Client]
) -> None:
    es, ours = clients
    with pytest.warns(Warning) as theirs:
        es.inference.embedding(inference_id="e", embedding={"input": "hi"})
    with pytest.warns(GeneralAvailabilityWarning) as mine:
        ours.inference.embedding(inference_id="e", embedding={"input": "hi"})
    with pytest.warns(GeneralAvailabilityWarning) as mine_async:
        asyncio.run(_embed_async(server.url))
    (expected,), (got,), (got_async,) = theirs, mine, mine_async
    assert type(expected.message).__name__ == "GeneralAvailabilityWarning"
    assert str(got.message) == str(got_async.message) == str(expected.message)
    assert got.filename == got_async.filename == expected.filename == __file__  # the caller's line
    assert esinference.errors.GeneralAvailabilityWarning is GeneralAvailabilityWarning


def test_the_async_experimental_method_warns_when_called_not_when_awaited(
    server: CaptureServer,
) -> None:
    async def call_then_await() -> None:
        async with AsyncClient(server.url) as client:
            with pytest.warns(GeneralAvailabilityWarning) as called:
                pending = client.inference.embedding(inference_id="e", embedding={"input": "hi"})
            assert called[0].filename == __file__
            with warnings.catch_warnings():
                warnings.simplefilter("error")  # awaiting warns no second time
                await pending

    asyncio.run(call_then_await())


async def _embed_async(url: str) -> None:
    async with AsyncClient(url) as client:
        await client.inference.embedding(inference_id="e", embedding={"input": "hi"})
