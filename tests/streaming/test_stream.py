"""Stream and AsyncStream: chunks out, errors raised, the response always closed.

Each behaviour is one test body run twice, over ``Stream`` (sync=True) and ``AsyncStream``.
"""

from __future__ import annotations

import asyncio
import json
from typing import Any

import pytest

from esinference._sse import IncompleteStreamError, ServerSentEvent
from esinference.errors import (
    ApiError,
    BadRequestError,
    ConnectionTimeout,
    NotFoundError,
    SerializationError,
    TransportError,
)
from esinference.errors import (
    ConnectionError as EsConnectionError,
)
from esinference.streaming import AsyncStream, Stream, StreamInterruptedError

from ._doubles import (
    CHAT_CHUNKS,
    ILLEGAL_STATE_ERROR,
    NODE,
    NOT_FOUND_ERROR,
    FakeResponse,
    es_error,
    es_event,
    es_stream,
)

both = pytest.mark.parametrize("sync", [True, False], ids=["sync", "async"])

COMPLETION = [
    {"completion": [{"delta": "Elastic"}]},
    {"completion": [{"delta": "search"}, {"delta": " is"}]},
    {"completion": [{"delta": " fast"}]},
]


# Driving one test body through either class -------------------------------------------


def chunks_of(sync: bool, response: FakeResponse) -> list[dict[str, Any]]:
    if sync:
        return list(Stream(response, es_error))

    async def read() -> list[dict[str, Any]]:
        return [chunk async for chunk in AsyncStream(response, es_error)]

    return asyncio.run(read())


def events_of(sync: bool, response: FakeResponse) -> list[ServerSentEvent]:
    if sync:
        return list(Stream(response, es_error).events())

    async def read() -> list[ServerSentEvent]:
        return [event async for event in AsyncStream(response, es_error).events()]

    return asyncio.run(read())


def text_of(sync: bool, response: FakeResponse) -> str:
    if sync:
        return Stream(response, es_error).text()
    return asyncio.run(AsyncStream(response, es_error).text())


def failure_of(sync: bool, response: FakeResponse) -> tuple[list[dict[str, Any]], Exception]:
    """The chunks handed out before the stream raised, and what it raised.

    Also checks that the response was closed by the time the exception reached the caller.
    """
    received: list[dict[str, Any]] = []

    async def read() -> Exception:
        try:
            async for chunk in AsyncStream(response, es_error):
                received.append(chunk)
        except Exception as exc:
            assert response.close_calls == 1, "closed before the error reaches the caller"
            return exc
        raise AssertionError(f"the stream did not raise; it yielded {received}")

    if not sync:
        return received, asyncio.run(read())
    try:
        received.extend(Stream(response, es_error))
    except Exception as exc:
        assert response.close_calls == 1, "closed before the error reaches the caller"
        return received, exc
    raise AssertionError(f"the stream did not raise; it yielded {received}")


def first_chunk_then_break(sync: bool, response: FakeResponse) -> dict[str, Any]:
    if sync:
        for chunk in Stream(response, es_error):
            return chunk
        raise AssertionError("no chunk")

    async def read() -> dict[str, Any]:
        async for chunk in AsyncStream(response, es_error):
            first = chunk
            break
        # An abandoned async generator is closed by the event loop's finalizer, soon after.
        for _ in range(5):
            await asyncio.sleep(0)
        return first

    return asyncio.run(read())


# Success ------------------------------------------------------------------------------


@both
def test_iterating_yields_each_chunk_until_done_then_closes(sync: bool) -> None:
    response = FakeResponse(es_stream(*COMPLETION))
    assert chunks_of(sync, response) == COMPLETION
    assert response.close_calls == 1


@both
def test_done_ends_the_stream_and_the_rest_of_the_body_is_read_and_ignored(sync: bool) -> None:
    # Reading to the end of the body is what lets the transport reuse the connection.
    trailing = es_event('{"completion":[{"delta":"ignored"}]}')
    response = FakeResponse([*es_stream(COMPLETION[0]), trailing, b"not even an event"])
    assert chunks_of(sync, response) == [COMPLETION[0]]
    assert response.chunks_read == 4
    assert response.closed


