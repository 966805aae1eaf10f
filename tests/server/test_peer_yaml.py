"""Elasticsearch's own YAML REST tests for the inference API, replayed as raw HTTP.

``peer_yaml/`` holds the tests that apply to 9.3 (copied unchanged from
elastic/elasticsearch-clients-tests and elastic/elasticsearch, see peer_yaml/README.md) and the
rest-api-spec files that map their API names to paths. The runner knows the steps they use:
``do`` (with ``catch``), ``match``, ``is_true``, ``is_false`` and ``length``.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

import pytest
import yaml

from esinference.server import LocalServer

from .conftest import Http, Reply

HERE = Path(__file__).parent / "peer_yaml"
CATCH_STATUS = {
    "missing": 404,
    "bad_request": 400,
    "conflict": 409,
    "unauthorized": 401,
    "forbidden": 403,
}


def load_api(name: str) -> dict[str, Any]:
    spec = json.loads((HERE / "rest-api-spec" / f"{name}.json").read_text())
    return dict(spec[name])


def collect() -> list[Any]:
    cases = []
    for path in sorted(HERE.glob("*.yml")):
        for document in yaml.safe_load_all(path.read_text()):
            for name, steps in (document or {}).items():
                if name not in ("requires", "setup", "teardown"):
                    cases.append(pytest.param(steps, id=f"{path.stem}::{name}"))
    return cases


def build_request(api_name: str, args: dict[str, Any]) -> tuple[str, str, bytes | None]:
    """Method, path with query and body for one ``do`` step (most specific path wins)."""
    api = load_api(api_name)
    args = dict(args)
    body = args.pop("body", None)
    candidates = [
        p for p in api["url"]["paths"] if all(part in args for part in p.get("parts", {}))
    ]
    chosen = max(candidates, key=lambda p: len(p.get("parts", {})))
    path = chosen["path"]
    for part in chosen.get("parts", {}):
        path = path.replace("{" + part + "}", quote(str(args.pop(part)), safe=",*"))
    if args:
        path += "?" + urlencode(
            {k: str(v).lower() if isinstance(v, bool) else v for k, v in args.items()}
        )
    payload = None
    if body is not None:
        payload = (body if isinstance(body, str) else json.dumps(body)).encode()
    return chosen["methods"][0], path, payload


def lookup(value: Any, dotted: str) -> Any:
    for key in dotted.split(".") if dotted else []:
        value = value[int(key)] if isinstance(value, list) else value[key]
    return value


def run_step(http: Http, step: dict[str, Any], last: Reply | None) -> Reply | None:
    ((kind, arg),) = step.items()
    if kind == "do":
        arg = dict(arg)
        catch = arg.pop("catch", None)
        arg.pop("headers", None)
        ((api_name, api_args),) = arg.items()
        method, path, payload = build_request(api_name, api_args or {})
        reply = http(method, path, raw=payload)
        if catch is None:
            assert reply.status < 300, (path, reply.data)
        elif catch in CATCH_STATUS:
            assert reply.status == CATCH_STATUS[catch], reply.data
        else:
            assert reply.status >= 400 and re.search(catch.strip("/"), reply.data.decode())
        return reply
    assert last is not None
    body = last.json
    if kind == "match":
        ((field, expected),) = arg.items()
        actual = lookup(body, field)
        if isinstance(expected, str) and expected.startswith("/") and expected.endswith("/"):
            assert re.search(expected.strip("/"), str(actual), re.X)
        else:
            assert actual == expected, (field, actual)
    elif kind == "is_true":
        assert lookup(body, arg) not in (None, False, "", 0, [], {})
    elif kind == "is_false":
        try:
            value = lookup(body, arg)
        except (KeyError, IndexError):
            value = None
        assert value in (None, False, "", 0)
    elif kind == "length":
        ((field, expected),) = arg.items()
        assert len(lookup(body, field)) == expected
    else:
        raise AssertionError(f"unsupported step {kind}")
    return last


@pytest.mark.parametrize("steps", collect())
def test_peer_yaml(server: LocalServer, http: Http, steps: list[dict[str, Any]]) -> None:
    last = None
    for step in steps:
        last = run_step(http, step, last)
