"""Handlers for endpoint management (PUT, GET, DELETE, _update) and the cluster info routes."""

from __future__ import annotations

from ..backend import endpoint_config as cfg
from ...http.json_body import json_object
from ..backend.defaults import RESERVED_IDS, reserved_delete
from .deprecation import ELSER_DEPRECATED, deprecation_warning
from ...http.errors import EsError, JsonObject, not_found, status_exception, task_type_mismatch
from ..backend.state import BUILD_HASH, CLUSTER_NAME, VERSION, ServerState, node_id
from ...http.records import ApiRequest, ApiResponse


def url_task_type(state: ServerState, request: ApiRequest) -> str | None:
    """The ``{task_type}`` path part, checked against the catalogue (None when absent)."""
    name = request.path_params.get("task_type")
    return None if name is None else cfg.parse_task_type(state.catalog, name)


def stored_endpoint(state: ServerState, request: ApiRequest, task_type: str | None) -> JsonObject:
    """The endpoint named in the path; 404 if missing, 400 if the path's task type differs."""
    inference_id = request.path_params["inference_id"]
    stored = state.store.get(inference_id)
    if stored is None:
        raise not_found(inference_id)
    if task_type is not None and task_type != stored["task_type"]:
        raise task_type_mismatch(task_type, stored["task_type"])
    return stored


def put_endpoint(state: ServerState, request: ApiRequest) -> ApiResponse:
    task_type = url_task_type(state, request)
    inference_id = request.path_params["inference_id"]
    cfg.check_inference_id(inference_id)
    config = cfg.build_config(state.catalog, inference_id, task_type, json_object(request))
    if not state.store.insert(config):
        # ModelRegistry.storeModel: a 400, not a 409.
        raise EsError(
            400,
            "resource_already_exists_exception",
            f"Inference endpoint [{inference_id}] already exists",
        )
    headers = [deprecation_warning(ELSER_DEPRECATED)] if config["service"] == "elser" else []
    return ApiResponse(body=cfg.public_view(state.catalog, config), headers=headers)


def get_endpoints(state: ServerState, request: ApiRequest) -> ApiResponse:
    task_type = url_task_type(state, request)
    inference_id = request.path_params.get("inference_id")
    if inference_id in (None, "_all", "*", ""):
        stored = [e for e in state.store.all() if task_type in (None, e["task_type"])]
    else:
        stored = [stored_endpoint(state, request, task_type)]
    return ApiResponse(body={"endpoints": [cfg.public_view(state.catalog, e) for e in stored]})


def delete_endpoint(state: ServerState, request: ApiRequest) -> ApiResponse:
    stored = stored_endpoint(state, request, url_task_type(state, request))
    inference_id = stored["inference_id"]
    refs = state.references.get(inference_id)
    pipelines = sorted(refs.pipelines) if refs else []
    indexes = sorted(refs.indexes) if refs else []
    message = _referenced_message(inference_id, pipelines, indexes)
    if request.flag("dry_run"):
        return ApiResponse(
            body={
                "acknowledged": False,
                "pipelines": pipelines,
                "indexes": indexes,
                "error_message": message,
            }
        )
    if inference_id in RESERVED_IDS and not request.flag("force"):
        raise reserved_delete(inference_id)
    if message and not request.flag("force"):
        raise status_exception(message, 409)
    state.store.delete(inference_id)
    state.references.pop(inference_id, None)
    return ApiResponse(body={"acknowledged": True, "pipelines": [], "indexes": []})


def _referenced_message(inference_id: str, pipelines: list[str], indexes: list[str]) -> str:
    """TransportDeleteInferenceEndpointAction's explanation (empty when nothing refers to it)."""
    parts = []
    if pipelines:
        parts.append(
            f"Inference endpoint {inference_id} is referenced by pipelines: "
            f"[{', '.join(pipelines)}]. Ensure that no pipelines are using this inference "
            "endpoint, or use force to ignore this warning and delete the inference endpoint."
        )
    if indexes:
        parts.append(
            f"Inference endpoint {inference_id} is being used in the mapping for indexes: "
            f"[{', '.join(indexes)}]. Ensure that no index mappings are using this inference "
            "endpoint, or use force to ignore this warning and delete the inference endpoint."
        )
    return " ".join(parts)


def update_endpoint(state: ServerState, request: ApiRequest) -> ApiResponse:
    task_type = url_task_type(state, request)
    inference_id = request.path_params["inference_id"]
    body = json_object(request)
    stored = state.store.get(inference_id)
    if stored is None:
        raise cfg.update_not_found(inference_id)
    updated = cfg.apply_update(state.catalog, stored, task_type, body)
    state.store.replace(updated)
    return ApiResponse(body=cfg.public_view(state.catalog, updated))


def cluster_info(state: ServerState, request: ApiRequest) -> ApiResponse:
    """GET / as Elasticsearch 9.x answers it."""
    if request.method == "HEAD":
        return ApiResponse(raw=b"")
    return ApiResponse(
        body={
            "name": f"esinference-{state.publish_address}",
            "cluster_name": CLUSTER_NAME,
            "cluster_uuid": node_id("cluster:" + CLUSTER_NAME),
            "version": {
                "number": VERSION,
                "build_flavor": "default",
                "build_type": "tar",
                "build_hash": BUILD_HASH,
                "build_date": "2026-02-03T00:00:00.000000000Z",
                "build_snapshot": False,
                "lucene_version": "10.3.2",
                "minimum_wire_compatibility_version": "8.19.0",
                "minimum_index_compatibility_version": "8.0.0",
            },
            "tagline": "You Know, for Search",
        }
    )


def nodes_info(state: ServerState, request: ApiRequest) -> ApiResponse:
    """GET /_nodes/_all/http: this server and the other nodes it was told about (for sniffing)."""
    addresses = [state.publish_address, *(a for a in state.nodes if a != state.publish_address)]
    nodes: JsonObject = {}
    for address in addresses:
        host = address.rsplit(":", 1)[0]
        nodes[node_id(address)] = {
            "name": f"esinference-{address}",
            "transport_address": address,
            "host": host,
            "ip": host,
            "version": VERSION,
            "roles": ["data", "ingest", "master", "ml"],
            "attributes": {},
            "http": {
                "bound_address": [address],
                "publish_address": address,
                "max_content_length_in_bytes": 104857600,
            },
        }
    total = len(nodes)
    return ApiResponse(
        body={
            "_nodes": {"total": total, "successful": total, "failed": 0},
            "cluster_name": CLUSTER_NAME,
            "nodes": nodes,
        }
    )
