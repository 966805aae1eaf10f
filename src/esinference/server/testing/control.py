"""The private control API under ``/_esinference/`` (not an Elasticsearch API).

It lets a test drive a server running in another process exactly as LocalServer's methods drive
an in-process one. Control requests skip authentication, faults, latency and the request log.

    GET    /_esinference/faults                 {"faults": [...]}
    POST   /_esinference/faults                 body: a Fault as JSON -> {"acknowledged": true}
    DELETE /_esinference/faults
    GET    /_esinference/latency                {"latency_ms": 20}
    PUT    /_esinference/latency                body: {"latency_ms": 20}
    GET    /_esinference/requests               {"requests": [...]}
    DELETE /_esinference/requests
    PUT    /_esinference/nodes                  body: {"nodes": ["127.0.0.1:9201", ...]}
    PUT    /_esinference/references/{id}        body: {"pipelines": [...], "indexes": [...]}
    POST   /_esinference/reset                  forget endpoints, faults, requests, references
"""

from __future__ import annotations

import json
from dataclasses import asdict

from ..http.errors import EsError, illegal_argument
from ..http.json_body import loads
from ..http.records import ApiRequest, ApiResponse, split_path
from ..inference.backend.cluster import References
from .faults import Fault
from .state import ServerState

PREFIX = "/_esinference"
_ACK = {"acknowledged": True}


def is_control(path: str) -> bool:
    return path == PREFIX or path.startswith(PREFIX + "/")


def _body(request: ApiRequest) -> dict[str, object]:
    try:
        value = loads((request.body or b"{}").decode("utf-8", errors="replace"))
    except json.JSONDecodeError as exc:
        raise illegal_argument(f"control body is not JSON: {exc}") from None
    if not isinstance(value, dict):
        raise illegal_argument("control body must be a JSON object")
    return value


def handle_control(state: ServerState, request: ApiRequest) -> ApiResponse:
    segments = split_path(request.path)[1:]
    key = (request.method, segments[0] if segments else "")
    try:
        if key == ("GET", "faults"):
            return ApiResponse(body={"faults": [asdict(f) for f in state.faults.pending()]})
        if key == ("POST", "faults"):
            state.faults.add(Fault.from_json(_body(request)))
            return ApiResponse(body=_ACK)
        if key == ("DELETE", "faults"):
            state.faults.clear()
            return ApiResponse(body=_ACK)
        if key == ("GET", "latency"):
            return ApiResponse(body={"latency_ms": state.latency_ms})
        if key == ("PUT", "latency"):
            state.latency_ms = float(_body(request).get("latency_ms", 0))  # type: ignore[arg-type]
            return ApiResponse(body=_ACK)
        if key == ("GET", "requests"):
            return ApiResponse(body={"requests": [r.to_json() for r in state.requests.entries()]})
        if key == ("DELETE", "requests"):
            state.requests.clear()
            return ApiResponse(body=_ACK)
        if key == ("PUT", "nodes"):
            nodes = _body(request).get("nodes", [])
            state.backend.nodes = tuple(str(n) for n in nodes) if isinstance(nodes, list) else ()
            return ApiResponse(body=_ACK)
        if key == ("PUT", "references") and len(segments) == 2:
            body = _body(request)
            state.backend.references[segments[1]] = References(
                pipelines=tuple(str(p) for p in body.get("pipelines") or []),  # type: ignore[attr-defined]
                indexes=tuple(str(i) for i in body.get("indexes") or []),  # type: ignore[attr-defined]
            )
            return ApiResponse(body=_ACK)
        if key == ("POST", "reset"):
            state.reset()
            return ApiResponse(body=_ACK)
    except (TypeError, ValueError) as exc:
        raise illegal_argument(str(exc)) from None
    raise EsError(404, "", f"no control route for [{request.method} {request.path}]", plain=True)
