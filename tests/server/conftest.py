"""Shared fixtures: one in-process server per module, reset before every test, and raw HTTP."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import pytest
import urllib3

from esinference._spec_types import Service, SettingField
from esinference.server import LocalServer
from esinference.server.inference.backend.es_rules import built_in_model, required_credential

JSON = {"Content-Type": "application/json", "Accept": "application/json"}
SAMPLE_VALUES: dict[str, Any] = {
    "str": "sample",
    "bool": True,
    "int": 2,
    "float": 0.5,
    "time": "30s",
    "str_list": ["sample"],
    "list_str": ["sample"],
    "object": {"key": "value"},
    "any": "sample",
    "list": ["sample"],
    "struct": {},
}


def sample_value(field: SettingField) -> Any:
    if field.kind == "enum" and field.values:
        return field.values[0]
    return SAMPLE_VALUES.get(field.kind, "sample")


def required_settings(service: Service, task_type: str | None = None) -> dict[str, Any]:
    """The smallest service_settings Elasticsearch accepts: what the catalogue requires, the
    credential some services need although the catalogue marks it optional, and a model the
    elasticsearch service has built in (any other would be a custom model never uploaded)."""
    settings = {f.name: sample_value(f) for f in service.service_settings if f.required}
    for name in service.secret_maps:
        settings.setdefault(name, {"token": "s3cret"})
    credential = required_credential(service.name)
    if credential is not None:
        settings[credential] = "s3cret"
    if service.name == "elasticsearch":
        settings["model_id"] = built_in_model(task_type or service.task_types[0])
    return settings


def put_body(service: Service, *, for_task_type: str | None = None, **extra: Any) -> dict[str, Any]:
    """A valid PUT body for an endpoint of ``for_task_type`` (the service's first by default)."""
    settings = required_settings(service, for_task_type or extra.get("task_type"))
    return {"service": service.name, "service_settings": settings, **extra}


@dataclass
class Reply:
    status: int
    headers: urllib3.HTTPHeaderDict
    data: bytes

    @property
    def json(self) -> Any:
        return json.loads(self.data)

    @property
    def reason(self) -> str:
        return str(self.json["error"]["reason"])

    @property
    def error_type(self) -> str:
        return str(self.json["error"]["type"])


class Http:
    """Raw HTTP against a server: JSON in, status/headers/bytes out."""

    def __init__(self, base_url: str) -> None:
        self.base_url = base_url
        self.pool = urllib3.PoolManager(retries=False, timeout=10)

    def __call__(
        self,
        method: str,
        path: str,
        body: Any = None,
        headers: dict[str, str] | None = None,
        raw: bytes | None = None,
    ) -> Reply:
        payload = raw if raw is not None else (None if body is None else json.dumps(body))
        response = self.pool.request(
            method, self.base_url + path, body=payload, headers={**JSON, **(headers or {})}
        )
        return Reply(response.status, response.headers, response.data)


def stored_config(server: LocalServer, inference_id: str) -> dict[str, Any]:
    """What the server stored for an endpoint, secrets included (in-process servers only)."""
    assert server._server is not None
    config = server._server.state.store.get(inference_id)
    assert config is not None
    return config


@pytest.fixture
def server(local_es: LocalServer) -> LocalServer:
    """The session's local server (our own pytest plugin), reset for each test."""
    return local_es


@pytest.fixture
def http(server: LocalServer) -> Http:
    return Http(server.url)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    from .raw_http import FIGURES

    if FIGURES.requests:
        terminalreporter.write_line(FIGURES.summary())
