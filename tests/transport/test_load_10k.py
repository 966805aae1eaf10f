"""10,000 requests at 32-way concurrency: no errors, and nothing leaks once the client closes.

Leaks are counted from the process: open file descriptors (/proc/self/fd) and live threads,
before the client exists and after it is closed (the in-process server's per-connection
threads end when the client's connections close).
"""

from __future__ import annotations

import asyncio
import os
import threading
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor

import pytest

from esinference import AsyncClient, Client
from esinference.server import LocalServer
from tests.clients import EMBEDDING_ID, Api, put_tiny_embedding

pytestmark = pytest.mark.timeout(90)

TOTAL = 10_000
CONCURRENCY = 32


def fds() -> int:
    return len(os.listdir("/proc/self/fd"))


def settled(baseline: tuple[int, int], timeout: float = 5.0) -> tuple[int, int]:
    """(fds, threads) once they are back at ``baseline`` or ``timeout`` has passed."""
    deadline = time.monotonic() + timeout
    while True:
        now = (fds(), threading.active_count())
        if (now[0] <= baseline[0] and now[1] <= baseline[1]) or time.monotonic() > deadline:
            return now
        time.sleep(0.02)


@pytest.fixture
def server(es: LocalServer) -> LocalServer:
    api = Api.open(True, es.url)
    put_tiny_embedding(api)
    api.close()
    es.clear_requests()
    return es


def check_log(server: LocalServer) -> None:
    inputs = Counter(r.json()["input"] for r in server.requests())
    assert len(inputs) == TOTAL and set(inputs.values()) == {1}  # each sent exactly once


def test_sync_load(server: LocalServer) -> None:
    baseline = settled((fds(), threading.active_count()))
    errors: list[BaseException] = []
    with Client(server.url, connections_per_node=CONCURRENCY) as client:

        def one(i: int) -> None:
            try:
                response = client.inference.text_embedding(inference_id=EMBEDDING_ID, input=str(i))
                assert len(response["text_embedding"][0]["embedding"]) == 2
            except BaseException as exc:  # every failure is counted
                errors.append(exc)

        with ThreadPoolExecutor(CONCURRENCY) as pool:
            list(pool.map(one, range(TOTAL)))
    assert errors == []
    check_log(server)
    after = settled(baseline)
    assert after[0] <= baseline[0] and after[1] <= baseline[1], (baseline, after)


def test_async_load(server: LocalServer) -> None:
    baseline = settled((fds(), threading.active_count()))
    errors: list[BaseException] = []

    async def main() -> None:
        async with AsyncClient(server.url, connections_per_node=CONCURRENCY) as client:
            numbers = iter(range(TOTAL))

            async def worker() -> None:
                for i in numbers:
                    try:
                        response = await client.inference.text_embedding(
                            inference_id=EMBEDDING_ID, input=str(i)
                        )
                        assert len(response["text_embedding"][0]["embedding"]) == 2
                    except Exception as exc:  # every failure is counted
                        errors.append(exc)

            await asyncio.gather(*(worker() for _ in range(CONCURRENCY)))

    asyncio.run(main())
    assert errors == []
    check_log(server)
    after = settled(baseline)
    assert after[0] <= baseline[0] and after[1] <= baseline[1], (baseline, after)
