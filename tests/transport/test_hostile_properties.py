"""Damaged answers, drawn by hypothesis: parsing one never raises anything but the parser's
own errors (async: ``http1_wire``) or the package's exceptions (both public clients' paths).

A valid answer is damaged by cutting it, replacing a byte, inserting bytes or repeating a
slice; whatever comes out must parse, or fail the way a bad answer is meant to fail.
"""

from __future__ import annotations

import asyncio
import gzip

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from esinference._transport.http1_wire import BodyReader, ProtocolViolation, read_head
from esinference._transport.limits import LimitExceeded
from esinference.errors import ApiError, TransportError
from tests.clients import TransportClient
from tests.fakes import hostile
from tests.fakes.scripted import ScriptedServer

BODY = b'{"text_embedding":[{"embedding":[0.1,0.2]}]}'
VALID = [
    hostile.head(f"Content-Length: {len(BODY)}\r\n") + BODY,
    hostile.head("Transfer-Encoding: chunked\r\n")
    + hostile.chunk(BODY[:9])
    + hostile.chunk(BODY[9:])
    + b"0\r\n\r\n",
    hostile.head(f"Content-Encoding: gzip\r\nContent-Length: {len(gzip.compress(BODY))}\r\n")
    + gzip.compress(BODY),
    hostile.head() + BODY,  # close-delimited
]


@st.composite
def damaged(draw: st.DrawFn) -> bytes:
    answer = draw(st.sampled_from(VALID))
    for _ in range(draw(st.integers(1, 3))):
        at = draw(st.integers(0, len(answer)))
        kind = draw(st.sampled_from(["cut", "replace", "insert", "repeat"]))
        if kind == "cut":
            answer = answer[:at]
        elif kind == "replace" and at < len(answer):
            answer = answer[:at] + bytes([draw(st.integers(0, 255))]) + answer[at + 1 :]
        elif kind == "insert":
            answer = answer[:at] + draw(st.binary(max_size=8)) + answer[at:]
        else:
            answer = answer[:at] + answer[at : at + 40] * draw(st.integers(2, 50)) + answer[at:]
    return answer


async def parse(answer: bytes) -> bytes:
    reader = asyncio.StreamReader(limit=64 * 1024)
    reader.feed_data(answer)
    reader.feed_eof()
    head = await read_head(reader)
    return await BodyReader(reader, head, "POST").read_all(limit=1024)


@settings(max_examples=150, deadline=None)
@given(damaged())
def test_the_async_parser_parses_or_raises_its_own_errors(answer: bytes) -> None:
    try:
        asyncio.run(parse(answer))
    except (ProtocolViolation, asyncio.IncompleteReadError, LimitExceeded):
        pass


@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
@given(damaged(), st.booleans())
def test_both_transports_answer_or_raise_a_package_exception(answer: bytes, sync: bool) -> None:
    with ScriptedServer(lambda request: hostile.raw(answer)) as server:
        client = TransportClient(sync, server.url, max_retries=0, request_timeout=1.0)
        try:
            client.perform()
        except (TransportError, ApiError):
            pass
        finally:
            client.close()
