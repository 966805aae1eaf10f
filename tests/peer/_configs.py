"""Endpoint configurations drawn from the generated service catalogue, never from a hand list.

What the catalogue (the specification) cannot say — a credential some services need although
the catalogue marks it optional, the models the elasticsearch service has built in — comes from
the server's own cited table (tests/server/conftest.py's ``required_settings`` reads it).
"""

from __future__ import annotations

from typing import Any

from esinference._gen.services import SERVICES
from esinference._spec_types import Service, SettingField
from tests.server.conftest import Http, Reply, required_settings, sample_value

ALL_SERVICES = sorted(SERVICES)


def minimal_config(service: Service, task_type: str | None = None) -> dict[str, Any]:
    """The smallest body Elasticsearch accepts for ``service``: its required settings only."""
    task_type = task_type or service.task_types[0]
    body: dict[str, Any] = {
        "service": service.name,
        "service_settings": required_settings(service, task_type),
    }
    required_task = {f.name: sample_value(f) for f in service.task_settings or () if f.required}
    if required_task:
        body["task_settings"] = required_task
    return body


def misspelt(name: str, taken: set[str]) -> str:
    """``name`` with its middle letter dropped (``dimensions`` → ``dimenions``), a typo that
    names no real setting."""
    middle = len(name) // 2
    typo = name[:middle] + name[middle + 1 :]
    assert typo not in taken and typo != name, name
    return typo


def first_optional(fields: tuple[SettingField, ...]) -> SettingField | None:
    return next((f for f in fields if not f.required), None)


def unknown_settings(service: str, settings: str) -> str:
    """ServiceUtils.unknownSettingsError, the leftover map as Java prints it."""
    return f"Configuration contains settings [{settings}] unknown to the [{service}] service"


def put(http: Http, inference_id: str, task_type: str, body: dict[str, Any]) -> Reply:
    return http("PUT", f"/_inference/{task_type}/{inference_id}", body)


def assert_refused(reply: Reply, status: int, error_type: str, reason: str) -> None:
    """An Elasticsearch error answer: status, type and reason, the root cause the same."""
    assert (reply.status, reply.error_type, reply.reason) == (status, error_type, reason)
    assert reply.json["error"]["root_cause"] == [{"type": error_type, "reason": reason}]


def assert_not_stored(http: Http, inference_id: str) -> None:
    missing = http("GET", f"/_inference/{inference_id}")
    assert (missing.status, missing.reason) == (
        404,
        f"Inference endpoint not found [{inference_id}]",
    )
