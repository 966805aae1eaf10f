"""The 9.5 routes through both clients: wire requests as elasticsearch-py 9.5.1 sends them.

Until the 9.5 client is generated (issue 11's import), the requests are made with
``perform_request`` and endpoint records written from delta-9.3.0-to-9.5.1.yaml's wire notes;
once ``client.inference.embedding`` exists the same tests call the generated methods.
"""

from __future__ import annotations

import asyncio
import base64
from collections.abc import Callable
from typing import Any

import pytest

from esinference import AsyncClient, BadRequestError, Client, ConflictError, NotFoundError
from esinference._gen.endpoints import ENDPOINTS
from esinference._spec_types import Endpoint, Param
from esinference.server import LocalServer

from .server95 import server95_fixture  # noqa: F401 - fixture

GENERATED_95 = "embedding" in ENDPOINTS
TASK_TYPES = ("chat_completion", "completion", "embedding", "rerank", "sparse_embedding")
TASK_TYPES += ("text_embedding",)


def _endpoint(name: str, method: str, path: str, *params: Param, **body: Any) -> Endpoint:
    return Endpoint(name, f"inference.{name}", method, (path,), params, **body)


def _path(name: str, required: bool = True) -> Param:
    return Param(name, name, "path", "str", required)


_TIMEOUT = Param("timeout", "timeout", "query", "time")
_TASK_TYPE = Param("task_type", "task_type", "path", "enum", False, TASK_TYPES)
_POLICY = "/_inference/_region_policy"
SHIMS_95 = {
    "embedding": _endpoint(
        "embedding",
        "POST",
        "/_inference/embedding/{inference_id}",
        _path("inference_id"),
        _TIMEOUT,
        body_kind="whole",
        body_param="embedding",
        body_required=True,
    ),
    "get_region_policy": _endpoint("get_region_policy", "GET", _POLICY, body_kind="none"),
    "delete_region_policy": _endpoint("delete_region_policy", "DELETE", _POLICY, body_kind="none"),
    "put_region_policy": _endpoint(
        "put_region_policy",
        "PUT",
        _POLICY,
        Param("force", "force", "query", "bool"),
        Param("region_policy", "region_policy", "body", "object", True),
        body_kind="fields",
    ),
    "get": ENDPOINTS["get"]._replace(
        paths=(
            "/_inference/{task_type}/{inference_id}",
            "/_inference/{task_type}/_all",
            "/_inference/{inference_id}",
            "/_inference",
        ),
        params=(_TASK_TYPE, _path("inference_id", False)),
    ),
    "update": ENDPOINTS["update"]._replace(
        params=(_TASK_TYPE, _path("inference_id"), _TIMEOUT),
    ),
    "rerank": ENDPOINTS["rerank"]._replace(
        params=(
            _path("inference_id"),
            Param("input", "input", "body", "any", True),
            Param("query", "query", "body", "any", True),
            Param("top_n", "top_n", "body", "int"),
        ),
    ),
    "put": ENDPOINTS["put"]._replace(params=(_TASK_TYPE, _path("inference_id"))),
}
Call = Callable[..., Any]


@pytest.fixture(params=["sync", "async"])
def call(request: pytest.FixtureRequest, server95: LocalServer) -> Call:
    """``call("embedding", **args)``: one inference method through the sync or async client."""
    server95.reset()
    mode, url = request.param, server95.url

    def sync(name: str, **args: Any) -> Any:
        with Client(url) as client:
            if GENERATED_95:
                return getattr(client.inference, name)(**args)
            return client.perform_request(SHIMS_95[name], args)

    async def run(name: str, args: dict[str, Any]) -> Any:
        async with AsyncClient(url) as client:
            if GENERATED_95:
                return await getattr(client.inference, name)(**args)
            return await client.perform_request(SHIMS_95[name], args)

    if mode == "sync":
        return sync
    return lambda name, **args: asyncio.run(run(name, args))


def create(call: Call, task_type: str, inference_id: str) -> None:
    # Only dense embeddings have dimensions: Elasticsearch refuses the setting elsewhere.
    settings = {"model_id": "m", **({"dimensions": 4} if task_type == "embedding" else {})}
    config = {"service": "elastic", "service_settings": settings}
    call("put", task_type=task_type, inference_id=inference_id, inference_config=config)


def test_embedding_with_text_and_image(call: Call) -> None:
    create(call, "embedding", "mm")
    png = "data:image/png;base64," + base64.b64encode(b"img").decode()
    body = {
        "input": ["a cat", {"content": {"type": "image", "value": png}}],
        "input_type": "SEARCH",
    }
    result = call("embedding", inference_id="mm", embedding=body, timeout="10s")
    assert [len(e["embedding"]) for e in result["embeddings"]] == [4, 4]
    with pytest.raises(BadRequestError) as bad:
        call("embedding", inference_id="mm", embedding={"input": {"content": []}})
    assert bad.value.message == "x_content_parse_exception"


def test_region_policy_lifecycle(call: Call) -> None:
    with pytest.raises(NotFoundError):
        call("get_region_policy")
    policy = {"allowed_geos": ["us", "eu"]}
    assert call("put_region_policy", region_policy=policy)["region_policy"] == policy
    assert call("get_region_policy")["region_policy"] == policy
    assert call("delete_region_policy").body == {"acknowledged": True}
    with pytest.raises(NotFoundError):
        call("delete_region_policy")


def test_region_policy_conflict_and_force(call: Call, server95: LocalServer) -> None:
    create(call, "sparse_embedding", "elser")
    server95.set_references("elser", pipelines=["ingest"])
    with pytest.raises(ConflictError) as conflict:
        call("put_region_policy", region_policy={"allowed_geos": ["eu"]})
    assert conflict.value.body["error"]["denied_endpoint_ids"] == "elser"
    assert call("put_region_policy", region_policy={"allowed_geos": ["eu"]}, force=True)


def test_get_by_task_type_update_timeout_and_object_rerank(call: Call) -> None:
    create(call, "embedding", "mm")
    create(call, "rerank", "rr")
    listed = call("get", task_type="embedding")["endpoints"]
    assert [e["inference_id"] for e in listed] == ["mm"]
    call("update", inference_id="rr", inference_config={"task_settings": {}}, timeout="2m")
    docs = [{"type": "text", "value": "star wars"}, "a cat"]
    ranked = call("rerank", inference_id="rr", query={"type": "text", "value": "wars"}, input=docs)
    assert ranked["rerank"][0]["index"] == 0
