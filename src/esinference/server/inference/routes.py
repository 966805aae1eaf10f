"""The route table: which handler answers which method and path, with which query parameters."""

from __future__ import annotations

import re

from ..http.errors import EsError, illegal_argument
from ..http.records import ApiRequest, split_path
from .handlers import crud, infer, region_policy
from .match import Handler, Route, RouteMatch

# RestRequest.Method: the methods Elasticsearch's REST layer knows.
ES_METHODS = frozenset(
    {"GET", "POST", "PUT", "DELETE", "HEAD", "OPTIONS", "PATCH", "TRACE", "CONNECT"}
)
COMMON_PARAMS = frozenset({"error_trace", "filter_path", "human", "pretty"})
_TIMEOUT = frozenset({"timeout"})
_TIME_VALUE = re.compile(r"^(-1|0|\d+(\.\d+)?(nanos|micros|ms|s|m|h|d))$")


def _call(
    pattern: tuple[str, ...], handler: Handler, *, streaming: bool = False, unified: bool = False
) -> Route:
    """An inference call: POST, bounded by ``timeout``; a unified (chat) call always streams."""
    streaming = streaming or unified
    return Route("POST", pattern, handler, _TIMEOUT, streaming, unified, timed=True)


def _routes() -> list[Route]:
    timeout = _TIMEOUT
    delete = frozenset({"dry_run", "force"})
    inf = "_inference"
    one = (inf, "{inference_id}")
    typed = (inf, "{task_type}", "{inference_id}")
    table = [
        Route("GET", (), crud.cluster_info),
        Route("HEAD", (), crud.cluster_info),
        Route("GET", ("_nodes",), crud.nodes_info),
        Route("GET", ("_nodes", "{filter}"), crud.nodes_info),
        Route("GET", ("_nodes", "{nodes}", "{metrics}"), crud.nodes_info),
        Route("GET", (inf,), crud.get_endpoints),
        Route("GET", one, crud.get_endpoints),
        Route("GET", typed, crud.get_endpoints),
        Route("PUT", one, crud.put_endpoint, timeout),
        Route("PUT", typed, crud.put_endpoint, timeout),
        Route("DELETE", one, crud.delete_endpoint, delete),
        Route("DELETE", typed, crud.delete_endpoint, delete),
        _call(one, infer.infer),
        _call(typed, infer.infer),
        _call((*one, "_stream"), infer.stream_completion, streaming=True),
        _call((*typed, "_stream"), infer.stream_completion, streaming=True),
        _call(
            (inf, "chat_completion", "{inference_id}", "_stream"),
            infer.chat_completion,
            unified=True,
        ),
        _call((*one, "_unified"), infer.chat_completion, unified=True),
        _call((*typed, "_unified"), infer.chat_completion, unified=True),
    ]
    # A literal segment, so it wins over /_inference/{inference_id} (9.5).
    policy = (inf, "_region_policy")
    table += [
        Route("GET", policy, region_policy.get_region_policy),
        Route("PUT", policy, region_policy.put_region_policy, frozenset({"force"})),
        Route("DELETE", policy, region_policy.delete_region_policy),
    ]
    for method in ("PUT", "POST"):
        # 9.3 has no timeout on _update; newer clients send it, so it is accepted.
        table.append(Route(method, (*one, "_update"), crud.update_endpoint, timeout))
        table.append(Route(method, (*typed, "_update"), crud.update_endpoint, timeout))
    table.sort(key=lambda r: r.specificity, reverse=True)
    return table


ROUTES = _routes()


def find_route(method: str, path: str) -> tuple[Route, dict[str, str]]:
    """The route for a request, or the REST layer's 400 / 405 answer."""
    segments = split_path(path)
    allowed = []
    for route in ROUTES:
        bound = route.bind(segments)
        if bound is None:
            continue
        if route.method == method:
            return route, bound
        allowed.append(route.method)
    if allowed:
        raise EsError(
            405,
            "",
            f"Incorrect HTTP method for uri [{path}] and method [{method}], allowed: "
            f"[{', '.join(sorted(set(allowed)))}]",
            headers=(("Allow", ",".join(sorted(set(allowed)))),),
            plain=True,
        )
    raise EsError(400, "", f"no handler found for uri [{path}] and method [{method}]", plain=True)


def resolve(method: str, path: str) -> RouteMatch:
    """The one lookup of a request's route; a miss keeps the REST layer's 400 / 405 answer."""
    try:
        route, path_params = find_route(method, path)
    except EsError as miss:
        return RouteMatch(None, miss=miss)
    return RouteMatch(route, path_params)


def check_query(route: Route, request: ApiRequest) -> None:
    """Unknown parameters and malformed values are rejected before the handler runs."""
    unknown = sorted(set(request.query) - COMMON_PARAMS - route.params)
    if unknown:
        listed = ", ".join(f"[{name}]" for name in unknown)
        plural = "parameters" if len(unknown) > 1 else "parameter"
        raise illegal_argument(f"request [{request.path}] contains unrecognized {plural}: {listed}")
    timeout = request.query.get("timeout")
    if timeout is not None and not _TIME_VALUE.match(timeout):
        raise EsError(
            400,
            "parse_exception",
            f"failed to parse setting [timeout] with value [{timeout}] as a time value: "
            "unit is missing or unrecognized",
        )
    for flag in ("error_trace", "human", "pretty", "dry_run", "force"):
        request.flag(flag)


def allowed_methods(path: str) -> list[str]:
    """The methods some route serves at ``path``, sorted (empty when no route matches)."""
    segments = split_path(path)
    return sorted({route.method for route in ROUTES if route.bind(segments) is not None})
