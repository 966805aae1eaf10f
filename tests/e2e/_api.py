"""One test body for both clients: ``Api`` calls the sync ``Client`` or drives the ``AsyncClient``.

``api.get(inference_id="x")`` is ``client.inference.get(inference_id="x")``; for the async client
the coroutine runs to completion on a private event loop. Streaming methods return a
``StreamView`` with the sync Stream's surface (iterate, ``text()``, ``close()``, ``with``); for
the async client each step is one ``__anext__`` on the loop and leaving early runs ``aclose()``.
Tests that exercise what only asyncio has (cancellation, a bare ``async for`` left early) use
``api.run(coroutine)`` and ``api.aclient`` directly.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable, Coroutine, Iterator
from types import TracebackType
from typing import Any, Literal, TypeVar

from esinference import AsyncClient, Client
from esinference._gen.endpoints import ENDPOINTS
from esinference.streaming import AsyncStream, Stream

T = TypeVar("T")
Mode = Literal["sync", "async"]
MODES: tuple[Mode, ...] = ("sync", "async")

# (client mode, method) of every call made through an Api: the suite's method coverage.
CALLED: set[tuple[Mode, str]] = set()


class Api:
    """The Inference API through the sync or the async client, called the same way."""

    def __init__(self, mode: Mode, url: str, **client_options: Any) -> None:
        self.mode = mode
        self.url = url
        self._loop: asyncio.AbstractEventLoop | None = None
        self._client: Client | None = None
        self._aclient: AsyncClient | None = None
        if mode == "async":
            self._loop = asyncio.new_event_loop()
            self._aclient = AsyncClient(url, **client_options)
        else:
            self._client = Client(url, **client_options)

    @property
    def is_async(self) -> bool:
        return self.mode == "async"

    @property
    def aclient(self) -> AsyncClient:
        assert self._aclient is not None, "only the async Api has an AsyncClient"
        return self._aclient

    def run(self, coroutine: Coroutine[Any, Any, T]) -> T:
        """Run a coroutine on this Api's event loop (async mode only)."""
        assert self._loop is not None, "only the async Api has an event loop"
        return self._loop.run_until_complete(coroutine)

    def call(self, method: str, **args: Any) -> Any:
        """``client.inference.<method>(**args)``; streams come back as a StreamView."""
        CALLED.add((self.mode, method))
        if self._aclient is not None:
            result = self.run(getattr(self._aclient.inference, method)(**args))
        else:
            assert self._client is not None
            result = getattr(self._client.inference, method)(**args)
        return StreamView(result, self) if ENDPOINTS[method].streaming else result

    def __getattr__(self, method: str) -> Callable[..., Any]:
        if method not in ENDPOINTS:
            raise AttributeError(method)

        def bound(**args: Any) -> Any:
            return self.call(method, **args)

        return bound

    def settle(self) -> None:
        """Let the event loop run what closing a connection scheduled (no-op for sync)."""
        if self._loop is not None:
            self.run(asyncio.sleep(0.01))

    def close(self) -> None:
        if self._aclient is not None and self._loop is not None:
            self.run(self._aclient.close())
            self._loop.run_until_complete(self._loop.shutdown_asyncgens())
            self._loop.close()
        elif self._client is not None:
            self._client.close()

    def __repr__(self) -> str:
        return f"<Api {self.mode} {self.url}>"


async def _next(chunks: AsyncIterator[dict[str, Any]]) -> tuple[bool, dict[str, Any]]:
    try:
        return True, await chunks.__anext__()
    except StopAsyncIteration:
        return False, {}


class StreamView:
    """A Stream, or an AsyncStream stepped on the Api's loop, behind the sync Stream's surface."""

    def __init__(self, stream: Stream | AsyncStream, api: Api) -> None:
        self.stream = stream
        self._api = api

    @property
    def status(self) -> int:
        return self.stream.status

    def __iter__(self) -> Iterator[dict[str, Any]]:
        if isinstance(self.stream, Stream):
            yield from self.stream
            return
        chunks = self.stream.__aiter__()
        try:
            while True:
                more, chunk = self._api.run(_next(chunks))
                if not more:
                    return
                yield chunk
        finally:
            self._api.run(chunks.aclose())  # what leaving an ``async for`` early should do

    def text(self) -> str:
        if isinstance(self.stream, Stream):
            return self.stream.text()
        return self._api.run(self.stream.text())

    def close(self) -> None:
        if isinstance(self.stream, Stream):
            self.stream.close()
        else:
            self._api.run(self.stream.aclose())

    def __enter__(self) -> StreamView:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()
