"""Streaming: Elasticsearch's SSE framing byte for byte, chat chunks, and stream errors."""

from __future__ import annotations

import http.client
import json
from typing import Any

from esinference._gen.services import SERVICES
from esinference.server import LocalServer

from .conftest import Http, put_body

BOM = b"\xef\xbb\xbf"


def create(http: Http, inference_id: str, task_type: str) -> None:
    service = next(s for s in SERVICES.values() if task_type in s.task_types)
    assert http("PUT", f"/_inference/{task_type}/{inference_id}", put_body(service)).status == 200


def events(data: bytes) -> list[tuple[str, str]]:
    """(event, data) pairs of an ES stream, checking that every event starts with a BOM."""
    parsed = []
    for block in data.split(b"\n\n")[:-1]:
        assert block.startswith(BOM), block
        name, payload = block[len(BOM) :].decode().split("\n")
        parsed.append((name.removeprefix("event: "), payload.removeprefix("data: ")))
    assert data.endswith(b"\n\n")
    return parsed


def test_completion_stream_is_byte_exact(http: Http) -> None:
    create(http, "comp", "completion")
    reply = http("POST", "/_inference/completion/comp/_stream", {"input": "Hi"})
    assert reply.status == 200
    assert reply.headers["Content-Type"] == "text/event-stream"
    assert reply.headers["X-Elastic-Product"] == "Elasticsearch"
    words = ["This", " is", " a", " deterministic", " answer", " about", " hi."]
    expected = b"".join(
        BOM + b'event: message\ndata: {"completion":[{"delta":"%s"}]}\n\n' % w.encode()
        for w in words
    )
    assert reply.data == expected + BOM + b"event: message\ndata: [DONE]\n\n"
    for path in ("/_inference/comp/_stream", "/_inference/completion/comp/_stream"):
        assert http("POST", path, {"input": "Hi"}).data == reply.data


def chat(http: Http, body: dict[str, Any]) -> list[Any]:
    reply = http("POST", "/_inference/chat_completion/chat/_stream", body)
    assert reply.status == 200, reply.data
    parsed = events(reply.data)
    assert parsed[-1] == ("message", "[DONE]")
    assert all(name == "message" for name, _ in parsed)
    return [json.loads(payload) for _, payload in parsed[:-1]]


def test_chat_completion_chunks(http: Http) -> None:
    create(http, "chat", "chat_completion")
    body = {"messages": [{"role": "user", "content": "Hello there"}], "model": "m1"}
    chunks = chat(http, body)
    assert {c["object"] for c in chunks} == {"chat.completion.chunk"}
    assert {c["model"] for c in chunks} == {"m1"}
    assert len({c["id"] for c in chunks}) == 1
    assert chunks[0]["choices"][0]["delta"]["role"] == "assistant"
    text = "".join(c["choices"][0]["delta"].get("content", "") for c in chunks if c["choices"])
    assert text == "This is a deterministic answer about hello there."
    assert chunks[-2]["choices"][0]["finish_reason"] == "stop"
    assert chunks[-1]["choices"] == []
    assert chunks[-1]["usage"] == {"completion_tokens": 8, "prompt_tokens": 2, "total_tokens": 10}
    assert chat(http, body) == chunks  # deterministic


def test_chat_completion_limits_and_tools(http: Http) -> None:
    create(http, "chat", "chat_completion")
    messages = [{"role": "user", "content": [{"type": "text", "text": "weather in Paris"}]}]
    short = chat(http, {"messages": messages, "max_completion_tokens": 2})
    assert [c["choices"][0]["delta"].get("content") for c in short[:2]] == ["This", " is"]
    assert short[2]["choices"][0]["finish_reason"] == "length"
    stopped = chat(http, {"messages": messages, "stop": [" answer"]})
    text = "".join(c["choices"][0]["delta"].get("content", "") for c in stopped if c["choices"])
    assert text == "This is a deterministic"
    tools = [{"type": "function", "function": {"name": "get_weather", "parameters": {}}}]
    called = chat(http, {"messages": messages, "tools": tools, "tool_choice": "required"})
    call = called[0]["choices"][0]["delta"]["tool_calls"][0]
    assert call["function"]["name"] == "get_weather"
    assert json.loads(call["function"]["arguments"]) == {}  # the tool's schema takes nothing
    assert called[1]["choices"][0]["finish_reason"] == "tool_calls"


