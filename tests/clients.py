"""One test body for sync and async: the public clients (``open_api``) and the transports
(``make_client``), driven from synchronous test code (async ones on a private event loop).

The fixtures are registered for every suite by ``tests/conftest.py``; ``sync`` runs a test
once with each kind. ``es`` is the session's in-process ``LocalServer`` (``local_es``, from
our pytest plugin).
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from esinference import AsyncClient, Client
from esinference._transport.asyncio_transport import AsyncioTransport
from esinference._transport.nodes import NodeConfig, parse_hosts
from esinference._transport.records import HttpRequest, HttpResponse
from esinference._transport.retry import RetryPolicy
from esinference._transport.settings import TransportSettings
from esinference._transport.urllib3_transport import Urllib3Transport
from esinference.server import LocalServer

SECRET = "sk-PLANTED-9f3a7c1e"  # an OpenAI-style key that must never be printed or logged
EMBEDDING_ID = "tiny"


class Api:
    """One public client, sync or async, called the same way: ``api.call("get", ...)``."""

    def __init__(
        self, sync: bool, client: Client | AsyncClient, loop: asyncio.AbstractEventLoop | None
    ) -> None:
        self.sync = sync
        self.client = client
        self.loop = loop

    @classmethod
    def open(cls, sync: bool, hosts: Any, **options: Any) -> Api:
        if sync:
            return cls(True, Client(hosts, **options), None)
        loop = asyncio.new_event_loop()
        return cls(False, AsyncClient(hosts, **options), loop)

    def run(self, awaitable: Any) -> Any:
        assert self.loop is not None
        return self.loop.run_until_complete(awaitable)

    def call(self, name: str, **args: Any) -> Any:
        method = getattr(self.client.inference, name)
        return method(**args) if self.sync else self.run(method(**args))

    def options(self, **options: Any) -> Api:
        return Api(self.sync, self.client.options(**options), self.loop)

    def stream_text(self, name: str, **args: Any) -> list[Any]:
        """Open a stream, read it to the end, return its chunks."""
        if self.sync:
            with self.call(name, **args) as stream:
                return list(stream)

        async def read() -> list[Any]:
            stream = await getattr(self.client.inference, name)(**args)
            async with stream:
                return [chunk async for chunk in stream]

        return self.run(read())  # type: ignore[no-any-return]

    def close(self) -> None:
        if isinstance(self.client, Client):
            self.client.close()
            return
        self.run(self.client.close())
        self.run(asyncio.sleep(0.01))  # let the closed sockets' callbacks run
        assert self.loop is not None
        self.loop.close()


OpenApi = Callable[..., Api]


@pytest.fixture(params=[True, False], ids=["sync", "async"])
def sync(request: pytest.FixtureRequest) -> bool:
    return bool(request.param)


@pytest.fixture
def open_api(sync: bool) -> Iterator[OpenApi]:
    """Open a client of this test's kind; every one is closed at the end of the test."""
    opened: list[Api] = []

    def open_(hosts: Any, **options: Any) -> Api:
        options.setdefault("request_timeout", 5.0)
        api = Api.open(sync, hosts, **options)
        opened.append(api)
        return api

    yield open_
    for api in opened:
        api.close()


def post(
    target: str = "/_inference/my-endpoint", body: bytes = b'{"input":"hi"}', **kw: Any
) -> HttpRequest:
    return HttpRequest("POST", target, {"Content-Type": "application/json"}, body, **kw)


class TransportClient:
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
                retry_backoff_base=retry.retry_backoff_base,
                retry_backoff_cap=retry.retry_backoff_cap,
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


MakeClient = Callable[..., TransportClient]


@pytest.fixture
def make_client(sync: bool) -> Iterator[MakeClient]:
    """Open a transport of this test's kind; every one is closed at the end of the test."""
    clients: list[TransportClient] = []

    def make(hosts: str | list[str], **options: Any) -> TransportClient:
        options.setdefault("request_timeout", 2.0)
        client = TransportClient(sync, hosts, **options)
        clients.append(client)
        return client

    yield make
    for client in clients:
        client.close()


@pytest.fixture
def es(local_es: LocalServer) -> LocalServer:
    """The session's local server (our pytest plugin), with no endpoints, faults or requests."""
    return local_es


def put_tiny_embedding(api: Api, inference_id: str = EMBEDDING_ID) -> None:
    """A 2-dimension text_embedding endpoint: the cheapest real inference call."""
    api.call(
        "put_openai",
        task_type="text_embedding",
        openai_inference_id=inference_id,
        service="openai",
        service_settings={"api_key": SECRET, "model_id": "text-embedding-3-small", "dimensions": 2},
    )


def put_completion(client: Client, inference_id: str = "chat") -> None:
    """A completion endpoint whose stream_completion answers token by token."""
    client.inference.put_openai(
        task_type="completion",
        openai_inference_id=inference_id,
        service="openai",
        service_settings={"api_key": "k", "model_id": "gpt-4o"},
    )
