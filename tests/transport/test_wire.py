"""Both transports against real local servers: framing, keep-alive, gzip, faults, timeouts."""

from __future__ import annotations

import logging
import socket
import time

import pytest

from esinference import errors
from esinference._transport.records import RequestOverrides
from esinference._transport.retry import RetryPolicy
from tests.clients import MakeClient, post
from tests.fakes.scripted import Reply, ScriptedServer, close_mid_body, reset, stall
from tests.fakes.sockets import free_port

pytestmark = pytest.mark.timeout(20)


def test_keep_alive_reuses_one_connection(make_client: MakeClient) -> None:
    with ScriptedServer() as server:
        client = make_client(server.url)
        for _ in range(5):
            assert client.perform().status == 200
        assert server.connections_accepted == 1
        assert len(server.requests) == 5


def test_request_is_sent_as_given(make_client: MakeClient) -> None:
    with ScriptedServer() as server:
        client = make_client(server.url + "/prefix")
        client.perform(post("/_inference/a%2Fb?timeout=5s", b'{"input":"x"}'))
        (received,) = server.requests
        assert received.method == "POST"
        assert received.target == "/prefix/_inference/a%2Fb?timeout=5s"
        assert received.headers["content-type"] == "application/json"
        assert received.headers["content-length"] == "13"
        assert received.body == b'{"input":"x"}'


@pytest.mark.parametrize(
    "reply",
    [
        Reply(body=b'{"a":1}'),
        Reply(body=b"", chunks=[b'{"a"', b":", b"1}"]),
        Reply(body=b"", chunks=[]),
        Reply(body=b'{"a":1}', close=True),
    ],
    ids=["content-length", "chunked", "chunked-empty", "connection-close"],
)
def test_response_framings(make_client: MakeClient, reply: Reply) -> None:
    expected = b"".join(reply.chunks) if reply.chunks is not None else reply.body
    with ScriptedServer(lambda r: reply) as server:
        client = make_client(server.url)
        for _ in range(2):  # the second request proves the connection state was right
            response = client.perform()
            assert (response.status, response.body) == (200, expected)
            assert response.headers["content-type"] == "application/json"
            assert response.node == server.url
            assert (response.attempts, response.nodes_tried) == (1, (server.url,))
        assert server.connections_accepted == (2 if reply.close else 1)


def test_gzip_both_ways(make_client: MakeClient) -> None:
    body = b'{"input":"' + b"x" * 5000 + b'"}'
    with ScriptedServer(lambda r: Reply(body=r.body, gzip=True)) as server:
        client = make_client(server.url, http_compress=True)
        response = client.perform(post(body=body))
        (received,) = server.requests
        assert received.headers["content-encoding"] == "gzip"
        assert received.headers["accept-encoding"] == "gzip"
        assert len(received.raw_body) < 200
        assert response.body == body


def test_gzip_response_decoded_without_http_compress(make_client: MakeClient) -> None:
    with ScriptedServer(lambda r: Reply(body=b"hello", gzip=True)) as server:
        response = make_client(server.url).perform()
        assert "content-encoding" not in server.requests[0].headers
        assert response.body == b"hello"


def test_corrupt_gzip_is_a_connection_error(make_client: MakeClient) -> None:
    reply = Reply(body=b"not gzip", headers={"Content-Encoding": "gzip"})
    with ScriptedServer(lambda r: reply) as server:
        with pytest.raises(errors.ConnectionError, match="not valid gzip"):
            make_client(server.url).perform()


def test_non_2xx_is_returned_not_raised(make_client: MakeClient) -> None:
    with ScriptedServer(lambda r: Reply(status=404, body=b'{"error":"nope"}')) as server:
        response = make_client(server.url).perform()
        assert (response.status, response.body) == (404, b'{"error":"nope"}')


def test_request_timeout_raises_connection_timeout(make_client: MakeClient) -> None:
    with ScriptedServer(lambda r: stall(3)) as server:
        client = make_client(server.url, request_timeout=0.3)
        started = time.monotonic()
        with pytest.raises(errors.ConnectionTimeout) as caught:
            client.perform()
        assert time.monotonic() - started < 2
        assert len(server.requests) == 1  # retry_on_timeout is off by default
        assert caught.value.errors and "1 attempt on" in str(caught.value)


def test_per_request_timeout_overrides_default(make_client: MakeClient) -> None:
    with ScriptedServer(lambda r: Reply(delay=0.5)) as server:
        client = make_client(server.url, request_timeout=0.2)
        assert client.perform(post(overrides=RequestOverrides(request_timeout=3.0))).status == 200


