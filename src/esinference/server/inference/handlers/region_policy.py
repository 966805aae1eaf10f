"""``/_inference/_region_policy`` (9.5): create, read and delete the inference region policy.

Behaviour and messages follow elastic/elasticsearch (x-pack/plugin/inference):
RestPutRegionPolicyAction (``body is required``, ``force``), PutRegionPolicyAction.Request
(strict ``put_region_policy_request`` parser; ``[region_policy.allowed_*] must not be empty``),
RegionPolicy / CspRegion (strict parsers, ``allowed_geos`` and ``allowed_regions`` exclusive),
TransportPutRegionPolicyAction (``created_*`` kept and ``updated_*`` set on replacement; a 409
listing in-use endpoints the policy would deny unless ``force``), TransportGet/Delete
RegionPolicyAction (404 ``No region policy is configured for this deployment``) and the YAML
test 170_region_policy_crud.yml.

The stored document and the rule against cutting off in-use endpoints are the backend's
(``backend.region_policy``); this module parses and renders.
"""

from __future__ import annotations

import base64
from datetime import datetime, timezone
from typing import Any

from ...http.errors import EsError, JsonObject, validation_failed
from ...http.json_body import json_object
from ...http.parse_errors import (
    ParseFailure,
    checked,
    expect_object,
    illegal,
    one_or_many,
    require,
    unknown_field,
    wrong_type,
)
from ...http.records import ApiRequest, ApiResponse
from ..backend.backend import Backend

_REQUEST_PARSER = "put_region_policy_request"
_POLICY_PARSER = "region_policy"
_REGION_PARSER = "csp_region"


def get_region_policy(backend: Backend, request: ApiRequest) -> ApiResponse:
    """GET /_inference/_region_policy: the stored document."""
    return ApiResponse(body=backend.region_policy())


def delete_region_policy(backend: Backend, request: ApiRequest) -> ApiResponse:
    """DELETE /_inference/_region_policy: acknowledged, or 404 when none is set."""
    backend.delete_region_policy()
    return ApiResponse(body={"acknowledged": True})


def put_region_policy(backend: Backend, request: ApiRequest) -> ApiResponse:
    """PUT /_inference/_region_policy: create or replace; refuse to cut off in-use endpoints."""
    if not request.body.strip():
        raise EsError(400, "parse_exception", "body is required")
    policy = parse_policy(request)
    force = request.flag("force")
    user = _principal(backend, request)
    return ApiResponse(body=backend.put_region_policy(policy, user, _timestamp(), force=force))


def _timestamp() -> str:
    """An Instant as XContentBuilder writes it: UTC, milliseconds, ``Z``."""
    now = datetime.now(timezone.utc)
    return f"{now:%Y-%m-%dT%H:%M:%S}.{now.microsecond // 1000:03d}Z"


def _principal(backend: Backend, request: ApiRequest) -> str | None:
    """The authenticated user (Basic auth) as SecurityContext reports it; None without security."""
    scheme, _, credentials = request.headers.get("authorization", "").partition(" ")
    if backend.config.basic_auth is None or scheme.lower() != "basic":
        return None
    return base64.b64decode(credentials.strip()).decode().partition(":")[0]


# -- parsing ------------------------------------------------------------------------------------


def parse_policy(request: ApiRequest) -> JsonObject:
    """The ``region_policy`` object of a PUT body, parsed strictly and validated."""
    body = json_object(request)
    for name in body:
        if name != "region_policy":
            raise unknown_field(request, _REQUEST_PARSER, name)
    require(("region_policy",), body)
    value = checked(request, _REQUEST_PARSER, "region_policy", body["region_policy"], dict)
    try:
        policy = _region_policy(request, value)
    except ParseFailure as failure:
        raise failure.in_field(request, _REQUEST_PARSER, "region_policy") from None
    # PutRegionPolicyAction.Request.validate: regions first, then geos.
    problems = [
        f"[region_policy.{name}] must not be empty"
        for name in ("allowed_regions", "allowed_geos")
        if policy.get(name) == []
    ]
    if problems:
        raise validation_failed(problems)
    return policy


def _region_policy(request: ApiRequest, value: JsonObject) -> JsonObject:
    policy: JsonObject = {}
    for name, field_value in value.items():
        if name == "allowed_geos":
            policy[name] = _string_array(request, name, field_value)
        elif name == "allowed_regions":
            policy[name] = _regions(request, field_value)
        else:
            raise unknown_field(request, _POLICY_PARSER, name)
    present = [name for name in value if name in ("allowed_geos", "allowed_regions")]
    if len(present) > 1:
        # ObjectParser.declareExclusiveFieldSet (the trailing space is Elasticsearch's).
        raise illegal(f"The following fields are not allowed together: [{', '.join(present)}] ")
    return policy


def _string_array(request: ApiRequest, name: str, value: Any) -> list[str]:
    """declareStringArray: a list of strings, or one string standing for a list of one."""
    values = value if isinstance(value, list) else [value]
    for entry in values:
        if not isinstance(entry, str):
            raise wrong_type(request, _POLICY_PARSER, name, entry)
    return list(values)


def _regions(request: ApiRequest, value: Any) -> list[JsonObject]:
    """declareObjectArray of CspRegion: ``{"csp", "region"}`` objects, both required."""
    return one_or_many(
        request, _POLICY_PARSER, "allowed_regions", value, (dict,), lambda v: _region(request, v)
    )


def _region(request: ApiRequest, value: Any) -> JsonObject:
    fields = expect_object(request, _REGION_PARSER, value, "allowed_regions")
    for name, field_value in fields.items():
        if name not in ("csp", "region"):
            raise unknown_field(request, _REGION_PARSER, name)
        if not isinstance(field_value, str):
            raise wrong_type(request, _REGION_PARSER, name, field_value)
    require(("csp", "region"), fields)
    return {"csp": fields["csp"], "region": fields["region"]}
