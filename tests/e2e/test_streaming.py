"""Streaming (stream_completion, chat_completion_unified) against the server, both clients.

Chunks arrive one by one; ``text()`` joins them; errors before streaming raise at call time,
errors mid-stream raise the typed ApiError where they arrive, a stream cut without ``[DONE]``
raises StreamInterruptedError. After every way of ending a stream (to the end, an error, a cut,
leaving the loop early, an exception in the loop, a cancelled task) the client holds no more
connections than when idle and can still make calls.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import pytest

from esinference import ApiError, BadRequestError, NotFoundError
from esinference.server import LocalServer
from esinference.streaming import StreamInterruptedError
from tests.fakes import sockets

from ._api import Api, StreamView
from ._catalogue import EndpointIds
from ._steps import assert_back_to_idle, create_endpoint, idle_connections, raises_api_error

pytestmark = [
    pytest.mark.timeout(30),
    pytest.mark.skipif(not sockets.supported(), reason="counts sockets through /proc"),
]

PROMPT = "Tell me about the quick brown fox"
MESSAGES = [{"role": "user", "content": PROMPT}]
MISSING = "it-missing-stream"
MID_STREAM_FAILURE = "injected mid-stream failure"  # the local server's stream_error fault


@pytest.fixture
def completion_id(api: Api, ids: EndpointIds) -> str:
    return str(create_endpoint(api, ids, "openai", "completion")["inference_id"])


@pytest.fixture
def chat_id(api: Api, ids: EndpointIds) -> str:
    return str(create_endpoint(api, ids, "openai", "chat_completion")["inference_id"])


@pytest.fixture
def idle(api: Api) -> Iterator[int]:
    """The idle connection level, measured first; checked again after the test body."""
    level = idle_connections(api)
    yield level
    assert_back_to_idle(api, level)


def completion_stream(api: Api, inference_id: str) -> StreamView:
    result: StreamView = api.stream_completion(inference_id=inference_id, input=PROMPT)
    return result


def deltas(chunks: list[dict[str, Any]]) -> list[str]:
    return [chunk["completion"][0]["delta"] for chunk in chunks]


# --- the happy paths ---------------------------------------------------------------------


@pytest.mark.fake_models
def test_completion_streams_token_by_token(api: Api, completion_id: str, idle: int) -> None:
    answer = api.completion(inference_id=completion_id, input=PROMPT).body["completion"][0]
    stream = completion_stream(api, completion_id)
    assert stream.status == 200
    words = deltas(list(stream))  # iterated to the end, without a with block
    assert len(words) == len(answer["result"].split()) > 1
    assert "".join(words) == answer["result"]


@pytest.mark.fake_models
def test_a_stream_read_to_the_end_leaves_its_connection_to_the_pool(
    api: Api, completion_id: str, chat_id: str, idle: int
) -> None:
    assert completion_stream(api, completion_id).text()
    api.settle()
    assert sockets.open_connections(api.url) == idle
    assert api.chat_completion_unified(inference_id=chat_id, messages=MESSAGES).text()
    api.settle()
    assert sockets.open_connections(api.url) == idle


@pytest.mark.fake_models
def test_completion_text_joins_the_tokens(api: Api, completion_id: str, idle: int) -> None:
    with completion_stream(api, completion_id) as stream:
        streamed = deltas(list(stream))
    assert completion_stream(api, completion_id).text() == "".join(streamed)


@pytest.mark.fake_models
def test_chat_completion_streams_openai_chunks(api: Api, chat_id: str, idle: int) -> None:
    with api.chat_completion_unified(inference_id=chat_id, messages=MESSAGES) as stream:
        chunks = list(stream)
    contents = [c["choices"][0]["delta"].get("content", "") for c in chunks if c["choices"]]
    assert len([c for c in contents if c]) > 1
    assert chunks[-1]["usage"]["completion_tokens"] == len([c for c in contents if c])
    text = api.chat_completion_unified(inference_id=chat_id, messages=MESSAGES).text()
    assert text == "".join(contents)


@pytest.mark.fake_models
def test_a_stream_can_be_read_only_once(api: Api, completion_id: str, idle: int) -> None:
    stream = completion_stream(api, completion_id)
    assert list(stream)
    with pytest.raises(RuntimeError, match="can be read once"):
        list(stream)


# --- errors ------------------------------------------------------------------------------


def test_unknown_endpoint_fails_at_call_time(api: Api, idle: int) -> None:
    reason = f"Inference endpoint not found [{MISSING}]"
    with raises_api_error(NotFoundError, 404, "resource_not_found_exception", reason):
        api.stream_completion(inference_id=MISSING, input=PROMPT)
    with raises_api_error(NotFoundError, 404, "resource_not_found_exception", reason):
        api.chat_completion_unified(inference_id=MISSING, messages=MESSAGES)


def test_wrong_task_type_fails_at_call_time(api: Api, ids: EndpointIds, idle: int) -> None:
    embeddings = create_endpoint(api, ids, "openai", "text_embedding")["inference_id"]
    reason = (
        "Requested task type [completion] does not match the inference endpoint's task type"
        " [text_embedding]"
    )
    with raises_api_error(BadRequestError, 400, "status_exception", reason):
        api.stream_completion(inference_id=embeddings, input=PROMPT)
    reason = (
        "Incompatible task_type for unified API, the requested type [chat_completion] must be"
        " one of [chat_completion]"
    )
    with raises_api_error(BadRequestError, 400, "status_exception", reason):
        api.chat_completion_unified(inference_id=embeddings, messages=MESSAGES)


@pytest.mark.knobs
@pytest.mark.fake_models
def test_error_event_mid_stream_raises_the_api_error(
    api: Api, completion_id: str, chat_id: str, server: LocalServer, idle: int
) -> None:
    server.add_fault("stream_error", after_events=2)
    received: list[dict[str, Any]] = []
    with raises_api_error(ApiError, 500, "status_exception", MID_STREAM_FAILURE):
        for chunk in completion_stream(api, completion_id):
            received.append(chunk)
    assert len(received) == 2
    # chat_completion_unified errors have the OpenAI shape: the status comes from error.code.
    server.add_fault("stream_error", after_events=1)
    with raises_api_error(ApiError, 500, "status_exception", MID_STREAM_FAILURE) as caught:
        with api.chat_completion_unified(inference_id=chat_id, messages=MESSAGES) as stream:
            stream.text()
    assert caught.value.body["error"]["code"] == "internal_server_error"


@pytest.mark.knobs
@pytest.mark.fake_models
def test_stream_cut_without_done_raises_stream_interrupted(
    api: Api, completion_id: str, chat_id: str, server: LocalServer, idle: int
) -> None:
    server.add_fault("stream_drop", after_events=2)
    received: list[dict[str, Any]] = []
    with pytest.raises(StreamInterruptedError, match=r"before \[DONE\]"):
        for chunk in completion_stream(api, completion_id):
            received.append(chunk)
    assert len(received) == 2
    server.add_fault("stream_drop", after_events=0)
    with pytest.raises(StreamInterruptedError):
        api.chat_completion_unified(inference_id=chat_id, messages=MESSAGES).text()


# --- leaving a stream early --------------------------------------------------------------


@pytest.mark.fake_models
def test_breaking_out_of_the_loop_releases_the_connection(
    api: Api, completion_id: str, idle: int
) -> None:
    stream = completion_stream(api, completion_id)
    for chunk in stream:
        assert chunk["completion"][0]["delta"]
        break  # no with block, no close(): leaving the loop is enough


@pytest.mark.fake_models
def test_an_exception_inside_the_loop_releases_the_connection(
    api: Api, completion_id: str, chat_id: str, idle: int
) -> None:
    class Stop(Exception):
        pass

    with pytest.raises(Stop):
        with completion_stream(api, completion_id) as stream:
            for _chunk in stream:
                raise Stop
    with pytest.raises(Stop):
        with api.chat_completion_unified(inference_id=chat_id, messages=MESSAGES) as stream:
            next(iter(stream))
            raise Stop


@pytest.mark.fake_models
def test_closing_an_unread_stream_releases_the_connection(
    api: Api, completion_id: str, idle: int
) -> None:
    completion_stream(api, completion_id).close()
    with completion_stream(api, completion_id):
        pass


# --- asyncio only ------------------------------------------------------------------------


ASYNC_ONLY = pytest.mark.parametrize("api", ["async"], indirect=True)


@pytest.fixture
def async_api(api: Api) -> Api:
    assert api.is_async
    return api


@ASYNC_ONLY
@pytest.mark.fake_models
def test_bare_async_for_left_early_is_released_by_the_event_loop(
    async_api: Api, completion_id: str, idle: int
) -> None:
    """Without ``async with``, the loop finalizes the abandoned iterator and closes it."""

    async def first_chunk() -> dict[str, Any]:
        stream = await async_api.aclient.inference.stream_completion(
            inference_id=completion_id, input=PROMPT
        )
        async for chunk in stream:
            return chunk
        raise AssertionError("no chunk")

    assert async_api.run(first_chunk())["completion"]


@ASYNC_ONLY
@pytest.mark.fake_models
def test_cancelling_the_task_mid_stream_releases_the_connection(
    async_api: Api, completion_id: str, idle: int
) -> None:
    async def scenario() -> None:
        first_chunk = asyncio.Event()

        async def consume() -> None:
            async with await async_api.aclient.inference.stream_completion(
                inference_id=completion_id, input=PROMPT
            ) as stream:
                async for _chunk in stream:
                    first_chunk.set()
                    await asyncio.sleep(30)  # cancelled here, half way through the stream

        task = asyncio.create_task(consume())
        await asyncio.wait_for(first_chunk.wait(), 10)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task

    async_api.run(scenario())


@ASYNC_ONLY
@pytest.mark.knobs
@pytest.mark.fake_models
def test_cancelling_the_task_before_the_answer_releases_the_connection(
    async_api: Api, completion_id: str, server: LocalServer, idle: int
) -> None:
    server.add_fault("stall", seconds=2.0, path="/_stream$")

    async def scenario() -> None:
        task = asyncio.create_task(
            async_api.aclient.inference.stream_completion(inference_id=completion_id, input=PROMPT)
        )
        await asyncio.sleep(0.2)  # the request is sent; the server is sitting on it
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task

    async_api.run(scenario())
