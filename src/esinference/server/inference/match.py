"""Routes and the match a request resolves to, once, before anything else looks at it."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from ..http.errors import EsError
from ..http.records import ApiRequest, ApiResponse
from .backend.backend import Backend

Handler = Callable[[Backend, ApiRequest], ApiResponse]


@dataclass(frozen=True)
class Route:
    """One method and path pattern, its handler and what the route's answers are like."""

    method: str
    pattern: tuple[str, ...]  # literal segments, or "{name}" placeholders
    handler: Handler
    params: frozenset[str] = frozenset()
    streaming: bool = False  # answers with server-sent events
    unified: bool = False  # a chat_completion stream: errors in the unified format
    timed: bool = False  # an inference call, bounded by its ``timeout`` parameter

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


@dataclass(frozen=True)
class RouteMatch:
    """The route serving a request and its path parameters, or why none does (``miss``).

    A miss is answered only after authentication, as Elasticsearch does; until then the
    request is treated as an ordinary, non-streaming one.
    """

    route: Route | None
    path_params: Mapping[str, str] = field(default_factory=dict)
    miss: EsError | None = None

    def found(self) -> Route:
        """The route; raises the miss (the REST layer's 400 or 405) when there is none."""
        if self.route is None:
            assert self.miss is not None
            raise self.miss
        return self.route

    @property
    def streaming(self) -> bool:
        return self.route is not None and self.route.streaming

    @property
    def unified(self) -> bool:
        return self.route is not None and self.route.unified

    @property
    def timed(self) -> bool:
        return self.route is not None and self.route.timed