@both
def test_what_follows_done_is_read_only_up_to_a_limit(sync: bool) -> None:
    response = FakeResponse([*es_stream(COMPLETION[0]), *[b"x" * 40_000] * 5])
    assert chunks_of(sync, response) == [COMPLETION[0]]
    assert response.chunks_read == 4  # [DONE], then 40 kB, 80 kB (over the 64 KiB limit): stop
    assert response.closed


@both
def test_a_failure_after_done_is_not_an_error(sync: bool) -> None:
    cut = EsConnectionError("connection reset")
    response = FakeResponse(es_stream(*COMPLETION), fail_with=cut)
    assert chunks_of(sync, response) == COMPLETION
    assert response.closed


@both
def test_events_after_done_in_the_same_chunk_are_ignored(sync: bool) -> None:
    response = FakeResponse([b"".join([*es_stream(COMPLETION[0]), *es_stream(COMPLETION[1])])])
    assert chunks_of(sync, response) == [COMPLETION[0]]


@both
def test_chunks_split_anywhere_give_the_same_result(sync: bool) -> None:
    raw = b"".join(es_stream(*COMPLETION))
    response = FakeResponse([raw[i : i + 7] for i in range(0, len(raw), 7)])
    assert chunks_of(sync, response) == COMPLETION


@both
def test_events_yields_the_raw_events_without_done(sync: bool) -> None:
    response = FakeResponse(es_stream(*COMPLETION[:2]))
    assert events_of(sync, response) == [
        ServerSentEvent(data='{"completion":[{"delta":"Elastic"}]}'),
        ServerSentEvent(data='{"completion":[{"delta":"search"},{"delta":" is"}]}'),
    ]
    assert response.closed


@both
def test_text_joins_the_completion_deltas(sync: bool) -> None:
    assert text_of(sync, FakeResponse(es_stream(*COMPLETION))) == "Elasticsearch is fast"


@both
def test_text_joins_the_chat_completion_contents(sync: bool) -> None:
    assert text_of(sync, FakeResponse(es_stream(*CHAT_CHUNKS))) == "Elastic is fast"


@both
def test_text_reads_the_single_result_of_a_non_streaming_provider(sync: bool) -> None:
    response = FakeResponse(es_stream({"completion": [{"result": "Elastic is fast"}]}))
    assert text_of(sync, response) == "Elastic is fast"


# Errors -------------------------------------------------------------------------------


@both
def test_an_error_status_raises_the_mapped_error_before_any_chunk(sync: bool) -> None:
    response = FakeResponse([es_event(NOT_FOUND_ERROR, "error")], status=404)
    received, error = failure_of(sync, response)
    assert received == []
    assert isinstance(error, NotFoundError)
    assert error.status_code == 404
    assert error.meta.node == NODE
    assert error.body == json.loads(NOT_FOUND_ERROR)
    assert str(error) == (
        "NotFoundError(404, 'resource_not_found_exception', "
        "'Inference endpoint not found [my-endpoint]')"
    )
    assert response.closed


@both
def test_an_error_status_with_a_plain_json_body_raises_too(sync: bool) -> None:
    body = NOT_FOUND_ERROR.replace("404", "400").encode()
    response = FakeResponse([body[:20], body[20:]], status=400)
    received, error = failure_of(sync, response)
    assert received == []
    assert isinstance(error, BadRequestError)
    assert error.body == json.loads(body)
    assert response.closed


@both
def test_an_error_status_with_a_non_json_body_keeps_the_text(sync: bool) -> None:
    response = FakeResponse([b"<html>bad gateway</html>"], status=502)
    _, error = failure_of(sync, response)
    assert type(error) is ApiError
    assert (error.status_code, error.body) == (502, "<html>bad gateway</html>")


