"""``ClientConfig``: a client's settings as a picklable value, rebuilt into a client elsewhere.

What engine workers receive instead of the client (which refuses pickling): the nodes,
headers and transport settings, never a connection; the credentials only if the caller
passed them (or read from the workers' environment with ``api_key_env``); never printed.
"""

from __future__ import annotations

import asyncio
import pickle
import ssl

import pytest

from esinference import AsyncClient, Client
from esinference.helpers import ClientConfig
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
