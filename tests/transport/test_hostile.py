"""A broken or hostile server costs bounded memory and time, raises a public package exception,
and leaves the connection pool usable (issue 23).

Each attack runs on both public clients (``sync``). The server answers the first request
with the attack and every later one like Elasticsearch, over one connection slot
(``connections_per_node=1``): a slot the attack leaked would make the next call wait for
ever, so that call runs under a time limit. Sizes are kept small here (``max_response_size``
of 1 MiB); ``test_hostile_rss.py`` runs the big attacks at the defaults in a subprocess and
measures its peak RSS.
"""

from __future__ import annotations

import asyncio
import ssl
import threading
import time
import tracemalloc
import zlib
from collections.abc import Iterator

import pytest
import trustme

import esinference
from esinference import (
    ConnectionError,  # noqa: A004 - the package exception of that name
    ConnectionTimeout,
    ResponseTooLargeError,
    SerializationError,
    TransportError,
    UnsupportedProductError,
)
from tests.clients import Api, OpenApi
from tests.fakes import hostile
from tests.fakes.scripted import Fault, ScriptedServer

LIMIT = 1024 * 1024  # max_response_size in these tests
TIMEOUT = 1.0  # request_timeout in these tests
PROMPT = 2.0  # seconds an attack that needs no waiting may take, on a loaded machine


@pytest.fixture
def server() -> Iterator[ScriptedServer]:
    with ScriptedServer() as started:
        yield started


def attacked(server: ScriptedServer, open_api: OpenApi, fault: Fault, **options: object) -> Api:
    """A client whose first call meets ``fault``; one connection, no retries."""
    server.handler = hostile.once(fault)
    options = {
        "max_retries": 0,
        "request_timeout": TIMEOUT,
        "max_response_size": LIMIT,
        "connections_per_node": 1,
        **options,
    }
    return open_api(server.url, **options)


def fails(
    api: Api, expected: type[TransportError], within: float, memory: int = 2 * LIMIT + 2**20
) -> TransportError:
    """Call once: it must raise ``expected`` (a public class) within ``within`` seconds,
    holding less than ``memory`` bytes of Python objects on the way (2 x the size limit +
    1 MiB unless told)."""
    tracemalloc.start()
    started = time.monotonic()
    try:
        with pytest.raises(expected) as info:
            api.call("get")
        elapsed = time.monotonic() - started
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    error = info.value
    assert type(error).__name__ in esinference.__all__, type(error)
    assert getattr(esinference, type(error).__name__) is type(error)
    assert elapsed < within, f"{elapsed:.2f} s"
    assert peak < memory, f"{peak} bytes"
    assert_pool_usable(api)
    return error


def assert_pool_usable(api: Api) -> None:
    """The next call (on the one connection slot) gets Elasticsearch's answer promptly."""
    if not api.sync:
        response = api.run(asyncio.wait_for(api.client.inference.get(), 5))
        assert response.meta.status == 200
        return
    outcome: list[object] = []
    thread = threading.Thread(target=lambda: outcome.append(api.call("get")), daemon=True)
    thread.start()
    thread.join(5)
    assert outcome, "the next call did not finish: the attack leaked the connection slot"
    assert outcome[0].meta.status == 200  # type: ignore[attr-defined]


# -- size ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["gzip", "deflate"])
def test_a_compression_bomb_stops_at_the_limit_of_its_decompressed_size(
    server: ScriptedServer, open_api: OpenApi, encoding: str
) -> None:
    bomb = hostile.compression_bomb(16 * LIMIT, encoding)  # ~16 KiB inflating to 16 MiB
    error = fails(attacked(server, open_api, bomb), ResponseTooLargeError, PROMPT)
    assert f"max_response_size ({LIMIT} bytes)" in str(error)
    assert f"decompressed ({encoding})" in str(error)


