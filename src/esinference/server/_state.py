"""Everything one running server holds: configuration, endpoints and the test knobs."""

from __future__ import annotations

import base64
import hashlib
import threading
from dataclasses import dataclass, field
from pathlib import Path

from .._gen import __es_specification_commit__
from .._version import __es_version__
from ._catalog import Catalog
from ._defaults import seed
from ._faults import FaultPlan, RequestLog
from ._store import EndpointStore

# GET / and Warning headers: the API version served, and the spec commit as a stable build hash.
VERSION, BUILD_HASH = __es_version__, __es_specification_commit__
CLUSTER_NAME = "esinference-local"


@dataclass(frozen=True)
class ServerConfig:
    """Start-up options (the CLI flags and LocalServer's keyword arguments)."""

    host: str = "127.0.0.1"
    port: int = 0
    data_dir: str | Path | None = None
    api_key: str | None = None  # "id:key" or its base64 encoding
    basic_auth: tuple[str, str] | None = None
    latency_ms: float = 0.0
    nodes: tuple[str, ...] = ()  # other "host:port" nodes listed by GET /_nodes
    verbose: bool = False
    # http.max_content_length (100mb in Elasticsearch): larger bodies get 413.
    max_content_length: int = 100 * 1024 * 1024
    idle_timeout: float = 60.0  # seconds a kept-alive connection may wait for its next request
    read_timeout: float = 30.0  # seconds a client has to send one request's head and body
    max_connections: int = 256  # one thread each; the oldest idle one makes room when full
    # The preconfigured endpoints Elasticsearch 9 creates (opt-in: most tests want no endpoints).
    default_endpoints: bool = False


@dataclass(frozen=True)
class References:
    """Pipelines and indexes said to use an endpoint (makes DELETE answer 409 without force)."""

    pipelines: tuple[str, ...] = ()
    indexes: tuple[str, ...] = ()


def node_id(address: str) -> str:
    """A stable 22-character node id for a publish address, like ES's base64 UUIDs."""
    digest = hashlib.sha256(address.encode()).digest()
    return base64.urlsafe_b64encode(digest).decode()[:22]


@dataclass
class ServerState:
    """Shared by all request threads; every mutable part guards itself or is replaced whole."""

    config: ServerConfig
    catalog: Catalog
    store: EndpointStore
    faults: FaultPlan = field(default_factory=FaultPlan)
    requests: RequestLog = field(default_factory=RequestLog)
    latency_ms: float = 0.0
    publish_address: str = ""
    nodes: tuple[str, ...] = ()
    references: dict[str, References] = field(default_factory=dict)
    stopping: threading.Event = field(default_factory=threading.Event)
    bugs: int = 0  # unexpected exceptions, each printed to stderr (the fuzz suite wants 0)

    @property
    def encoded_api_key(self) -> str | None:
        key = self.config.api_key
        if key is None or ":" not in key:
            return key
        return base64.b64encode(key.encode()).decode()

    def reset(self) -> None:
        """Forget endpoints (but defaults), faults, requests and references; restore the knobs."""
        self.store.clear()
        if self.config.default_endpoints:
            seed(self.store)
        self.faults.clear()
        self.requests.clear()
        self.references.clear()
        self.latency_ms = self.config.latency_ms
        self.nodes = self.config.nodes
