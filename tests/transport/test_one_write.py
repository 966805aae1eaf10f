"""The one-write urllib3 connection sends exactly the bytes urllib3's own path sends."""

from __future__ import annotations

import http.client
import socket
import threading

import pytest
import urllib3
from hypothesis import given, settings
from hypothesis import strategies as st

from esinference._transport.urllib3_connections import OneWriteHTTPConnection, check_headers

ANSWER = b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}"


def raw_bytes_sent(connection_class: type | None, headers: dict[str, str], body: bytes) -> bytes:
    """What reaches the server for one request through a pool with ``connection_class``."""
    listener = socket.create_server(("127.0.0.1", 0))
    port = listener.getsockname()[1]
    received = bytearray()

    def serve() -> None:
        try:
            conn, _ = listener.accept()
        except OSError:  # no request came (the client refused to send it): stop
            return
        with conn:
            while b"\r\n\r\n" not in received or not received.endswith(body):
                received.extend(conn.recv(65536))
            conn.sendall(ANSWER)

    listener.settimeout(10)
    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    pool = urllib3.HTTPConnectionPool("127.0.0.1", port)
    if connection_class is not None:
        pool.ConnectionCls = connection_class
    try:
        response = pool.urlopen("POST", "/_inference/x?timeout=5s", body=body, headers=headers)
        assert response.status == 200
        thread.join()
    finally:
        pool.close()
        listener.close()
    return bytes(received).replace(f":{port}".encode(), b":PORT")  # two servers, two ports


@pytest.mark.parametrize(
    "headers",
    [{"user-agent": "esinference/0", "accept": "application/json", "content-type": "x/y"},
     {"user-agent": "u", "Accept-Encoding": "gzip", "authorization": "ApiKey abc"}],
)  # fmt: skip
@pytest.mark.parametrize("body", [b'{"input":"hi"}', b""])
def test_same_bytes_as_urllib3(headers: dict[str, str], body: bytes) -> None:
    ours = raw_bytes_sent(OneWriteHTTPConnection, headers, body)
    assert ours == raw_bytes_sent(None, headers, body)


def test_a_header_that_would_inject_a_line_is_refused_without_showing_its_value() -> None:
    with pytest.raises(ValueError, match="Invalid header 'authorization'") as caught:
        raw_bytes_sent(
            OneWriteHTTPConnection, {"user-agent": "u", "authorization": "a\r\nX: 1"}, b"{}"
        )
    assert "X: 1" not in str(caught.value)


HEADER_TEXT = st.text(alphabet=st.sampled_from("aZ-: \t\r\n\x00\x0b"), max_size=6)


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(HEADER_TEXT, HEADER_TEXT, max_size=4))
def test_headers_are_refused_exactly_when_http_client_refuses_them(headers: dict[str, str]) -> None:
    refused_by_http_client = any(
        not http.client._is_legal_header_name(name.encode("latin-1"))  # type: ignore[attr-defined]
        or http.client._is_illegal_header_value(value.encode("latin-1"))  # type: ignore[attr-defined]
        for name, value in headers.items()
    )
    try:
        check_headers(headers)
    except ValueError:
        assert refused_by_http_client
    else:
        assert not refused_by_http_client


def bytes_sent_on_one_connection(
    connection_class: type | None, requests: list[tuple[dict[str, str], bytes]]
) -> bytes:
    """What reaches the server for ``requests`` sent in turn over one keep-alive connection."""
    listener = socket.create_server(("127.0.0.1", 0))
    port = listener.getsockname()[1]
    received = bytearray()

    def serve() -> None:
        conn, _ = listener.accept()
        with conn:
            for _ in requests:
                start = len(received)
                while b"\r\n\r\n" not in received[start:]:
                    received.extend(conn.recv(65536))
                head_end = received.index(b"\r\n\r\n", start) + 4
                length = int(received[start:head_end].split(b"Content-Length: ")[1].split(b"\r")[0])
                while len(received) < head_end + length:
                    received.extend(conn.recv(65536))
                conn.sendall(ANSWER)

    listener.settimeout(10)
    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    pool = urllib3.HTTPConnectionPool("127.0.0.1", port, maxsize=1, block=True)
    if connection_class is not None:
        pool.ConnectionCls = connection_class
    try:
        for headers, body in requests:
            assert pool.urlopen("POST", "/x", body=body, headers=headers).status == 200
        thread.join()
    finally:
        pool.close()
        listener.close()
    return bytes(received).replace(f":{port}".encode(), b":PORT")


def test_a_connection_reusing_header_sets_sends_each_requests_own_headers() -> None:
    # The connection remembers encoded header sets: a repeated set must come out the same,
    # a changed value (another API key) must be sent, never the remembered one.
    first = {"user-agent": "u", "authorization": "ApiKey one", "accept": "application/json"}
    second = {**first, "authorization": "ApiKey two"}
    requests = [(first, b'{"a":1}'), (second, b"{}"), (first, b'{"input":"x"}'), (first, b"")]
    ours = bytes_sent_on_one_connection(OneWriteHTTPConnection, requests)
    assert ours == bytes_sent_on_one_connection(None, requests)
    assert ours.count(b"ApiKey two") == 1 and ours.count(b"ApiKey one") == 3


def test_a_refused_header_set_is_refused_every_time() -> None:
    connection = OneWriteHTTPConnection("127.0.0.1", 9)
    bad = {"user-agent": "u", "x-bad": "a\r\nInjected: yes"}
    for _ in range(2):  # not remembered as accepted after the first refusal
        with pytest.raises(ValueError):
            connection.request("POST", "/x", body=b"{}", headers=bad)


def test_host_and_accept_encoding_lines_follow_each_requests_own_headers() -> None:
    # http.client adds Host and Accept-Encoding unless the headers carry them; the
    # connection remembers the lines it added per combination, never across combinations.
    plain = {"user-agent": "u", "accept": "application/json"}
    own_host = {**plain, "Host": "es.example:9200"}
    own_encoding = {**plain, "accept-encoding": "gzip"}
    requests = [(plain, b"{}"), (own_host, b"{}"), (own_encoding, b"{}"), (plain, b"{}"),
                (own_host, b"{}")]  # fmt: skip
    ours = bytes_sent_on_one_connection(OneWriteHTTPConnection, requests)
    assert ours == bytes_sent_on_one_connection(None, requests)
    assert ours.count(b"Host: 127.0.0.1:PORT") == 3 and ours.count(b"identity") == 4


def _written(connection_class: type[urllib3.connection.HTTPConnection], urls: list[str]) -> bytes:
    """What one connection would write for POSTs to ``urls`` (the socket is not opened)."""
    connection = connection_class("127.0.0.1", 9200)
    written = bytearray()
    connection.send = written.extend  # type: ignore[method-assign,assignment]
    for url in urls:
        connection.request("POST", url, body=b"{}", headers={"user-agent": "u"})
        connection._HTTPConnection__state = "Idle"  # type: ignore[attr-defined]  # as if answered
    return bytes(written)


def test_an_absolute_url_takes_its_host_from_the_url_as_http_client_does() -> None:
    urls = ["/x", "http://proxied.example:8080/y", "/x", "http://other.example/z"]
    ours = _written(OneWriteHTTPConnection, urls)
    assert ours == _written(urllib3.connection.HTTPConnection, urls)
    assert b"Host: proxied.example:8080" in ours and ours.count(b"Host: 127.0.0.1:9200") == 2
