"""One test body for both paths: ``Driver`` calls an adapter's sync method or its async twin.

``driver.call(adapter, "invoke", "hi")`` is ``adapter.invoke("hi")`` with the sync client and
``await adapter.ainvoke("hi")`` with the async one (run on the driver's own event loop). Both
frameworks name the async twin ``"a" + name``. Streams come back as lists, read to the end.
"""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import AsyncIterator, Iterator
from typing import Any, Literal

from esinference import AsyncClient, Client

Mode = Literal["sync", "async"]
MODES: tuple[Mode, ...] = ("sync", "async")


class Driver:
    """A client of one kind, and the means to call adapters that hold it."""

    def __init__(self, mode: Mode, url: str, **client_options: Any) -> None:
        self.mode = mode
        self.url = url
        self._loop = asyncio.new_event_loop() if mode == "async" else None
        self.client = Client(url, **client_options)  # sync: the adapter's; async: for set-up
        self._aclient = AsyncClient(url, **client_options) if mode == "async" else None

    @property
    def clients(self) -> dict[str, Any]:
        """The keyword arguments that give an adapter this driver's client."""
        if self._aclient is not None:
            return {"async_client": self._aclient}
        return {"client": self.client}

    def call(self, adapter: Any, method: str, *args: Any, **kwargs: Any) -> Any:
        if self._loop is None:
            return _read(getattr(adapter, method)(*args, **kwargs))
        return self._loop.run_until_complete(
            _aread(getattr(adapter, "a" + method)(*args, **kwargs))
        )

    def read_until_error(
        self, adapter: Any, method: str, *args: Any
    ) -> tuple[list[Any], BaseException | None]:
        """Iterate a streaming method as far as it goes: the items yielded, then what it raised."""
        items: list[Any] = []

        async def aread() -> None:
            result = getattr(adapter, "a" + method)(*args)
            async for item in await result if inspect.isawaitable(result) else result:
                items.append(item)

        try:
            if self._loop is None:
                items.extend(getattr(adapter, method)(*args))
            else:
                self._loop.run_until_complete(aread())
        except Exception as error:
            return items, error
        return items, None

    def close(self) -> None:
        self.client.close()
        if self._loop is not None and self._aclient is not None:
            self._loop.run_until_complete(self._aclient.close())
            self._loop.close()


def _read(result: Any) -> Any:
    return list(result) if isinstance(result, Iterator) else result


async def _aread(result: Any) -> Any:
    if inspect.isawaitable(result):
        result = await result
    if isinstance(result, AsyncIterator):
        return [item async for item in result]
    return result
