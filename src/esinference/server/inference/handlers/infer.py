"""Handlers that run the fake models: POST inference, stream_completion and chat_completion."""

from __future__ import annotations

from typing import Any

from ...fakes import models as _fake_models
from ...http import sse as _sse
from . import task_dispatch as _task_dispatch
from ...http.json_body import field_error, json_object, reject_unknown_fields
from ..backend.catalog import java_order
from .crud import stored_endpoint, url_task_type
from ..backend.endpoint_config import DEFAULT_DIMENSIONS
from ...http.errors import EsError, JsonObject, parse_error, status_exception, validation_failed
from ..backend.state import ServerState
from ...http.records import ApiRequest, ApiResponse

# InferenceAction.Request.PARSER
_PARSER = "cluster:internal/xpack/inference"
_FIELDS = ("input", "input_type", "query", "task_settings", "return_documents", "top_n", "timeout")
# InputType values a REST request may name (case-insensitive).
_REST_INPUT_TYPES = frozenset({"INGEST", "SEARCH", "UNSPECIFIED", "CLASSIFICATION", "CLUSTERING"})
_INTERNAL_INPUT_TYPES = frozenset({"internal_ingest", "internal_search", "unspecified"})


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


def _validate_input(body: JsonObject) -> None:
    """InferenceAction.Request.validate, the checks that do not depend on the task type."""
    if body.get("input") is None:
        raise validation_failed(["Field [input] cannot be null"])
    if body["input"] == []:
        raise validation_failed(["Field [input] cannot be an empty array"])


def _validate_for_task(body: JsonObject, task_type: str) -> None:
    """InferenceAction.Request.validate, the task-type specific checks."""
    if task_type == "rerank":
        if body.get("query") is None:
            raise validation_failed(["Field [query] cannot be null for task type [rerank]"])
        if body["query"] == "":
            raise validation_failed(["Field [query] cannot be empty for task type [rerank]"])
    problems = []
    if task_type != "rerank":
        for name in ("return_documents", "top_n"):
            if body.get(name) is not None:
                problems.append(f"Field [{name}] cannot be specified for task type [{task_type}]")
    input_type = body.get("input_type")
    if (
        task_type not in ("text_embedding", "sparse_embedding")
        and input_type is not None
        and input_type.lower() not in _INTERNAL_INPUT_TYPES
    ):
        problems.append(f"Field [input_type] cannot be specified for task type [{task_type}]")
    if problems:
        raise validation_failed(problems)


def _checked_endpoint(state: ServerState, request: ApiRequest, body: JsonObject) -> JsonObject:
    """Validate the request and find its endpoint, in Elasticsearch's order."""
    task_type = url_task_type(state, request)
    _validate_input(body)
    if task_type is not None:
        _validate_for_task(body, task_type)
    stored = stored_endpoint(state, request, task_type)
    if task_type is None:
        _validate_for_task(body, stored["task_type"])
    return stored


