"""Fixtures of the end-to-end suite: the target server, both clients, ids and clean-up.

``target`` is the local server unless ``ELASTICSEARCH_URL`` names a real cluster (see
``_target``); ``api`` runs each test once with the sync and once with the async client;
``server`` gives the local server's knobs and may only be used by tests marked ``knobs``.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from esinference import Client, NotFoundError
from esinference._gen.endpoints import ENDPOINTS
from esinference.server import LocalServer

from ._api import CALLED, MODES, Api, Mode
from ._catalogue import EndpointIds
from ._target import LOCAL_ONLY_MARKERS, Target, cluster_from_env, skip_reason


def pytest_configure(config: pytest.Config) -> None:
    for name, meaning in LOCAL_ONLY_MARKERS.items():
        config.addinivalue_line("markers", f"{name}: {meaning}; skipped against a real cluster")


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """How many of the client's methods the end-to-end tests called, per client."""
    if not CALLED:
        return
    for mode in MODES:
        called = {method for m, method in CALLED if m == mode}
        missing = sorted(set(ENDPOINTS) - called)
        line = f"e2e: {len(called)}/{len(ENDPOINTS)} methods called with the {mode} client"
        terminalreporter.write_line(line + (f"; not called: {missing}" if missing else ""))


@pytest.fixture(scope="session")
def _local_server(local_es_server: LocalServer) -> LocalServer:
    """The session's local server (our pytest plugin), started only when the target is local."""
    return local_es_server


@pytest.fixture(scope="session")
def target(request: pytest.FixtureRequest) -> Target:
    cluster = cluster_from_env(os.environ)
    if cluster is not None:
        return cluster
    server: LocalServer = request.getfixturevalue("_local_server")
    return Target(url=server.url)


@pytest.fixture(autouse=True)
def _skip_local_only_tests(request: pytest.FixtureRequest, target: Target) -> None:
    reason = skip_reason((m.name for m in request.node.iter_markers()), target)
    if reason is not None:
        pytest.skip(reason)


@pytest.fixture
def server(request: pytest.FixtureRequest, target: Target) -> Iterator[LocalServer]:
    """The local server's knobs, reset after the test; only for tests marked ``knobs``."""
    if request.node.get_closest_marker("knobs") is None:
        raise pytest.UsageError(f"{request.node.nodeid} uses server knobs: mark it knobs")
    assert target.is_local
    local: LocalServer = request.getfixturevalue("_local_server")
    yield local
    local.reset()  # faults, references, latency, request log (and this test's endpoints)


@pytest.fixture
def ids(target: Target) -> Iterator[EndpointIds]:
    """Unique endpoint ids; every endpoint created under one is deleted after the test."""
    issued = EndpointIds()
    yield issued
    with Client(target.url, **target.client_options()) as client:
        for inference_id in issued.issued:
            try:
                client.inference.delete(inference_id=inference_id, force=True)
            except NotFoundError:
                pass


def make_api(mode: Mode, target: Target) -> Api:
    return Api(mode, target.url, **target.client_options())


@pytest.fixture(params=MODES)
def api(request: pytest.FixtureRequest, target: Target) -> Iterator[Api]:
    """The Inference API through the sync client, then through the async one."""
    client_api = make_api(request.param, target)
    yield client_api
    client_api.close()
