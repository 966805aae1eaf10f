"""A request's route is resolved once, and the match, not the path's text, says how to answer.

Whether an answer streams, uses the chat_completion (unified) error format, or is bounded by
the inference ``timeout`` is declared on the route; the faults and the timeout read it there.
"""

from __future__ import annotations

import pytest

from esinference.server.http.records import ApiRequest
from esinference.server.inference.routes import resolve
from esinference.server.inference.timeouts import inference_timeout, timeout_answer


@pytest.mark.parametrize(
    ("method", "path", "streaming", "unified", "timed"),
    [
        ("POST", "/_inference/completion/my-llm/_stream", True, False, True),
        ("POST", "/_inference/chat_completion/my-chat/_stream", True, True, True),
        ("POST", "/_inference/my-chat/_unified", True, True, True),
        # An endpoint named "chat_completion" streams completions: not the unified API.
        ("POST", "/_inference/completion/chat_completion/_stream", True, False, True),
        ("POST", "/_inference/text_embedding/my-e5", False, False, True),
        ("PUT", "/_inference/text_embedding/my-e5", False, False, False),
        ("POST", "/_inference/my-e5/_update", False, False, False),
        ("GET", "/_inference/_region_policy", False, False, False),
    ],
)
def test_the_route_says_whether_an_answer_streams_is_unified_and_is_timed(
    method: str, path: str, streaming: bool, unified: bool, timed: bool
) -> None:
    match = resolve(method, path)
    assert (match.streaming, match.unified, match.timed) == (streaming, unified, timed)


def test_path_parameters_are_bound_once() -> None:
    match = resolve("POST", "/_inference/rerank/my%2Frr")
    assert match.path_params == {"task_type": "rerank", "inference_id": "my/rr"}


@pytest.mark.parametrize(
    ("method", "path", "status"),
    [("GET", "/_nope", 400), ("PATCH", "/_inference/my-e5", 405), ("BREW", "/_nope", 400)],
)
def test_a_miss_keeps_its_answer_for_after_authentication(
    method: str, path: str, status: int
) -> None:
    match = resolve(method, path)
    assert match.route is None and not match.streaming and not match.timed
    assert match.miss is not None and match.miss.status == status
    with pytest.raises(type(match.miss)):
        match.found()


def test_only_timed_routes_get_the_inference_timeout() -> None:
    def request(method: str, path: str, timeout: str) -> ApiRequest:
        return ApiRequest(method, path, {"timeout": timeout}, {}, b"")

    infer = resolve("POST", "/_inference/my-e5")
    assert inference_timeout(request("POST", "/_inference/my-e5", "1.5s"), infer) == 1.5
    assert inference_timeout(request("POST", "/_inference/my-e5", "-1"), infer) is None
    put = resolve("PUT", "/_inference/my-e5")
    assert inference_timeout(request("PUT", "/_inference/my-e5", "1.5s"), put) is None


def test_a_timed_out_stream_answers_in_the_routes_error_format() -> None:
    chat = timeout_answer(resolve("POST", "/_inference/chat_completion/c/_stream"), 1.0)
    completion = timeout_answer(
        resolve("POST", "/_inference/completion/chat_completion/_stream"), 1.0
    )
    plain = timeout_answer(resolve("POST", "/_inference/my-e5"), 1.0)
    assert chat.raw is not None and b'"code":"too_many_requests"' in chat.raw
    assert completion.raw is not None and b'"root_cause"' in completion.raw
    assert plain.events is None and plain.raw is None and plain.status == 429
