"""The HTTP layer's limits answer as Elasticsearch does; slow or idle clients hold nobody up.

Sources: Netty4HttpContentSizeHandler (413 with an empty body, 417 for other Expect values),
RestController.handleUnsupportedHttpMethod / Netty4HttpRequest.translateRequestMethod (405
``Unexpected http method: X``), RestController.handleOptionsRequest, Jackson's
StreamReadConstraints (nesting depth 1000) through JsonXContentParser's ``[line:col] message``.
"""

from __future__ import annotations

import gzip
import json
import socket
from collections.abc import Iterator

import pytest
import urllib3

from esinference.server import LocalServer

from .raw_http import connection_threads, exchange, parse

MAX_BODY = 4096


@pytest.fixture(scope="module")
def small() -> Iterator[LocalServer]:
    with LocalServer(
        max_content_length=MAX_BODY, idle_timeout=0.5, read_timeout=0.5, max_connections=4
    ) as server:
        yield server


def post(path: str, body: bytes, *headers: bytes) -> bytes:
    lines = [f"POST {path} HTTP/1.1".encode(), b"Content-Type: application/json", *headers]
    lines.append(b"Content-Length: %d" % len(body))
    return b"\r\n".join(lines) + b"\r\n\r\n" + body


def test_body_over_the_maximum_gets_413_with_an_empty_body_and_the_connection_is_kept(
    small: LocalServer,
) -> None:
    too_big = post("/_inference/x", b"x" * (MAX_BODY + 1))
    result = exchange(small.port, [too_big + post("/_inference/x", b"{}")])
    first, second = result.answers
    assert (first.status, first.body) == (413, b"")
    # The oversized body was skipped, so the next request on the connection is served.
    assert json.loads(second.body)["error"]["type"] == "action_request_validation_exception"


def test_chunked_body_growing_past_the_maximum_gets_413_and_a_closed_connection(
    small: LocalServer,
) -> None:
    chunk = b"%x\r\n%s\r\n" % (3000, b"a" * 3000)
    raw = b"POST /_inference/x HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n" + chunk * 2
    result = exchange(small.port, [raw + b"0\r\n\r\n"])
    assert [(a.status, a.headers.get("connection")) for a in result.answers] == [(413, "close")]


def test_gzip_body_inflating_past_the_maximum_gets_413(small: LocalServer) -> None:
    bomb = gzip.compress(b" " * (MAX_BODY * 50))
    result = exchange(small.port, [post("/_inference/x", bomb, b"Content-Encoding: gzip")])
    assert [a.status for a in result.answers] == [413]


def test_malformed_chunk_size_is_a_400_and_the_connection_closes(small: LocalServer) -> None:
    raw = b"POST /_inference/x HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nabc\r\n0\r\n\r\n"
    (answer,) = exchange(small.port, [raw]).answers
    assert answer.status == 400
    assert answer.headers["connection"] == "close"
    assert json.loads(answer.body)["error"]["reason"] == 'For input string: "zz" under radix 16'


@pytest.mark.parametrize("value", [b"abc", b"-1", b"3, 4"])
def test_malformed_content_length_is_a_400(small: LocalServer, value: bytes) -> None:
    raw = b"POST / HTTP/1.1\r\nContent-Length: " + value + b"\r\n\r\n{}"
    assert [a.status for a in exchange(small.port, [raw]).answers] == [400]


def test_unknown_method_is_answered_as_elasticsearch_answers_it(small: LocalServer) -> None:
    (answer,) = exchange(small.port, [b"FOO /_inference HTTP/1.1\r\n\r\n"]).answers
    assert answer.status == 405
    assert answer.headers["allow"] == "GET"
    assert json.loads(answer.body) == {
        "error": "Unexpected http method: FOO, allowed: [GET]",
        "status": 405,
    }


def test_options_lists_the_allowed_methods(small: LocalServer) -> None:
    (answer,) = exchange(small.port, [b"OPTIONS /_inference/x HTTP/1.1\r\n\r\n"]).answers
    assert (answer.status, answer.body) == (200, b"")
    assert answer.headers["allow"] == "DELETE,GET,POST,PUT"


def test_json_nested_deeper_than_1000_is_a_400_parse_error(small: LocalServer) -> None:
    body = b'{"input":' + b"[" * 1001 + b"]" * 1001 + b"}"
    raw = post("/_inference/x", body)
    with LocalServer() as roomy:
        (answer,) = exchange(roomy.port, [raw]).answers
    error = json.loads(answer.body)["error"]
    assert answer.status == 400
    assert error["type"] == "x_content_parse_exception"
    assert error["reason"] == (
        "[1:1009] Document nesting depth (1001) exceeds the maximum allowed "
        "(1000, from `StreamReadConstraints.getMaxNestingDepth()`)"
    )


def test_headers_larger_than_16kb_are_a_400(small: LocalServer) -> None:
    raw = b"GET / HTTP/1.1\r\nX-Big: " + b"a" * 17000 + b"\r\n\r\n"
    (answer,) = exchange(small.port, [raw]).answers
    assert answer.status == 400
    assert json.loads(answer.body)["error"]["type"] == "too_long_http_header_exception"


def test_expect_100_continue_is_honoured_and_other_expectations_refused(
    small: LocalServer,
) -> None:
    raw = post("/", b"", b"Expect: 100-continue").replace(b"POST", b"GET")
    assert [a.status for a in exchange(small.port, [raw]).answers] == [200]
    refused = exchange(small.port, [b"GET / HTTP/1.1\r\nExpect: magic\r\n\r\n"]).answers
    assert [(a.status, a.headers["connection"]) for a in refused] == [(417, "close")]


def _slow_client(port: int) -> socket.socket:
    sock = socket.create_connection(("127.0.0.1", port), timeout=10)
    sock.sendall(b"GET / HTTP/1.1\r\nX-Slow: ")  # and never the rest
    return sock


def test_slow_and_idle_clients_time_out_without_holding_others_up(small: LocalServer) -> None:
    slow = [_slow_client(small.port) for _ in range(8)]  # twice max_connections
    pool = urllib3.PoolManager(retries=urllib3.Retry(3, backoff_factor=0.1), timeout=10)
    assert pool.request("GET", small.url + "/").status == 200
    for sock in slow:  # each one is answered 408 (or 503 when it came in over the cap)
        data = b"".join(iter(lambda s=sock: s.recv(65536), b""))  # type: ignore[misc]
        assert data.split(b" ")[1] in (b"408", b"503"), data
        sock.close()
    pool.clear()
    assert connection_threads(small) == 0


def test_an_idle_keep_alive_connection_is_closed_after_the_idle_timeout(small: LocalServer) -> None:
    sock = socket.create_connection(("127.0.0.1", small.port), timeout=10)
    sock.sendall(b"GET / HTTP/1.1\r\n\r\n")
    data = b"".join(iter(lambda: sock.recv(65536), b""))  # until the server closes it
    assert [a.status for a in parse(data).answers] == [200]
    sock.close()
