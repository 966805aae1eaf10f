"""TLS with a throwaway CA (trustme): verification on by default, failures are TlsError."""

from __future__ import annotations

import hashlib
import ssl
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest
import trustme
from conftest import MakeClient
from servers import TestServer

from esinference._transport import NodeConfig, SecurityWarning, TransportSettings
from esinference._transport.tls import build_ssl_context
from esinference._transport.urllib3_transport import Urllib3Transport
from esinference.errors import TlsError

pytestmark = pytest.mark.timeout(20)


@pytest.fixture(scope="module")
def ca() -> trustme.CA:
    return trustme.CA()


@pytest.fixture
def tls_server(ca: trustme.CA) -> Iterator[TestServer]:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("127.0.0.1", "localhost").configure_cert(context)
    with TestServer(ssl_context=context) as server:
        yield server


@pytest.fixture
def ca_file(ca: trustme.CA, tmp_path: Path) -> str:
    path = tmp_path / "ca.pem"
    ca.cert_pem.write_to_path(str(path))
    return str(path)


def test_unknown_ca_fails_with_tls_error(make_client: MakeClient, tls_server: TestServer) -> None:
    client = make_client(tls_server.url)
    with pytest.raises(TlsError, match=r"TLS failure with https://127\.0\.0\.1") as caught:
        client.perform()
    assert len(caught.value.errors) == 1  # a certificate problem is not retried


def test_ca_certs_verifies(make_client: MakeClient, tls_server: TestServer, ca_file: str) -> None:
    client = make_client(tls_server.url, ca_certs=ca_file)
    assert [client.perform().status for _ in range(3)] == [200, 200, 200]
    assert tls_server.connections_accepted == 1


def test_hostname_mismatch_fails(ca: trustme.CA, make_client: MakeClient, ca_file: str) -> None:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("elsewhere.example").configure_cert(context)
    with TestServer(ssl_context=context) as server:
        with pytest.raises(TlsError):
            make_client(server.url, ca_certs=ca_file).perform()
        asserted = make_client(server.url, ca_certs=ca_file, ssl_assert_hostname=False)
        assert asserted.perform().status == 200


def test_verify_certs_false_warns_once(make_client: MakeClient, tls_server: TestServer) -> None:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        client = make_client(tls_server.url, verify_certs=False)
        for _ in range(3):
            assert client.perform().status == 200
    assert [w.category for w in caught] == [SecurityWarning]


def test_ssl_show_warn_false_is_quiet(make_client: MakeClient, tls_server: TestServer) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        client = make_client(tls_server.url, verify_certs=False, ssl_show_warn=False)
        assert client.perform().status == 200


def test_ssl_context_and_ca_certs_conflict() -> None:
    with pytest.raises(ValueError, match="either ssl_context or"):
        TransportSettings(ca_certs="ca.pem", ssl_context=ssl.create_default_context())


def _sha256(der: bytes) -> str:
    return hashlib.sha256(der).hexdigest()


@pytest.fixture(scope="module")
def chained() -> tuple[trustme.CA, trustme.LeafCert]:
    """A leaf issued by an intermediate CA: the server sends leaf and intermediate."""
    intermediate = trustme.CA().create_child_ca()
    return intermediate, intermediate.issue_cert("127.0.0.1")


@pytest.fixture
def chained_server(chained: tuple[trustme.CA, trustme.LeafCert]) -> Iterator[TestServer]:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    chained[1].configure_cert(context)
    with TestServer(ssl_context=context) as server:
        yield server


def _der(pem: bytes) -> bytes:
    return ssl.PEM_cert_to_DER_cert(pem.decode())


@pytest.mark.parametrize("which", ["leaf", "intermediate"])
def test_fingerprint_of_the_leaf_or_a_chain_certificate_is_trusted(
    make_client: MakeClient,
    chained_server: TestServer,
    chained: tuple[trustme.CA, trustme.LeafCert],
    which: str,
) -> None:
    intermediate, leaf = chained
    pem = leaf.cert_chain_pems[0].bytes() if which == "leaf" else intermediate.cert_pem.bytes()
    colons = ":".join(f"{b:02X}" for b in bytes.fromhex(_sha256(_der(pem))))  # as ES prints it
    client = make_client(chained_server.url, ssl_assert_fingerprint=colons)
    assert client.perform().status == 200


def test_a_wrong_fingerprint_fails_with_a_tls_error_that_says_so(
    make_client: MakeClient, chained_server: TestServer
) -> None:
    client = make_client(chained_server.url, ssl_assert_fingerprint="ab" * 32)
    with pytest.raises(TlsError, match="Fingerprints did not match") as caught:
        client.perform()
    assert len(caught.value.errors) == 1  # never retried
    assert chained_server.requests == []  # nothing was sent to the unpinned server


def test_a_fingerprint_that_is_not_sha256_is_refused_up_front() -> None:
    with pytest.raises(ValueError, match="SHA-256"):
        Urllib3Transport([NodeConfig("https", "localhost")], TransportSettings(
            ssl_assert_fingerprint="ab" * 20))  # fmt: skip


def test_ssl_version_sets_the_lowest_tls_version(
    ca: trustme.CA, make_client: MakeClient, ca_file: str
) -> None:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.maximum_version = ssl.TLSVersion.TLSv1_2
    ca.issue_cert("127.0.0.1").configure_cert(context)
    with TestServer(ssl_context=context) as server:
        assert make_client(server.url, ca_certs=ca_file).perform().status == 200
        strict = make_client(server.url, ca_certs=ca_file, ssl_version=ssl.TLSVersion.TLSv1_3)
        with pytest.raises(TlsError):
            strict.perform()
    with pytest.raises(ValueError, match="Unsupported value for 'ssl_version'"):
        build_ssl_context(TransportSettings(ssl_version=12345))
