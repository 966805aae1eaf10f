"""``ClientConfig``: a client's settings as a picklable value, rebuilt into a client elsewhere.

What engine workers receive instead of the client (which refuses pickling): the nodes,
headers and transport settings, never a connection; the credentials only if the caller
passed them (or read from the workers' environment with ``api_key_env``); never printed.
"""

from __future__ import annotations

import asyncio
import dataclasses
import pickle
import ssl

import pytest

from esinference import AsyncClient, Client
from esinference.helpers import ClientConfig
from esinference.helpers._client_config import _NOT_COPIED
from esinference.server import LocalServer


def test_a_client_refuses_pickling_but_its_config_travels(local_es: LocalServer) -> None:
    with Client(local_es.url, request_timeout=7, max_retries=1, headers={"x-team": "a"}) as client:
        with pytest.raises(TypeError):
            pickle.dumps(client)
        config = pickle.loads(pickle.dumps(ClientConfig.of(client)))
    assert config.hosts == (local_es.url,)
    assert dict(config.headers)["x-team"] == "a"
    assert config.request_timeout == 7
    assert dict(config.settings)["max_retries"] == 1
    with config.client() as rebuilt:
        assert rebuilt.inference.get().body == {"endpoints": []}
        assert rebuilt.transport.settings.request_timeout == 7
    assert local_es.requests()[-1].headers["x-team"] == "a"


def test_options_of_the_client_travel_too(local_es: LocalServer) -> None:
    with Client(local_es.url) as client:
        config = ClientConfig.of(client.options(request_timeout=3, retry_on_status=[503]))
    assert (config.request_timeout, config.retry_on_status) == (3, (503,))


def test_the_credentials_travel_as_passed_and_are_never_printed(local_es: LocalServer) -> None:
    client = AsyncClient(local_es.url, api_key="secret-key")
    config = ClientConfig.of(client)
    asyncio.run(client.close())
    assert config.authorization == "ApiKey secret-key"
    assert "secret" not in repr(config)
    with config.client() as rebuilt:
        rebuilt.inference.get()
    assert local_es.requests()[-1].headers["authorization"] == "ApiKey secret-key"


def test_api_key_env_keeps_them_home_and_reads_them_on_the_worker(
    local_es: LocalServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Client(local_es.url, api_key="driver-key") as client:
        config = ClientConfig.of(client, api_key_env="ES_API_KEY")
    assert config.authorization is None
    assert b"driver-key" not in pickle.dumps(config)
    monkeypatch.delenv("ES_API_KEY", raising=False)
    with pytest.raises(RuntimeError, match="api_key_env='ES_API_KEY': the variable is not set"):
        config.client()
    monkeypatch.setenv("ES_API_KEY", "worker-key")
    with config.client() as rebuilt:
        rebuilt.inference.get()
    assert local_es.requests()[-1].headers["authorization"] == "ApiKey worker-key"


def test_an_ssl_context_cannot_travel() -> None:
    with Client("https://localhost:9200", ssl_context=ssl.create_default_context()) as client:
        with pytest.raises(ValueError, match="ssl_context, which cannot be sent"):
            ClientConfig.of(client)


def test_equal_configs_are_one_key() -> None:
    with Client("http://localhost:9200") as one, Client("http://localhost:9200") as two:
        assert hash(ClientConfig.of(one)) == hash(ClientConfig.of(two))
        assert ClientConfig.of(one) == ClientConfig.of(two)


def test_every_setting_travels_with_its_options_but_those_that_cannot() -> None:
    with Client(
        "http://localhost:9200",
        max_response_size=1234,
        max_stream_event_size=99,
        dead_node_backoff_factor=2.0,
        randomize_nodes_in_pool=False,
        retry_backoff_cap=3.0,
        http_compress=True,
    ) as client:
        changed = client.options(max_retries=0, retry_backoff_base=0.5)
        config = pickle.loads(pickle.dumps(ClientConfig.of(changed)))
        with config.client() as rebuilt:
            ours, theirs = client.transport.settings, rebuilt.transport.settings
    assert (theirs.max_retries, theirs.retry_backoff_base) == (0, 0.5)  # from options()
    assert (theirs.max_response_size, theirs.max_stream_event_size) == (1234, 99)
    assert (theirs.dead_node_backoff_factor, theirs.randomize_nodes_in_pool) == (2.0, False)
    assert (theirs.retry_backoff_cap, theirs.http_compress) == (3.0, True)
    for field in dataclasses.fields(ours):
        if field.name not in _NOT_COPIED and field.name not in (
            "max_retries",
            "retry_backoff_base",
        ):
            assert getattr(theirs, field.name) == getattr(ours, field.name), field.name
