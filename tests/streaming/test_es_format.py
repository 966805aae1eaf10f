"""The decoder on Elasticsearch's own event framing (reference: inference-9.3-endpoints.yaml)."""

from __future__ import annotations

import re

from esinference._sse import ServerSentEvent, SSEDecoder

from ._doubles import ILLEGAL_STATE_ERROR, es_event


def decode(raw: bytes) -> list[ServerSentEvent]:
    decoder = SSEDecoder()
    events = decoder.feed(raw)
    decoder.close()
    return events


def test_the_fixture_framing_matches_the_regex_of_elasticsearchs_own_test() -> None:
    raw = es_event('{"completion":[{"delta":"Elastic"}]}') + es_event("[DONE]")
    es_regex = r"^\uFEFFevent: message\ndata: (.+)\n\n\uFEFFevent: message\ndata: \[DONE]\n\n$"
    assert re.match(es_regex, raw.decode())
    assert raw.count(b"\xef\xbb\xbf") == 2  # a BOM before every event, not just the first


def test_a_completion_stream_decodes_to_messages_ending_with_done() -> None:
    raw = es_event('{"completion":[{"delta":"Elastic"}]}') + es_event("[DONE]")
    assert decode(raw) == [
        ServerSentEvent(event="message", data='{"completion":[{"delta":"Elastic"}]}'),
        ServerSentEvent(event="message", data="[DONE]"),
    ]


def test_an_error_after_earlier_events_is_still_an_error_event() -> None:
    # The BOM before the second event is where a strict WHATWG decoder goes wrong.
    raw = es_event('{"completion":[{"delta":"a"}]}') + es_event(ILLEGAL_STATE_ERROR, "error")
    events = decode(raw)
    assert [event.event for event in events] == ["message", "error"]
    assert events[1].json()["error"]["type"] == "illegal_state_exception"


def test_an_error_before_streaming_is_a_single_error_event() -> None:
    raw = ("\ufeffevent: error\ndata: " + ILLEGAL_STATE_ERROR + "\n\n").encode()
    assert decode(raw) == [ServerSentEvent(event="error", data=ILLEGAL_STATE_ERROR)]
