"""Our HTTP/1.1 response parser against h11 (the parser httpx uses), on generated responses.

Framing by length, chunked and end of stream; chunk extensions, trailers, obs-fold,
duplicate and conflicting Content-Length, bare LF, oversized lines, and random damage
(truncation, a flipped byte). Both must reach the same verdict, and on success the same
status and body. h11 is fed in pieces, as a socket would hand it the bytes, so its
incomplete-event bound (which we set to our 64 KiB) applies as ours does.
"""

from __future__ import annotations

import asyncio

import h11
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from esinference._transport.http1_wire import MAX_HEAD, BodyReader, ProtocolViolation, read_head

Verdict = tuple[str, int | None, bytes]


def ours(data: bytes, method: str) -> Verdict:
    async def parse() -> Verdict:
        reader = asyncio.StreamReader(limit=MAX_HEAD)
        reader.feed_data(data)
        reader.feed_eof()
        try:
            head = await read_head(reader)
            body = await BodyReader(reader, head, method).read_all()
        except (ProtocolViolation, asyncio.IncompleteReadError):
            return ("error", None, b"")
        return ("ok", head.status, body)

    return asyncio.run(parse())


def theirs(data: bytes, method: str) -> Verdict:
    conn = h11.Connection(h11.CLIENT, max_incomplete_event_size=MAX_HEAD)
    conn.send(h11.Request(method=method, target="/", headers=[("Host", "es")]))
    conn.send(h11.EndOfMessage())
    pieces = [data[i : i + 4096] for i in range(0, len(data), 4096)] + [b""]
    status: int | None = None
    body = b""
    try:
        while True:
            event = conn.next_event()
            if event is h11.NEED_DATA:
                conn.receive_data(pieces.pop(0))
            elif isinstance(event, h11.Response):
                status = event.status_code
            elif isinstance(event, h11.Data):
                body += event.data
            elif isinstance(event, h11.EndOfMessage):
                return ("ok", status, body)
            elif isinstance(event, h11.ConnectionClosed):
                return ("error", None, b"")
    except h11.RemoteProtocolError:
        return ("error", None, b"")


TOKEN = st.text("abcdefghijklmnopqrstuvwxyz-", min_size=1, max_size=12).filter(
    lambda t: t not in ("content-length", "transfer-encoding", "connection")
)
VALUE = st.text("abcdef 0123456789/;=,.", max_size=20).map(str.strip)


@st.composite
def field_lines(draw: st.DrawFn, eol: bytes) -> bytes:
    """Extra header lines, some folded over two lines (obs-fold)."""
    lines = []
    for name, value in draw(st.lists(st.tuples(TOKEN, VALUE), max_size=5)):
        line = f"{name}: {value}".encode()
        if value and draw(st.booleans()):
            cut = value.index(value.split()[0]) if value.split() else 0
            line = f"{name}: {value[:cut] or 'x'}".encode() + eol + b" \t" + value.encode()
        lines.append(line + eol)
    return b"".join(lines)


@st.composite
def chunked_body(draw: st.DrawFn, body: bytes) -> bytes:
    cuts = sorted(draw(st.lists(st.integers(0, len(body)), max_size=4)))
    out = b""
    for start, end in zip([0, *cuts], [*cuts, len(body)], strict=True):
        if start == end:
            continue
        size = draw(st.sampled_from(["{:x}", "{:X}", "00{:x}"])).format(end - start)
        ext = draw(st.sampled_from(["", ";a=b", ';name="q v"', "; x"]))
        out += f"{size}{ext}{draw(st.sampled_from(['', ' ']))}\r\n".encode()
        out += body[start:end] + b"\r\n"
    trailers = draw(st.sampled_from([b"", b"x-trailer: 1\r\n", b"a: b\r\nc: d\r\n"]))
    return out + b"0\r\n" + trailers + b"\r\n"


@st.composite
def responses(draw: st.DrawFn) -> bytes:
    eol = draw(st.sampled_from([b"\r\n", b"\n"]))
    version = draw(st.sampled_from([b"HTTP/1.1", b"HTTP/1.0"]))
    status = draw(st.sampled_from([200, 201, 204, 304, 400, 404, 429, 500, 503]))
    head = draw(st.sampled_from([b"", b"HTTP/1.1 100 Continue" + eol + eol]))
    head += version + f" {status} Reason".encode() + eol + draw(field_lines(eol))
    body = draw(st.binary(max_size=200))
    framing = draw(st.sampled_from(["length", "length", "chunked", "chunked", "close"]))
    if framing == "length":
        n = len(body)
        value = draw(st.sampled_from([f"{n}", f"{n}, {n}", f"{n + 1}", f"+{n}", f" {n} ", "x"]))
        head += f"Content-Length: {value}".encode() + eol
        if draw(st.integers(0, 4)) == 0:  # a second field: the same, or a conflicting value
            head += f"Content-Length: {draw(st.sampled_from([n, n + 2]))}".encode() + eol
        payload = body
    elif framing == "chunked":
        coding = draw(st.sampled_from(["chunked", "Chunked", "gzip, chunked", "gzip"]))
        head += f"Transfer-Encoding: {coding}".encode() + eol
        if draw(st.integers(0, 4)) == 0:
            head += b"Content-Length: 3" + eol  # Transfer-Encoding wins
        payload = draw(chunked_body(body))
    else:
        payload = body
    if draw(st.integers(0, 9)) == 0:
        head += b"x-long: " + b"a" * draw(st.sampled_from([1000, 70_000])) + eol
    data = head + eol + payload
    damage = draw(st.sampled_from(["none", "none", "none", "truncate", "flip"]))
    if damage == "truncate":
        data = data[: draw(st.integers(0, len(data)))]
    elif damage == "flip" and data:
        at = draw(st.integers(0, len(data) - 1))
        data = data[:at] + bytes([data[at] ^ draw(st.integers(1, 255))]) + data[at + 1 :]
    return data


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=responses(), method=st.sampled_from(["POST", "GET", "HEAD"]))
def test_same_verdict_and_body_as_h11(data: bytes, method: str) -> None:
    assert ours(data, method) == theirs(data, method)


@pytest.mark.parametrize(
    "data",
    [b"HTTP/1.1 200 OK\r\nX-A: 1\r\n  2\r\nContent-Length: 3\r\n\r\nabc",  # obs-fold
     b"HTTP/1.1 200 OK\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\nabcd",  # conflicting
     b"HTTP/1.1 200 OK\nContent-Length: 3\n\nabc",  # bare LF in the head: both accept
     b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\nabc\n0\n\n",  # in chunks: not
     b"HTTP/1.1 200 OK\r\nX: " + b"a" * 70_000 + b"\r\n\r\n",  # head beyond 64 KiB
     b"HTTP/1.1 200 OK\r\n" + b"X-Many: 1234567890\r\n" * 4000 + b"\r\n"],  # ditto, in many lines
)  # fmt: skip
def test_the_edge_cases_named_in_the_issue(data: bytes) -> None:
    assert ours(data, "POST") == theirs(data, "POST")
