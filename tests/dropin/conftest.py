"""Fixtures for the drop-in suite: both clients (from the reliability suite) and OpenTelemetry.

OpenTelemetry allows one global tracer provider per process, so ``spans`` installs an SDK
provider with an in-memory exporter once for the session and clears it for each test; a
check that needs *no* provider runs in a subprocess.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tests.capture_server import CaptureServer, Reply, capture_server
from tests.reliability.conftest import open_api, sync  # noqa: F401 - fixtures used here

SECRET_KEY = "sk-ECHOED-4b1d9e2f"  # a provider key the server quotes back in an error


@pytest.fixture(scope="session")
def _exporter() -> Iterator[Any]:
    from opentelemetry import trace
    from opentelemetry.sdk.trace import TracerProvider
    from opentelemetry.sdk.trace.export import SimpleSpanProcessor
    from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

    exporter = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    trace.set_tracer_provider(provider)
    yield exporter
    provider.shutdown()  # later suites keep calling; their spans are dropped


@pytest.fixture
def spans(_exporter: Any) -> Iterator[Any]:
    """The in-memory exporter, empty at the start of the test: ``spans.get_finished_spans()``."""
    _exporter.clear()
    yield _exporter
    _exporter.clear()


@pytest.fixture(scope="session")
def _capture_server() -> Iterator[CaptureServer]:
    with capture_server() as server:  # stopping one takes 0.5 s: share it
        yield server


@pytest.fixture
def capture(_capture_server: CaptureServer) -> CaptureServer:
    """A server answering with ``capture.reply`` (reset to the default) and recording requests."""
    _capture_server.reply = Reply()
    _capture_server.take()
    return _capture_server
