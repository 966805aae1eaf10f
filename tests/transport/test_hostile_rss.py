"""The big attacks of issue 23 at the default limits, measured: a client in a subprocess
(its peak RSS is its own, ``ru_maxrss``) against a hostile server in this one.

Each must end in the expected package exception with the process growing by less than
2 x the limit + 100 MiB (the issue's bound; 612 MiB for the 256 MiB default), sync and async.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator

import pytest

from tests.fakes import hostile
from tests.fakes.scripted import Fault, ScriptedServer

MiB = 1024 * 1024
DEFAULT_LIMIT = 256 * MiB
EVENT_LIMIT = 16 * MiB

CLIENT = """
import asyncio, json, resource, sys, time
import esinference

url, sync, call = sys.argv[1], sys.argv[2] == "sync", sys.argv[3]
options = {"max_retries": 0, "request_timeout": 30}
client = esinference.Client(url, **options) if sync else esinference.AsyncClient(url, **options)
base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss

async def read_async():
    stream = await client.inference.stream_completion(inference_id="chat", input="hi")
    async with stream:
        return [chunk async for chunk in stream]

def attempt():
    if call == "get":
        return client.inference.get() if sync else asyncio.run(client.inference.get())
    if sync:
        with client.inference.stream_completion(inference_id="chat", input="hi") as stream:
            return list(stream)
    return asyncio.run(read_async())

started = time.monotonic()
try:
    attempt()
    error = None
except Exception as exc:
    error = type(exc).__name__
elapsed = time.monotonic() - started
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"error": error, "elapsed": elapsed, "growth": (peak - base) * 1024,
                  "peak": peak * 1024}))
"""


@pytest.fixture
def server() -> Iterator[ScriptedServer]:
    with ScriptedServer() as started:
        yield started


def measure(
    server: ScriptedServer, fault: Fault, sync: bool, call: str = "get"
) -> dict[str, object]:
    server.handler = hostile.once(fault)
    kind = "sync" if sync else "async"
    done = subprocess.run(
        [sys.executable, "-c", CLIENT, server.url, kind, call],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr  # never a crash (a segfault is -11)
    result: dict[str, object] = json.loads(done.stdout)
    return result


@pytest.mark.parametrize(
    ("attack", "call", "limit"),
    [
        (lambda: hostile.compression_bomb(1024 * MiB), "get", DEFAULT_LIMIT),
        (lambda: hostile.declared_length(3 * 1024 * MiB), "get", DEFAULT_LIMIT),
        (hostile.endless_chunks, "get", DEFAULT_LIMIT),
        (hostile.endless_event_line, "stream", EVENT_LIMIT),
    ],
    ids=["gzip-to-1GiB", "content-length-3GiB", "endless-chunked", "endless-sse-line"],
)
def test_a_big_attack_ends_in_a_size_error_within_bounded_memory(
    server: ScriptedServer, sync: bool, attack: object, call: str, limit: int
) -> None:
    result = measure(server, attack(), sync, call)  # type: ignore[operator]
    assert result["error"] == "ResponseTooLargeError", result
    assert isinstance(result["growth"], int) and result["growth"] < 2 * limit + 100 * MiB, result
    assert isinstance(result["peak"], int) and result["peak"] < 700 * MiB, result
    assert isinstance(result["elapsed"], float) and result["elapsed"] < 30, result
    print(f"{'sync' if sync else 'async'}: {result}")
