"""pytest plugin: ``pytest_plugins = ["esinference.server.pytest_plugin"]``.

Fixtures:
    local_es_server  one LocalServer for the whole session
    local_es         that server, reset (no endpoints, faults or logged requests) for each test
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from .testing.local import LocalServer


@pytest.fixture(scope="session")
def local_es_server() -> Iterator[LocalServer]:
    with LocalServer() as server:
        yield server


@pytest.fixture
def local_es(local_es_server: LocalServer) -> Iterator[LocalServer]:
    local_es_server.reset()
    yield local_es_server
    local_es_server.reset()
