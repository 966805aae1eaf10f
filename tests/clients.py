"""Fixtures for the reliability suite: the public clients, sync or async, over real sockets.

``Api`` drives ``Client`` or ``AsyncClient`` from synchronous test code (the async one on a
private event loop), so one test body checks both. The server is the session's in-process
``LocalServer`` (``local_es``, from our pytest plugin).
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from esinference import AsyncClient, Client
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
