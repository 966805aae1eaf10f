"""Streamed responses: chunks as they arrive, per-chunk timeouts, connection release."""

from __future__ import annotations

import pytest

from esinference import errors
from esinference._transport.retry import RetryPolicy
from tests.clients import MakeClient, post
from tests.fakes.scripted import Reply, ScriptedServer

pytestmark = pytest.mark.timeout(20)

EVENTS = [b"data: one\n\n", b"data: two\n\n", b"data: three\n\n"]


def test_chunks_arrive_incrementally(make_client: MakeClient) -> None:
    reply = Reply(body=b"", chunks=EVENTS, chunk_delay=0.2)
    with ScriptedServer(lambda r: reply) as server:
        status, chunks = make_client(server.url).stream()
        assert status == 200
        assert b"".join(c for _, c in chunks) == b"".join(EVENTS)
        assert len(chunks) == 3  # one read per event: nothing waited for a fuller buffer
        assert chunks[-1][0] - chunks[0][0] > 0.3


def test_read_timeout_applies_between_chunks(make_client: MakeClient) -> None:
    # 5 x 0.25 s is longer than the 0.6 s timeout, but no single gap is.
    reply = Reply(body=b"", chunks=EVENTS + EVENTS[:2], chunk_delay=0.25)
    with ScriptedServer(lambda r: reply) as server:
        status, chunks = make_client(server.url, request_timeout=0.6).stream()
        assert (status, len(chunks)) == (200, 5)


def test_stalled_stream_times_out(make_client: MakeClient) -> None:
    reply = Reply(body=b"", chunks=[b"data: a\n\n", b"data: b\n\n"], chunk_delay=0.0)
    slow = Reply(body=b"", chunks=[b"data: a\n\n"] * 2, chunk_delay=1.0)
    with ScriptedServer(lambda r: slow if r.target.endswith("slow") else reply) as server:
        client = make_client(server.url, request_timeout=0.5)
        with pytest.raises(errors.ConnectionTimeout):
            client.stream(post("/slow"))
        assert client.stream()[0] == 200  # the transport is still usable


def test_fully_read_stream_releases_connection(make_client: MakeClient) -> None:
    with ScriptedServer(lambda r: Reply(body=b"", chunks=EVENTS)) as server:
        client = make_client(server.url)
        for _ in range(3):
            client.stream()
        assert server.connections_accepted == 1


def test_closing_unfinished_stream_discards_connection(make_client: MakeClient) -> None:
    reply = Reply(body=b"", chunks=EVENTS, chunk_delay=0.05)
    with ScriptedServer(lambda r: reply) as server:
        client = make_client(server.url, connections_per_node=1)
        assert client.stream_first_chunk() == EVENTS[0]
        # With one connection per node, a leaked slot would block this forever.
        status, chunks = client.stream()
        assert (status, len(chunks)) == (200, 3)
        assert server.connections_accepted == 2


def test_stream_retries_until_headers(make_client: MakeClient) -> None:
    replies = iter([Reply(status=503), Reply(body=b"", chunks=EVENTS)])
    with ScriptedServer(lambda r: next(replies)) as server:
        status, chunks = make_client(
            server.url, retry=RetryPolicy(retry_backoff_base=0.01)
        ).stream()
        assert (status, len(server.requests)) == (200, 2)
        assert b"".join(c for _, c in chunks) == b"".join(EVENTS)


def test_gzip_stream_is_decoded(make_client: MakeClient) -> None:
    with ScriptedServer(lambda r: Reply(body=b"".join(EVENTS), gzip=True)) as server:
        _, chunks = make_client(server.url, http_compress=True).stream()
        assert b"".join(c for _, c in chunks) == b"".join(EVENTS)


def test_connection_lost_mid_stream(make_client: MakeClient) -> None:
    def truncated(sock: object) -> None:
        sock.sendall(  # type: ignore[attr-defined]
            b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n"
        )
        sock.close()  # type: ignore[attr-defined]

    with ScriptedServer(lambda r: truncated) as server:
        with pytest.raises(errors.ConnectionError):
            make_client(server.url).stream()
