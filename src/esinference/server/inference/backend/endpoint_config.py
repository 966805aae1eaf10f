"""Turning PUT / _update bodies into stored endpoint configurations, and back into responses.

A stored configuration keeps secrets; ``public_view`` is the only way one leaves the server.
Messages are Elasticsearch's (see each function); defaults the server adds are listed in
``_add_defaults``.
"""

from __future__ import annotations

import copy
import re

from esinference._spec_types import Service

from ...http.errors import EsError, JsonObject, status_exception, validation_failed
from .catalog import EMBEDDING_TASK_TYPES, Catalog
from .defaults import RESERVED_IDS
from .errors import unknown_task_type

# MlStrings.isValidId: lowercase alphanumerics, '-', '_' and '.', starting and ending alphanumeric.
_VALID_ID = re.compile(r"^[a-z0-9](?:[a-z0-9_\-.]*[a-z0-9])?$")
DEFAULT_DIMENSIONS = 384
DEFAULT_SIMILARITY = "cosine"
DEFAULT_REQUESTS_PER_MINUTE = 3000
# ChunkingSettingsBuilder.DEFAULT_SETTINGS (sentence strategy) as ES 9.x renders it.
DEFAULT_CHUNKING = {"strategy": "sentence", "max_chunk_size": 250, "sentence_overlap": 1}


def check_inference_id(inference_id: str) -> None:
    """Reserved ids first (they start with a dot), then ML's INVALID_ID message."""
    if inference_id in RESERVED_IDS:
        raise status_exception(
            f"[{inference_id}] is a reserved inference ID. "
            "Cannot create a new inference endpoint with a reserved ID."
        )
    if not _VALID_ID.match(inference_id):
        raise validation_failed(
            [
                f"Invalid inference_id; '{inference_id}' can contain lowercase alphanumeric "
                "(a-z and 0-9), hyphens or underscores; must start and end with alphanumeric"
            ]
        )


def parse_task_type(catalog: Catalog, name: str) -> str:
    """TaskType.fromStringOrStatusException, plus PUT's refusal of the wildcard ``any``."""
    if name == "any":
        raise status_exception("task_type [any] is not valid type for inference")
    if name not in catalog.task_types:
        raise unknown_task_type(name)
    return name


def resolve_task_type(catalog: Catalog, url_task_type: str | None, body: JsonObject) -> str:
    """ServiceUtils.resolveTaskType: the URL and the body may both name it, but must agree."""
    body_value = body.get("task_type")
    body_task_type = None
    if body_value is not None:
        body_task_type = parse_task_type(catalog, str(body_value))
    if url_task_type is not None and body_task_type is not None:
        if url_task_type != body_task_type:
            raise status_exception(
                "Cannot resolve conflicting task_type parameter in the request URL "
                f"[{url_task_type}] and the request body [{body_task_type}]"
            )
    task_type = url_task_type or body_task_type
    if task_type is None:
        raise status_exception("model is missing required setting [task_type]")
    return task_type


def build_config(
    catalog: Catalog, inference_id: str, url_task_type: str | None, body: JsonObject
) -> JsonObject:
    """Validate a PUT body and return the configuration to store (secrets included)."""
    task_type = resolve_task_type(catalog, url_task_type, body)
    service_name = body.get("service")
    if service_name is None:
        raise status_exception("Inference endpoint configuration is missing the [service] setting")
    service = catalog.services.get(str(service_name))
    if service is None:
        raise status_exception(f"Unknown service [{service_name}]")
    if task_type not in service.task_types:
        # TaskType.unsupportedTaskTypeErrorMsg
        raise status_exception(
            f"The [{service.name}] service does not support task type [{task_type}]"
        )
    service_settings = body.get("service_settings")
    if not isinstance(service_settings, dict):
        # ServiceUtils.removeFromMapOrThrowIfNull
        raise status_exception("Missing required field [service_settings]")
    _check_required(service, service_settings)
    task_settings = body.get("task_settings") or {}
    if not isinstance(task_settings, dict):
        raise status_exception("Missing required field [task_settings]")
    _check_task_settings(service, task_settings)
    config: JsonObject = {
        "inference_id": inference_id,
        "task_type": task_type,
        "service": service.name,
        "service_settings": copy.deepcopy(service_settings),
        "task_settings": copy.deepcopy(task_settings),
    }
    if isinstance(body.get("chunking_settings"), dict):
        config["chunking_settings"] = copy.deepcopy(body["chunking_settings"])
    _add_defaults(service, config)
    return config


def _check_task_settings(service: Service, settings: JsonObject) -> None:
    """ServiceUtils.throwIfNotEmptyMap: task settings the service does not read are refused.

    ``Configuration contains settings [{user2=x}] unknown to the [openai] service`` (the
    leftover map as Java prints it; ServiceUtils.unknownSettingsError).
    """
    known = {f.name for f in service.task_settings or ()}
    unknown = {k: v for k, v in settings.items() if k not in known}
    if unknown:
        raise status_exception(
            f"Configuration contains settings [{java_map(unknown)}] unknown to the "
            f"[{service.name}] service"
        )


