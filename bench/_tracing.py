"""What OpenTelemetry support costs a call when no tracer provider is configured.

The small sync workload three ways, on one client each: tracing switched off (the floor: no
check at all), opentelemetry installed but not imported by anyone, and opentelemetry
imported with no provider set (what an application that imports it for something else
sees). Spans are only made once a provider is set, so the last two should match the floor.
"""

from __future__ import annotations

import sys
import timeit
from collections.abc import Callable

import esinference
from esinference._gen import endpoints
from esinference._otel import Tracing

Runner = Callable[[int], None]


def _client(url: str, tracing: bool) -> esinference.Client:
    client = esinference.Client(url)
    client._tracing = Tracing(enabled=tracing)
    return client


def runners(url: str, inference_id: str, inputs: list[str]) -> dict[str, Runner]:
    off, on = _client(url, False), _client(url, True)

    def call(client: esinference.Client, n: int) -> None:
        for _ in range(n):
            client.inference.text_embedding(inference_id=inference_id, input=inputs)

    def not_imported(n: int) -> None:
        hidden = {m: sys.modules.pop(m) for m in list(sys.modules) if m.startswith("opentelemetry")}
        try:
            call(on, n)
        finally:
            sys.modules.update(hidden)

    found: dict[str, Runner] = {
        "tracing off (OTEL_..._ENABLED=false)": lambda n: call(off, n),
        "opentelemetry not imported": not_imported,
    }
    try:
        import opentelemetry.trace  # noqa: F401
    except ImportError:
        return found
    found["opentelemetry imported, no provider"] = lambda n: call(on, n)
    return found


def check_cost() -> dict[str, float]:
    """Seconds per call of the check alone (``Tracing.start`` returning None), by state."""
    tracing = Tracing(enabled=True)
    args = {"inference_id": "small", "input": ["hello world"]}

    def seconds() -> float:
        def start() -> object:
            return tracing.start(endpoints.TEXT_EMBEDDING, args, "/")

        return min(timeit.repeat(start, number=20_000, repeat=5)) / 20_000

    hidden = {m: sys.modules.pop(m) for m in list(sys.modules) if m.startswith("opentelemetry")}
    try:
        costs = {"opentelemetry not imported": seconds()}
    finally:
        sys.modules.update(hidden)
    if "opentelemetry.trace" in sys.modules:
        costs["opentelemetry imported, no provider"] = seconds()
    return costs
