"""The inference region policy document (9.5) and the rule that guards replacing it.

TransportPutRegionPolicyAction keeps ``created_*`` and sets ``updated_*`` on replacement, and
answers 409 listing the in-use endpoints a policy would deny unless ``force``;
TransportGet/DeleteRegionPolicyAction answer 404 ``No region policy is configured for this
deployment``. Only ``elastic`` (Elastic Inference Service) endpoints are subject to the policy.
This server's stand-in for EIS serves every model from one region, ``_EIS_REGION``; a policy
that allows neither its geo nor its csp/region denies every ``elastic`` endpoint.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ...http.errors import EsError, JsonObject, status_exception
from .catalog import ELASTIC_SERVICE
from .cluster import References
from .store import EndpointStore

DOCUMENT = "region_policy_elastic"  # RegionPolicyDoc.DOCUMENT_ID
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


def get(store: EndpointStore) -> JsonObject:
    """The stored document, or 404."""
    doc = store.get_document(DOCUMENT)
    if doc is None:
        raise _not_configured()
    return doc


def delete(store: EndpointStore) -> None:
    if not store.delete_document(DOCUMENT):
        raise _not_configured()


def put(store: EndpointStore, policy: JsonObject, user: str | None, now: str) -> JsonObject:
    """Create or replace the document; the creation fields survive a replacement."""
    existing = store.get_document(DOCUMENT)
    doc: JsonObject = {"region_policy": policy}
    if existing is None:
        doc["created_at"] = now
        _put_if(doc, "created_by", user)
    else:
        doc["created_at"] = existing["created_at"]
        _put_if(doc, "created_by", existing.get("created_by"))
        doc["updated_at"] = now
        _put_if(doc, "updated_by", user)
    store.put_document(DOCUMENT, doc)
    return doc


def _put_if(doc: JsonObject, key: str, value: Any) -> None:
    if value is not None:
        doc[key] = value


def _denies(policy: JsonObject) -> bool:
    """Whether the policy excludes the one region this server's EIS stand-in serves from."""
    geos = policy.get("allowed_geos")
    if geos is not None and _EIS_REGION["geo"] not in geos:
        return True
    regions = policy.get("allowed_regions")
    wanted = {"csp": _EIS_REGION["csp"], "region": _EIS_REGION["region"]}
    return regions is not None and wanted not in regions


def refuse_denied_in_use(
    store: EndpointStore, references: Mapping[str, References], policy: JsonObject
) -> None:
    """TransportPutRegionPolicyAction.buildDeniedInUseEndpointsException: 409 with metadata."""
    if not _denies(policy):
        return
    in_use: dict[str, tuple[list[str], list[str]]] = {}
    for endpoint in store.all():
        if endpoint["service"] != ELASTIC_SERVICE:
            continue
        refs = references.get(endpoint["inference_id"])
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
