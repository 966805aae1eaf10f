"""Every service in the catalogue: a minimal config is accepted; a typo, an unknown top-level key
or a missing required setting is refused with Elasticsearch's message; a refusal stores nothing.

Sources (elastic/elasticsearch, x-pack/plugin/inference): each ``*Service.parseRequestConfig``
(e.g. OpenAiService) parses the settings first — a ValidationException lists every missing
required setting, ``Validation Failed: 1: …;2: …;`` — and only then calls
``ServiceUtils.throwIfNotEmptyMap`` on the leftover top-level config, service_settings and
task_settings, in that order (``Configuration contains settings [{extra_key=value}] unknown to
the [openai] service``: OpenAiServiceTests, CohereServiceTests, VoyageAIServiceTests, …).
Issue #22 quotes the older wording ``Model configuration contains settings …``; the current
ServiceUtils.unknownSettingsError and every service test say ``Configuration contains …``.
"""

from __future__ import annotations

import pytest

from esinference._gen.services import SERVICES
from tests.server.conftest import Http

from ._configs import (
    ALL_SERVICES,
    assert_not_stored,
    assert_refused,
    first_optional,
    minimal_config,
    misspelt,
    put,
    unknown_settings,
)


@pytest.mark.parametrize("name", ALL_SERVICES)
def test_a_minimal_config_is_accepted(http: Http, name: str) -> None:
    service = SERVICES[name]
    task_type = service.task_types[0]
    reply = put(http, "minimal", task_type, minimal_config(service))
    assert reply.status == 200, reply.data
    assert (reply.json["service"], reply.json["task_type"]) == (name, task_type)
    assert http("GET", "/_inference/minimal").json["endpoints"] == [reply.json]


@pytest.mark.parametrize("name", ALL_SERVICES)
def test_a_misspelt_optional_service_setting_is_refused_and_nothing_stored(
    http: Http, name: str
) -> None:
    service = SERVICES[name]
    optional = first_optional(service.service_settings)
    assert optional is not None, f"{name} has no optional service setting to misspell"
    typo = misspelt(optional.name, {f.name for f in service.service_settings})
    body = minimal_config(service)
    body["service_settings"][typo] = 5
    reply = put(http, "typo", service.task_types[0], body)
    assert_refused(reply, 400, "status_exception", unknown_settings(name, f"{{{typo}=5}}"))
    assert_not_stored(http, "typo")


@pytest.mark.parametrize("name", ALL_SERVICES)
def test_an_unknown_task_setting_is_refused(http: Http, name: str) -> None:
    service = SERVICES[name]
    body = minimal_config(service)
    body.setdefault("task_settings", {})["temperatur"] = 1
    reply = put(http, "task-typo", service.task_types[0], body)
    assert_refused(reply, 400, "status_exception", unknown_settings(name, "{temperatur=1}"))
    assert_not_stored(http, "task-typo")


@pytest.mark.parametrize("name", ALL_SERVICES)
def test_an_unknown_top_level_key_is_refused(http: Http, name: str) -> None:
    service = SERVICES[name]
    body = {**minimal_config(service), "extra_key": "v"}
    reply = put(http, "extra", service.task_types[0], body)
    assert_refused(reply, 400, "status_exception", unknown_settings(name, "{extra_key=v}"))
    assert_not_stored(http, "extra")


WITH_REQUIRED = [
    n
    for n in ALL_SERVICES
    if any(f.required and not f.secret for f in SERVICES[n].service_settings)
]


@pytest.mark.parametrize("name", WITH_REQUIRED)
def test_every_missing_required_setting_is_listed_before_any_unknown_key(
    http: Http, name: str
) -> None:
    """Required settings are checked while parsing, unknown keys after: an empty
    service_settings holding only a typo reports the missing ones, numbered, in the order the
    service reads them, and says nothing of the typo."""
    service = SERVICES[name]
    missing = [f.name for f in service.service_settings if f.required and not f.secret]
    body = {**minimal_config(service), "service_settings": {"dimensons": 5}, "extra_key": "v"}
    reply = put(http, "missing", service.task_types[0], body)
    listed = "".join(
        f"{i}: [service_settings] does not contain the required setting [{field}];"
        for i, field in enumerate(missing, start=1)
    )
    assert_refused(reply, 400, "validation_exception", f"Validation Failed: {listed}")
    assert_not_stored(http, "missing")