def java_map(value: object) -> str:
    """A JSON value as Java's Map/List toString prints it: ``{a=1, b=[x, y]}``."""
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k}={java_map(v)}" for k, v in sorted(value.items())) + "}"
    if isinstance(value, list):
        return "[" + ", ".join(java_map(v) for v in value) + "]"
    if isinstance(value, bool):
        return "true" if value else "false"
    return "null" if value is None else str(value)


def _check_required(service: Service, settings: JsonObject) -> None:
    """ServiceUtils.extractRequired*: service settings are parsed (and fail) before secrets.

    Messages, e.g. ``Validation Failed: 1: [secret_settings] does not contain the required
    setting [api_key];``, are quoted from elastic/elasticsearch tests DefaultSecretSettingsTests,
    AwsSecretSettingsTests, DeepSeekServiceTests and HuggingFaceServiceSettingsTests; secrets
    such as api_key are read from service_settings but reported under ``[secret_settings]``.
    """
    for secret in (False, True):
        scope = "secret_settings" if secret else "service_settings"
        problems = []
        for field in service.service_settings:
            if not field.required or field.secret != secret:
                continue
            value = settings.get(field.name)
            if value is None:
                problems.append(f"[{scope}] does not contain the required setting [{field.name}]")
            elif value == "":
                problems.append(
                    f"[{scope}] Invalid value empty string. [{field.name}] must be a non-empty "
                    "string"
                )
        if problems:
            raise validation_failed(problems, "validation_exception")


def _add_defaults(service: Service, config: JsonObject) -> None:
    """Server-side defaults, shaped like Elasticsearch's (values are this server's choice).

    - text_embedding: ``dimensions`` (384) and ``similarity`` (cosine) when not given;
    - services with a ``rate_limit`` setting: ``{"requests_per_minute": 3000}``;
    - text_embedding / sparse_embedding on services that take chunking_settings: the
      sentence-strategy default ES 9.x stores (max_chunk_size 250, sentence_overlap 1).
    """
    settings: JsonObject = config["service_settings"]
    field_names = {f.name for f in service.service_settings}
    if config["task_type"] == "text_embedding":
        settings.setdefault("dimensions", DEFAULT_DIMENSIONS)
        settings.setdefault("similarity", DEFAULT_SIMILARITY)
    if "rate_limit" in field_names:
        settings.setdefault("rate_limit", {"requests_per_minute": DEFAULT_REQUESTS_PER_MINUTE})
    if config["task_type"] in EMBEDDING_TASK_TYPES and service.chunking_settings:
        config.setdefault("chunking_settings", dict(DEFAULT_CHUNKING))


def apply_update(
    catalog: Catalog, stored: JsonObject, url_task_type: str | None, body: JsonObject
) -> JsonObject:
    """TransportUpdateInferenceModelAction: merge secrets, num_allocations and task_settings."""
    resolved = stored["task_type"]
    if url_task_type is not None or body.get("task_type") is not None:
        resolved = resolve_task_type(catalog, url_task_type, body)
    if resolved != stored["task_type"]:
        raise status_exception("Task type must match the task type of the existing endpoint")
    updated = copy.deepcopy(stored)
    new_service_settings = body.get("service_settings")
    if isinstance(new_service_settings, dict):
        updatable = catalog.secret_keys(stored["service"]) | {"num_allocations"}
        for key, value in new_service_settings.items():
            # Other service settings are silently kept as they were, as in Elasticsearch.
            if key in updatable:
                updated["service_settings"][key] = copy.deepcopy(value)
    new_task_settings = body.get("task_settings")
    if isinstance(new_task_settings, dict):
        updated["task_settings"].update(copy.deepcopy(new_task_settings))
    return updated


def public_view(catalog: Catalog, stored: JsonObject) -> JsonObject:
    """ModelConfigurations.toFilteredXContent: no secrets, no empty task_settings."""
    secret_keys = catalog.secret_keys(stored["service"])
    view: JsonObject = {
        "inference_id": stored["inference_id"],
        "task_type": stored["task_type"],
        "service": stored["service"],
        "service_settings": {
            k: v for k, v in stored["service_settings"].items() if k not in secret_keys
        },
    }
    if stored.get("task_settings"):
        view["task_settings"] = stored["task_settings"]
    if stored.get("chunking_settings") is not None:
        view["chunking_settings"] = stored["chunking_settings"]
    return view


def update_not_found(inference_id: str) -> EsError:
    # Messages.INFERENCE_ENTITY_NON_EXISTANT_NO_UPDATE (ML Messages.java), thrown by
    # TransportUpdateInferenceModelAction.checkEndpointExists; wording from memory of that file.
    return EsError(
        404,
        "resource_not_found_exception",
        f"The inference endpoint [{inference_id}] does not exist and cannot be updated",
    )
