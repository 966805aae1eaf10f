"""HTTP behaviour: keep-alive, headers, media types, REST-layer errors, query flags, auth."""

from __future__ import annotations

import base64
import http.client
import json
from collections.abc import Iterator

import elasticsearch
import pytest

from esinference import __es_specification_commit__
from esinference._version import __es_version__
from esinference.server import LocalServer

from .conftest import Http


def test_keep_alive_serves_many_requests_on_one_connection(server: LocalServer) -> None:
    connection = http.client.HTTPConnection(server.host, server.port, timeout=10)
    connection.connect()
    sock = connection.sock
    for path in ("/", "/_inference", "/_inference/missing", "/_nodes/_all/http"):
        connection.request("GET", path)
        response = connection.getresponse()
        body = response.read()
        assert response.getheader("Content-Length") == str(len(body))
        assert response.getheader("X-Elastic-Product") == "Elasticsearch"
        assert response.getheader("Content-Type") == "application/json"
    assert connection.sock is sock  # never reconnected
    connection.close()


def test_cluster_info_reports_the_api_it_serves_and_the_spec_commit_as_build_hash(
    http: Http,
) -> None:
    version = http("GET", "/").json["version"]
    # The release elasticsearch-py's client.inference (the one we are drop-in for) speaks to.
    assert version["number"].split(".")[:2] == elasticsearch.__versionstr__.split(".")[:2]
    assert version["number"] == __es_version__
    assert version["build_hash"] == __es_specification_commit__
    assert len(version["build_hash"]) == 40 and set(version["build_hash"]) != {"0"}


def test_cluster_info_and_head(http: Http) -> None:
    info = http("GET", "/").json
    assert info["version"]["number"] == __es_version__
    assert info["version"]["build_flavor"] == "default"
    assert info["tagline"] == "You Know, for Search"
    assert {"name", "cluster_name", "cluster_uuid"} <= set(info)
    head = http("HEAD", "/")
    assert (head.status, head.data, head.headers["X-Elastic-Product"]) == (
        200,
        b"",
        "Elasticsearch",
    )


def test_nodes_lists_this_server_and_the_nodes_it_was_told_about(server: LocalServer) -> None:
    with LocalServer(nodes=[server.address]) as other:
        nodes = Http(other.url)("GET", "/_nodes/_all/http").json["nodes"]
        addresses = sorted(n["http"]["publish_address"] for n in nodes.values())
        assert addresses == sorted([server.address, other.address])
        server.set_nodes([other.address])
        again = Http(server.url)("GET", "/_nodes/_all/http").json["nodes"]
        assert again == nodes  # node ids depend only on the address


def test_vendor_media_types(http: Http) -> None:
    vendor = "application/vnd.elasticsearch+json; compatible-with=9"
    reply = http("GET", "/_inference", headers={"Accept": vendor, "Content-Type": vendor})
    assert reply.status == 200
    assert reply.headers["Content-Type"] == "application/vnd.elasticsearch+json;compatible-with=9"
    body = json.dumps({"input": "x"})
    reply = http("POST", "/_inference/x", raw=body.encode(), headers={"Content-Type": "text/plain"})
    assert reply.status == 406
    assert reply.json == {
        "error": "Content-Type header [text/plain] is not supported",
        "status": 406,
    }
    old = "application/vnd.elasticsearch+json; compatible-with=7"
    reply = http("POST", "/_inference/x", raw=body.encode(), headers={"Content-Type": old})
    assert (reply.status, reply.error_type) == (400, "media_type_header_exception")


def test_rest_layer_errors(http: Http) -> None:
    reply = http("POST", "/_inference")
    assert reply.json == {
        "error": "Incorrect HTTP method for uri [/_inference] and method [POST], allowed: [GET]",
        "status": 405,
    }
    assert reply.headers["Allow"] == "GET"
    reply = http("GET", "/_nope/a/b")
    assert reply.json == {
        "error": "no handler found for uri [/_nope/a/b] and method [GET]",
        "status": 400,
    }
    assert reply.headers["X-Elastic-Product"] == "Elasticsearch"


@pytest.mark.parametrize(
    ("path", "error_type", "reason"),
    [
        (
            "/_inference/x?foo=1&bar=2",
            "illegal_argument_exception",
            "request [/_inference/x] contains unrecognized parameters: [bar], [foo]",
        ),
        (
            "/_inference?dry_run=true",
            "illegal_argument_exception",
            "request [/_inference] contains unrecognized parameter: [dry_run]",
        ),
        (
            "/_inference?pretty=yes",
            "illegal_argument_exception",
            "Failed to parse value [yes] as only [true] or [false] are allowed.",
        ),
    ],
)
def test_query_parameter_errors(http: Http, path: str, error_type: str, reason: str) -> None:
    reply = http("GET", path)
    assert (reply.status, reply.error_type, reply.reason) == (400, error_type, reason)