def infer(state: ServerState, request: ApiRequest) -> ApiResponse:
    """POST /_inference/{task_type}/{inference_id}: a result shaped for the endpoint's task type."""
    routed = _task_dispatch.dispatch(state, request)  # embedding, rerank with objects (9.5)
    if routed is not None:
        return routed
    body = _read_inference_body(request)
    stored = _checked_endpoint(state, request, body)
    task_type = stored["task_type"]
    inputs = _inputs(body)
    settings: JsonObject = stored["service_settings"]
    task_settings = {**stored.get("task_settings", {}), **(body.get("task_settings") or {})}
    if task_type == "text_embedding":
        dimensions = settings.get("dimensions")
        if not isinstance(dimensions, int) or dimensions <= 0:
            dimensions = DEFAULT_DIMENSIONS
        return ApiResponse(body=_fake_models.text_embedding(settings, inputs, dimensions))
    if task_type == "sparse_embedding":
        return ApiResponse(body=_fake_models.sparse_embedding(inputs))
    if task_type == "rerank":
        top_n = _first(body.get("top_n"), task_settings.get("top_n"))
        return_documents = _first(
            body.get("return_documents"), task_settings.get("return_documents"), True
        )
        return ApiResponse(
            body=_fake_models.rerank(
                str(body["query"]),
                inputs,
                top_n=top_n if isinstance(top_n, int) else None,
                return_documents=bool(return_documents),
            )
        )
    if task_type == "completion":
        return ApiResponse(body=_fake_models.completion(inputs))
    # chat_completion (ServiceUtils.useChatCompletionUrlMessage): only the _stream API serves it.
    service = state.catalog.services.get(stored["service"])
    others = [t for t in (service.task_types if service else ()) if t != "chat_completion"]
    raise status_exception(
        f"Inference entity [{stored['inference_id']}] does not support task type "
        f"[{task_type}] for inference, the task type must be one of "
        f"[{', '.join(java_order(others))}]. The task type for the inference entity is "
        f"{task_type}, please use the _inference/{task_type}/{stored['inference_id']}/_stream URL."
    )


def _first(*values: Any) -> Any:
    return next((v for v in values if v is not None), None)


def stream_completion(state: ServerState, request: ApiRequest) -> ApiResponse:
    """POST .../_stream: completion deltas word by word (SSE)."""
    body = _read_inference_body(request)
    try:
        stored = _checked_endpoint(state, request, body)
        service = state.catalog.services.get(stored["service"])
        streaming = state.catalog.streaming_task_types(service) if service else []
        if stored["task_type"] not in streaming:
            # BaseTransportInferenceAction.unsupportedStreamingTaskException
            if not streaming:
                reason = f"Streaming is not allowed for service [{stored['service']}]."
            else:
                reason = (
                    f"Streaming is not allowed for service [{stored['service']}] and task "
                    f"[{stored['task_type']}]. Supported tasks: [{','.join(streaming)}]"
                )
            raise status_exception(reason, 405)
    except EsError as error:
        return sse_error(error, unified=False)
    text = _fake_models.completion_text(" ".join(_inputs(body)))
    return ApiResponse(events=_sse.completion_events(text))


def chat_completion(state: ServerState, request: ApiRequest) -> ApiResponse:
    """POST /_inference/chat_completion/{inference_id}/_stream: OpenAI-style chunks (SSE)."""
    body = json_object(request)
    if not isinstance(body.get("messages"), list):
        # ConstructingObjectParser's message for a missing required field.
        raise parse_error("Required [messages]")
    # The _stream form names chat_completion literally; the older _unified forms may not.
    default_requested = "chat_completion" if request.path.endswith("/_stream") else "any"
    requested = request.path_params.get("task_type", default_requested)
    inference_id = request.path_params["inference_id"]
    stored = state.store.get(inference_id)
    if stored is None:
        return sse_error(
            EsError(
                404,
                "resource_not_found_exception",
                f"Inference endpoint not found [{inference_id}]",
            ),
            unified=True,
        )
    if stored["task_type"] != "chat_completion":
        # TransportUnifiedCompletionInferenceAction.createInvalidTaskTypeException
        error = status_exception(
            f"Incompatible task_type for unified API, the requested type [{requested}] must be "
            "one of [chat_completion]"
        )
        return sse_error(error, unified=True)
    settings = stored["service_settings"]
    default_model = str(settings.get("model_id") or settings.get("model") or stored["service"])
    return ApiResponse(events=_sse.chat_events(body, default_model), unified=True)


def sse_error(error: EsError, *, unified: bool) -> ApiResponse:
    """A failure before streaming: the error status, with one ``event: error`` as the body."""
    payload = error.unified_body() if unified else error.to_body()
    return ApiResponse(
        status=error.status,
        raw=_sse.error_event(payload),
        content_type=_sse.CONTENT_TYPE,
        headers=list(error.headers),
    )
