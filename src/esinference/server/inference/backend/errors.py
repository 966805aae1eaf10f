"""The inference errors Elasticsearch raises for endpoints and task types (its messages)."""

from __future__ import annotations

from ...http.errors import EsError, status_exception


def not_found(inference_id: str) -> EsError:
    # ModelRegistry.inferenceNotFoundException
    return EsError(
        404, "resource_not_found_exception", f"Inference endpoint not found [{inference_id}]"
    )


def task_type_mismatch(requested: str, actual: str) -> EsError:
    # InferenceExceptions.mismatchedTaskTypeException
    return status_exception(
        f"Requested task type [{requested}] does not match the inference endpoint's "
        f"task type [{actual}]"
    )


def unknown_task_type(name: str) -> EsError:
    # TaskType.fromStringOrStatusException
    return status_exception(f"Unknown task_type [{name}]")
