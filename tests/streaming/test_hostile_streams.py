"""An event stream from a broken or hostile server ends in bounded memory and time (issue 23).

A line or an event's data longer than ``max_stream_event_size`` raises
``ResponseTooLargeError``; no event for ``request_timeout`` raises ``ConnectionTimeout``,
whether the server is silent or trickles bytes that never complete an event; a stream that
keeps sending events lives as long as it likes. Both public clients (``sync``).
"""

from __future__ import annotations

import time
import tracemalloc
from collections.abc import Iterator

import pytest

from esinference import ConnectionTimeout, ResponseTooLargeError
from tests.clients import OpenApi
from tests.fakes import hostile
from tests.fakes.scripted import Fault, ScriptedServer

EVENT_LIMIT = 256 * 1024
TIMEOUT = 1.0


@pytest.fixture
def server() -> Iterator[ScriptedServer]:
    with ScriptedServer() as started:
        yield started


def read(server: ScriptedServer, open_api: OpenApi, fault: Fault) -> list[object]:
    server.handler = hostile.once(fault)
    api = open_api(
        server.url, max_retries=0, request_timeout=TIMEOUT, max_stream_event_size=EVENT_LIMIT
    )
    return api.stream_text("stream_completion", inference_id="chat", input="hi")


def test_a_line_that_never_ends_stops_at_the_event_limit(
    server: ScriptedServer, open_api: OpenApi
) -> None:
    tracemalloc.start()
    started = time.monotonic()
    try:
        with pytest.raises(ResponseTooLargeError, match=r"max_stream_event_size \(262144 bytes\)"):
            read(server, open_api, hostile.endless_event_line())
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert time.monotonic() - started < 5
    # The line and its pieces, the transport's buffers: bounded, however long the line runs.
    assert peak < 4 * EVENT_LIMIT + 4 * 2**20


def test_an_event_whose_data_lines_never_end_stops_at_the_event_limit(
    server: ScriptedServer, open_api: OpenApi
) -> None:
    lines = iter([b"data: " + b"a" * 1000 + b"\n"] * 1000)  # 1 MB of one event, no blank line
    with pytest.raises(ResponseTooLargeError, match="the data of one event"):
        read(server, open_api, hostile.events_then(lines, 0.0))


def test_a_stream_trickling_bytes_without_events_ends_at_request_timeout(
    server: ScriptedServer, open_api: OpenApi
) -> None:
    trickle = iter([b"data: x"] + [b"x"] * 1000)  # a byte every 0.1 s: never a whole event
    started = time.monotonic()
    with pytest.raises(ConnectionTimeout, match=r"no event for 1\.0 s"):
        read(server, open_api, hostile.events_then(trickle, 0.1))
    assert time.monotonic() - started < TIMEOUT + 1


def test_a_silent_stream_ends_at_request_timeout(server: ScriptedServer, open_api: OpenApi) -> None:
    started = time.monotonic()
    with pytest.raises(ConnectionTimeout):
        read(server, open_api, hostile.events_then(iter([b": still there?"]), 5.0))
    assert time.monotonic() - started < TIMEOUT + 1


def test_a_stream_that_keeps_sending_events_outlives_request_timeout(
    server: ScriptedServer, open_api: OpenApi
) -> None:
    event = b'event: message\ndata: {"completion":[{"delta":"b"}]}\n\n'
    events = iter([event] * 6 + [b"data: [DONE]\n\n"])
    started = time.monotonic()
    chunks = read(server, open_api, hostile.events_then(events, 0.3))
    assert time.monotonic() - started > TIMEOUT + 0.5  # longer than one attempt may take
    assert len(chunks) == 7
