"""The server's start-up options: the CLI flags and LocalServer's keyword arguments."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class ServerConfig:
    """Start-up options; the HTTP layer reads the address, limits and credentials."""

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
