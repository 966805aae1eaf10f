"""The blocking workloads: one text_embedding request after another, per client.

Every runner sends the same request (``POST /_inference/text_embedding/<id>`` with
``{"input": [...]}``) and decodes the JSON answer; only the client differs.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable, Iterator
from typing import Any

import urllib3

import esinference
from esinference import _json

Runner = Callable[[int], None]


def bare_urllib3(url: str, inference_id: str, inputs: list[str]) -> Runner:
    """The floor: one urllib3 pool, a fixed header dict, ``json.loads`` of the body."""
    host, port = url.removeprefix("http://").split(":")
    pool = urllib3.HTTPConnectionPool(host, int(port), maxsize=1)
    path = f"/_inference/text_embedding/{inference_id}"
    headers = {"content-type": "application/json", "accept": "application/json"}

    def run(n: int) -> None:
        for _ in range(n):
            body = json.dumps({"input": inputs}).encode()
            response = pool.urlopen("POST", path, body=body, headers=headers)
            assert response.status == 200
            json.loads(response.data)

    return run


def ours(url: str, inference_id: str, inputs: list[str], stdlib_json: bool = False) -> Runner:
    client = esinference.Client(url)

    def run(n: int) -> None:
        with _stdlib_json() if stdlib_json else contextlib.nullcontext():
            for _ in range(n):
                client.inference.text_embedding(inference_id=inference_id, input=inputs)

    return run


def elasticsearch_py(url: str, inference_id: str, inputs: list[str]) -> Runner | None:
    try:
        from elasticsearch import Elasticsearch
    except ImportError:
        return None
    client = Elasticsearch(url)

    def run(n: int) -> None:
        for _ in range(n):
            client.inference.text_embedding(inference_id=inference_id, input=inputs)

    return run


@contextlib.contextmanager
def _stdlib_json() -> Iterator[None]:
    """Our client as if the ``speedups`` extra were not installed."""
    saved = _json._orjson_loads
    _json._orjson_loads = lambda: None  # type: ignore[assignment]
    try:
        yield
    finally:
        _json._orjson_loads = saved


def decoders(body: bytes) -> dict[str, Runner]:
    """Decoding the large answer alone: our decoder with and without orjson, json.loads."""

    def repeat(decode: Callable[[bytes], Any]) -> Runner:
        def run(n: int) -> None:
            for _ in range(n):
                decode(body)

        return run

    def stdlib_ours(data: bytes) -> Any:
        with _stdlib_json():
            return _json.loads(data)

    runners = {
        "json.loads (stdlib)": repeat(json.loads),
        "esinference without orjson": repeat(stdlib_ours),
    }
    if _json._orjson_loads() is not None:
        import orjson

        runners["esinference with orjson"] = repeat(_json.loads)
        runners["orjson.loads (bare)"] = repeat(orjson.loads)
    return runners
