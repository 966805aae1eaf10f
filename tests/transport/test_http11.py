"""The asyncio transport's HTTP/1.1 response parser, fed arbitrary splits of valid answers."""

from __future__ import annotations

import asyncio

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from esinference._transport.http1_wire import BodyReader, ProtocolViolation, read_head

pytestmark = pytest.mark.timeout(30)


def _parse(pieces: list[bytes], method: str = "POST") -> tuple[int, dict[str, str], bytes, bool]:
    async def run() -> tuple[int, dict[str, str], bytes, bool]:
        reader = asyncio.StreamReader()
        for piece in pieces:
            reader.feed_data(piece)
        reader.feed_eof()
        head = await read_head(reader)
        body = BodyReader(reader, head, method)
        return head.status, head.headers, await body.read_all(), body.reusable

    return asyncio.run(run())


def _split(data: bytes, cuts: list[int]) -> list[bytes]:
    points = sorted({c % (len(data) + 1) for c in cuts})
    return [data[a:b] for a, b in zip([0, *points], [*points, len(data)], strict=True)]


@settings(max_examples=60, deadline=None)
@given(
    chunks=st.lists(st.binary(min_size=1, max_size=40), max_size=6),
    cuts=st.lists(st.integers(0, 10_000), max_size=8),
    extension=st.booleans(),
)
def test_chunked_bodies_survive_any_split(
    chunks: list[bytes], cuts: list[int], extension: bool
) -> None:
    ext = b";name=value" if extension else b""
    wire = b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nX-A: 1\r\nx-a: 2\r\n\r\n"
    wire += b"".join(b"%x%s\r\n%s\r\n" % (len(c), ext, c) for c in chunks)
    wire += b"0\r\nTrailer: t\r\n\r\n"
    status, headers, body, reusable = _parse(_split(wire, cuts))
    assert (status, body, reusable) == (200, b"".join(chunks), True)
    assert headers["x-a"] == "1, 2"


@settings(max_examples=40, deadline=None)
@given(body=st.binary(max_size=200), cuts=st.lists(st.integers(0, 10_000), max_size=8))
def test_content_length_bodies_survive_any_split(body: bytes, cuts: list[int]) -> None:
    wire = b"HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 201 Created\r\nContent-Length: %d\r\n\r\n%s"
    status, _, parsed, reusable = _parse(_split(wire % (len(body), body), cuts))
    assert (status, parsed, reusable) == (201, body, True)


@pytest.mark.parametrize(
    ("wire", "reusable"),
    [
        (b"HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 2\r\n\r\nok", False),
        (b"HTTP/1.0 200 OK\r\nContent-Length: 2\r\n\r\nok", False),
        (b"HTTP/1.0 200 OK\r\nConnection: keep-alive\r\nContent-Length: 2\r\n\r\nok", True),
        (b"HTTP/1.1 200 OK\r\n\r\nok", False),  # delimited by EOF
    ],
)
def test_connection_reuse_rules(wire: bytes, reusable: bool) -> None:
    assert _parse([wire])[2:] == (b"ok", reusable)


def test_head_has_no_body() -> None:
    wire = b"HTTP/1.1 200 OK\r\nContent-Length: 99\r\n\r\n"
    assert _parse([wire], method="HEAD")[2:] == (b"", True)


@pytest.mark.parametrize(
    "wire",
    [
        b"HTTP/2 200 OK\r\n\r\n",
        b"HTTP/1.1 2000 OK\r\n\r\n",
        b"HTTP/1.1 200 OK\r\nno colon\r\n\r\n",
        b"HTTP/1.1 200 OK\r\nContent-Length: 1, 2\r\n\r\n",
        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n",
        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip\r\n\r\n",
    ],
)
def test_malformed_answers(wire: bytes) -> None:
    with pytest.raises(ProtocolViolation):
        _parse([wire])


def test_truncated_body() -> None:
    with pytest.raises(asyncio.IncompleteReadError):
        _parse([b"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nshort"])
