"""What an inference request may ask of an endpoint: InferenceAction.Request.validate and the
transport actions' task-type and streaming checks, with Elasticsearch's messages."""

from __future__ import annotations

from ...http.errors import EsError, JsonObject, status_exception, validation_failed
from .catalog import ELASTIC_SERVICE, MULTIMODAL_EMBEDDING, Catalog, java_order

_INTERNAL_INPUT_TYPES = frozenset({"internal_ingest", "internal_search", "unspecified"})


def check_input(body: JsonObject) -> None:
    """InferenceAction.Request.validate, the checks that do not depend on the task type."""
    if body.get("input") is None:
        raise validation_failed(["Field [input] cannot be null"])
    if body["input"] == []:
        raise validation_failed(["Field [input] cannot be an empty array"])


def check_for_task(body: JsonObject, task_type: str) -> None:
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


def check_streaming(catalog: Catalog, stored: JsonObject) -> None:
    """BaseTransportInferenceAction.unsupportedStreamingTaskException (405)."""
    service = catalog.services.get(stored["service"])
    streaming = catalog.streaming_task_types(service) if service else []
    if stored["task_type"] in streaming:
        return
    if not streaming:
        reason = f"Streaming is not allowed for service [{stored['service']}]."
    else:
        reason = (
            f"Streaming is not allowed for service [{stored['service']}] and task "
            f"[{stored['task_type']}]. Supported tasks: [{','.join(streaming)}]"
        )
    raise status_exception(reason, 405)


def stream_only(catalog: Catalog, stored: JsonObject) -> EsError:
    """ServiceUtils.useChatCompletionUrlMessage: chat_completion is served by _stream only."""
    task_type = stored["task_type"]
    service = catalog.services.get(stored["service"])
    others = [t for t in (service.task_types if service else ()) if t != "chat_completion"]
    return status_exception(
        f"Inference entity [{stored['inference_id']}] does not support task type "
        f"[{task_type}] for inference, the task type must be one of "
        f"[{', '.join(java_order(others))}]. The task type for the inference entity is "
        f"{task_type}, please use the _inference/{task_type}/{stored['inference_id']}/_stream URL."
    )


def unified_task_type(requested: str) -> EsError:
    """TransportUnifiedCompletionInferenceAction.createInvalidTaskTypeException."""
    return status_exception(
        f"Incompatible task_type for unified API, the requested type [{requested}] must be "
        "one of [chat_completion]"
    )


def check_embedding_endpoint(stored: JsonObject, non_text: list[str]) -> None:
    """TransportEmbeddingAction.createInvalidTaskTypeException, then non-text item support.

    Non-text items only where the service's model takes them (that message is ours).
    """
    if stored["task_type"] != "embedding":
        raise status_exception(
            "Incompatible task_type for embedding API, the inference endpoint "
            f"[{stored['inference_id']}] has task type [{stored['task_type']}], "
            "expected [embedding]"
        )
    if non_text and not _embeds_non_text(stored):
        raise status_exception(
            f"The [{stored['service']}] service's model for inference endpoint "
            f"[{stored['inference_id']}] does not support [{', '.join(non_text)}] inputs for "
            "the [embedding] task"
        )


def _embeds_non_text(stored: JsonObject) -> bool:
    if stored["service"] not in MULTIMODAL_EMBEDDING:
        return False
    switch = MULTIMODAL_EMBEDDING[stored["service"]]
    return switch is None or stored["service_settings"].get(switch, True) is not False


def check_rerank_endpoint(stored: JsonObject, non_text: list[str]) -> None:
    """TransportRerankAction's task type check, then the service's support for non-text items."""
    if stored["task_type"] != "rerank":
        raise status_exception(
            "Incompatible task_type for rerank API, the inference endpoint "
            f"[{stored['inference_id']}] has task type [{stored['task_type']}], expected [rerank]"
        )
    if non_text and stored["service"] != ELASTIC_SERVICE:
        raise status_exception(
            f"The [{stored['service']}] service does not support rerank inputs of type "
            f"[{', '.join(non_text)}]; only the [{ELASTIC_SERVICE}] service accepts non-text "
            "inputs"
        )
