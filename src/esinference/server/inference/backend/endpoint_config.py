"""Turning PUT / _update bodies into stored endpoint configurations, and back into responses.

A stored configuration keeps secrets; ``public_view`` is the only way one leaves the server.
What is known or required comes from the generated catalogue (``catalog.py``); what only
Elasticsearch's code says is in ``es_rules.py``; messages are Elasticsearch's (see each function).
The order of the checks is Elasticsearch's too: a PUT parses chunking settings, then the service
settings (every missing required one listed), then the secrets, and only then refuses the keys
nobody read — top level, service_settings, task_settings (OpenAiService.parseRequestConfig).
"""

from __future__ import annotations

import copy
import re

from esinference._spec_types import Service

from ...http.errors import EsError, JsonObject, status_exception, validation_failed
from . import chunking, es_rules
from .catalog import EMBEDDING_TASK_TYPES, Catalog
from .defaults import RESERVED_IDS
from .errors import unknown_task_type
from .java_text import java_map

# MlStrings.isValidId: lowercase alphanumerics, '-', '_' and '.', starting and ending alphanumeric.
_VALID_ID = re.compile(r"^[a-z0-9](?:[a-z0-9_\-.]*[a-z0-9])?$")
DEFAULT_DIMENSIONS = 384
DEFAULT_SIMILARITY = "cosine"
DEFAULT_REQUESTS_PER_MINUTE = 3000
# ChunkingSettingsBuilder.DEFAULT_SETTINGS (sentence strategy) as ES 9.x renders it.
DEFAULT_CHUNKING = chunking.DEFAULT
_BODY_KEYS = ("task_type", "service", "service_settings", "task_settings")
_UPDATE_KEYS = ("task_type", "service_settings", "task_settings", "chunking_settings")
_RATE_LIMIT_KEYS = frozenset({"requests_per_minute"})


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


def path_task_type(catalog: Catalog, name: str | None) -> str | None:
    """The ``{task_type}`` path part; ``any`` (TaskType.ANY, what a path without one means) matches
    whatever task type the endpoint has (InferenceCrudIT.testGetModelWithAnyTaskType)."""
    if name is None or name == "any":
        return None
    return parse_task_type(catalog, name)


def parse_task_type(catalog: Catalog, name: str) -> str:
    """TaskType.fromStringOrStatusException, plus the body's refusal of the wildcard ``any``."""
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
    service = _service(catalog, body, task_type)
    service_settings = body.get("service_settings")
    if not isinstance(service_settings, dict):
        # ServiceUtils.removeFromMapOrThrowIfNull
        raise status_exception("Missing required field [service_settings]")
    service_settings = copy.deepcopy(service_settings)
    task_settings = body.get("task_settings") or {}
    if not isinstance(task_settings, dict):
        raise status_exception("Missing required field [task_settings]")
    task_settings = copy.deepcopy(task_settings)
    leftover = {k: v for k, v in body.items() if k not in _BODY_KEYS}
    chunked = task_type in es_rules.CHUNKED_TASK_TYPES and service.chunking_settings
    chunking_settings = None
    if chunked and "chunking_settings" in leftover:
        sent = leftover.pop("chunking_settings")  # null: the default, as for {}
        chunking_settings = chunking.parse({} if sent is None else sent)
    if service.name in es_rules.LEGACY_MODEL_IN_TASK_SETTINGS:
        _move_model_to_service_settings(task_settings, service_settings)
    _check_rate_limit(service, service_settings)
    _check_required(service, service_settings)
    _refuse_unknown(service, leftover)
    _refuse_unknown(service, _unknown_service_settings(service, task_type, service_settings))
    _check_task_settings(service, task_settings)
    _check_model(service, service_settings)
    config: JsonObject = {
        "inference_id": inference_id,
        "task_type": task_type,
        "service": service.name,
        "service_settings": service_settings,
        "task_settings": task_settings,
    }
    if chunking_settings is not None:
        config["chunking_settings"] = chunking_settings
    _add_defaults(service, config)
    return config


