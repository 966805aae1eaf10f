"""One client facade over both transports, so a test body runs for sync and async alike."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from esinference._transport.asyncio_transport import AsyncioTransport
from esinference._transport.nodes import NodeConfig, parse_hosts
from esinference._transport.records import HttpRequest, HttpResponse
from esinference._transport.retry import RetryPolicy
from esinference._transport.settings import TransportSettings
from esinference._transport.urllib3_transport import Urllib3Transport


def post(
    target: str = "/_inference/my-endpoint", body: bytes = b'{"input":"hi"}', **kw: Any
) -> HttpRequest:
    return HttpRequest("POST", target, {"Content-Type": "application/json"}, body, **kw)


class Client:
    """Drives either transport from synchronous test code (async: on one private loop)."""

    def __init__(self, sync: bool, hosts: str | list[str], **options: Any) -> None:
        self.sync = sync
        nodes: list[NodeConfig] = list(parse_hosts(hosts).nodes)
        self.loop: asyncio.AbstractEventLoop | None = None
        retry: RetryPolicy | None = options.pop("retry", None)
        if retry is not None:  # a whole policy, spelled as the settings spell it
            options.update(
                max_retries=retry.max_retries,
                retry_on_status=retry.retry_on_status,
                retry_on_timeout=retry.retry_on_timeout,
                retry_on_disconnect=retry.retry_on_disconnect,
                retry_backoff_base=retry.backoff_base,
                retry_backoff_cap=retry.backoff_max,
            )
        options.setdefault("randomize_nodes_in_pool", False)  # the tests name nodes in order
        settings = TransportSettings(**options)
        if sync:
            self.transport: Any = Urllib3Transport(nodes, settings)
        else:
            self.loop = asyncio.new_event_loop()
            self.transport = AsyncioTransport(nodes, settings)

    def run(self, awaitable: Any) -> Any:
        assert self.loop is not None
        return self.loop.run_until_complete(awaitable)

    def perform(self, request: HttpRequest | None = None) -> HttpResponse:
        request = request or post()
        if self.sync:
            return self.transport.perform(request)  # type: ignore[no-any-return]
        return self.run(self.transport.perform(request))  # type: ignore[no-any-return]

    def stream(self, request: HttpRequest | None = None) -> tuple[int, list[tuple[float, bytes]]]:
        """Status and (arrival time, chunk) pairs of a streamed response read to the end."""
        request = request or post()
        if self.sync:
            stream = self.transport.stream(request)
            try:
                return stream.status, [(time.monotonic(), chunk) for chunk in stream]
            finally:
                stream.close()

        async def read() -> tuple[int, list[tuple[float, bytes]]]:
            stream = await self.transport.stream(request)
            try:
                return stream.status, [(time.monotonic(), c) async for c in stream]
            finally:
                await stream.aclose()

        return self.run(read())  # type: ignore[no-any-return]

    def stream_first_chunk(self, request: HttpRequest | None = None) -> bytes:
        """Open a stream, read one chunk, close it with the rest unread."""
        request = request or post()
        if self.sync:
            stream = self.transport.stream(request)
            try:
                return next(iter(stream))  # type: ignore[no-any-return]
            finally:
                stream.close()

        async def read() -> bytes:
            stream = await self.transport.stream(request)
            try:
                async for chunk in stream:
                    return chunk  # type: ignore[no-any-return]
                raise AssertionError("empty stream")
            finally:
                await stream.aclose()

        return self.run(read())  # type: ignore[no-any-return]

    def close(self) -> None:
        if self.sync:
            self.transport.close()
            return
        self.run(self.transport.close())
        assert self.loop is not None
        self.run(asyncio.sleep(0.01))  # let closed sockets' callbacks run
        self.loop.close()


MakeClient = Callable[..., Client]


@pytest.fixture(params=[True, False], ids=["sync", "async"])
def make_client(request: pytest.FixtureRequest) -> Iterator[MakeClient]:
    clients: list[Client] = []

    def make(hosts: str | list[str], **options: Any) -> Client:
        options.setdefault("request_timeout", 2.0)
        client = Client(request.param, hosts, **options)
        clients.append(client)
        return client

    yield make
    for client in clients:
        client.close()
