"""Handlers for endpoint management (PUT, GET, DELETE, _update) and the cluster info routes.

Each reads the path, query and body, asks the backend, and renders its answer.
"""

from __future__ import annotations

from ...http.errors import JsonObject
from ...http.json_body import json_object
from ...http.records import ApiRequest, ApiResponse
from ..backend.backend import Backend
from ..backend.cluster import BUILD_HASH, CLUSTER_NAME, VERSION, node_id
from .deprecation import ELSER_DEPRECATED, deprecation_warning


def put_endpoint(backend: Backend, request: ApiRequest) -> ApiResponse:
    task_type = backend.task_type(request.path_params.get("task_type"))
    inference_id = request.path_params["inference_id"]
    backend.check_new_id(inference_id)
    config = backend.create_endpoint(inference_id, task_type, json_object(request))
    headers = [deprecation_warning(ELSER_DEPRECATED)] if config["service"] == "elser" else []
    return ApiResponse(body=backend.public_view(config), headers=headers)


def get_endpoints(backend: Backend, request: ApiRequest) -> ApiResponse:
    task_type = backend.task_type(request.path_params.get("task_type"))
    stored = backend.endpoints(request.path_params.get("inference_id"), task_type)
    return ApiResponse(body={"endpoints": [backend.public_view(e) for e in stored]})


def delete_endpoint(backend: Backend, request: ApiRequest) -> ApiResponse:
    inference_id = request.path_params["inference_id"]
    task_type = backend.task_type(request.path_params.get("task_type"))
    answer = backend.delete_endpoint(
        inference_id, task_type, dry_run=request.flag("dry_run"), force=request.flag("force")
    )
    return ApiResponse(body=answer)


def update_endpoint(backend: Backend, request: ApiRequest) -> ApiResponse:
    task_type = backend.task_type(request.path_params.get("task_type"))
    inference_id = request.path_params["inference_id"]
    updated = backend.update_endpoint(inference_id, task_type, json_object(request))
    return ApiResponse(body=backend.public_view(updated))


def cluster_info(backend: Backend, request: ApiRequest) -> ApiResponse:
    """GET / as Elasticsearch 9.x answers it."""
    if request.method == "HEAD":
        return ApiResponse(raw=b"")
    return ApiResponse(
        body={
            "name": f"esinference-{backend.publish_address}",
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


def nodes_info(backend: Backend, request: ApiRequest) -> ApiResponse:
    """GET /_nodes/_all/http: this server and the other nodes it was told about (for sniffing)."""
    addresses = [
        backend.publish_address,
        *(a for a in backend.nodes if a != backend.publish_address),
    ]
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