def test_the_top_level_leftover_is_reported_before_the_service_settings_one(http: Http) -> None:
    """OpenAiService.parseRequestConfig: throwIfNotEmptyMap(config) comes first."""
    body = minimal_config(SERVICES["openai"], "text_embedding")
    body["service_settings"]["dimensons"] = 5
    body["extra_key"] = "v"
    reply = put(http, "both", "text_embedding", body)
    assert reply.reason == unknown_settings("openai", "{extra_key=v}")


def test_the_issue_22_examples(http: Http) -> None:
    """Issue #22's three requests, each refused as Elasticsearch refuses it."""
    body = {
        "service": "openai",
        "service_settings": {"api_key": "k", "model_id": "text-embedding-3-small", "dimensons": 5},
    }
    reply = put(http, "typo", "text_embedding", body)
    assert_refused(reply, 400, "status_exception", unknown_settings("openai", "{dimensons=5}"))
    body["service_settings"].pop("dimensons")
    reply = put(http, "extra", "text_embedding", {**body, "extra_key": "v"})
    assert_refused(reply, 400, "status_exception", unknown_settings("openai", "{extra_key=v}"))
    for inference_id in ("typo", "extra"):
        assert_not_stored(http, inference_id)


def test_openai_without_any_credential_is_refused(http: Http) -> None:
    """DefaultSecretSettings.fromMap / DefaultSecretSettingsTests: the api_key is a secret
    setting, reported under [secret_settings] (issue #22 quotes the older [service_settings])."""
    body = {"service": "openai", "service_settings": {"model_id": "text-embedding-3-small"}}
    reply = put(http, "no-key", "text_embedding", body)
    assert_refused(
        reply,
        400,
        "validation_exception",
        "Validation Failed: 1: [secret_settings] does not contain the required setting [api_key];",
    )
    assert_not_stored(http, "no-key")


def test_azureopenai_needs_an_api_key_or_an_entra_id(http: Http) -> None:
    """AzureOpenAiSecretSettings.fromMap (and its tests): one of the two, not both."""
    body = minimal_config(SERVICES["azureopenai"], "text_embedding")
    body["service_settings"].pop("api_key", None)
    reply = put(http, "az", "text_embedding", body)
    assert_refused(
        reply,
        400,
        "validation_exception",
        "Validation Failed: 1: [secret_settings] must have either the [api_key] or the "
        "[entra_id] key set;",
    )
    body["service_settings"].update(api_key="k", entra_id="e")
    reply = put(http, "az", "text_embedding", body)
    assert reply.reason == (
        "Validation Failed: 1: [secret_settings] must have only one of the [api_key] or the "
        "[entra_id] key set;"
    )
    assert_not_stored(http, "az")


def test_a_leftover_map_is_printed_in_java_hash_map_order(http: Http) -> None:
    """The body is parsed into java.util.HashMaps (XContentParser.map), whose toString lists keys
    by hash bucket, not as sent nor sorted."""
    body = minimal_config(SERVICES["openai"], "completion")
    body["task_settings"] = {"user": "me", "temperature": 0.2, "style": {"tone": "dry"}}
    reply = put(http, "order", "completion", body)
    assert reply.reason == unknown_settings("openai", "{temperature=0.2, style={tone=dry}}")


def test_an_unknown_key_inside_rate_limit_is_refused(http: Http) -> None:
    """RateLimitSettings.of (RateLimitSettingsTests: ``[{abc=100}] unknown to the [test]
    service``): the nested map is checked while the service settings are parsed."""
    body = minimal_config(SERVICES["openai"], "completion")
    body["service_settings"]["rate_limit"] = {"requests_per_minute": 10, "abc": 100}
    reply = put(http, "rate", "completion", body)
    assert_refused(reply, 400, "status_exception", unknown_settings("openai", "{abc=100}"))
    assert_not_stored(http, "rate")