def test_a_declared_content_length_over_the_limit_is_refused_before_reading(
    server: ScriptedServer, open_api: OpenApi
) -> None:
    api = attacked(server, open_api, hostile.declared_length(3 * 1024**3))
    error = fails(api, ResponseTooLargeError, PROMPT)
    assert "declared Content-Length (3221225472 bytes)" in str(error)
    assert isinstance(error, SerializationError)  # what elasticsearch-py users already catch


def test_a_chunked_body_without_end_stops_at_the_limit(
    server: ScriptedServer, open_api: OpenApi
) -> None:
    error = fails(attacked(server, open_api, hostile.endless_chunks()), ResponseTooLargeError, 5)
    assert "max_response_size" in str(error)


def test_a_close_delimited_body_without_end_stops_at_the_limit(
    server: ScriptedServer, open_api: OpenApi
) -> None:
    api = attacked(server, open_api, hostile.endless_close_delimited())
    fails(api, ResponseTooLargeError, 5)


def test_the_limit_is_per_request_with_options(server: ScriptedServer, open_api: OpenApi) -> None:
    body = b'{"endpoints":[],"pad":"' + b"x" * 4000 + b'"}'
    reply = hostile.raw(hostile.head(f"Content-Length: {len(body)}\r\n") + body, close=False)
    api = attacked(server, open_api, reply, max_response_size=None)
    assert api.options(max_response_size=1000).sync == api.sync
    with pytest.raises(ResponseTooLargeError, match=r"max_response_size \(1000 bytes\)"):
        api.options(max_response_size=1000).call("get")
    assert api.call("get").meta.status == 200


def test_an_answer_at_the_limit_is_accepted(server: ScriptedServer, open_api: OpenApi) -> None:
    body = b'{"endpoints":[],"pad":"' + b"x" * 1000 + b'"}'
    reply = hostile.raw(hostile.head(f"Content-Length: {len(body)}\r\n") + body)
    api = attacked(server, open_api, reply, max_response_size=len(body))
    assert api.call("get").body["pad"] == "x" * 1000


# -- time ---------------------------------------------------------------------------------------


def test_a_body_trickling_one_byte_at_a_time_ends_at_request_timeout(
    server: ScriptedServer, open_api: OpenApi
) -> None:
    # Every read gets a byte well within the timeout: only a deadline for the whole attempt
    # ends it (elasticsearch-py's per-read timeout waits until the server stops).
    trickle = hostile.trickle(hostile.head("Content-Length: 1000\r\n") + b"{", 0.1)
    error = fails(attacked(server, open_api, trickle), ConnectionTimeout, TIMEOUT + 0.5)
    assert "did not answer in time" in str(error)


def test_a_head_trickling_one_byte_at_a_time_ends_at_request_timeout(
    server: ScriptedServer, open_api: OpenApi
) -> None:
    trickle = hostile.trickle(b"HTTP/1.1 200 OK\r\nX-Long: ", 0.1)
    fails(attacked(server, open_api, trickle), ConnectionTimeout, TIMEOUT + 0.5)


def test_a_storm_of_100_continue_heads_ends_at_request_timeout(
    server: ScriptedServer, open_api: OpenApi
) -> None:
    fails(attacked(server, open_api, hostile.continue_storm()), TransportError, TIMEOUT + 0.5)


def test_a_content_length_promising_more_than_is_sent_ends_at_request_timeout(
    server: ScriptedServer, open_api: OpenApi
) -> None:
    short = hostile.raw(hostile.head("Content-Length: 100\r\n") + b'{"a":', linger=5)
    fails(attacked(server, open_api, short), ConnectionTimeout, TIMEOUT + 0.5)


# -- broken framing -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "answer",
    [
        hostile.head("X-Bomb: " + "a" * (4 * 1024 * 1024) + "\r\n"),  # one 4 MiB header line
        hostile.head("Transfer-Encoding: chunked\r\n") + b"zz\r\n{}\r\n0\r\n\r\n",
        hostile.head("Transfer-Encoding: chunked\r\n") + b"fffffffffffffffff\r\n{}",
        hostile.head("Content-Length: 100\r\n") + b'{"endpoints":',  # a 200 cut short
        hostile.head("Content-Length: 1, 2\r\n") + b"{}",
        b"SMTP ready\r\n\r\n",
    ],
    ids=["4MiB-header", "bad-chunk-size", "huge-chunk-size", "cut-body", "two-lengths",
         "not-http"],
)  # fmt: skip
def test_broken_framing_is_a_connection_error(
    server: ScriptedServer, open_api: OpenApi, answer: bytes
) -> None:
    fails(attacked(server, open_api, hostile.raw(answer)), ConnectionError, PROMPT)