@both
def test_an_error_event_mid_stream_raises_after_the_earlier_chunks(sync: bool) -> None:
    response = FakeResponse(
        [*es_stream(*COMPLETION[:2], done=False), es_event(ILLEGAL_STATE_ERROR, "error")]
    )
    received, error = failure_of(sync, response)
    assert received == COMPLETION[:2]
    assert isinstance(error, ApiError)
    assert (error.status_code, error.error_type, error.reason) == (
        500,
        "illegal_state_exception",
        "hello there",
    )
    assert response.closed


@both
def test_a_message_carrying_an_error_object_raises_too(sync: bool) -> None:
    error_body = NOT_FOUND_ERROR.replace("404", "429")
    response = FakeResponse([*es_stream(COMPLETION[0], done=False), es_event(error_body)])
    received, error = failure_of(sync, response)
    assert received == [COMPLETION[0]]
    assert isinstance(error, ApiError)
    assert error.status_code == 429


@both
def test_a_chat_completion_error_takes_its_status_from_the_code(sync: bool) -> None:
    body = {"error": {"code": "bad_request", "message": "Invalid tool", "type": "invalid_request"}}
    response = FakeResponse([es_event(json.dumps(body), "error")])
    _, error = failure_of(sync, response)
    assert isinstance(error, BadRequestError)
    assert (error.error_type, error.reason) == ("invalid_request", "Invalid tool")


@both
@pytest.mark.parametrize("data", ["upstream exploded", "null", '{"status": 200}'])
def test_an_error_event_without_an_error_status_is_a_500(sync: bool, data: str) -> None:
    response = FakeResponse([es_event(data, "error")])
    _, error = failure_of(sync, response)
    assert type(error) is ApiError
    assert error.status_code == 500
    assert error.body == (json.loads(data) if data.startswith("{") else data)


@both
def test_a_chunk_whose_content_mentions_error_is_not_an_error(sync: bool) -> None:
    chunk = {"completion": [{"delta": '{"error": "not really"}'}]}
    assert chunks_of(sync, FakeResponse(es_stream(chunk))) == [chunk]


@both
def test_a_stream_that_ends_without_done_was_cut(sync: bool) -> None:
    response = FakeResponse(es_stream(*COMPLETION, done=False))
    received, error = failure_of(sync, response)
    assert received == COMPLETION
    assert isinstance(error, StreamInterruptedError)
    assert isinstance(error, EsConnectionError)
    assert str(error) == f"the event stream from {NODE} ended before [DONE]"
    assert response.closed


@both
def test_a_stream_cut_inside_an_event_says_so(sync: bool) -> None:
    response = FakeResponse([es_event('{"completion":[{"delta":"a"}]}')[:-1]])
    _, error = failure_of(sync, response)
    assert isinstance(error, StreamInterruptedError)
    assert "inside an event" in str(error)
    assert isinstance(error.__cause__, IncompleteStreamError)


@both
def test_data_that_is_not_a_json_object_is_a_serialization_error(sync: bool) -> None:
    for data in ["not json", "[1, 2]"]:
        response = FakeResponse([es_event(data), es_event("[DONE]")])
        _, error = failure_of(sync, response)
        assert isinstance(error, SerializationError)
        assert response.closed


@both
def test_a_connection_broken_while_reading_is_an_interrupted_stream(sync: bool) -> None:
    # With chunked encoding (what Elasticsearch uses) this is how a cut stream really looks:
    # the transport fails mid-body instead of the body ending early.
    cut = EsConnectionError("connection reset")
    response = FakeResponse(es_stream(COMPLETION[0], done=False), fail_with=cut)
    received, error = failure_of(sync, response)
    assert received == [COMPLETION[0]]
    assert isinstance(error, StreamInterruptedError)
    assert (error.__cause__, error.errors) == (cut, (cut,))
    assert str(error) == f"the event stream from {NODE} was cut before [DONE]: connection reset"
    assert response.closed