def test_retry_on_timeout_when_enabled(make_client: MakeClient) -> None:
    calls: list[int] = []

    def handler(_: object) -> Reply | object:
        calls.append(1)
        return stall(2) if len(calls) == 1 else Reply()

    with ScriptedServer(handler) as server:  # type: ignore[arg-type]
        retry = RetryPolicy(retry_on_timeout=True, retry_backoff_base=0.01)
        response = make_client(server.url, request_timeout=0.3, retry=retry).perform()
        assert (response.status, response.attempts) == (200, 2)


def test_connection_refused(make_client: MakeClient) -> None:
    url = f"http://127.0.0.1:{free_port()}"
    client = make_client(url, retry=RetryPolicy(max_retries=2, retry_backoff_base=0.01))
    with pytest.raises(errors.ConnectionError) as caught:
        client.perform()
    assert "3 attempts on http://127.0.0.1" in str(caught.value)
    assert len(caught.value.errors) == 3
    assert all(isinstance(e, errors.ConnectionError) for e in caught.value.errors)
    assert caught.value.__cause__ is caught.value.errors[-1]


@pytest.mark.parametrize("fault", [reset, close_mid_body], ids=["reset", "closed-mid-body"])
def test_broken_after_sending_is_not_retried(make_client: MakeClient, fault: object) -> None:
    with ScriptedServer(lambda r: fault) as server:  # type: ignore[arg-type,return-value]
        with pytest.raises(errors.ConnectionError) as caught:
            make_client(server.url).perform()
        assert len(server.requests) == 1
        assert "1 attempt on" in str(caught.value)


def test_broken_after_sending_retried_when_allowed(make_client: MakeClient) -> None:
    with ScriptedServer(lambda r: reset if len(server.requests) == 1 else Reply()) as server:
        retry = RetryPolicy(retry_on_disconnect=True, retry_backoff_base=0.01)
        response = make_client(server.url, retry=retry).perform()
        assert (response.status, response.attempts) == (200, 2)


def test_503_then_success_is_retried(make_client: MakeClient) -> None:
    statuses = iter([503, 503, 200])
    with ScriptedServer(lambda r: Reply(status=next(statuses))) as server:
        client = make_client(server.url, retry=RetryPolicy(retry_backoff_base=0.01))
        response = client.perform()
        assert (response.status, response.attempts) == (200, 3)
        assert response.nodes_tried == (server.url,) * 3


def test_retries_exhausted_returns_last_answer(make_client: MakeClient) -> None:
    with ScriptedServer(lambda r: Reply(status=503)) as server:
        retry = RetryPolicy(max_retries=2, retry_backoff_base=0.01)
        response = make_client(server.url, retry=retry).perform()
        assert (response.status, response.attempts, len(server.requests)) == (503, 3, 3)


def test_429_retry_after_is_honoured(make_client: MakeClient) -> None:
    replies = iter([Reply(status=429, headers={"Retry-After": "1"}), Reply()])
    with ScriptedServer(lambda r: next(replies)) as server:
        started = time.monotonic()
        response = make_client(server.url).perform()
        assert response.status == 200
        assert 0.9 < time.monotonic() - started < 3


def test_400_is_not_retried(make_client: MakeClient) -> None:
    with ScriptedServer(lambda r: Reply(status=400)) as server:
        assert make_client(server.url).perform().status == 400
        assert len(server.requests) == 1


def test_log_line_per_attempt_without_credentials(
    make_client: MakeClient, caplog: pytest.LogCaptureFixture
) -> None:
    statuses = iter([503, 200])
    with ScriptedServer(lambda r: Reply(status=next(statuses))) as server:
        url = server.url.replace("http://", "http://elastic:s3cret@")
        client = make_client(url, retry=RetryPolicy(retry_backoff_base=0.01))
        with caplog.at_level(logging.INFO, logger="esinference"):
            client.perform(post(target="/_inference/x"))
    lines = [r.getMessage() for r in caplog.records if r.name == "esinference"]
    assert len(lines) == 2
    assert lines[0].startswith(f"POST {server.url}/_inference/x [status:503 duration:")
    assert lines[1].endswith("attempt:2]")
    assert not any("s3cret" in line or "elastic" in line for line in lines)


def _has_ipv6() -> bool:
    try:
        with socket.socket(socket.AF_INET6) as sock:
            sock.bind(("::1", 0))
        return True
    except OSError:
        return False


@pytest.mark.skipif(not _has_ipv6(), reason="no IPv6 loopback")
def test_ipv6_literal_host(make_client: MakeClient) -> None:
    with ScriptedServer(host="::1") as server:
        response = make_client(server.url).perform()
        assert (response.status, response.node) == (200, f"http://[::1]:{server.port}")
        assert server.requests[0].headers["host"] == f"[::1]:{server.port}"
