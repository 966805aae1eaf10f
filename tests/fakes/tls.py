"""TLS for the scripted server: a throwaway certificate authority (trustme) and a server it
vouches for, as fixtures (registered for every folder in tests/conftest.py)."""

from __future__ import annotations

import ssl
from collections.abc import Iterator
from pathlib import Path

import pytest
import trustme

from tests.fakes.scripted import ScriptedServer, es_json


@pytest.fixture(scope="module")
def ca() -> trustme.CA:
    return trustme.CA()


@pytest.fixture
def ca_file(ca: trustme.CA, tmp_path: Path) -> str:
    """The CA's certificate as a PEM file, for ``ca_certs=``."""
    path = tmp_path / "ca.pem"
    ca.cert_pem.write_to_path(str(path))
    return str(path)


@pytest.fixture
def tls_server(ca: trustme.CA) -> Iterator[ScriptedServer]:
    """An HTTPS server for 127.0.0.1 / localhost that answers like Elasticsearch listing none."""
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("127.0.0.1", "localhost").configure_cert(context)
    reply = es_json({"endpoints": []})
    with ScriptedServer(lambda request: reply, ssl_context=context) as server:
        yield server
