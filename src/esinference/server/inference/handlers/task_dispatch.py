"""Which parser a POST inference body gets, as 9.5's TransportInferenceActionProxy decides.

The proxy routes by the URL's task type, or by the stored endpoint's when the URL names none:
``embedding`` endpoints get EmbeddingRequest, rerank bodies with objects get RerankRequest.
Everything else (returned as None) stays on the InferenceAction path in _inference_handlers.
"""

from __future__ import annotations

from . import embedding as _embedding
from . import rerank_objects as _rerank_objects
from .crud import stored_endpoint, url_task_type
from ..backend.state import ServerState
from ...http.records import ApiRequest, ApiResponse


def dispatch(state: ServerState, request: ApiRequest) -> ApiResponse | None:
    """The answer for embedding and object-rerank requests; None for every other request."""
    requested = request.path_params.get("task_type")
    if requested is None:
        stored = state.store.get(request.path_params["inference_id"])
        if stored is None:
            return None  # the InferenceAction path answers 404 in its own order
        task_type = stored["task_type"]
    else:
        task_type = requested
    if task_type == "embedding":
        url_task_type(state, request)
        embedding = _embedding.parse(request)
        stored = stored_endpoint(state, request, None)
        _embedding.check_task_type(stored)
        _embedding.check_inputs(stored, embedding)
        return _embedding.respond(stored, embedding)
    if task_type == "rerank" and _rerank_objects.has_objects(request):
        url_task_type(state, request)
        rerank = _rerank_objects.parse(request)
        stored = stored_endpoint(state, request, None)
        _rerank_objects.check_endpoint(stored, rerank)
        return _rerank_objects.respond(stored, rerank)
    return None