def test_a_head_cut_short_is_never_a_success(server: ScriptedServer, open_api: OpenApi) -> None:
    # http.client (the sync client) reads a head ended by EOF as complete, without the
    # product header this one lost: UnsupportedProductError. The async client: ConnectionError.
    api = attacked(server, open_api, hostile.raw(b"HTTP/1.1 200 OK\r\nX-Elastic-Product"))
    with pytest.raises((ConnectionError, UnsupportedProductError)):
        api.call("get")
    assert_pool_usable(api)


def test_headers_that_never_end_are_a_connection_error(
    server: ScriptedServer, open_api: OpenApi
) -> None:
    fails(attacked(server, open_api, hostile.endless_headers()), ConnectionError, PROMPT)


def test_a_content_length_promising_less_than_is_sent_reads_what_it_promised(
    server: ScriptedServer, open_api: OpenApi
) -> None:
    # The rest is pipelined garbage: never taken for the next answer on that connection.
    body = b'{"endpoints":[]}'
    answer = hostile.head(f"Content-Length: {len(body)}\r\n") + body
    garbage = b"HTTP/1.1 500 Not This\r\nContent-Length: 0\r\n\r\n" + b"junk" * 100
    api = attacked(server, open_api, hostile.raw(answer + garbage, close=False))
    assert api.call("get").body == {"endpoints": []}
    assert_pool_usable(api)


# -- undecodable answers ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [b"[" * 200_000 + b"]" * 200_000, b'{"a":' * 100_000 + b"1" + b"}" * 100_000,
     b'{"a":"\xff\xfe"}', b"1" * 100_000, b"[1e99999999999]x", b"\x00" * 100],
    ids=["deep-arrays", "deep-objects", "bad-utf8", "huge-int", "garbage-after", "nul"],
)  # fmt: skip
def test_an_undecodable_answer_is_a_serialization_error_with_its_cause(
    server: ScriptedServer, open_api: OpenApi, body: bytes
) -> None:
    answer = hostile.head(f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n")
    # The stdlib parser holds ~10x a deep document's size before it gives up: the bodies here
    # are at most 600 KB.
    api = attacked(server, open_api, hostile.raw(answer + body))
    error = fails(api, SerializationError, 5, memory=16 * 2**20)
    assert isinstance(error.__cause__, ValueError)  # a RecursionError, say, is its cause


def test_gzip_of_garbage_is_a_connection_error(server: ScriptedServer, open_api: OpenApi) -> None:
    body = zlib.compress(b"{}")[:-3]  # a truncated deflate stream, labelled gzip
    answer = hostile.head(f"Content-Encoding: gzip\r\nContent-Length: {len(body)}\r\n") + body
    fails(attacked(server, open_api, hostile.raw(answer)), ConnectionError, PROMPT)


@pytest.fixture
def tls_hostile(ca: trustme.CA) -> Iterator[ScriptedServer]:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("127.0.0.1", "localhost").configure_cert(context)
    with ScriptedServer(ssl_context=context) as started:
        yield started


def test_a_tls_close_without_close_notify_mid_body_is_a_connection_error(
    tls_hostile: ScriptedServer, open_api: OpenApi, ca_file: str
) -> None:
    # The TCP connection ends without TLS's close_notify, 10 of 100 promised bytes in: a
    # truncation, never a complete answer.
    cut = hostile.raw(hostile.head("Content-Length: 100\r\n") + b'{"endpoints":')
    api = attacked(tls_hostile, open_api, cut, ca_certs=ca_file)
    fails(api, ConnectionError, PROMPT)
