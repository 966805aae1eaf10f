"""Every error the server reproduces, through both clients: class, status, type and reason.

Reasons are Elasticsearch's, quoted from its server source (elastic/elasticsearch) and its YAML
REST test inference_crud.yml; arguments a put_<service> method refuses by itself fail with
ValueError before any I/O.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest

from esinference import (
    AuthenticationException,
    BadRequestError,
    ConflictError,
    NotFoundError,
)
from esinference._gen.endpoints import ENDPOINTS
from esinference._gen.services import SERVICES, TASK_TYPES
from esinference.server import LocalServer

from ._api import MODES, Api, Mode
from ._catalogue import EndpointIds, id_argument, minimal_settings
from ._steps import create_endpoint, raises_api_error

MISSING = "it-missing-endpoint"
NOT_FOUND = f"Inference endpoint not found [{MISSING}]"

# (description, call) for every way to name an endpoint that does not exist.
UNKNOWN_ENDPOINT_CALLS: dict[str, Callable[[Api], Any]] = {
    "get by id": lambda api: api.get(inference_id=MISSING),
    "get by task type and id": lambda api: api.get(task_type="completion", inference_id=MISSING),
    "delete": lambda api: api.delete(inference_id=MISSING),
    "delete by task type": lambda api: api.delete(task_type="rerank", inference_id=MISSING),
    "inference": lambda api: api.inference(inference_id=MISSING, input="x"),
    "inference by task type": lambda api: api.inference(
        task_type="text_embedding", inference_id=MISSING, input="x"
    ),
    "text_embedding": lambda api: api.text_embedding(inference_id=MISSING, input="x"),
    "sparse_embedding": lambda api: api.sparse_embedding(inference_id=MISSING, input="x"),
    "rerank": lambda api: api.rerank(inference_id=MISSING, input=["x"], query="q"),
    "completion": lambda api: api.completion(inference_id=MISSING, input="x"),
}


@pytest.mark.parametrize("call", UNKNOWN_ENDPOINT_CALLS.values(), ids=UNKNOWN_ENDPOINT_CALLS)
def test_unknown_endpoint_is_not_found(api: Api, call: Callable[[Api], Any]) -> None:
    with raises_api_error(NotFoundError, 404, "resource_not_found_exception", NOT_FOUND) as err:
        call(api)
    assert str(err.value) == f"NotFoundError(404, 'resource_not_found_exception', '{NOT_FOUND}')"


def test_update_of_an_unknown_endpoint_is_not_found(api: Api) -> None:
    # TransportUpdateInferenceModelAction.checkEndpointExists uses its own message
    # (Messages.INFERENCE_ENTITY_NON_EXISTANT_NO_UPDATE), not ModelRegistry's, in an
    # ElasticsearchStatusException with 404 (TransportUpdateInferenceModelActionTests).
    reason = f"The inference endpoint [{MISSING}] does not exist and cannot be updated"
    with raises_api_error(NotFoundError, 404, "status_exception", reason):
        api.update(inference_id=MISSING, inference_config={"task_settings": {}})


def test_creating_an_existing_endpoint_is_a_400_not_a_409(api: Api, ids: EndpointIds) -> None:
    info = create_endpoint(api, ids, "openai", "completion")
    inference_id = info["inference_id"]
    reason = f"Inference endpoint [{inference_id}] already exists"
    with raises_api_error(BadRequestError, 400, "resource_already_exists_exception", reason):
        api.put_openai(
            task_type="completion",
            openai_inference_id=inference_id,
            service="openai",
            service_settings=minimal_settings(SERVICES["openai"], "completion"),
        )


# --- PUT: configuration errors -----------------------------------------------------------

OPENAI = {
    "service": "openai",
    "service_settings": minimal_settings(SERVICES["openai"], "completion"),
}

# (description, put arguments besides inference_id, expected error type and reason)
PUT_ERRORS: dict[str, tuple[dict[str, Any], str, str]] = {
    "unknown service": (
        {"task_type": "completion", "body": {"service": "foo", "service_settings": {}}},
        "status_exception",
        "Unknown service [foo]",
    ),
    "no service": (
        {"task_type": "completion", "body": {"service_settings": {}}},
        "status_exception",
        "Inference endpoint configuration is missing the [service] setting",
    ),
    "no task type anywhere": (
        {"body": OPENAI},
        "status_exception",
        "model is missing required setting [task_type]",
    ),
    "unknown task type in the body": (
        {"body": {**OPENAI, "task_type": "bad"}},
        "status_exception",
        "Unknown task_type [bad]",
    ),
    "task type any": (
        {"body": {**OPENAI, "task_type": "any"}},
        "status_exception",
        "task_type [any] is not valid type for inference",
    ),
    "task types in url and body disagree": (
        {"task_type": "completion", "body": {**OPENAI, "task_type": "text_embedding"}},
        "status_exception",
        "Cannot resolve conflicting task_type parameter in the request URL [completion] and the"
        " request body [text_embedding]",
    ),
}


@pytest.mark.parametrize(("args", "error_type", "reason"), PUT_ERRORS.values(), ids=PUT_ERRORS)
def test_put_configuration_errors(
    api: Api, ids: EndpointIds, args: dict[str, Any], error_type: str, reason: str
) -> None:
    with raises_api_error(BadRequestError, 400, error_type, reason):
        api.put(inference_id=ids.new("bad-put"), **args)


def test_put_with_a_reserved_id(api: Api) -> None:
    reason = (
        "[.elser-2-elasticsearch] is a reserved inference ID. "
        "Cannot create a new inference endpoint with a reserved ID."
    )
    with raises_api_error(BadRequestError, 400, "status_exception", reason):
        api.put(task_type="completion", inference_id=".elser-2-elasticsearch", body=OPENAI)


def test_put_with_an_invalid_id(api: Api) -> None:
    reason = (
        "Validation Failed: 1: Invalid inference_id; 'Bad ID' can contain lowercase alphanumeric"
        " (a-z and 0-9), hyphens or underscores; must start and end with alphanumeric;"
    )
    with raises_api_error(BadRequestError, 400, "action_request_validation_exception", reason):
        api.put(task_type="completion", inference_id="Bad ID", body=OPENAI)


UNSUPPORTED = [
    (name, next(t for t in TASK_TYPES if t not in SERVICES[name].task_types))
    for name in sorted(SERVICES)
    if set(TASK_TYPES) - set(SERVICES[name].task_types)
]


@pytest.mark.parametrize(
    ("service_name", "task_type"), UNSUPPORTED, ids=[s for s, _ in UNSUPPORTED]
)
def test_task_type_the_service_does_not_support(
    api: Api, ids: EndpointIds, service_name: str, task_type: str
) -> None:
    service = SERVICES[service_name]
    settings = minimal_settings(service, task_type)
    inference_id = ids.new("unsupported", service_name)
    # The service's own method refuses it before sending anything...
    allowed = ", ".join(
        repr(t)
        for p in ENDPOINTS[service.put_method].params
        if p.name == "task_type"
        for t in p.values
    )
    message = f"{service.put_method}(): 'task_type' must be one of {allowed}; got '{task_type}'"
    with pytest.raises(ValueError) as refused:
        api.call(
            service.put_method,
            task_type=task_type,
            service=service.name,
            service_settings=settings,
            **{id_argument(service): inference_id},
        )
    assert str(refused.value) == message
    # ...and the server refuses it through the generic put.
    reason = f"The [{service.name}] service does not support task type [{task_type}]"
    with raises_api_error(BadRequestError, 400, "status_exception", reason):
        api.put(
            task_type=task_type,
            inference_id=inference_id,
            inference_config={"service": service.name, "service_settings": settings},
        )


REQUIRED_FIELDS = [
    (name, field.name, field.secret)
    for name in sorted(SERVICES)
    for field in SERVICES[name].service_settings
    if field.required
]


@pytest.mark.parametrize(
    ("service_name", "field_name", "secret"),
    REQUIRED_FIELDS,
    ids=[f"{s}-{f}" for s, f, _ in REQUIRED_FIELDS],
)
def test_missing_required_setting(
    api: Api, ids: EndpointIds, service_name: str, field_name: str, secret: bool
) -> None:
    service = SERVICES[service_name]
    task_type = service.task_types[0]
    settings = minimal_settings(service, task_type)
    del settings[field_name]
    scope = "secret_settings" if secret else "service_settings"
    reason = (
        f"Validation Failed: 1: [{scope}] does not contain the required setting [{field_name}];"
    )
    with raises_api_error(BadRequestError, 400, "validation_exception", reason):
        api.call(
            service.put_method,
            task_type=task_type,
            service=service.name,
            service_settings=settings,
            **{id_argument(service): ids.new("missing", field_name)},
        )


# --- the endpoint exists, but not with that task type ---------------------------------------

MISMATCH = (
    "Requested task type [text_embedding] does not match the inference endpoint's task type"
    " [sparse_embedding]"
)
MISMATCHED_CALLS: dict[str, Callable[[Api, str], Any]] = {
    "get": lambda api, i: api.get(task_type="text_embedding", inference_id=i),
    "delete": lambda api, i: api.delete(task_type="text_embedding", inference_id=i),
    "inference": lambda api, i: api.inference(
        task_type="text_embedding", inference_id=i, input="x"
    ),
    "text_embedding": lambda api, i: api.text_embedding(inference_id=i, input="x"),
}


@pytest.mark.parametrize("call", MISMATCHED_CALLS.values(), ids=MISMATCHED_CALLS)
def test_task_type_mismatch(api: Api, ids: EndpointIds, call: Callable[[Api, str], Any]) -> None:
    inference_id = create_endpoint(api, ids, "elser", "sparse_embedding")["inference_id"]
    with raises_api_error(BadRequestError, 400, "status_exception", MISMATCH):
        call(api, inference_id)
    assert api.get(inference_id=inference_id).body["endpoints"]  # nothing was deleted


def test_task_type_mismatch_on_update(api: Api, ids: EndpointIds) -> None:
    # TransportUpdateInferenceModelAction.validateResolvedTaskType has its own message.
    inference_id = create_endpoint(api, ids, "elser", "sparse_embedding")["inference_id"]
    reason = "Task type must match the task type of the existing endpoint"
    with raises_api_error(BadRequestError, 400, "status_exception", reason):
        # (an empty body would be refused first: "Request body is empty")
        api.update(
            task_type="text_embedding", inference_id=inference_id, body={"task_settings": {}}
        )


# --- inference request validation ---------------------------------------------------------


def _validation(message: str) -> str:
    return f"Validation Failed: 1: {message};"


INFERENCE_ERRORS: dict[str, tuple[str, Callable[[Api, str], Any], str]] = {
    "empty input list": (
        "text_embedding",
        lambda api, i: api.text_embedding(inference_id=i, input=[]),
        "Field [input] cannot be an empty array",
    ),
    "rerank without query": (
        "rerank",
        lambda api, i: api.inference(task_type="rerank", inference_id=i, input=["a"]),
        "Field [query] cannot be null for task type [rerank]",
    ),
    "rerank body without query": (
        "rerank",
        lambda api, i: api.rerank(inference_id=i, body={"input": ["a"]}),
        "Field [query] cannot be null for task type [rerank]",
    ),
    "rerank with an empty query": (
        "rerank",
        lambda api, i: api.rerank(inference_id=i, input=["a"], query=""),
        "Field [query] cannot be empty for task type [rerank]",
    ),
    "top_n outside rerank": (
        "text_embedding",
        lambda api, i: api.inference(inference_id=i, body={"input": ["a"], "top_n": 1}),
        "Field [top_n] cannot be specified for task type [text_embedding]",
    ),
}


@pytest.mark.parametrize(
    ("task_type", "call", "message"), INFERENCE_ERRORS.values(), ids=INFERENCE_ERRORS
)
def test_inference_validation(
    api: Api, ids: EndpointIds, task_type: str, call: Callable[[Api, str], Any], message: str
) -> None:
    inference_id = create_endpoint(api, ids, "cohere", task_type)["inference_id"]
    with raises_api_error(
        BadRequestError, 400, "action_request_validation_exception", _validation(message)
    ):
        call(api, inference_id)


def test_rerank_without_query_is_refused_by_the_client(api: Api) -> None:
    with pytest.raises(ValueError, match=r"^rerank\(\): Empty value passed for parameter 'query'$"):
        api.rerank(inference_id="any", input=["a"])


# Elasticsearch's TaskType enum order (EnumSet prints in it; EMBEDDING, 9.4+, comes last).
JAVA_TASK_ORDER = ("text_embedding", "sparse_embedding", "rerank", "completion", "embedding")


def test_chat_completion_only_streams(api: Api, ids: EndpointIds) -> None:
    inference_id = create_endpoint(api, ids, "openai", "chat_completion")["inference_id"]
    others = ", ".join(t for t in JAVA_TASK_ORDER if t in SERVICES["openai"].task_types)
    reason = (
        f"Inference entity [{inference_id}] does not support task type [chat_completion] for"
        f" inference, the task type must be one of [{others}]. The task type"
        f" for the inference entity is chat_completion, please use the"
        f" _inference/chat_completion/{inference_id}/_stream URL."
    )
    with raises_api_error(BadRequestError, 400, "status_exception", reason):
        api.inference(inference_id=inference_id, input="hello")


def test_error_trace_adds_the_stack_trace(api: Api) -> None:
    with raises_api_error(NotFoundError, 404, "resource_not_found_exception", NOT_FOUND) as err:
        api.get(inference_id=MISSING, error_trace=True)
    body = err.value.body
    assert "stack_trace" in body["error"] and "stack_trace" in body["error"]["root_cause"][0]


# --- deleting an endpoint that is still in use (local server knob) --------------------------


@pytest.mark.knobs
def test_delete_of_a_referenced_endpoint_needs_force(
    api: Api, ids: EndpointIds, server: LocalServer
) -> None:
    inference_id = create_endpoint(api, ids, "openai", "text_embedding")["inference_id"]
    server.set_references(inference_id, pipelines=["ingest-a"], indexes=["docs"])
    reason = (
        f"Inference endpoint {inference_id} is referenced by pipelines: [ingest-a]. Ensure that"
        " no pipelines are using this inference endpoint, or use force to ignore this warning and"
        f" delete the inference endpoint. Inference endpoint {inference_id} is being used in the"
        " mapping for indexes: [docs]. Ensure that no index mappings are using this inference"
        " endpoint, or use force to ignore this warning and delete the inference endpoint."
    )
    assert api.delete(inference_id=inference_id, dry_run=True).body == {
        "acknowledged": False,
        "pipelines": ["ingest-a"],
        "indexes": ["docs"],
        "error_message": reason,
    }
    with raises_api_error(ConflictError, 409, "status_exception", reason):
        api.delete(inference_id=inference_id)
    assert api.get(inference_id=inference_id).body["endpoints"]
    assert api.delete(inference_id=inference_id, force=True).body["acknowledged"] is True
    with pytest.raises(NotFoundError):
        api.get(inference_id=inference_id)


# --- authentication (a local server of its own, started with credentials) -------------------

API_KEY = ("it-key-id", "it-key-secret")


@pytest.fixture(scope="module")
def secured_server() -> Iterator[LocalServer]:
    with LocalServer(api_key=":".join(API_KEY), basic_auth=("elastic", "changeme")) as server:
        yield server


CREDENTIALS: dict[str, tuple[dict[str, Any], str]] = {
    "wrong api key": (
        {"api_key": ("it-key-id", "wrong")},
        "unable to authenticate with provided credentials and anonymous access is not allowed"
        " for this request",
    ),
    "wrong password": (
        {"basic_auth": ("elastic", "wrong")},
        "unable to authenticate user [elastic] for REST request [/_inference]",
    ),
    "no credentials": ({}, "missing authentication credentials for REST request [/_inference]"),
}


@pytest.mark.knobs
@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("credentials", "reason"), CREDENTIALS.values(), ids=CREDENTIALS)
def test_wrong_credentials_are_unauthenticated(
    secured_server: LocalServer, mode: Mode, credentials: dict[str, Any], reason: str
) -> None:
    api = Api(mode, secured_server.url, max_retries=0, **credentials)
    try:
        with raises_api_error(AuthenticationException, 401, "security_exception", reason) as err:
            api.get()
        assert err.value.meta.headers.get("www-authenticate")
        right = Api(mode, secured_server.url, api_key=API_KEY)
        try:
            assert right.get().body == {"endpoints": []}
        finally:
            right.close()
    finally:
        api.close()
