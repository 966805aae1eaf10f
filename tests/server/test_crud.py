"""PUT / GET / DELETE / _update: shapes, secrets and every error with Elasticsearch's message."""

from __future__ import annotations

from typing import Any

import pytest

from esinference._gen.services import SERVICES, TASK_TYPES
from esinference._spec_types import Service, SettingField
from esinference.server import Catalog, LocalServer

from .conftest import Http, put_body, required_settings, stored_config

COMBINATIONS = [(s, t) for s in sorted(SERVICES) for t in SERVICES[s].task_types]
WITH_REQUIRED = [
    (s, f.name, f.secret)
    for s in sorted(SERVICES)
    for f in SERVICES[s].service_settings
    if f.required
]


def secret_keys(service: Service) -> set[str]:
    return {f.name for f in service.service_settings if f.secret} | set(service.secret_maps)


def endpoint_id(service: str, task_type: str) -> str:
    return f"{service}-{task_type}".replace("_", "-").lower()


@pytest.mark.parametrize(("service_name", "task_type"), COMBINATIONS)
def test_every_service_and_task_type_can_be_created_without_leaking_secrets(
    http: Http, server: LocalServer, service_name: str, task_type: str
) -> None:
    service = SERVICES[service_name]
    inference_id = endpoint_id(service_name, task_type)
    body = put_body(service, for_task_type=task_type)
    reply = http("PUT", f"/_inference/{task_type}/{inference_id}", body)
    assert reply.status == 200, reply.data
    info = reply.json
    assert (info["inference_id"], info["task_type"], info["service"]) == (
        inference_id,
        task_type,
        service_name,
    )
    assert not secret_keys(service) & set(info["service_settings"])
    for name, value in body["service_settings"].items():
        if name not in secret_keys(service):
            assert info["service_settings"][name] == value
    listed = http("GET", f"/_inference/{task_type}/{inference_id}").json["endpoints"]
    assert listed == [info]
    # The secret is kept server-side even though it is never returned.
    stored = stored_config(server, inference_id)
    assert secret_keys(service) & set(body["service_settings"]) <= set(stored["service_settings"])


def test_task_type_from_the_body_and_defaults(http: Http) -> None:
    service = next(s for s in SERVICES.values() if "text_embedding" in s.task_types)
    reply = http("PUT", "/_inference/emb", put_body(service, task_type="text_embedding"))
    assert reply.status == 200
    settings = reply.json["service_settings"]
    assert settings["dimensions"] == 384 and settings["similarity"] == "cosine"
    if service.chunking_settings:
        assert reply.json["chunking_settings"] == {
            "strategy": "sentence",
            "max_chunk_size": 250,
            "sentence_overlap": 1,
        }
    assert "task_settings" not in reply.json  # empty task_settings are not shown


def _any_service() -> Service:
    return SERVICES[sorted(SERVICES)[0]]


def _unsupported() -> tuple[Service, str]:
    for service in SERVICES.values():
        for task_type in TASK_TYPES:
            if task_type not in service.task_types:
                return service, task_type
    pytest.skip("every service supports every task type")


@pytest.mark.parametrize(
    ("path", "body", "status", "error_type", "reason"),
    [
        (
            "/_inference/sparse_embedding/x",
            {"task_type": "text_embedding", "service": "s"},
            400,
            "status_exception",
            "Cannot resolve conflicting task_type parameter in the request URL "
            "[sparse_embedding] and the request body [text_embedding]",
        ),
        (
            "/_inference/x",
            {"service": "s"},
            400,
            "status_exception",
            "model is missing required setting [task_type]",
        ),
        ("/_inference/x", {"task_type": "bad"}, 400, "status_exception", "Unknown task_type [bad]"),
        ("/_inference/bad/x", {}, 400, "status_exception", "Unknown task_type [bad]"),
        (
            "/_inference/x",
            {"task_type": "any"},
            400,
            "status_exception",
            "task_type [any] is not valid type for inference",
        ),
        (
            "/_inference/completion/x",
            {"service_settings": {}},
            400,
            "status_exception",
            "Inference endpoint configuration is missing the [service] setting",
        ),
        (
            "/_inference/completion/x",
            {"service": "nope"},
            400,
            "status_exception",
            "Unknown service [nope]",
        ),
        (
            "/_inference/completion/Bad ID",
            {},
            400,
            "action_request_validation_exception",
            "Validation Failed: 1: Invalid inference_id; 'Bad ID' can contain lowercase "
            "alphanumeric (a-z and 0-9), hyphens or underscores; must start and end with "
            "alphanumeric;",
        ),
        (
            "/_inference/sparse_embedding/.elser-2-elasticsearch",
            {"service": "s"},
            400,
            "status_exception",
            "[.elser-2-elasticsearch] is a reserved inference ID. Cannot create a new inference "
            "endpoint with a reserved ID.",
        ),
    ],
)
def test_put_errors(
    http: Http, path: str, body: dict[str, Any], status: int, error_type: str, reason: str
) -> None:
    reply = http("PUT", path.replace(" ", "%20"), body)
    assert (reply.status, reply.error_type, reply.reason) == (status, error_type, reason)
    assert reply.json["error"]["root_cause"] == [{"type": error_type, "reason": reason}]
    assert reply.json["status"] == status


