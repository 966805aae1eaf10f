"""Every fault the local server can inject, through the public clients, sync and async.

Each failure must be a typed exception whose message says how many attempts were made on
which nodes, and the server's request log shows exactly how often the request was sent.
"""

from __future__ import annotations

import re
import time

import pytest

from esinference import (
    ApiError,
    BadRequestError,
    ConnectionTimeout,
    SerializationError,
    TransportError,
)
from esinference.errors import ConnectionError as EsConnectionError
from esinference.server import LocalServer
from tests.clients import EMBEDDING_ID, OpenApi, put_tiny_embedding
from tests.fakes.sockets import free_port

pytestmark = pytest.mark.timeout(30)

INFER = f"^/_inference/text_embedding/{EMBEDDING_ID}$"


def attempts_in(message: str) -> tuple[int, list[str]]:
    """(attempts, nodes) from the "(N attempts on a, b)" at the end of a message."""
    match = re.search(r"\((\d+) attempts? on ([^()]+)\)$", message)
    assert match, f"no attempt count in {message!r}"
    return int(match.group(1)), match.group(2).split(", ")


def infer(api: object, text: str = "hello") -> object:
    return api.call("text_embedding", inference_id=EMBEDDING_ID, input=text)  # type: ignore[attr-defined]


@pytest.fixture
def ready(es: LocalServer, open_api: OpenApi) -> LocalServer:
    put_tiny_embedding(open_api(es.url))
    es.clear_requests()
    return es


def test_connection_refused_is_retried_then_named(open_api: OpenApi) -> None:
    url = f"http://127.0.0.1:{free_port()}"
    api = open_api(url, max_retries=2)
    with pytest.raises(EsConnectionError, match="Connection refused") as caught:
        api.call("get")
    assert attempts_in(str(caught.value)) == (3, [url])
    assert len(caught.value.errors) == 3


@pytest.mark.parametrize("action", ["reset", "truncate"])
def test_broken_after_sending_is_not_retried(
    ready: LocalServer, open_api: OpenApi, action: str
) -> None:
    api = open_api(ready.url)
    ready.add_fault(action, path=INFER)
    with pytest.raises(EsConnectionError, match=f"Connection to {ready.url} broke") as caught:
        infer(api)
    assert attempts_in(str(caught.value)) == (1, [ready.url])
    assert [r.fault for r in ready.requests()] == [action]  # sent once: it may have run
    assert infer(api)["text_embedding"]  # type: ignore[index]  # the next call is fine


def test_stall_past_request_timeout_is_a_timeout_and_not_retried(
    ready: LocalServer, open_api: OpenApi
) -> None:
    api = open_api(ready.url, request_timeout=0.3)
    ready.add_fault("stall", seconds=1.5, path=INFER)
    started = time.monotonic()
    with pytest.raises(
        ConnectionTimeout, match=r"did not answer within request_timeout=0\.3s"
    ) as caught:
        infer(api)
    assert 0.25 < time.monotonic() - started < 1.2
    assert attempts_in(str(caught.value)) == (1, [ready.url])
    assert len(ready.requests()) == 1  # retry_on_timeout is off: the upstream call may be billed


def test_malformed_json_is_a_serialization_error(ready: LocalServer, open_api: OpenApi) -> None:
    api = open_api(ready.url)
    ready.add_fault("malformed_json", path=INFER)
    with pytest.raises(SerializationError, match="is not valid JSON") as caught:
        infer(api)
    assert attempts_in(str(caught.value)) == (1, [ready.url])
    assert len(ready.requests()) == 1


def test_html_502_is_retried_then_an_api_error_with_the_page(
    ready: LocalServer, open_api: OpenApi
) -> None:
    api = open_api(ready.url, max_retries=2)
    ready.add_fault("html_502", count=3, path=INFER)
    with pytest.raises(ApiError) as caught:
        infer(api)
    error = caught.value
    assert (error.status_code, error.attempts) == (502, 3)
    assert isinstance(error.body, str) and "<h1>502 Bad Gateway</h1>" in error.body
    assert attempts_in(str(error)) == (3, [ready.url])
    assert len(ready.requests()) == 3


def test_503_then_success_is_invisible_to_the_caller(ready: LocalServer, open_api: OpenApi) -> None:
    api = open_api(ready.url)
    ready.add_fault("status", status=503, count=2, path=INFER)
    response = infer(api)
    assert len(response["text_embedding"][0]["embedding"]) == 2  # type: ignore[index]
    assert [r.fault for r in ready.requests()] == ["status", "status", None]


def test_429_retry_after_is_honoured(ready: LocalServer, open_api: OpenApi) -> None:
    api = open_api(ready.url)
    ready.add_fault("status", status=429, retry_after=1, path=INFER)
    started = time.monotonic()
    infer(api)
    waited = time.monotonic() - started
    first, second = ready.requests()
    assert first.fault == "status" and second.fault is None
    assert 0.95 <= second.received_at - first.received_at < 1.6
    assert waited >= 0.95


def test_retry_budget_spent_on_429_names_the_attempts(
    ready: LocalServer, open_api: OpenApi
) -> None:
    api = open_api(ready.url, max_retries=1)
    ready.add_fault("status", status=429, retry_after=0, count=2, path=INFER)
    with pytest.raises(ApiError) as caught:
        infer(api)
    assert caught.value.status_code == 429
    assert "es_rejected_execution_exception" in str(caught.value)
    assert attempts_in(str(caught.value)) == (2, [ready.url])


def test_400_is_never_retried(ready: LocalServer, open_api: OpenApi) -> None:
    api = open_api(ready.url, retry_on_status=(429, 500, 502, 503, 504))
    ready.add_fault("status", status=400, count=5, path=INFER)
    with pytest.raises(BadRequestError) as caught:
        infer(api)
    assert caught.value.attempts == 1
    assert len(ready.requests()) == 1


def test_every_fault_is_a_typed_exception(ready: LocalServer, open_api: OpenApi) -> None:
    """One client, every non-stream fault in turn: nothing escapes as a library exception."""
    api = open_api(ready.url, request_timeout=0.3, max_retries=1)
    for action in ("status", "drop", "reset", "stall", "truncate", "malformed_json", "html_502"):
        ready.add_fault(action, count=2, seconds=1.0, status=503, retry_after="0", path=INFER)
        with pytest.raises((ApiError, TransportError)) as caught:
            infer(api)
        count, nodes = attempts_in(str(caught.value))
        assert nodes == [ready.url] and count in (1, 2), (action, str(caught.value))
        ready.clear_faults()


@pytest.mark.parametrize("action", ["stream_error", "stream_drop"])
def test_stream_faults_are_typed(es: LocalServer, open_api: OpenApi, action: str) -> None:
    api = open_api(es.url)
    api.call(
        "put_openai",
        task_type="completion",
        openai_inference_id="chat",
        service="openai",
        service_settings={"api_key": "k", "model_id": "gpt-4o"},
    )
    es.add_fault(action, after_events=1)
    with pytest.raises((ApiError, EsConnectionError)):
        api.stream_text("stream_completion", inference_id="chat", input="tell me a long story")
    assert api.stream_text("stream_completion", inference_id="chat", input="again")
