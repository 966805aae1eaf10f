"""The endpoints Elasticsearch 9 creates itself, and how it protects them.

A 9.x cluster without the Elastic Inference Service lists three preconfigured endpoints of the
``elasticsearch`` service (ElasticsearchInternalService's default configurations); the ``.elastic``
ones (``.elser-2-elastic``, ``.rainbow-sprinkles-elastic``, ...) exist only with EIS and are left
out. Their ids are reserved: PUT refuses them (``[id] is a reserved inference ID. ...``), DELETE
needs ``force=true`` (TransportDeleteInferenceEndpointAction and its tests:
``[id] is a reserved inference endpoint. Use the force=true query parameter to delete the
inference endpoint.``). A forced delete lasts until the server is reset or restarted.
"""

from __future__ import annotations

import copy

from ...http.errors import EsError, JsonObject, status_exception
from .chunking import DEFAULT as _CHUNKING
from .store import EndpointStore

_ADAPTIVE = {"enabled": True, "min_number_of_allocations": 0, "max_number_of_allocations": 32}

DEFAULT_ENDPOINTS: tuple[JsonObject, ...] = (
    {
        "inference_id": ".elser-2-elasticsearch",
        "task_type": "sparse_embedding",
        "service": "elasticsearch",
        "service_settings": {
            "num_threads": 1,
            "model_id": ".elser_model_2",
            "adaptive_allocations": _ADAPTIVE,
        },
        "task_settings": {},
        "chunking_settings": _CHUNKING,
    },
    {
        "inference_id": ".multilingual-e5-small-elasticsearch",
        "task_type": "text_embedding",
        "service": "elasticsearch",
        "service_settings": {
            "num_threads": 1,
            "model_id": ".multilingual-e5-small",
            "adaptive_allocations": _ADAPTIVE,
            "dimensions": 384,
            "similarity": "cosine",
        },
        "task_settings": {},
        "chunking_settings": _CHUNKING,
    },
    {
        "inference_id": ".rerank-v1-elasticsearch",
        "task_type": "rerank",
        "service": "elasticsearch",
        "service_settings": {
            "num_threads": 1,
            "model_id": ".rerank-v1",
            "adaptive_allocations": _ADAPTIVE,
        },
        "task_settings": {"return_documents": True},
    },
)
RESERVED_IDS = frozenset(str(e["inference_id"]) for e in DEFAULT_ENDPOINTS)


def seed(store: EndpointStore) -> None:
    """Create the default endpoints that are missing (a running cluster always has them)."""
    for endpoint in DEFAULT_ENDPOINTS:
        store.insert(copy.deepcopy(endpoint))


def reserved_delete(inference_id: str) -> EsError:
    return status_exception(
        f"[{inference_id}] is a reserved inference endpoint. "
        "Use the force=true query parameter to delete the inference endpoint."
    )
