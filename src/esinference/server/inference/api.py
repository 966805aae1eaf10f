"""The Elasticsearch REST layer over the route table: one request in, one answer out.

``resolve`` looks the route up once; ``dispatch`` authenticates, answers OPTIONS and unknown
methods, checks the query and media type, runs the handler, and turns every failure into an
Elasticsearch-shaped answer.
"""

from __future__ import annotations

import sys
import traceback
from dataclasses import replace

from ..http.auth import check_auth
from ..http.errors import EsError
from ..http.negotiation import check_content_type
from ..http.records import ApiRequest, ApiResponse, error_response
from ..http.server import Health
from . import routes
from .backend.backend import Backend
from .match import RouteMatch


class InferenceApi:
    """The inference API of one server: its backend and the route table."""

    def __init__(self, backend: Backend, health: Health) -> None:
        self.backend = backend
        self.health = health

    def resolve(self, request: ApiRequest) -> RouteMatch:
        return routes.resolve(request.method, request.path)

    def dispatch(self, request: ApiRequest, match: RouteMatch) -> ApiResponse:
        """Run one API request; every failure becomes an Elasticsearch-shaped answer."""
        error_trace = request.query.get("error_trace") in ("", "true")
        try:
            check_auth(self.backend.config, request)
            if request.method not in routes.ES_METHODS or request.method == "OPTIONS":
                return _method_answer(request)
            route = match.found()
            request = replace(request, path_params=match.path_params)
            routes.check_query(route, request)
            check_content_type(request)
            return route.handler(self.backend, request)
        except EsError as error:
            return error_response(error, error_trace=error_trace)
        except Exception as exc:  # a bug in the server: answer like ES does for unexpected errors
            if not self.health.stopping.is_set():  # while stopping, the store may be closed
                self.health.bugs += 1
                traceback.print_exc(file=sys.stderr)
            return error_response(EsError(500, "exception", repr(exc)), error_trace=error_trace)


def _method_answer(request: ApiRequest) -> ApiResponse:
    """OPTIONS lists a path's methods; a method ES does not know is a 405 (RestController)."""
    allowed = routes.allowed_methods(request.path)
    headers = [("Allow", ",".join(allowed))] if allowed else []
    if request.method == "OPTIONS":
        return ApiResponse(raw=b"", content_type="text/plain; charset=UTF-8", headers=headers)
    reason = f"Unexpected http method: {request.method}"
    if allowed:
        reason += f", allowed: [{', '.join(allowed)}]"
    error = EsError(405, "", reason, plain=True, headers=tuple(headers))
    return error_response(error)
