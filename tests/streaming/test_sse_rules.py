"""The decoder, rule by rule: the WHATWG event-stream algorithm plus Elasticsearch's BOMs."""

from __future__ import annotations

import json

import pytest

from esinference._sse import IncompleteStreamError, ServerSentEvent, SSEDecoder


def decode(*chunks: bytes) -> list[ServerSentEvent]:
    decoder = SSEDecoder()
    events = [event for chunk in chunks for event in decoder.feed(chunk)]
    decoder.close()
    return events


def message(data: str, **fields: object) -> ServerSentEvent:
    return ServerSentEvent(data=data, **fields)  # type: ignore[arg-type]


# Lines -----------------------------------------------------------------------------------


@pytest.mark.parametrize("eol", [b"\n", b"\r\n", b"\r"], ids=["LF", "CRLF", "CR"])
def test_lines_end_with_lf_crlf_or_cr(eol: bytes) -> None:
    stream = b"data: a" + eol + b"data: b" + eol + eol + b"data: c" + eol + eol
    assert decode(stream) == [message("a\nb"), message("c")]


def test_a_cr_ending_one_chunk_and_an_lf_opening_the_next_are_one_line_end() -> None:
    # Read as two line ends, the LF would be a blank line and dispatch "a" on its own.
    assert decode(b"data: a\r", b"\ndata: b\r\n\r\n") == [message("a\nb")]


def test_a_pending_cr_survives_empty_chunks_and_partial_characters() -> None:
    assert decode(b"data: a\r", b"", b"\n\r", b"\n") == [message("a")]
    assert decode(b"data: \xc3", b"\xa9\r", b"", b"\ndata: b\r\r") == [message("é\nb")]


def test_a_cr_followed_by_other_text_in_the_next_chunk_is_a_line_end_of_its_own() -> None:
    assert decode(b"data: a\r", b"\r") == [message("a")]


def test_a_line_may_arrive_in_many_pieces() -> None:
    stream = b"event: delta\ndata: " + b"x" * 50 + b"\n\n"
    assert decode(*[stream[i : i + 1] for i in range(len(stream))]) == [
        message("x" * 50, event="delta")
    ]


def test_form_feed_and_unicode_line_separators_do_not_end_lines() -> None:
    assert decode("data: a\x0cb\u2028c\x85d\n\n".encode()) == [message("a\x0cb\u2028c\x85d")]


# Fields ----------------------------------------------------------------------------------


def test_a_comment_line_is_ignored_and_a_comments_only_block_dispatches_nothing() -> None:
    assert decode(b": keep-alive\n\n:\ndata: a\n: between\ndata: b\n\n") == [message("a\nb")]


def test_only_one_leading_space_is_stripped_from_a_value() -> None:
    assert decode(b"data:a\n\ndata: a\n\ndata:  a\n\n") == [
        message("a"),
        message("a"),
        message(" a"),
    ]


def test_a_value_may_contain_colons() -> None:
    assert decode(b'data: {"a": "b:c"}\n\n') == [message('{"a": "b:c"}')]


def test_a_field_without_colon_has_an_empty_value() -> None:
    assert decode(b"data\n\n") == [message("")]
    assert decode(b"event: e\nevent\ndata: x\n\n") == [message("x", event="message")]


def test_data_lines_are_joined_with_lf_and_empty_lines_count() -> None:
    assert decode(b"data: a\ndata\ndata: b\ndata:\n\n") == [message("a\n\nb\n")]


def test_an_unknown_field_is_ignored() -> None:
    assert decode(b"foo: bar\nData: no\ndata : no\ndata: yes\n\n") == [message("yes")]


def test_the_event_type_defaults_to_message_and_is_reset_after_each_event() -> None:
    assert decode(b"event: delta\ndata: a\n\ndata: b\n\n") == [
        message("a", event="delta"),
        message("b", event="message"),
    ]


def test_a_block_without_data_is_not_dispatched_but_resets_the_event_type() -> None:
    assert decode(b"event: error\n\ndata: a\n\n") == [message("a", event="message")]


