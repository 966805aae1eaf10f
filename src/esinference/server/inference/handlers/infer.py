"""Handlers that run the fake models: POST inference, stream_completion and chat_completion."""

from __future__ import annotations

from typing import Any

from ...fakes import chat, models
from ...http.errors import EsError, JsonObject, parse_error
from ...http.json_body import field_error, json_object, reject_unknown_fields
from ...http.records import ApiRequest, ApiResponse
from ...http.sse import sse_error
from ..backend.backend import Backend
from ..backend.endpoint_config import DEFAULT_DIMENSIONS
from . import task_dispatch

# InferenceAction.Request.PARSER
_PARSER = "cluster:internal/xpack/inference"
_FIELDS = ("input", "input_type", "query", "task_settings", "return_documents", "top_n", "timeout")
# InputType values a REST request may name (case-insensitive).
_REST_INPUT_TYPES = frozenset({"INGEST", "SEARCH", "UNSPECIFIED", "CLASSIFICATION", "CLUSTERING"})


def _read_inference_body(request: ApiRequest) -> JsonObject:
    """Parse the body as InferenceAction.Request's ObjectParser would (types and fields)."""
    body = json_object(request)
    reject_unknown_fields(request, body, _FIELDS, _PARSER)
    value = body.get("input")
    if value is not None and not (
        isinstance(value, str)
        or (isinstance(value, list) and all(isinstance(v, str) for v in value))
    ):
        raise field_error(request, _PARSER, "input")
    for name, kinds in (("query", str), ("input_type", str), ("return_documents", bool)):
        if body.get(name) is not None and not isinstance(body[name], kinds):
            raise field_error(request, _PARSER, name)
    if body.get("input_type") is not None:
        _check_input_type(request, body["input_type"])
    top_n = body.get("top_n")
    if top_n is not None and (not isinstance(top_n, int) or isinstance(top_n, bool)):
        raise field_error(request, _PARSER, "top_n")
    if body.get("task_settings") is not None and not isinstance(body["task_settings"], dict):
        raise field_error(request, _PARSER, "task_settings")
    return body


def _check_input_type(request: ApiRequest, value: str) -> None:
    """InputType.fromRestString, failing inside the body parser (so wrapped as ObjectParser does).

    Unknown names fail Enum.valueOf (``No enum constant ...InputType.FOO``); the internal ones
    are refused with ``Unrecognized input_type [internal_search]``.
    """
    name = value.strip().upper()
    if name in _REST_INPUT_TYPES:
        return
    if name in ("INTERNAL_SEARCH", "INTERNAL_INGEST"):
        reason = f"Unrecognized input_type [{name.lower()}]"
    else:
        reason = f"No enum constant org.elasticsearch.inference.InputType.{name}"
    error = field_error(request, _PARSER, "input_type")
    error.extra["caused_by"] = {"type": "illegal_argument_exception", "reason": reason}
    raise error


def _inputs(body: JsonObject) -> list[str]:
    value = body.get("input")
    return [value] if isinstance(value, str) else list(value or [])


def infer(backend: Backend, request: ApiRequest) -> ApiResponse:
    """POST /_inference/{task_type}/{inference_id}: a result shaped for the endpoint's task type."""
    routed = task_dispatch.dispatch(backend, request)  # embedding, rerank with objects (9.5)
    if routed is not None:
        return routed
    body = _read_inference_body(request)
    stored = _endpoint(backend, request, body)
    task_type = stored["task_type"]
    inputs = _inputs(body)
    settings: JsonObject = stored["service_settings"]
    task_settings = {**stored.get("task_settings", {}), **(body.get("task_settings") or {})}
    if task_type == "text_embedding":
        dimensions = settings.get("dimensions")
        if not isinstance(dimensions, int) or dimensions <= 0:
            dimensions = DEFAULT_DIMENSIONS
        return ApiResponse(body=models.text_embedding(settings, inputs, dimensions))
    if task_type == "sparse_embedding":
        return ApiResponse(body=models.sparse_embedding(inputs))
    if task_type == "rerank":
        top_n = _first(body.get("top_n"), task_settings.get("top_n"))
        return_documents = _first(
            body.get("return_documents"), task_settings.get("return_documents"), True
        )
        return ApiResponse(
            body=models.rerank(
                str(body["query"]),
                inputs,
                top_n=top_n if isinstance(top_n, int) else None,
                return_documents=bool(return_documents),
            )
        )
    if task_type == "completion":
        return ApiResponse(body=models.completion(inputs))
    raise backend.stream_only(stored)  # chat_completion: only the _stream API serves it


def _endpoint(backend: Backend, request: ApiRequest, body: JsonObject) -> JsonObject:
    params = request.path_params
    return backend.inference_endpoint(params["inference_id"], params.get("task_type"), body)


def _first(*values: Any) -> Any:
    return next((v for v in values if v is not None), None)


def stream_completion(backend: Backend, request: ApiRequest) -> ApiResponse:
    """POST .../_stream: completion deltas word by word (SSE)."""
    body = _read_inference_body(request)
    params = request.path_params
    try:
        backend.streaming_endpoint(params["inference_id"], params.get("task_type"), body)
    except EsError as error:
        return sse_error(error, unified=False)
    text = models.completion_text(" ".join(_inputs(body)))
    return ApiResponse(events=chat.completion_events(text))


def chat_completion(backend: Backend, request: ApiRequest) -> ApiResponse:
    """POST /_inference/chat_completion/{inference_id}/_stream: OpenAI-style chunks (SSE)."""
    body = json_object(request)
    if not isinstance(body.get("messages"), list):
        # ConstructingObjectParser's message for a missing required field.
        raise parse_error("Required [messages]")
    # The _stream form names chat_completion literally; the older _unified forms may not.
    default_requested = "chat_completion" if request.path.endswith("/_stream") else "any"
    requested = request.path_params.get("task_type", default_requested)
    try:
        stored = backend.chat_endpoint(request.path_params["inference_id"], requested)
    except EsError as error:
        return sse_error(error, unified=True)
    settings = stored["service_settings"]
    default_model = str(settings.get("model_id") or settings.get("model") or stored["service"])
    return ApiResponse(events=chat.chat_events(body, default_model), unified=True)
