"""The concurrent workload: N requests with C in flight at a time, per asyncio client."""

from __future__ import annotations

import json
import statistics
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

from _measure import percentile

import esinference

Send = Callable[[], Awaitable[object]]
PATH = "/_inference/text_embedding/small"
INPUT = ["hello world"]


@dataclass
class AsyncSamples:
    """Per-round results of one client."""

    throughput: list[float] = field(default_factory=list)  # requests per second
    p50: list[float] = field(default_factory=list)
    p99: list[float] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)  # process CPU seconds per request

    def median(self, name: str) -> float:
        return statistics.median(getattr(self, name))


async def run_concurrently(send: Send, total: int, concurrency: int) -> tuple[float, list[float]]:
    """Send ``total`` requests from ``concurrency`` workers; (wall seconds, latencies)."""
    import asyncio

    latencies: list[float] = []
    remaining = total

    async def worker() -> None:
        nonlocal remaining
        while remaining > 0:
            remaining -= 1
            started = time.perf_counter()
            await send()
            latencies.append(time.perf_counter() - started)

    started = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    return time.perf_counter() - started, latencies


async def interleaved(
    clients: dict[str, Send], rounds: int, total: int, concurrency: int
) -> dict[str, AsyncSamples]:
    samples = {name: AsyncSamples() for name in clients}
    for send in clients.values():  # warm-up: open the connections
        await run_concurrently(send, concurrency * 2, concurrency)
    names = list(clients)
    for r in range(rounds):
        for name in names[r % len(names) :] + names[: r % len(names)]:
            cpu0 = time.process_time()
            wall, latencies = await run_concurrently(clients[name], total, concurrency)
            cpu = time.process_time() - cpu0
            s = samples[name]
            s.throughput.append(total / wall)
            s.p50.append(percentile(latencies, 0.50))
            s.p99.append(percentile(latencies, 0.99))
            s.cpu.append(cpu / total)
    return samples


def ours(url: str, **options: object) -> tuple[Send, Callable[[], Awaitable[None]]]:
    client = esinference.AsyncClient(url, **options)  # type: ignore[arg-type]

    async def send() -> object:
        return await client.inference.text_embedding(inference_id="small", input=INPUT)

    return send, client.close


def elasticsearch_py(url: str) -> tuple[Send, Callable[[], Awaitable[None]]] | None:
    try:
        from elasticsearch import AsyncElasticsearch
    except ImportError:
        return None
    client = AsyncElasticsearch(url)

    async def send() -> object:
        return await client.inference.text_embedding(inference_id="small", input=INPUT)

    return send, client.close


def bare_aiohttp(url: str, limit: int) -> tuple[Send, Callable[[], Awaitable[None]]] | None:
    """The floor: one aiohttp session, a fixed header dict, ``json.loads`` of the body."""
    try:
        import aiohttp
    except ImportError:
        return None
    session = aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=limit))
    headers = {"content-type": "application/json", "accept": "application/json"}
    target = url + PATH

    async def send() -> object:
        body = json.dumps({"input": INPUT}).encode()
        async with session.post(target, data=body, headers=headers) as response:
            assert response.status == 200
            return json.loads(await response.read())

    return send, session.close