def test_the_last_event_id_persists_until_changed_or_reset() -> None:
    stream = b"id: 1\ndata: a\n\ndata: b\n\nid: 2\n\ndata: c\n\nid\ndata: d\n\n"
    assert decode(stream) == [
        message("a", id="1"),
        message("b", id="1"),
        message("c", id="2"),
        message("d", id=None),
    ]


def test_an_id_containing_nul_is_ignored() -> None:
    assert decode(b"id: 1\ndata: a\n\nid: 2\x003\ndata: b\n\n") == [
        message("a", id="1"),
        message("b", id="1"),
    ]


@pytest.mark.parametrize("value", ["1a", "-1", "  5", "", "1.5", "\u00b2", "\u0661"])
def test_retry_is_ignored_unless_it_is_ascii_digits(value: str) -> None:
    decoder = SSEDecoder()
    events = decoder.feed(f"retry:{value}\ndata: a\n\n".encode())
    assert events == [message("a", retry=None)]
    assert decoder.retry is None


def test_retry_belongs_to_its_event_and_the_latest_value_stays_on_the_decoder() -> None:
    decoder = SSEDecoder()
    events = decoder.feed(b"retry: 3000\ndata: a\n\ndata: b\n\nretry: 0100\n\n")
    assert events == [message("a", retry=3000), message("b", retry=None)]
    assert decoder.retry == 100


# Decoding --------------------------------------------------------------------------------


def test_a_multi_byte_character_may_be_split_across_chunks() -> None:
    raw = "data: é€𝄞\n\n".encode()
    for cut in range(len(raw) + 1):
        assert decode(raw[:cut], raw[cut:]) == [message("é€𝄞")]


def test_invalid_utf8_decodes_to_replacement_characters() -> None:
    assert decode(b"data: a\xffb\n\n") == [message("a\ufffdb")]


def test_a_bom_is_stripped_at_the_start_of_the_stream() -> None:
    assert decode(b"\xef\xbb\xbfdata: a\n\n") == [message("a")]


def test_a_bom_is_stripped_at_the_start_of_every_line_as_elasticsearch_needs() -> None:
    stream = "\ufeffevent: message\ndata: a\n\n\ufeffevent: error\n\ufeffdata: b\n\n"
    assert decode(stream.encode()) == [message("a"), message("b", event="error")]


def test_a_bom_inside_a_line_is_kept() -> None:
    assert decode("data: \ufeffa\ufeff\n\n".encode()) == [message("\ufeffa\ufeff")]


def test_a_line_of_only_a_bom_is_a_blank_line() -> None:
    assert decode("data: a\n\ufeff\n".encode()) == [message("a")]


# End of stream ---------------------------------------------------------------------------


def test_close_after_a_complete_stream_is_quiet() -> None:
    decoder = SSEDecoder()
    decoder.feed(b"data: a\n\n: trailing comment\n")
    decoder.close()


@pytest.mark.parametrize(
    ("stream", "reason"),
    [
        (b"data: a\n", "inside an event"),
        (b"event: error\n", "inside an event"),
        (b"data: a\n\ndata: b", "inside a line"),
        (b": comment", "inside a line"),
        (b"\xef\xbb\xbf", "inside a line"),
        (b"data: a\n\n\xe2\x82", "inside a UTF-8 character"),
    ],
)
def test_close_raises_when_the_stream_was_cut_off(stream: bytes, reason: str) -> None:
    decoder = SSEDecoder()
    decoder.feed(stream)
    with pytest.raises(IncompleteStreamError, match=reason):
        decoder.close()
    decoder.close()  # the decoder is reset: closing again is quiet


def test_incomplete_stream_error_is_a_value_error() -> None:
    assert issubclass(IncompleteStreamError, ValueError)


# Events ----------------------------------------------------------------------------------


def test_an_event_parses_its_data_as_json() -> None:
    assert message('{"completion":[{"delta":"a"}]}').json() == {"completion": [{"delta": "a"}]}
    with pytest.raises(json.JSONDecodeError):
        message("[DONE").json()


def test_an_event_is_an_immutable_value() -> None:
    event = message("a")
    assert event == ServerSentEvent(event="message", data="a", id=None, retry=None)
    with pytest.raises(AttributeError):
        event.data = "b"  # type: ignore[misc]
