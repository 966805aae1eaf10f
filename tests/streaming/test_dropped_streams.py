"""A stream dropped without being read or closed gives its connection back.

With one connection per node, a dropped stream that kept its connection would block every
later call for good: the sync client's pool waits for a free connection, the async
client's node waits for a free slot. Dropping it ends its span too (``tests/dropin``).
(CPython finalizes a dropped stream at once: no ``gc.collect()``, which in the whole
suite's heap made these tests take 1.4 s each instead of a few milliseconds.)
"""

from __future__ import annotations

import asyncio

import pytest

from esinference import AsyncClient, Client
from esinference.server import LocalServer
from tests.clients import put_completion

pytestmark = pytest.mark.timeout(30)  # a kept connection shows as a call that never ends


def test_a_dropped_stream_gives_its_connection_back(local_es: LocalServer) -> None:
    with Client(local_es.url, connections_per_node=1) as client:
        put_completion(client)
        for _ in range(3):
            client.inference.stream_completion(inference_id="chat", input="hi")  # dropped
        assert client.inference.completion(inference_id="chat", input="hi").body["completion"]


def test_a_dropped_async_stream_gives_its_connection_back(local_es: LocalServer) -> None:
    with Client(local_es.url) as client:
        put_completion(client)

    async def main() -> None:
        async with AsyncClient(local_es.url, connections_per_node=1) as client:
            for _ in range(3):
                await client.inference.stream_completion(inference_id="chat", input="hi")
            answer = await asyncio.wait_for(
                client.inference.completion(inference_id="chat", input="hi"), 10
            )
            assert answer.body["completion"]

    asyncio.run(main())
