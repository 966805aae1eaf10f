"""The route table: which handler answers which method and path, with which query parameters."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import unquote

from .handlers import crud
from .handlers import infer as inference
from .handlers import region_policy
from ..http.errors import EsError, illegal_argument
from .backend.state import ServerState
from ..http.records import ApiRequest, ApiResponse

Handler = Callable[[ServerState, ApiRequest], ApiResponse]

# RestRequest.Method: the methods Elasticsearch's REST layer knows.
ES_METHODS = frozenset(
    {"GET", "POST", "PUT", "DELETE", "HEAD", "OPTIONS", "PATCH", "TRACE", "CONNECT"}
)
COMMON_PARAMS = frozenset({"error_trace", "filter_path", "human", "pretty"})
_TIME_VALUE = re.compile(r"^(-1|0|\d+(\.\d+)?(nanos|micros|ms|s|m|h|d))$")


@dataclass(frozen=True)
class Route:
    method: str
    pattern: tuple[str, ...]  # literal segments, or "{name}" placeholders
    handler: Handler
    params: frozenset[str] = frozenset()
    streaming: bool = False

    def bind(self, segments: list[str]) -> dict[str, str] | None:
        if len(segments) != len(self.pattern):
            return None
        bound = {}
        for part, segment in zip(self.pattern, segments, strict=True):
            if part.startswith("{"):
                bound[part[1:-1]] = segment
            elif part != segment:
                return None
        return bound

    @property
    def specificity(self) -> tuple[bool, ...]:
        """Literal segments win over placeholders, as in Elasticsearch's path trie."""
        return tuple(not p.startswith("{") for p in self.pattern)


def _routes() -> list[Route]:
    timeout = frozenset({"timeout"})
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
        Route("POST", one, inference.infer, timeout),
        Route("POST", typed, inference.infer, timeout),
        Route("POST", (*one, "_stream"), inference.stream_completion, timeout, True),
        Route("POST", (*typed, "_stream"), inference.stream_completion, timeout, True),
        Route(
            "POST",
            (inf, "chat_completion", "{inference_id}", "_stream"),
            inference.chat_completion,
            timeout,
            True,
        ),
        Route("POST", (*one, "_unified"), inference.chat_completion, timeout, True),
        Route("POST", (*typed, "_unified"), inference.chat_completion, timeout, True),
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


def split_path(path: str) -> list[str]:
    """Path segments, each percent-decoded after splitting (so %2F stays inside an id)."""
    return [unquote(s) for s in path.strip("/").split("/")] if path.strip("/") else []


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


def is_streaming(method: str, path: str) -> bool:
    try:
        return find_route(method, path)[0].streaming
    except EsError:
        return False


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
