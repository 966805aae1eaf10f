"""Cancellation (async) and many concurrent callers (both): no errors, no leaked sockets."""

from __future__ import annotations

import asyncio
import threading
from concurrent.futures import ThreadPoolExecutor

import pytest

from esinference._transport.asyncio_transport import AsyncioTransport
from esinference._transport.nodes import parse_hosts
from esinference._transport.settings import TransportSettings
from esinference._transport.urllib3_transport import Urllib3Transport
from tests.clients import post
from tests.fakes.scripted import Reply, ScriptedServer, stall
from tests.fakes.sockets import count_fds, open_connections, wait_until

pytestmark = pytest.mark.timeout(30)


def descriptors_released(fds_before: int) -> bool:
    """No descriptor left open beyond those open before the test.

    At most, not exactly: on a loaded machine a descriptor an earlier test left to the garbage
    collector may close meanwhile. Each test also checks the exact measure of a leaked socket,
    ``open_connections`` to its server.
    """
    return wait_until(lambda: count_fds() <= fds_before, timeout=15)


async def _wait_for_requests(server: ScriptedServer, count: int) -> None:
    while len(server.requests) < count:
        await asyncio.sleep(0.01)


def test_cancelled_request_closes_its_connection() -> None:
    fds_before = count_fds()
    with ScriptedServer(lambda r: stall(10) if r.target == "/stall" else Reply()) as server:
        transport = AsyncioTransport(parse_hosts(server.url).nodes)

        async def scenario() -> None:
            assert (await transport.perform(post("/warm"))).status == 200
            task = asyncio.create_task(transport.perform(post("/stall")))
            await _wait_for_requests(server, 2)
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task
            # The server sees the client hang up: the socket was closed, not pooled.
            for _ in range(200):
                if server.open_connections == 0:
                    break
                await asyncio.sleep(0.01)
            assert server.open_connections == 0
            assert (await transport.perform(post("/after"))).status == 200
            assert server.connections_accepted == 2
            await transport.close()
            assert open_connections(server.url) == 0

        asyncio.run(scenario())
    assert descriptors_released(fds_before)


def test_cancelled_stream_read_closes_its_connection() -> None:
    # Chunks at ~0.4 s and ~0.8 s; the caller gives up at 0.6 s, inside the second read.
    reply = Reply(body=b"", chunks=[b"data: 1\n\n", b"data: 2\n\n"], chunk_delay=0.4)
    with ScriptedServer(lambda r: reply) as server:
        transport = AsyncioTransport(
            parse_hosts(server.url).nodes, TransportSettings(connections_per_node=1)
        )
        received: list[bytes] = []

        async def read_all() -> None:
            stream = await transport.stream(post())
            async for chunk in stream:
                received.append(chunk)

        async def scenario() -> None:
            with pytest.raises(asyncio.TimeoutError):
                await asyncio.wait_for(read_all(), 0.6)
            assert received == [b"data: 1\n\n"]
            # The only slot was freed, and the next request needs a new connection.
            status = (await asyncio.wait_for(transport.perform(post()), 3.0)).status
            assert (status, server.connections_accepted) == (200, 2)
            await transport.close()

        asyncio.run(scenario())


def test_many_threads_share_the_sync_pool() -> None:
    fds_before = count_fds()
    with ScriptedServer() as server:
        transport = Urllib3Transport(
            parse_hosts(server.url).nodes, TransportSettings(connections_per_node=10)
        )
        errors: list[BaseException] = []
        lock = threading.Lock()

        def worker(_: int) -> None:
            for _ in range(50):
                try:
                    assert transport.perform(post()).status == 200
                except BaseException as exc:  # collected, asserted below
                    with lock:
                        errors.append(exc)

        with ThreadPoolExecutor(32) as pool:
            list(pool.map(worker, range(32)))
        transport.close()
        assert open_connections(server.url) == 0
        assert errors == []
        assert len(server.requests) == 32 * 50
        assert server.connections_accepted <= 10
    assert descriptors_released(fds_before)


def test_many_tasks_share_the_async_pool() -> None:
    fds_before = count_fds()
    with ScriptedServer(lambda r: Reply(delay=0.01)) as server:

        async def scenario() -> None:
            transport = AsyncioTransport(parse_hosts(server.url).nodes)
            results = await asyncio.gather(
                *(transport.perform(post()) for _ in range(64 * 10)), return_exceptions=True
            )
            assert [r for r in results if isinstance(r, BaseException)] == []
            assert transport.connections_opened() <= 64
            await transport.close()
            assert open_connections(server.url) == 0

        asyncio.run(scenario())
        assert len(server.requests) == 640
    assert descriptors_released(fds_before)