def _service(catalog: Catalog, body: JsonObject, task_type: str) -> Service:
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
    return service


def _move_model_to_service_settings(task_settings: JsonObject, settings: JsonObject) -> None:
    """OpenAiService.moveModelFromTaskToServiceSettings: the pre-8.13 place of the model id."""
    if "model_id" in settings:
        return
    legacy = task_settings.pop("model", None)
    if legacy is None:
        legacy = task_settings.pop("model_id", None)
    if legacy is not None:
        settings["model_id"] = legacy


def known_service_settings(service: Service, task_type: str) -> frozenset[str]:
    """The service_settings keys Elasticsearch reads for this service and task type."""
    known = {f.name for f in service.service_settings} | set(service.secret_maps)
    known |= es_rules.EXTRA_SERVICE_SETTINGS.get(service.name, frozenset())
    if task_type in ("text_embedding", "embedding"):
        known |= es_rules.EMBEDDING_SERVICE_SETTINGS
    return frozenset(known)


def _unknown_service_settings(service: Service, task_type: str, settings: JsonObject) -> JsonObject:
    known = known_service_settings(service, task_type)
    return {k: v for k, v in settings.items() if k not in known}


def _refuse_unknown(service: Service, leftover: JsonObject) -> None:
    """ServiceUtils.throwIfNotEmptyMap / unknownSettingsError, the leftover map as Java prints it.
    (Issue #22 quotes the older wording, ``Model configuration contains settings …``.)"""
    if leftover:
        raise unknown_settings(service.name, leftover)


def unknown_settings(service_name: str, leftover: JsonObject) -> EsError:
    return status_exception(
        f"Configuration contains settings [{java_map(leftover)}] unknown to the "
        f"[{service_name}] service"
    )


def _check_task_settings(service: Service, settings: JsonObject) -> None:
    """Task settings the service does not read are refused, with the same message."""
    known = {f.name for f in service.task_settings or ()}
    _refuse_unknown(service, {k: v for k, v in settings.items() if k not in known})


def _check_rate_limit(service: Service, settings: JsonObject) -> None:
    """RateLimitSettings.of: keys other than requests_per_minute are refused while parsing
    (RateLimitSettingsTests: ``Configuration contains settings [{abc=100}] unknown …``)."""
    rate_limit = settings.get("rate_limit")
    if isinstance(rate_limit, dict):
        _refuse_unknown(service, {k: v for k, v in rate_limit.items() if k not in _RATE_LIMIT_KEYS})