def test_put_task_type_not_supported_by_service(http: Http) -> None:
    service, task_type = _unsupported()
    reply = http("PUT", f"/_inference/{task_type}/x", put_body(service))
    assert reply.status == 400
    assert reply.reason == f"The [{service.name}] service does not support task type [{task_type}]"


def test_put_without_service_settings(http: Http) -> None:
    service = _any_service()
    reply = http("PUT", f"/_inference/{service.task_types[0]}/x", {"service": service.name})
    assert (reply.status, reply.reason) == (400, "Missing required field [service_settings]")


@pytest.mark.parametrize(("service_name", "field", "secret"), WITH_REQUIRED)
def test_put_missing_required_setting(
    http: Http, service_name: str, field: str, secret: bool
) -> None:
    service = SERVICES[service_name]
    settings = required_settings(service)
    del settings[field]
    reply = http(
        "PUT",
        f"/_inference/{service.task_types[0]}/x",
        {"service": service.name, "service_settings": settings},
    )
    scope = "secret_settings" if secret else "service_settings"
    assert reply.status == 400
    assert reply.error_type == "validation_exception"
    assert reply.reason == (
        f"Validation Failed: 1: [{scope}] does not contain the required setting [{field}];"
    )


def test_put_all_missing_required_settings_are_listed(http: Http) -> None:
    service = max(
        SERVICES.values(),
        key=lambda s: sum(f.required and not f.secret for f in s.service_settings),
    )
    missing = [f.name for f in service.service_settings if f.required and not f.secret]
    reply = http(
        "PUT",
        f"/_inference/{service.task_types[0]}/x",
        {"service": service.name, "service_settings": {}},
    )
    listed = "".join(
        f"{i}: [service_settings] does not contain the required setting [{name}];"
        for i, name in enumerate(missing, start=1)
    )
    assert reply.reason == f"Validation Failed: {listed}"


def test_put_existing_id(http: Http) -> None:
    service = _any_service()
    path = f"/_inference/{service.task_types[0]}/dup"
    assert http("PUT", path, put_body(service)).status == 200
    reply = http("PUT", path, put_body(service))
    assert (reply.status, reply.error_type, reply.reason) == (
        400,
        "resource_already_exists_exception",
        "Inference endpoint [dup] already exists",
    )


@pytest.mark.parametrize(
    ("raw", "error_type"),
    [(b"", "parse_exception"), (b"{not json", "x_content_parse_exception")],
)
def test_put_bad_body(http: Http, raw: bytes, error_type: str) -> None:
    reply = http("PUT", "/_inference/completion/x", raw=raw)
    assert (reply.status, reply.error_type) == (400, error_type)


def _create(http: Http, inference_id: str, task_type: str | None = None) -> Service:
    service = next(s for s in SERVICES.values() if task_type in (None, *s.task_types))
    task_type = task_type or service.task_types[0]
    body = put_body(service, for_task_type=task_type)
    assert http("PUT", f"/_inference/{task_type}/{inference_id}", body).status == 200
    return service


def test_get_forms(http: Http) -> None:
    assert http("GET", "/_inference").json == {"endpoints": []}
    for inference_id in ("b", "a", "c"):
        _create(http, inference_id)
    for path in ("/_inference", "/_inference/_all", "/_inference/*"):
        ids = [e["inference_id"] for e in http("GET", path).json["endpoints"]]
        assert ids == ["a", "b", "c"]
    task_type = http("GET", "/_inference/a").json["endpoints"][0]["task_type"]
    by_type = http("GET", f"/_inference/{task_type}/_all").json["endpoints"]
    assert [e["inference_id"] for e in by_type] == ["a", "b", "c"]
    other = next(t for t in TASK_TYPES if t != task_type)
    assert http("GET", f"/_inference/{other}/_all").json == {"endpoints": []}


def test_get_errors(http: Http) -> None:
    reply = http("GET", "/_inference/inference_to_get")
    assert (reply.status, reply.error_type, reply.reason) == (
        404,
        "resource_not_found_exception",
        "Inference endpoint not found [inference_to_get]",
    )
    _create(http, "typed")
    task_type = http("GET", "/_inference/typed").json["endpoints"][0]["task_type"]
    other = next(t for t in TASK_TYPES if t != task_type)
    reply = http("GET", f"/_inference/{other}/typed")
    assert (reply.status, reply.error_type, reply.reason) == (
        400,
        "status_exception",
        f"Requested task type [{other}] does not match the inference endpoint's task type "
        f"[{task_type}]",
    )
    assert http("GET", "/_inference/bad/typed").reason == "Unknown task_type [bad]"


