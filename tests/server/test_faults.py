"""Fault injection, latency and the request log, in-process and through the control route."""

from __future__ import annotations

import http.client as httpclient
import socket
import time
from collections.abc import Iterator

import pytest
import urllib3

from esinference._gen.services import SERVICES
from esinference.server import Fault, LocalServer

from .conftest import Http, put_body


def raw_request(server: LocalServer, method: str = "GET", path: str = "/") -> bytes:
    """Send one request on a fresh socket and return everything the server sent back."""
    with socket.create_connection((server.host, server.port), timeout=10) as sock:
        head = f"{method} {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n"
        sock.sendall(head.encode() + b"Content-Length: 0\r\n\r\n")
        received = b""
        while True:
            data = sock.recv(65536)
            if not data:
                return received
            received += data


def test_status_fault_with_retry_after_then_normal(http: Http, server: LocalServer) -> None:
    server.add_fault("status", status=429, retry_after=2, count=2)
    for _ in range(2):
        reply = http("GET", "/_inference")
        assert (reply.status, reply.headers["Retry-After"]) == (429, "2")
        assert reply.error_type == "es_rejected_execution_exception"
        assert reply.headers["X-Elastic-Product"] == "Elasticsearch"
    assert http("GET", "/_inference").status == 200
    server.add_fault("status", status=503)
    assert http("GET", "/").status == 503


def test_faults_match_path_and_method(http: Http, server: LocalServer) -> None:
    server.add_fault("status", status=500, path=r"^/_inference/x$", method="POST")
    assert http("GET", "/_inference/x").status == 404
    assert http("POST", "/_inference/y", {"input": "a"}).status == 404
    assert http("POST", "/_inference/x", {"input": "a"}).status == 500
    assert server.faults() == []


def test_process_flag_runs_the_request_before_failing(http: Http, server: LocalServer) -> None:
    service = SERVICES[sorted(SERVICES)[0]]
    server.add_fault("status", status=503, method="PUT", process=True)
    reply = http("PUT", f"/_inference/{service.task_types[0]}/lost", put_body(service))
    assert reply.status == 503
    assert http("GET", "/_inference/lost").status == 200  # stored although the answer was lost


def test_drop_closes_without_answer(server: LocalServer) -> None:
    server.add_fault("drop")
    assert raw_request(server) == b""
    assert raw_request(server).startswith(b"HTTP/1.1 200")


def test_reset_sends_rst(server: LocalServer) -> None:
    server.add_fault("reset")
    with pytest.raises(ConnectionResetError):
        raw_request(server, "POST", "/_inference/x")
    assert [r.fault for r in server.requests()] == ["reset"]


def test_truncated_body(server: LocalServer) -> None:
    server.add_fault("truncate")
    response = raw_request(server)
    head, _, body = response.partition(b"\r\n\r\n")
    length = int(
        next(line for line in head.split(b"\r\n") if line.startswith(b"Content-Length")).split(
            b": "
        )[1]
    )
    assert 0 < len(body) < length
    pool = urllib3.PoolManager(retries=False)
    server.add_fault("truncate")
    with pytest.raises(urllib3.exceptions.ProtocolError):
        pool.request("GET", server.url + "/")


def test_malformed_json_and_html_502(http: Http, server: LocalServer) -> None:
    server.add_fault("malformed_json")
    reply = http("GET", "/_inference")
    assert reply.status == 200 and reply.headers["Content-Type"] == "application/json"
    with pytest.raises(ValueError):
        reply.json  # noqa: B018
    server.add_fault("html_502")
    reply = http("GET", "/_inference")
    assert reply.status == 502
    assert reply.headers["Content-Type"] == "text/html"
    assert "X-Elastic-Product" not in reply.headers
    assert b"502 Bad Gateway" in reply.data


def test_stall_and_latency(http: Http, server: LocalServer) -> None:
    server.add_fault("stall", seconds=0.3)
    start = time.monotonic()
    assert http("GET", "/").status == 200
    assert time.monotonic() - start >= 0.3
    pool = urllib3.PoolManager(retries=False, timeout=urllib3.Timeout(read=0.1))
    server.add_fault("stall", seconds=0.5)
    with pytest.raises(urllib3.exceptions.ReadTimeoutError):
        pool.request("GET", server.url + "/")
    server.set_latency(100)
    start = time.monotonic()
    http("GET", "/")
    http("GET", "/")
    assert time.monotonic() - start >= 0.2
    server.set_latency(0)


def test_stream_drop(http: Http, server: LocalServer) -> None:
    service = next(s for s in SERVICES.values() if "completion" in s.task_types)
    http("PUT", "/_inference/completion/comp", put_body(service))
    server.add_fault("stream_drop", after_events=2)
    connection = http_connection(server)
    connection.request("POST", "/_inference/comp/_stream", body=b'{"input":"x"}')
    response = connection.getresponse()
    with pytest.raises(httpclient.IncompleteRead):
        response.read()
    # A stream fault never touches a non-streaming request.
    server.add_fault("stream_drop")
    assert http("GET", "/").status == 200
    assert len(server.faults()) == 1


def http_connection(server: LocalServer) -> httpclient.HTTPConnection:
    return httpclient.HTTPConnection(server.host, server.port, timeout=10)


def test_request_log(http: Http, server: LocalServer) -> None:
    http("POST", "/_inference/x?timeout=5s", {"input": "a"}, headers={"X-Opaque-Id": "abc"})
    http("GET", "/")
    logged = server.requests()
    assert [(r.method, r.path) for r in logged] == [("POST", "/_inference/x"), ("GET", "/")]
    first = logged[0]
    assert first.query == {"timeout": "5s"}
    assert first.headers["x-opaque-id"] == "abc"
    assert first.json() == {"input": "a"}
    server.clear_requests()
    assert server.requests() == []


def test_unknown_fault_action_is_refused(server: LocalServer) -> None:
    with pytest.raises(ValueError, match="unknown fault action"):
        server.add_fault("explode")


@pytest.fixture(scope="module")
def child() -> Iterator[LocalServer]:
    with LocalServer(subprocess=True) as server:
        yield server


def test_knobs_work_on_a_subprocess_server(child: LocalServer) -> None:
    child.reset()
    http = Http(child.url)
    child.add_fault("status", status=429, retry_after=1, path="^/$")
    assert child.faults() == [Fault("status", path="^/$", status=429, retry_after="1")]
    assert http("GET", "/").status == 429
    assert http("GET", "/").status == 200
    assert [r.fault for r in child.requests()] == ["status", None]
    child.clear_requests()
    assert child.requests() == []
    child.set_latency(50)
    start = time.monotonic()
    http("GET", "/")
    assert time.monotonic() - start >= 0.05
    child.set_latency(0)
    child.set_nodes(["10.0.0.1:9200"])
    assert len(http("GET", "/_nodes/_all/http").json["nodes"]) == 2
    service = SERVICES[sorted(SERVICES)[0]]
    http("PUT", f"/_inference/{service.task_types[0]}/ref", put_body(service))
    child.set_references("ref", pipelines=["p"])
    assert http("DELETE", "/_inference/ref").status == 409
    child.add_fault("drop")
    child.clear_faults()
    assert child.faults() == []
    child.reset()
    assert http("GET", "/_inference").json == {"endpoints": []}
