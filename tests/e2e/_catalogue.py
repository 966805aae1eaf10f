"""Endpoint configurations built from the service catalogue, and unique endpoint ids.

``minimal_settings`` gives every required field a plausible value of its kind (nested settings
objects as dicts with their own required fields); secrets get values that are easy to spot in a
response body, so a test can prove they never come back.
"""

from __future__ import annotations

import itertools
import uuid
from typing import Any

from esinference._gen.endpoints import ENDPOINTS
from esinference._gen.services import SERVICES, STRUCTS
from esinference._spec_types import Service, SettingField
from esinference.server.inference.backend.es_rules import built_in_model, required_credential

# (service literal, task type) for every task type every service allows.
COMBINATIONS: list[tuple[str, str]] = [
    (name, task_type) for name in sorted(SERVICES) for task_type in SERVICES[name].task_types
]
EMBEDDING_DIMENSIONS = 8  # small, so that vector checks stay cheap

_PLAIN_VALUES: dict[str, Any] = {
    "bool": True,
    "int": 1,
    "float": 0.5,
    "time": "30s",
    "str_list": ["sample"],
    "list_str": ["sample"],
    "object": {"key": "value"},
    "list": ["sample"],
    "any": {"key": "value"},
}


def secret_value(name: str) -> str:
    return f"it-secret-{name}-do-not-echo"


def plausible_value(field: SettingField) -> Any:
    """A value of the field's kind that a real service would plausibly accept."""
    if field.kind == "struct":
        assert field.struct is not None
        return {f.name: plausible_value(f) for f in STRUCTS[field.struct] if f.required}
    if field.kind == "enum":
        return field.values[0]
    if field.kind == "str":
        if field.secret:
            return secret_value(field.name)
        if "url" in field.name or field.name == "host":
            return "https://inference.example.invalid/v1"
        return f"sample-{field.name.replace('_', '-')}"
    return _PLAIN_VALUES[field.kind]


def minimal_settings(service: Service, task_type: str) -> dict[str, Any]:
    """Every required service setting, plus a small ``dimensions`` where one can be set."""
    settings = {f.name: plausible_value(f) for f in service.service_settings if f.required}
    for name in service.secret_maps:  # e.g. custom's secret_parameters: every value is secret
        settings[name] = {"api_key": secret_value(name)}
    credential = required_credential(service.name)  # required although the spec says optional
    if credential is not None:
        settings[credential] = secret_value(credential)
    if service.name == "elasticsearch":  # any other model would be a custom one, never uploaded
        settings["model_id"] = built_in_model(task_type)
    by_name = {f.name: f for f in service.service_settings}
    if task_type == "text_embedding" and by_name.get("dimensions", None) is not None:
        if by_name["dimensions"].kind == "int":
            settings["dimensions"] = EMBEDDING_DIMENSIONS
    return settings


def secret_keys(service: Service) -> set[str]:
    """service_settings keys that must never be returned."""
    return {f.name for f in service.service_settings if f.secret} | set(service.secret_maps)


def id_argument(service: Service) -> str:
    """The put_<service> keyword that names the endpoint, e.g. ``huggingface_inference_id``."""
    (name,) = (
        p.name
        for p in ENDPOINTS[service.put_method].params
        if p.location == "path" and p.name.endswith("_inference_id")
    )
    return name


class EndpointIds:
    """Endpoint ids unique to this run (a real cluster may hold others); remembers each one."""

    _run = uuid.uuid4().hex[:8]
    _counter = itertools.count(1)

    def __init__(self) -> None:
        self.issued: list[str] = []

    def new(self, *hints: str) -> str:
        slug = "-".join(h.replace("_", "-").lower() for h in hints) or "endpoint"
        inference_id = f"it-{self._run}-{next(self._counter)}-{slug}"
        self.issued.append(inference_id)
        return inference_id
