"""Which parser a POST inference body gets, as 9.5's TransportInferenceActionProxy decides.

The proxy routes by the URL's task type, or by the stored endpoint's when the URL names none:
``embedding`` endpoints get EmbeddingRequest, rerank bodies with objects get RerankRequest.
Everything else (returned as None) stays on the InferenceAction path in ``infer``.
"""

from __future__ import annotations

from ...http.records import ApiRequest, ApiResponse
from ..backend.backend import Backend
from . import embedding, rerank_objects


def dispatch(backend: Backend, request: ApiRequest) -> ApiResponse | None:
    """The answer for embedding and object-rerank requests; None for every other request."""
    requested = request.path_params.get("task_type")
    if requested is None:
        stored = backend.store.get(request.path_params["inference_id"])
        if stored is None:
            return None  # the InferenceAction path answers 404 in its own order
        task_type = stored["task_type"]
    else:
        task_type = requested
    if task_type == "embedding":
        backend.task_type(requested)
        parsed = embedding.parse(request)
        inference_id = request.path_params["inference_id"]
        stored = backend.embedding_endpoint(inference_id, parsed.non_text_types())
        return embedding.respond(stored, parsed)
    if task_type == "rerank" and rerank_objects.has_objects(request):
        backend.task_type(requested)
        rerank = rerank_objects.parse(request)
        inference_id = request.path_params["inference_id"]
        stored = backend.rerank_endpoint(inference_id, rerank.non_text_types())
        return rerank_objects.respond(stored, rerank)
    return None
