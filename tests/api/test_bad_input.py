"""Wrong arguments for every method raise TypeError/ValueError and open no connection.

Drawn from the endpoint descriptors the clients use: for each parameter, values of another
type or outside its enum; empty ids; unknown keywords. The server counts accepted
connections, so "no I/O" is checked at the socket, not just in a request log.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from esinference._gen.endpoints import ENDPOINTS
from esinference._spec_types import Endpoint, Param
from esinference.errors import ApiError
from tests.clients import Api
from tests.fakes.scripted import ScriptedServer, es_json

pytestmark = pytest.mark.timeout(60)

EXAMPLES = settings(
    max_examples=250, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
TRIED: dict[str, int] = {"bad inputs": 0}

_VALID: dict[str, Any] = {
    "str": "x", "bool": True, "int": 1, "float": 0.5, "time": "30s", "str_list": "x",
    "list_str": ["x"], "object": {}, "any": "x", "list": [],
}  # fmt: skip

not_json = st.sampled_from([{1, 2}, b"bytes", object(), complex(1, 2)])
texts = st.text(max_size=8)
ints = st.integers(-(10**6), 10**6)
floats = st.floats(allow_nan=False).filter(lambda f: not f.is_integer())
WRONG: dict[str, st.SearchStrategy[Any]] = {
    "str": ints | floats | st.lists(texts, max_size=2) | st.binary(max_size=4) | st.booleans(),
    "bool": ints | texts | floats | st.lists(st.booleans(), max_size=2),
    "int": texts | floats | st.booleans() | st.lists(ints, max_size=2),
    "float": texts | st.booleans() | st.lists(floats, max_size=2),
    "time": floats | ints.filter(lambda i: i not in (-1, 0)) | st.booleans() | st.just(["30s"]),
    "str_list": ints | st.lists(ints, min_size=1, max_size=2) | st.binary(max_size=4),
    "list_str": texts | st.lists(ints, min_size=1, max_size=2) | ints | st.just({"a": "b"}),
    "object": st.lists(texts, max_size=2) | texts | ints | st.just({1: "a"}) | not_json,
    "list": texts | ints | st.just({"a": 1}) | st.binary(max_size=4),
    "any": not_json,
}


def valid_value(param: Param) -> Any:
    return param.values[0] if param.kind == "enum" else _VALID[param.kind]


def minimal_args(endpoint: Endpoint) -> dict[str, Any]:
    args = {p.name: valid_value(p) for p in endpoint.params if p.required}
    if endpoint.body_kind == "whole" and endpoint.body_required:
        args[str(endpoint.body_param)] = {}
    return args


def wrong_value(param: Param) -> st.SearchStrategy[Any]:
    if param.kind == "enum":
        return texts.filter(lambda v: v not in param.values) | ints | st.booleans()
    return WRONG[param.kind]


@st.composite
def bad_calls(draw: st.DrawFn) -> tuple[str, dict[str, Any]]:
    """(method name, arguments) with exactly one thing wrong."""
    endpoint = draw(st.sampled_from(sorted(ENDPOINTS.values(), key=lambda e: e.name)))
    args = minimal_args(endpoint)
    path_ids = [p for p in endpoint.params if p.location == "path" and p.required]
    how = draw(st.sampled_from(["type", "type", "empty id", "unknown keyword"]))
    if how == "empty id" and path_ids:
        args[draw(st.sampled_from(path_ids)).name] = draw(st.sampled_from(["", ".", ".."]))
    elif how == "unknown keyword":
        known = {p.name for p in endpoint.params} | {"body", str(endpoint.body_param)}
        name = draw(
            st.from_regex(r"[a-z][a-z_]{0,12}", fullmatch=True).filter(lambda n: n not in known)
        )
        args[name] = draw(texts)
    else:
        param = draw(st.sampled_from(endpoint.params))
        wrong = wrong_value(param)
        if param.location == "path" and not param.required:
            # elasticsearch-py's SKIP_IN_PATH: an optional path part given as "", b"" or []
            # is "not given", not wrong.
            wrong = wrong.filter(lambda v: v not in ("", b"", [], ()))
        args[param.name] = draw(wrong)
    return endpoint.name, args


@pytest.fixture(scope="module")
def module_server() -> Iterator[ScriptedServer]:
    with ScriptedServer(lambda request: es_json({})) as srv:
        yield srv


@pytest.fixture
def server(module_server: ScriptedServer) -> ScriptedServer:
    """The module's server with its counters at zero (no connection is open between tests)."""
    module_server.connections_accepted = 0
    module_server.requests.clear()
    return module_server


def call_and_close(api: Api, name: str, args: dict[str, Any]) -> None:
    """Call; a stream that opens is closed again (its connection goes back to the pool)."""
    result = api.call(name, **args)
    if hasattr(result, "aclose"):
        api.run(result.aclose())
    elif hasattr(result, "close"):
        result.close()


@pytest.mark.parametrize("name", sorted(ENDPOINTS))
def test_minimal_arguments_do_reach_the_server(
    name: str, server: ScriptedServer, sync: bool
) -> None:
    """The control: without the mistake, every call sends one request."""
    api = Api.open(sync, server.url)
    try:
        try:
            call_and_close(api, name, minimal_args(ENDPOINTS[name]))
        except ApiError:
            pass  # an answer: the request was sent
        assert len(server.requests) == 1
    finally:
        api.close()


def test_wrong_arguments_never_reach_the_socket(server: ScriptedServer, sync: bool) -> None:
    api = Api.open(sync, server.url)

    @EXAMPLES
    @given(bad_calls())
    def check(case: tuple[str, dict[str, Any]]) -> None:
        name, args = case
        TRIED["bad inputs"] += 1
        with pytest.raises((TypeError, ValueError)) as caught:
            call_and_close(api, name, args)
        assert str(caught.value).startswith(f"{name}()") or "argument" in str(caught.value)
        assert server.connections_accepted == 0 and server.requests == []

    try:
        check()
    finally:
        api.close()
    print(f"\nbad inputs tried so far: {TRIED['bad inputs']}")


@pytest.mark.parametrize("name", sorted(ENDPOINTS))
def test_every_parameter_of_every_method(name: str, server: ScriptedServer, sync: bool) -> None:
    """Not left to chance: each parameter of each method gets a wrong value of each kind."""
    endpoint = ENDPOINTS[name]
    api = Api.open(sync, server.url)
    try:
        for param in endpoint.params:
            for bad in _examples(param):
                TRIED["bad inputs"] += 1
                with pytest.raises((TypeError, ValueError), match=rf"^{name}\(\): "):
                    call_and_close(api, name, {**minimal_args(endpoint), param.name: bad})
        with pytest.raises(TypeError):
            call_and_close(api, name, {**minimal_args(endpoint), "no_such_argument": 1})
    finally:
        api.close()
    assert server.connections_accepted == 0


def _examples(param: Param) -> list[Any]:
    if param.kind == "enum":
        return ["not-" + param.values[0], 1]
    return {
        "str": [1, b"x", ["a"]], "bool": ["true", 1], "int": ["1", 1.5, True],
        "float": ["1.0", True], "time": [30, 1.5], "str_list": [1, [1]],
        "list_str": ["a", [1]], "object": [["a"], {1: "a"}, {"a": {1, 2}}],
        "list": ["a", {"a": 1}, [b"x"]], "any": [{1, 2}, b"x"],
    }[param.kind]  # fmt: skip
