"""The corpus's server: an Elasticsearch 9 look-alike with its default endpoints, reset per test.

Elasticsearch's own tests run against a cluster that always has the three ``.…-elasticsearch``
default endpoints (they count them: InferenceCrudIT.testCRUD lists 9 endpoints it made plus 3), so
the corpus starts its server with ``default_endpoints=True``; ``reset()`` brings them back.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from esinference.server import LocalServer
from tests.server.conftest import Http


@pytest.fixture(scope="session")
def peer_server() -> Iterator[LocalServer]:
    with LocalServer(default_endpoints=True) as server:
        yield server


@pytest.fixture
def server(peer_server: LocalServer) -> Iterator[LocalServer]:
    peer_server.reset()
    yield peer_server
    peer_server.reset()


@pytest.fixture
def http(server: LocalServer) -> Http:
    return Http(server.url)
