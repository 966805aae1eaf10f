"""The sync transport's response heads, read without the email package, against http.client.

``FastHeadResponse`` must leave every response exactly as ``http.client.HTTPResponse`` does:
the same status, reason and version, the same ``HTTPMessage`` (fields, defects, payload,
unixfrom, nested parts), the same framing (chunked, length, keep-alive) and body, or the
same exception. Heads are generated: plain fields, folded lines, stray CR, bare LF, names
email refuses, ``From `` lines, multipart and message content types, 100 Continue, HEAD,
missing blank lines and random damage.
"""

from __future__ import annotations

import email.message
import http.client
import io
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from esinference._transport import fast_paths, urllib3_heads
from esinference._transport.urllib3_connections import (
    OneWriteHTTPConnection,
    OneWriteHTTPSConnection,
)
from esinference._transport.urllib3_heads import FastHeadResponse


class _Socket:
    """What HTTPResponse reads from: ``makefile('rb')`` over fixed bytes."""

    def __init__(self, data: bytes) -> None:
        self._data = data

    def makefile(self, mode: str) -> io.BufferedReader:
        return io.BufferedReader(io.BytesIO(self._data))  # type: ignore[arg-type]


def _describe_message(message: email.message.Message) -> dict[str, Any]:
    """Everything a Message holds, nested parts described the same way."""
    described = dict(vars(message))
    described["defects"] = [(type(d).__name__, str(d)) for d in message.defects]
    described["policy"] = repr(message.policy)
    payload = message._payload  # type: ignore[attr-defined]
    if isinstance(payload, list):
        described["_payload"] = [_describe_message(part) for part in payload]
    described["class"] = type(message).__name__
    return described


def _outcome(cls: type[http.client.HTTPResponse], data: bytes, method: str) -> Any:
    response = cls(_Socket(data), method=method)  # type: ignore[arg-type]
    try:
        response.begin()
    except Exception as exc:  # the verdict is compared, whatever it is
        return ("raised", type(exc).__name__, str(exc))
    framing = {
        name: getattr(response, name)
        for name in ("status", "code", "reason", "version", "chunked", "chunk_left", "length")
    }
    framing["will_close"] = response.will_close
    try:
        body: Any = response.read()
    except Exception as exc:
        body = ("raised", type(exc).__name__, str(exc))
    return framing, _describe_message(response.msg), body


_NAME = st.text("abcXYZ-_.!#$%&'*+^`|~0123456789", min_size=1, max_size=12)
_VALUE = st.one_of(
    st.text(st.characters(codec="latin-1", exclude_characters="\r\n"), max_size=20),
    st.text("a :\t;=/\x00\x7f\xe9", max_size=8),  # the characters where parsers differ
).map(lambda v: v.encode("latin-1"))
_EOL = st.sampled_from([b"\r\n", b"\r\n", b"\n"])


_CLEAN = ["plain", "plain", "framing", "content type"]
_ODD = ["folded", "no colon", "empty name", "space in name", "from", "cr inside", "cr at end"]
_ODD += ["high byte name"]


@st.composite
def _field(draw: st.DrawFn, kinds: list[str]) -> bytes:
    """One head line of one of these kinds: well formed, or one email repairs or refuses."""
    kind = draw(st.sampled_from(kinds))
    eol = draw(_EOL)
    value = draw(_VALUE)
    blanks = draw(st.sampled_from([b"", b" ", b"  ", b"\t", b" \t"]))
    if kind == "plain":
        return draw(_NAME).encode() + b":" + blanks + value + eol
    if kind == "folded":
        return draw(st.sampled_from([b" ", b"\t"])) + value + eol
    if kind == "no colon":
        return draw(_NAME).encode() + value.replace(b":", b"") + eol
    if kind == "empty name":
        return b":" + value + eol
    if kind == "space in name":
        return draw(_NAME).encode() + b" :" + value + eol
    if kind == "from":
        return b"From " + value + eol
    if kind == "cr inside":
        return draw(_NAME).encode() + b": a\rb" + value + eol
    if kind == "cr at end":
        return draw(_NAME).encode() + b": " + value + b"\r" + eol
    if kind == "high byte name":
        return b"X-\xe9t\xe9: " + value + eol
    if kind == "framing":
        name = draw(st.sampled_from([b"Content-Length", b"content-length", b"Transfer-Encoding"]))
        framing = draw(
            st.sampled_from([b"5", b" 5 ", b"-1", b"abc", b"0", b"chunked", b"Chunked", b"gzip"])
        )
        return name + b": " + framing + eol
    mime = draw(
        st.sampled_from(
            [
                b"application/json",
                b"multipart/mixed; boundary=x",
                b"message/rfc822",
                b"Message/delivery-status",
                b"text/plain; charset=utf-8",
            ]
        )
    )
    return draw(st.sampled_from([b"Content-Type", b"content-type"])) + b": " + mime + eol


_STATUS = st.sampled_from(
    [
        b"HTTP/1.1 200 OK",
        b"HTTP/1.1 201 Created",
        b"HTTP/1.0 200 OK",
        b"HTTP/1.1 204 No Content",
        b"HTTP/1.1 304 Not Modified",
        b"HTTP/1.1 404 ",
        b"HTTP/1.1 500",
        b"HTTP/2 200 OK",
        b"ICY 200 OK",
        b"HTTP/1.1 99 Low",
    ]
)


