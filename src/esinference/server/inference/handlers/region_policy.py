"""``/_inference/_region_policy`` (9.5): create, read and delete the inference region policy.

Behaviour and messages follow elastic/elasticsearch (x-pack/plugin/inference):
RestPutRegionPolicyAction (``body is required``, ``force``), PutRegionPolicyAction.Request
(strict ``put_region_policy_request`` parser; ``[region_policy.allowed_*] must not be empty``),
RegionPolicy / CspRegion (strict parsers, ``allowed_geos`` and ``allowed_regions`` exclusive),
TransportPutRegionPolicyAction (``created_*`` kept and ``updated_*`` set on replacement; a 409
listing in-use endpoints the policy would deny unless ``force``), TransportGet/Delete
RegionPolicyAction (404 ``No region policy is configured for this deployment``) and the YAML
test 170_region_policy_crud.yml.

Only ``elastic`` (Elastic Inference Service) endpoints are subject to the policy. This server's
stand-in for EIS serves every model from one region, ``_EIS_REGION``; a policy that allows
neither its geo nor its csp/region denies every ``elastic`` endpoint.
"""

from __future__ import annotations

import base64
from datetime import datetime, timezone
from typing import Any

from ...http.json_body import json_object
from ...http.errors import EsError, JsonObject, status_exception, validation_failed
from .multimodal import ELASTIC_SERVICE
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
from ..backend.state import ServerState
from ...http.records import ApiRequest, ApiResponse

DOCUMENT = "region_policy_elastic"  # RegionPolicyDoc.DOCUMENT_ID
_REQUEST_PARSER = "put_region_policy_request"
_POLICY_PARSER = "region_policy"
_REGION_PARSER = "csp_region"
_EIS_REGION = {"csp": "aws", "region": "us-east-1", "geo": "us"}
_IN_USE = (
    "Cannot put the region policy because it would deny access to the following in-use "
    "inference endpoints: [{}]. Ensure that these inference endpoints are not in use, "
    "or use force to ignore this warning and proceed anyway."
)


def _not_configured() -> EsError:
    # TransportGetRegionPolicyAction.noRegionPolicyConfiguredException
    return EsError(
        404, "resource_not_found_exception", "No region policy is configured for this deployment"
    )


def get_region_policy(state: ServerState, request: ApiRequest) -> ApiResponse:
    """GET /_inference/_region_policy: the stored document."""
    doc = state.store.get_document(DOCUMENT)
    if doc is None:
        raise _not_configured()
    return ApiResponse(body=doc)


def delete_region_policy(state: ServerState, request: ApiRequest) -> ApiResponse:
    """DELETE /_inference/_region_policy: acknowledged, or 404 when none is set."""
    if not state.store.delete_document(DOCUMENT):
        raise _not_configured()
    return ApiResponse(body={"acknowledged": True})


def put_region_policy(state: ServerState, request: ApiRequest) -> ApiResponse:
    """PUT /_inference/_region_policy: create or replace; refuse to cut off in-use endpoints."""
    if not request.body.strip():
        raise EsError(400, "parse_exception", "body is required")
    policy = parse_policy(request)
    if not request.flag("force"):
        _refuse_denied_in_use(state, policy)
    now = _timestamp()
    user = _principal(state, request)
    existing = state.store.get_document(DOCUMENT)
    doc: JsonObject = {"region_policy": policy}
    if existing is None:
        doc["created_at"] = now
        _put_if(doc, "created_by", user)
    else:
        doc["created_at"] = existing["created_at"]
        _put_if(doc, "created_by", existing.get("created_by"))
        doc["updated_at"] = now
        _put_if(doc, "updated_by", user)
    state.store.put_document(DOCUMENT, doc)
    return ApiResponse(body=doc)


def _put_if(doc: JsonObject, key: str, value: Any) -> None:
    if value is not None:
        doc[key] = value


def _timestamp() -> str:
    """An Instant as XContentBuilder writes it: UTC, milliseconds, ``Z``."""
    now = datetime.now(timezone.utc)
    return f"{now:%Y-%m-%dT%H:%M:%S}.{now.microsecond // 1000:03d}Z"


def _principal(state: ServerState, request: ApiRequest) -> str | None:
    """The authenticated user (Basic auth) as SecurityContext reports it; None without security."""
    scheme, _, credentials = request.headers.get("authorization", "").partition(" ")
    if state.config.basic_auth is None or scheme.lower() != "basic":
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


# -- the in-use check ---------------------------------------------------------------------------


def _denies(policy: JsonObject) -> bool:
    """Whether the policy excludes the one region this server's EIS stand-in serves from."""
    geos = policy.get("allowed_geos")
    if geos is not None and _EIS_REGION["geo"] not in geos:
        return True
    regions = policy.get("allowed_regions")
    wanted = {"csp": _EIS_REGION["csp"], "region": _EIS_REGION["region"]}
    return regions is not None and wanted not in regions


def _refuse_denied_in_use(state: ServerState, policy: JsonObject) -> None:
    """TransportPutRegionPolicyAction.buildDeniedInUseEndpointsException: 409 with metadata."""
    if not _denies(policy):
        return
    in_use: dict[str, tuple[list[str], list[str]]] = {}
    for endpoint in state.store.all():
        if endpoint["service"] != ELASTIC_SERVICE:
            continue
        refs = state.references.get(endpoint["inference_id"])
        if refs is not None and (refs.pipelines or refs.indexes):
            in_use[endpoint["inference_id"]] = (sorted(refs.pipelines), sorted(refs.indexes))
    if not in_use:
        return
    ids = sorted(in_use)
    metadata: JsonObject = {"denied_endpoint_ids": ids}
    for key, position in (("referencing_pipelines", 0), ("referencing_indexes", 1)):
        metadata[key] = sorted(f"{i}:{ref}" for i in ids for ref in in_use[i][position])
    error = status_exception(_IN_USE.format(", ".join(ids)), 409)
    # Metadata lists render as a bare string when they hold one value, and not at all when empty.
    error.extra = {k: v[0] if len(v) == 1 else v for k, v in metadata.items() if v}
    raise error