def test_delete(http: Http, server: LocalServer) -> None:
    _create(http, "gone")
    task_type = http("GET", "/_inference/gone").json["endpoints"][0]["task_type"]
    reply = http("DELETE", "/_inference/gone?dry_run=true")
    assert reply.json == {
        "acknowledged": False,
        "pipelines": [],
        "indexes": [],
        "error_message": "",
    }
    other = next(t for t in TASK_TYPES if t != task_type)
    assert http("DELETE", f"/_inference/{other}/gone").status == 400
    reply = http("DELETE", f"/_inference/{task_type}/gone")
    assert reply.json == {"acknowledged": True, "pipelines": [], "indexes": []}
    assert http("GET", "/_inference/gone").status == 404
    assert http("DELETE", "/_inference/gone").reason == "Inference endpoint not found [gone]"


def test_delete_referenced_endpoint_needs_force(http: Http, server: LocalServer) -> None:
    _create(http, "my-ep")
    server.set_references("my-ep", pipelines=["my-pipeline"], indexes=["idx"])
    reply = http("DELETE", "/_inference/my-ep")
    pipelines = (
        "Inference endpoint my-ep is referenced by pipelines: [my-pipeline]. Ensure that no "
        "pipelines are using this inference endpoint, or use force to ignore this warning and "
        "delete the inference endpoint."
    )
    indexes = (
        " Inference endpoint my-ep is being used in the mapping for indexes: [idx]. Ensure that "
        "no index mappings are using this inference endpoint, or use force to ignore this "
        "warning and delete the inference endpoint."
    )
    assert (reply.status, reply.error_type, reply.reason) == (
        409,
        "status_exception",
        pipelines + indexes,
    )
    dry = http("DELETE", "/_inference/my-ep?dry_run=true").json
    assert dry == {
        "acknowledged": False,
        "pipelines": ["my-pipeline"],
        "indexes": ["idx"],
        "error_message": pipelines + indexes,
    }
    assert http("DELETE", "/_inference/my-ep?force=true").json["acknowledged"] is True


def test_update_secrets_and_task_settings(http: Http, server: LocalServer) -> None:
    """A secret is rotated and task settings are merged; anything else the service's update
    parser does not read is refused (TransportUpdateInferenceModelAction; tests/peer has more)."""
    service = next(
        s for s in SERVICES.values() if secret_keys(s) - set(s.secret_maps) and s.task_settings
    )
    secret = sorted(secret_keys(service) - set(service.secret_maps))[0]
    task_setting = service.task_settings[0].name
    task_type = service.task_types[0]
    http("PUT", f"/_inference/{task_type}/upd", put_body(service))
    reply = http(
        "PUT",
        "/_inference/upd/_update",
        {"service_settings": {secret: "rotated"}, "task_settings": {task_setting: "me"}},
    )
    assert reply.status == 200, reply.data
    info = reply.json
    assert secret not in info["service_settings"]
    assert info["task_settings"] == {task_setting: "me"}
    assert stored_config(server, "upd")["service_settings"][secret] == "rotated"
    refused = http("PUT", "/_inference/upd/_update", {"service_settings": {"num_allocations": 3}})
    assert refused.reason == (
        f"Configuration contains settings [{{num_allocations=3}}] unknown to the [{service.name}] "
        "service"
    )
    assert http("PUT", f"/_inference/{task_type}/upd/_update", {"task_settings": {}}).status == 200


def test_update_errors(http: Http) -> None:
    reply = http("PUT", "/_inference/missing/_update", {"task_settings": {}})
    # An ElasticsearchStatusException with 404 (TransportUpdateInferenceModelActionTests).
    assert (reply.status, reply.error_type, reply.reason) == (
        404,
        "status_exception",
        "The inference endpoint [missing] does not exist and cannot be updated",
    )
    service = _create(http, "upd2")
    other = next(t for t in TASK_TYPES if t != service.task_types[0])
    reply = http("PUT", f"/_inference/{other}/upd2/_update", {"task_settings": {}})
    assert reply.reason == "Task type must match the task type of the existing endpoint"


def test_secret_maps_are_never_returned() -> None:
    """A catalogue entry with a secret map (like custom's secret_parameters)."""
    field = SettingField("url", "str", required=True, secret=False)
    service = Service(
        name="custom",
        put_method="put_custom",
        task_types=("completion",),
        service_settings=(field,),
        task_settings=None,
        chunking_settings=False,
        secret_maps=("secret_parameters",),
    )
    catalog = Catalog(("completion",), {"custom": service})
    with LocalServer(catalog=catalog) as server:
        http = Http(server.url)
        body = {
            "service": "custom",
            "service_settings": {"url": "u", "secret_parameters": {"api_key": "k"}},
        }
        info = http("PUT", "/_inference/completion/c", body).json
        assert info["service_settings"] == {"url": "u"}
        assert http("GET", "/_inference/c").json["endpoints"][0]["service_settings"] == {"url": "u"}