@st.composite
def _response(draw: st.DrawFn) -> bytes:
    status = draw(_STATUS) + draw(_EOL)
    if draw(st.booleans()) and draw(st.booleans()):
        status = b"HTTP/1.1 100 Continue\r\nX-Early: 1\r\n\r\n" + status
    clean = draw(st.booleans())  # half the heads take the fast path, the others may not
    kinds = _CLEAN if clean else _CLEAN + _ODD
    fields = b"".join(draw(st.lists(_field(kinds), max_size=8)))
    end = draw(st.sampled_from([b"\r\n", b"\n"] if clean else [b"\r\n", b"\n", b""]))
    body = draw(st.sampled_from([b"hello", b"5\r\nhello\r\n0\r\n\r\n", b""]))
    data = status + fields + end + body
    if not clean and draw(st.integers(0, 4)) == 0:  # damage: cut it short, or flip a byte
        cut = draw(st.integers(0, len(data)))
        data = data[:cut] if draw(st.booleans()) else data[:cut] + b"\x00" + data[cut + 1 :]
    return data


@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=_response(), method=st.sampled_from(["POST", "GET", "HEAD"]))
def test_every_response_is_read_as_http_client_reads_it(data: bytes, method: str) -> None:
    assert _outcome(FastHeadResponse, data, method) == _outcome(
        http.client.HTTPResponse, data, method
    )


ELASTICSEARCH_HEAD = (
    b"HTTP/1.1 200 OK\r\n"
    b"X-elastic-product: Elasticsearch\r\n"
    b"content-type: application/vnd.elasticsearch+json;compatible-with=9\r\n"
    b"content-length: 2\r\n"
    b"\r\n{}"
)


def test_the_heads_elasticsearch_sends_do_not_reach_the_email_package(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("email.parser was used")

    monkeypatch.setattr(urllib3_heads.email.parser, "Parser", refuse)
    framing, message, body = _outcome(FastHeadResponse, ELASTICSEARCH_HEAD, "POST")
    assert (framing["status"], framing["length"], framing["will_close"], body) == (
        200, 2, False, b"{}"
    )  # fmt: skip
    assert message["_headers"] == [
        ("X-elastic-product", "Elasticsearch"),
        ("content-type", "application/vnd.elasticsearch+json;compatible-with=9"),
        ("content-length", "2"),
    ]


@pytest.mark.parametrize(
    "head",
    [
        b"HTTP/1.1 200 OK\r\nX-Folded: a\r\n b\r\n\r\n",
        b"HTTP/1.1 200 OK\r\nContent-Type: multipart/mixed; boundary=x\r\n\r\n",
        b"HTTP/1.1 200 OK\r\nContent-Type: message/rfc822\r\n\r\n",
        b"HTTP/1.1 200 OK\r\ncontent-type: Message/delivery-status\r\n\r\n",
        b"HTTP/1.1 200 OK\r\nNo colon here\r\n\r\n",
        b"HTTP/1.1 200 OK\r\nX-A: 1\r\n",  # no blank line: the connection closed
    ],
)
def test_any_other_head_goes_to_the_email_package(
    monkeypatch: pytest.MonkeyPatch, head: bytes
) -> None:
    calls = []
    real = urllib3_heads.email.parser.Parser

    def counting(*args: Any, **kwargs: Any) -> Any:
        calls.append(args)
        return real(*args, **kwargs)

    monkeypatch.setattr(urllib3_heads.email.parser, "Parser", counting)
    ours = _outcome(FastHeadResponse, head, "GET")
    assert len(calls) == 1
    assert ours == _outcome(http.client.HTTPResponse, head, "GET")


@pytest.mark.skipif(fast_paths.PURE, reason="ESINFERENCE_PURE_URLLIB3 turns it off")
def test_both_connections_read_heads_with_it_on_the_http_client_it_was_checked_against() -> None:
    # This suite is the check: on a Python whose http.client differs, it fails here with
    # the fingerprint to add once the differential test above passes there.
    fingerprint = urllib3_heads.http_client_fingerprint()
    assert fingerprint in urllib3_heads.HTTP_CLIENT_CHECKED, f"not checked: {fingerprint}"
    # (wrapped by deadline_io, whose only change is the socket reader under it)
    assert OneWriteHTTPConnection.response_class.__bases__ == (FastHeadResponse,)
    assert OneWriteHTTPSConnection.response_class.__bases__ == (FastHeadResponse,)


def test_another_http_client_keeps_its_own_response_class(monkeypatch: pytest.MonkeyPatch) -> None:
    def begin(self: http.client.HTTPResponse, *, _max_headers: int | None = None) -> None:
        """A begin() as a later Python might have it: another signature."""

    assert fast_paths.response_class(pure=False) is FastHeadResponse
    monkeypatch.setattr(http.client.HTTPResponse, "begin", begin)
    assert fast_paths.response_class(pure=False) is http.client.HTTPResponse