@both
def test_a_timeout_while_reading_propagates_and_closes(sync: bool) -> None:
    timeout = ConnectionTimeout("no data in time")
    response = FakeResponse(es_stream(COMPLETION[0], done=False), fail_with=timeout)
    received, error = failure_of(sync, response)
    assert (received, error) == ([COMPLETION[0]], timeout)
    assert response.closed


# Closing ------------------------------------------------------------------------------


@both
def test_leaving_the_loop_early_closes_the_response(sync: bool) -> None:
    response = FakeResponse(es_stream(*COMPLETION))
    assert first_chunk_then_break(sync, response) == COMPLETION[0]
    assert response.close_calls == 1
    assert response.chunks_read == 1


def test_the_context_manager_closes_at_once() -> None:
    response = FakeResponse(es_stream(*COMPLETION))
    with Stream(response, es_error) as stream:
        assert next(iter(stream)) == COMPLETION[0]
    assert response.close_calls == 1


def test_the_async_context_manager_closes_at_once() -> None:
    response = FakeResponse(es_stream(*COMPLETION))

    async def read() -> None:
        async with AsyncStream(response, es_error) as stream:
            async for _ in stream:
                break
        assert response.close_calls == 1

    asyncio.run(read())


def test_the_context_manager_closes_on_error_and_close_is_idempotent() -> None:
    response = FakeResponse(es_stream(*COMPLETION))
    with pytest.raises(KeyError), Stream(response, es_error) as stream:
        raise KeyError("user code failed")
    stream.close()
    assert response.close_calls == 1


def test_cancelling_the_reading_task_closes_the_response() -> None:
    response = FakeResponse(es_stream(COMPLETION[0], done=False), hang=True)

    async def main() -> None:
        received: list[dict[str, Any]] = []

        async def reader() -> None:
            async for chunk in AsyncStream(response, es_error):
                received.append(chunk)

        task = asyncio.create_task(reader())
        while not received:
            await asyncio.sleep(0)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        assert response.close_calls == 1

    asyncio.run(main())


@both
def test_a_stream_can_be_read_once(sync: bool) -> None:
    response = FakeResponse(es_stream(*COMPLETION))
    if sync:
        stream = Stream(response, es_error)
        list(stream)
        with pytest.raises(RuntimeError, match="read once"):
            list(stream)
        return

    async def read_twice() -> None:
        stream = AsyncStream(response, es_error)
        _ = [chunk async for chunk in stream]
        with pytest.raises(RuntimeError, match="read once"):
            _ = [chunk async for chunk in stream]

    asyncio.run(read_twice())


# The rest of the surface --------------------------------------------------------------


def test_raise_for_status_raises_before_iterating_and_passes_on_success() -> None:
    Stream(FakeResponse(es_stream(*COMPLETION)), es_error).raise_for_status()
    failed = FakeResponse([es_event(NOT_FOUND_ERROR, "error")], status=404)
    stream = Stream(failed, es_error)
    with pytest.raises(NotFoundError) as first:
        stream.raise_for_status()
    assert failed.closed
    with pytest.raises(NotFoundError) as again:
        stream.raise_for_status()
    assert again.value is first.value
    assert failed.chunks_read == 1


def test_async_raise_for_status_raises_before_iterating() -> None:
    failed = FakeResponse([es_event(NOT_FOUND_ERROR, "error")], status=404)
    with pytest.raises(NotFoundError):
        asyncio.run(AsyncStream(failed, es_error).raise_for_status())
    assert failed.closed


def test_status_headers_and_node_come_from_the_response() -> None:
    stream = Stream(FakeResponse([], status=200), es_error)
    assert (stream.status, stream.node) == (200, NODE)
    assert stream.headers["content-type"] == "text/event-stream"


def test_repr_is_short() -> None:
    response = FakeResponse([])
    assert repr(Stream(response, es_error)) == f"<Stream status=200 node='{NODE}'>"
    assert repr(AsyncStream(response, es_error)) == f"<AsyncStream status=200 node='{NODE}'>"


def test_stream_interrupted_error_is_a_transport_error() -> None:
    assert issubclass(StreamInterruptedError, TransportError)
