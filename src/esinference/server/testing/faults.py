"""Injected faults: rules that break the next N matching requests in a chosen way."""

from __future__ import annotations

import re
import threading
from dataclasses import asdict, dataclass, fields

from ..http.errors import JsonObject

# What a fault does to a matching request:
#   status          answer ``status`` (default 503) with an ES error body and optional Retry-After
#   drop            close the connection without answering
#   reset           reset the connection (TCP RST) before the request body is read
#   stall           wait ``seconds`` and then answer normally
#   truncate        send the real answer's headers, half its body, then close
#   malformed_json  answer 200 with a body that is not valid JSON
#   html_502        answer 502 with a proxy's HTML page (no X-Elastic-Product header)
#   stream_error    streamed answers only: ``after_events`` events, then an ``event: error``
#   stream_drop     streamed answers only: ``after_events`` events, then close the connection
ACTIONS = frozenset(
    {
        "status",
        "drop",
        "reset",
        "stall",
        "truncate",
        "malformed_json",
        "html_502",
        "stream_error",
        "stream_drop",
    }
)
STREAM_ACTIONS = frozenset({"stream_error", "stream_drop"})


@dataclass
class Fault:
    """One fault rule; it applies to the next ``count`` matching requests."""

    action: str
    count: int = 1
    path: str | None = None  # regular expression searched in the request path
    method: str | None = None
    status: int = 503
    retry_after: str | None = None
    seconds: float = 0.0  # for "stall"
    after_events: int = 1  # for stream_* actions
    # Run the request (store the endpoint, ...) before applying a status/drop fault, to
    # simulate "processed, but the answer was lost".
    process: bool = False

    def __post_init__(self) -> None:
        if self.action not in ACTIONS:
            raise ValueError(f"unknown fault action {self.action!r}; one of {sorted(ACTIONS)}")
        if self.count < 1:
            raise ValueError("count must be at least 1")
        if self.path is not None:
            re.compile(self.path)

    @classmethod
    def from_json(cls, data: JsonObject) -> Fault:
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ValueError(f"unknown fault fields {unknown}")
        return cls(**data)

    def matches(self, method: str, path: str, streaming: bool) -> bool:
        if self.action in STREAM_ACTIONS and not streaming:
            return False
        if self.method is not None and self.method.upper() != method:
            return False
        return self.path is None or re.search(self.path, path) is not None


class FaultPlan:
    """Pending faults; each request consumes at most one (the first that matches)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._faults: list[Fault] = []

    def add(self, fault: Fault) -> None:
        with self._lock:
            self._faults.append(fault)

    def clear(self) -> None:
        with self._lock:
            self._faults.clear()

    def pending(self) -> list[Fault]:
        with self._lock:
            return [Fault(**asdict(f)) for f in self._faults]

    def take(self, method: str, path: str, streaming: bool) -> Fault | None:
        with self._lock:
            for fault in self._faults:
                if fault.matches(method, path, streaming):
                    fault.count -= 1
                    if fault.count == 0:
                        self._faults.remove(fault)
                    return Fault(**{**asdict(fault), "count": 1})
        return None