def _check_required(service: Service, settings: JsonObject) -> None:
    """ServiceUtils.extractRequired*: service settings are parsed (and fail) before secrets.

    Messages, e.g. ``Validation Failed: 1: [secret_settings] does not contain the required
    setting [api_key];``, are quoted from elastic/elasticsearch tests DefaultSecretSettingsTests,
    AwsSecretSettingsTests, AzureOpenAiSecretSettingsTests and HuggingFaceServiceSettingsTests;
    secrets such as api_key are read from service_settings but reported under
    ``[secret_settings]`` (issue #22 quotes the older ``[service_settings]``).
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
        if secret:
            problems += _secret_rules(service.name, settings)
        if problems:
            raise validation_failed(problems, "validation_exception")


def _secret_rules(service_name: str, settings: JsonObject) -> list[str]:
    """The credentials es_rules says are required although the catalogue marks them optional."""
    if service_name in es_rules.ONE_OF_SECRETS:
        first, second = es_rules.ONE_OF_SECRETS[service_name]
        given = [settings.get(first) is not None, settings.get(second) is not None]
        if not any(given):
            return [f"[secret_settings] must have either the [{first}] or the [{second}] key set"]
        if all(given):
            return [
                f"[secret_settings] must have only one of the [{first}] or the [{second}] key set"
            ]
    alternative = es_rules.API_KEY_UNLESS.get(service_name)
    if alternative and settings.get("api_key") is None and settings.get(alternative) is None:
        return ["[secret_settings] does not contain the required setting [api_key]"]
    return []


def _check_model(service: Service, settings: JsonObject) -> None:
    """The elasticsearch service deploys its built-in models; any other id is a custom model
    that was never uploaded here (CustomElandModel, a 404 resource_not_found_exception)."""
    if service.name != "elasticsearch":
        return
    model_id = settings.get("model_id")
    if model_id is not None and str(model_id) not in es_rules.BUILT_IN_MODELS:
        raise EsError(
            404, "resource_not_found_exception", es_rules.custom_model_not_found(str(model_id))
        )


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
    """TransportUpdateInferenceModelAction: what the service's update parsers read is merged,
    chunking settings are replaced, anything left over is refused and nothing is changed."""
    resolved = stored["task_type"]
    if url_task_type is not None or body.get("task_type") is not None:
        resolved = resolve_task_type(catalog, url_task_type, body)
    if resolved != stored["task_type"]:
        raise status_exception("Task type must match the task type of the existing endpoint")
    service = catalog.services.get(stored["service"])
    if service is None:  # stored under another catalogue (a data dir): as ES, a server error
        raise status_exception(f"Service [{stored['service']}] not found", 500)
    updated = copy.deepcopy(stored)
    new_service_settings = dict(body.get("service_settings") or {})
    updatable = _updatable_service_settings(catalog, service)
    for key in [k for k in new_service_settings if k in updatable]:
        updated["service_settings"][key] = copy.deepcopy(new_service_settings.pop(key))
    new_task_settings = dict(body.get("task_settings") or {})
    known_task = {f.name for f in service.task_settings or ()}
    leftover_task = {k: v for k, v in new_task_settings.items() if k not in known_task}
    updated["task_settings"].update(copy.deepcopy(new_task_settings))
    if body.get("chunking_settings") is not None:
        updated["chunking_settings"] = chunking.parse(body["chunking_settings"])
    # TransportUpdateInferenceModelAction.validateConsumedUpdateSettings
    _refuse_unknown(service, new_service_settings)
    _refuse_unknown(service, leftover_task)
    return updated


def check_update_request(body: JsonObject) -> None:
    """UpdateInferenceModelAction.Request.getContentAsSettings: read before anything else."""
    if not body:
        raise status_exception("Request body is empty")
    for key in ("service_settings", "task_settings"):
        if key in body and not isinstance(body[key], dict):
            what = key.split("_")[0]
            raise status_exception(
                f"Unable to parse {what} settings in the request [{java_map(body)}]"
            )
    leftover = {k: v for k, v in body.items() if k not in _UPDATE_KEYS}
    if leftover:
        raise status_exception(
            "Request contained fields which cannot be updated, remove these fields and try again "
            f"[{java_map(leftover)}]"
        )


def check_updatable(inference_id: str, stored: JsonObject | None) -> JsonObject:
    """TransportUpdateInferenceModelAction: checkEndpointExists, validateEndpointIsNotDefault."""
    if stored is None:
        # Messages.INFERENCE_ENTITY_NON_EXISTANT_NO_UPDATE; TransportUpdateInferenceModelActionTests
        # expects an ElasticsearchStatusException (404), not a ResourceNotFoundException.
        raise status_exception(
            f"The inference endpoint [{inference_id}] does not exist and cannot be updated", 404
        )
    if inference_id.startswith(es_rules.DEFAULT_ENDPOINT_PREFIX):
        raise status_exception(f"Default endpoint [{inference_id}] cannot be updated")
    return stored


def _updatable_service_settings(catalog: Catalog, service: Service) -> frozenset[str]:
    if service.name in es_rules.IN_CLUSTER_SERVICES:
        return es_rules.UPDATABLE_IN_CLUSTER
    return catalog.secret_keys(service.name) | es_rules.UPDATABLE_SERVICE_SETTINGS


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