def test_timeout_values(http: Http) -> None:
    assert http("PUT", "/_inference/completion/x?timeout=30s", {}).status == 400  # body error
    reply = http("PUT", "/_inference/completion/x?timeout=abc", {})
    assert (reply.status, reply.error_type, reply.reason) == (
        400,
        "parse_exception",
        "failed to parse setting [timeout] with value [abc] as a time value: unit is missing or "
        "unrecognized",
    )


def test_pretty_error_trace_and_filter_path(http: Http) -> None:
    pretty = http("GET", "/_inference?pretty")
    assert pretty.data == b'{\n  "endpoints" : [ ]\n}\n'
    traced = http("GET", "/_inference/x?error_trace=true").json["error"]
    assert traced["stack_trace"].startswith(
        "org.elasticsearch.ResourceNotFoundException: Inference endpoint not found [x]\n\tat "
    )
    assert "stack_trace" in traced["root_cause"][0]
    assert "stack_trace" not in http("GET", "/_inference/x").json["error"]
    assert http("GET", "/?filter_path=version.number,tagline").json == {
        "version": {"number": __es_version__},
        "tagline": "You Know, for Search",
    }
    assert http("GET", "/?filter_path=**.number").json == {"version": {"number": __es_version__}}
    assert http("GET", "/_inference/x?filter_path=error.type").json == {
        "error": {"type": "resource_not_found_exception"}
    }


def _basic(user: str, password: str) -> str:
    return "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()


@pytest.fixture(scope="module")
def secured() -> Iterator[LocalServer]:
    with LocalServer(api_key="my-id:my-key", basic_auth=("elastic", "changeme")) as server:
        yield server


def test_auth_accepts_api_key_and_basic(secured: LocalServer) -> None:
    http = Http(secured.url)
    encoded = base64.b64encode(b"my-id:my-key").decode()
    assert http("GET", "/", headers={"Authorization": f"ApiKey {encoded}"}).status == 200
    assert http("GET", "/", headers={"Authorization": _basic("elastic", "changeme")}).status == 200
    with LocalServer(api_key=encoded) as raw_key_server:
        raw = Http(raw_key_server.url)
        assert raw("GET", "/", headers={"Authorization": f"ApiKey {encoded}"}).status == 200
        assert raw("GET", "/").status == 401


@pytest.mark.parametrize(
    ("authorization", "reason"),
    [
        (
            None,
            "missing authentication credentials for REST request [/_inference?error_trace=true]",
        ),
        (
            "ApiKey bm9wZTpub3Bl",
            "unable to authenticate with provided credentials and anonymous access is not "
            "allowed for this request",
        ),
        (
            _basic("elastic", "wrong"),
            "unable to authenticate user [elastic] for REST request [/_inference?error_trace=true]",
        ),
    ],
)
def test_auth_failures(secured: LocalServer, authorization: str | None, reason: str) -> None:
    headers = {} if authorization is None else {"Authorization": authorization}
    reply = Http(secured.url)("GET", "/_inference?error_trace=true", headers=headers)
    assert (reply.status, reply.error_type, reply.reason) == (401, "security_exception", reason)
    assert "stack_trace" not in reply.json["error"]  # never for 401
    assert reply.headers.getlist("WWW-Authenticate") == [
        'Basic realm="security", charset="UTF-8"',
        "ApiKey",
    ]
    assert reply.headers["X-Elastic-Product"] == "Elasticsearch"


def test_concurrent_requests(server: LocalServer) -> None:
    from concurrent.futures import ThreadPoolExecutor

    from esinference._gen.services import SERVICES

    from .conftest import put_body

    service = SERVICES[sorted(SERVICES)[0]]
    http = Http(server.url)

    def create(index: int) -> int:
        path = f"/_inference/{service.task_types[0]}/ep-{index}"
        return http("PUT", path, put_body(service)).status

    with ThreadPoolExecutor(max_workers=16) as pool:
        assert set(pool.map(create, range(40))) == {200}
    assert len(http("GET", "/_inference").json["endpoints"]) == 40


def test_stop_closes_idle_keep_alive_connections() -> None:
    server = LocalServer().start()
    connection = http.client.HTTPConnection(server.host, server.port, timeout=5)
    connection.request("GET", "/")
    connection.getresponse().read()
    server.stop()
    assert connection.sock is not None
    assert connection.sock.recv(1) == b""  # the server closed its end
    connection.close()


def test_reset_restores_the_configured_node_list(server: LocalServer) -> None:
    server.set_nodes(["10.0.0.1:9200"])
    server.reset()
    nodes = Http(server.url)("GET", "/_nodes/_all/http").json["nodes"]
    assert [n["http"]["publish_address"] for n in nodes.values()] == [server.address]