def test_errors_before_streaming_are_sse_error_events(http: Http) -> None:
    reply = http("POST", "/_inference/completion/missing/_stream", {"input": "x"})
    assert reply.status == 404
    assert reply.headers["Content-Type"] == "text/event-stream"
    body = {
        "error": {
            "root_cause": [
                {
                    "type": "resource_not_found_exception",
                    "reason": "Inference endpoint not found [missing]",
                }
            ],
            "type": "resource_not_found_exception",
            "reason": "Inference endpoint not found [missing]",
        },
        "status": 404,
    }
    compact = json.dumps(body, separators=(",", ":")).encode()
    assert reply.data == BOM + b"event: error\ndata: " + compact + b"\n\n"
    reply = http("POST", "/_inference/chat_completion/missing/_stream", {"messages": []})
    assert reply.status == 404
    assert events(reply.data) == [
        (
            "error",
            '{"error":{"code":"not_found","message":"Inference endpoint not found [missing]",'
            '"type":"resource_not_found_exception"}}',
        )
    ]


def test_streaming_refused_for_non_streaming_task_types(http: Http) -> None:
    create(http, "emb", "text_embedding")
    reply = http("POST", "/_inference/emb/_stream", {"input": "x"})
    assert reply.status == 405
    reason = json.loads(events(reply.data)[0][1])["error"]["reason"]
    assert reason.startswith("Streaming is not allowed for service [")


def test_unified_api_refuses_other_task_types(http: Http) -> None:
    create(http, "comp", "completion")
    reply = http("POST", "/_inference/chat_completion/comp/_stream", {"messages": []})
    assert reply.status == 400
    payload = json.loads(events(reply.data)[0][1])
    assert payload["error"]["message"] == (
        "Incompatible task_type for unified API, the requested type [chat_completion] must be "
        "one of [chat_completion]"
    )
    reply = http("POST", "/_inference/chat_completion/comp/_stream", {"model": "x"})
    assert (reply.status, reply.json["error"]["reason"]) == (400, "Required [messages]")


def test_mid_stream_error_ends_without_done(http: Http, server: LocalServer) -> None:
    create(http, "comp", "completion")
    create(http, "chat", "chat_completion")
    server.add_fault("stream_error", after_events=2)
    parsed = events(http("POST", "/_inference/comp/_stream", {"input": "x"}).data)
    assert [name for name, _ in parsed] == ["message", "message", "error"]
    assert json.loads(parsed[-1][1])["status"] == 500
    server.add_fault("stream_error", after_events=1)
    body = {"messages": [{"role": "user", "content": "x"}]}
    parsed = events(http("POST", "/_inference/chat_completion/chat/_stream", body).data)
    assert [name for name, _ in parsed] == ["message", "error"]
    assert json.loads(parsed[-1][1])["error"]["code"] == "internal_server_error"


def test_stream_uses_chunked_encoding_and_keeps_the_connection(
    http: Http, server: LocalServer
) -> None:
    create(http, "comp", "completion")
    connection = http_client(server)
    for _ in range(2):
        connection.request("POST", "/_inference/comp/_stream", body=b'{"input":"x"}')
        response = connection.getresponse()
        assert response.getheader("Transfer-Encoding") == "chunked"
        assert response.read().endswith(BOM + b"event: message\ndata: [DONE]\n\n")
    connection.request("GET", "/")
    assert connection.getresponse().status == 200
    connection.close()


def http_client(server: LocalServer) -> http.client.HTTPConnection:
    return http.client.HTTPConnection(server.host, server.port, timeout=10)
