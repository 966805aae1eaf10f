"""Client construction, headers, ``options()`` and response objects, against a capture server."""

from __future__ import annotations

import base64
from collections.abc import Iterator

import pytest

import esinference
from esinference import Client, ObjectApiResponse
from tests.capture_server import CaptureServer, Reply, capture_server

SECRET = "s3cr3t-api-key-value"


@pytest.fixture
def server() -> Iterator[CaptureServer]:
    with capture_server() as srv:
        yield srv


def sent_headers(server: CaptureServer, client: Client) -> dict[str, str]:
    server.take()
    client.inference.get()
    (request,) = server.take()
    return request.headers


@pytest.mark.parametrize(
    ("kwargs", "expected"),
    [
        ({"api_key": "ZW5jb2RlZA=="}, "ApiKey ZW5jb2RlZA=="),
        ({"api_key": ("id", "key")}, "ApiKey " + base64.b64encode(b"id:key").decode()),
        ({"basic_auth": ("elastic", "changeme")},
         "Basic " + base64.b64encode(b"elastic:changeme").decode()),
        ({"bearer_auth": "tok"}, "Bearer tok"),
    ],
)  # fmt: skip
def test_credentials_become_the_authorization_header(
    server: CaptureServer, kwargs: dict[str, object], expected: str
) -> None:
    with Client(server.url, **kwargs) as client:  # type: ignore[arg-type]
        assert sent_headers(server, client)["authorization"] == expected


def test_url_userinfo_is_basic_auth_and_is_not_kept_in_the_node(server: CaptureServer) -> None:
    url = server.url.replace("http://", f"http://elastic:{SECRET}@")
    with Client(url) as client:
        expected = base64.b64encode(f"elastic:{SECRET}".encode()).decode()
        assert sent_headers(server, client)["authorization"] == f"Basic {expected}"
        assert SECRET not in repr(client)


def test_only_one_kind_of_credentials(server: CaptureServer) -> None:
    with pytest.raises(ValueError, match="only one of api_key, basic_auth, bearer_auth"):
        Client(server.url, api_key="a", bearer_auth="b")


def test_default_headers_name_the_package(server: CaptureServer) -> None:
    with Client(server.url, headers={"X-Custom": "1"}, opaque_id="op-1") as client:
        headers = sent_headers(server, client)
    assert headers["user-agent"].startswith(f"esinference/{esinference.__version__} (Python/")
    assert headers["accept"] == "application/vnd.elasticsearch+json; compatible-with=9"
    assert headers["x-custom"] == "1" and headers["x-opaque-id"] == "op-1"


def test_options_changes_headers_but_shares_the_connections(server: CaptureServer) -> None:
    with Client(server.url, api_key="base") as client:
        sent_headers(server, client)
        other = client.options(api_key="other", opaque_id="x", headers={"X-A": "b"})
        headers = sent_headers(server, other)
        assert headers["authorization"] == "ApiKey other" and headers["x-a"] == "b"
        assert sent_headers(server, client)["authorization"] == "ApiKey base"
        assert other._transport is client._transport
        assert server.connections == 1  # one keep-alive socket served all three requests


def test_no_secret_in_reprs(server: CaptureServer) -> None:
    with Client(server.url, api_key=SECRET) as client:
        other = client.options(bearer_auth=SECRET)
        for text in (repr(client), repr(other), repr(client._settings), repr(other._settings)):
            assert SECRET not in text


def test_response_reads_like_its_body(server: CaptureServer) -> None:
    server.reply = Reply(body={"endpoints": [{"inference_id": "a"}]})
    with Client(server.url) as client:
        resp = client.inference.get()
    assert isinstance(resp, ObjectApiResponse)
    assert resp["endpoints"][0]["inference_id"] == "a"
    assert "endpoints" in resp and list(resp) == ["endpoints"] and len(resp) == 1
    assert resp == {"endpoints": [{"inference_id": "a"}]} and resp.body is resp.raw
    assert dict(resp.items()) == resp.body and resp.get("nope", 1) == 1
    assert resp.meta.status == 200 and resp.meta.node == server.url
    assert resp.meta.mimetype == "application/json" and resp.meta.duration > 0


def test_hosts_are_required() -> None:
    with pytest.raises(ValueError, match="Either 'hosts' or 'cloud_id' must be specified"):
        Client()
