"""Every generated method sends exactly the request the spec describes, sync and async, over a
real socket; invalid arguments raise TypeError/ValueError before any byte is sent."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from esinference import AsyncClient, Client
from esinference.streaming import AsyncStream, Stream
from tests.api.spec_strategies import ENDPOINTS, encode, expected_request, valid_args
from tests.fakes.scripted import ScriptedServer, capture_server

FAST = settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.fixture(scope="module")
def server() -> Iterator[ScriptedServer]:
    with capture_server() as srv:
        yield srv


class Caller:
    """Calls one method by name on the sync or the async client, the same way for both."""

    def __init__(self, url: str, is_async: bool) -> None:
        self.is_async = is_async
        if is_async:
            self.loop = asyncio.new_event_loop()
            self.aclient = AsyncClient(url)
        else:
            self.client = Client(url)

    def __call__(self, name: str, **args: Any) -> Any:
        """Call the method; a stream it returns is closed at once (only the request matters)."""
        if self.is_async:
            result = self.loop.run_until_complete(getattr(self.aclient.inference, name)(**args))
            if isinstance(result, AsyncStream):
                self.loop.run_until_complete(result.aclose())
        else:
            result = getattr(self.client.inference, name)(**args)
            if isinstance(result, Stream):
                result.close()
        return result

    def close(self) -> None:
        if self.is_async:
            self.loop.run_until_complete(self.aclient.close())
            self.loop.close()
        else:
            self.client.close()


@pytest.fixture(params=["sync", "async"], scope="module")
def call(request: pytest.FixtureRequest, server: ScriptedServer) -> Iterator[Caller]:
    caller = Caller(server.url, request.param == "async")
    yield caller
    caller.close()


@pytest.mark.parametrize("name", sorted(ENDPOINTS))
def test_valid_arguments_send_the_spec_request(
    name: str, call: Caller, server: ScriptedServer
) -> None:
    endpoint = ENDPOINTS[name]

    @FAST
    @given(args=valid_args(endpoint))
    def check(args: dict[str, Any]) -> None:
        server.take()
        call(name, **args)
        (sent,) = server.take()
        method, target, body = expected_request(endpoint, args)
        assert (sent.method, sent.target) == (method, target)
        assert sent.headers["accept"] == (
            "text/event-stream"
            if endpoint.streaming
            else "application/vnd.elasticsearch+json; compatible-with=9"
        )
        if body is None:
            assert sent.body == b"" and "content-type" not in sent.headers
        else:
            assert sent.body == encode(body)
            assert sent.headers["content-type"] == (
                "application/vnd.elasticsearch+json; compatible-with=9"
            )

    check()


# --- invalid arguments ------------------------------------------------------------------

WRONG_TYPE: dict[str, list[Any]] = {
    "str": [1, b"id", ["a"]],
    "bool": ["true", 1, 0.5],
    "int": ["1", 1.5, True],
    "float": ["1.0", True],
    "time": [30, 1.5, ["30s"]],
    "str_list": [1, [1, 2], b"x"],
    "list_str": ["a", [1], {"a": 1}],
    "object": [["a"], "a", {1: "a"}],
    "list": ["a", {"a": 1}],
    "enum": [1, "not-a-value"],
}


def _invalid_cases() -> Iterator[tuple[str, str, Any]]:
    for name, endpoint in sorted(ENDPOINTS.items()):
        for param in endpoint.params:
            for bad in WRONG_TYPE.get(param.runtime_kind, []):
                yield name, param.name, bad


MINIMAL = {"list_str": ["x"], "list": [{"role": "user", "content": "hi"}], "object": {}}


def _minimal_args(name: str) -> dict[str, Any]:
    """The required arguments only, each with a small valid value."""
    endpoint = ENDPOINTS[name]
    args: dict[str, Any] = {
        p.name: p.values[0] if p.values else MINIMAL.get(p.runtime_kind, "x")
        for p in endpoint.params
        if p.required
    }
    if endpoint.body_kind == "whole":
        args["body"] = {}
    return args


@pytest.mark.parametrize(("name", "param", "bad"), list(_invalid_cases()))
def test_wrong_type_or_value_raises_before_any_io(
    name: str, param: str, bad: Any, call: Caller, server: ScriptedServer
) -> None:
    server.take()
    args = {**_minimal_args(name), param: bad}
    with pytest.raises((TypeError, ValueError), match=f"{name}\\(\\): .*'{param}'"):
        call(name, **args)
    assert server.take() == []


@pytest.mark.parametrize("name", sorted(ENDPOINTS))
def test_missing_or_empty_required_arguments_raise(
    name: str, call: Caller, server: ScriptedServer
) -> None:
    endpoint = ENDPOINTS[name]
    server.take()
    for param in endpoint.params:
        if not param.required:
            continue
        args = _minimal_args(name)
        if param.location == "path":
            args[param.name] = ""
        else:
            del args[param.name]
        with pytest.raises(ValueError, match=f"Empty value passed for parameter '{param.name}'"):
            call(name, **args)
    assert server.take() == []


@given(st.data())
@FAST
def test_positional_arguments_are_refused(data: st.DataObject) -> None:
    name = data.draw(st.sampled_from(sorted(ENDPOINTS)))
    with Client("http://127.0.0.1:9") as client, pytest.raises(TypeError, match="positional"):
        getattr(client.inference, name)("some-id")
