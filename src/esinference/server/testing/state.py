"""Everything one running server holds: its configuration, the backend and the test knobs."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field

from ..http.config import ServerConfig
from ..inference.backend.backend import Backend
from ..inference.backend.store import EndpointStore
from .faults import FaultPlan
from .request_log import RequestLog


@dataclass
class ServerState:
    """Shared by all request threads; every mutable part guards itself or is replaced whole."""

    config: ServerConfig
    backend: Backend
    faults: FaultPlan = field(default_factory=FaultPlan)
    requests: RequestLog = field(default_factory=RequestLog)
    latency_ms: float = 0.0
    stopping: threading.Event = field(default_factory=threading.Event)
    bugs: int = 0  # unexpected exceptions, each printed to stderr (the fuzz suite wants 0)

    @property
    def store(self) -> EndpointStore:
        return self.backend.store

    def reset(self) -> None:
        """Forget endpoints (but defaults), faults, requests and references; restore the knobs."""
        self.backend.reset()
        self.faults.clear()
        self.requests.clear()
        self.latency_ms = self.config.latency_ms
