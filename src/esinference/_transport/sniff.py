"""Node discovery ("sniffing") through ``GET /_nodes/_all/http``: when, and what it answered.

Pure and shared: ``SniffSchedule`` decides when a sniff is due (on start, before requests
every ``min_delay_between_sniffing`` seconds, soon after a node failed: elasticsearch-py's
three triggers) and makes sure only one runs at a time;
``parse_sniffed_nodes`` turns the answer into ``NodeConfig`` records. The transports do the
request and then ``NodePool.replace(...)``.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable

from .logs import logger
from .nodes import NodeConfig
from .records import HttpRequest, HttpResponse, RequestOverrides
from .settings import SniffedNodeCallback, TransportSettings

__all__ = [
    "SniffSchedule",
    "parse_sniffed_nodes",
    "sniff_request",
    "sniffed_nodes_or_none",
]


def sniff_request(settings: TransportSettings) -> HttpRequest:
    return HttpRequest(
        "GET",
        "/_nodes/_all/http",
        {"Accept": "application/json"},
        endpoint="nodes.info",
        overrides=RequestOverrides(request_timeout=settings.sniff_timeout),
    )


class SniffSchedule:
    """When the next sniff is due; ``try_start`` lets exactly one caller run it."""

    def __init__(
        self, settings: TransportSettings, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self._settings = settings
        self._clock = clock
        self._lock = threading.Lock()
        self._running = False
        self._last_started: float | None = None
        self._due: float | None = (
            clock() if settings.sniff_on_start or settings.sniff_before_requests else None
        )

    @property
    def enabled(self) -> bool:
        return self._settings.sniffs

    def _earliest(self) -> float:
        """Now, or later if the last sniff started less than the minimum delay ago."""
        now = self._clock()
        if self._last_started is None:
            return now
        return max(now, self._last_started + self._settings.min_delay_between_sniffing)

    def node_failed(self) -> None:
        """A node failed: with ``sniff_on_node_failure``, sniff as soon as allowed."""
        if not self._settings.sniff_on_node_failure:
            return
        with self._lock:
            earliest = self._earliest()
            self._due = earliest if self._due is None else min(self._due, earliest)

    def try_start(self) -> bool:
        """True if a sniff is due and nobody else runs one; the caller must call ``finished``."""
        with self._lock:
            if self._running or self._due is None or self._clock() < self._due:
                return False
            self._running = True
            self._last_started = self._clock()
            return True

    def finished(self) -> None:
        with self._lock:
            self._running = False
            self._due = self._earliest() if self._settings.sniff_before_requests else None


def parse_sniffed_nodes(
    body: bytes, seed: NodeConfig, callback: SniffedNodeCallback | None = None
) -> list[NodeConfig]:
    """Nodes with an HTTP ``publish_address`` in a ``_nodes/http`` answer.

    Discovered nodes take the scheme and path prefix of ``seed`` (the answer has neither).
    ``publish_address`` is ``"ip:port"`` or ``"hostname/ip:port"``; the host name is
    preferred so that TLS certificates issued for names still verify. Raises ValueError on
    an answer of the wrong shape. ``callback`` (elasticsearch-py's ``sniffed_node_callback``)
    sees each node's entry and the node we would use, and returns the node to use or None.
    """
    try:
        answer = json.loads(body)
        entries = answer["nodes"].values()
    except (ValueError, KeyError, AttributeError, TypeError) as exc:
        raise ValueError("not a _nodes/http answer") from exc
    nodes: list[NodeConfig] = []
    for entry in entries:
        address = entry.get("http", {}).get("publish_address") if isinstance(entry, dict) else None
        if not isinstance(address, str):
            continue
        node: NodeConfig | None = _node_from_address(address, seed)
        if callback is not None and node is not None:
            node = callback(entry, node)
        if node is not None:
            nodes.append(node)
    return nodes


def _node_from_address(address: str, seed: NodeConfig) -> NodeConfig:
    name, _, ip_and_port = address.rpartition("/")
    host_part, sep, port = ip_and_port.rpartition(":")
    if not sep or not port.isdigit():
        raise ValueError(f"bad publish_address {address!r}")
    host = name or host_part.strip("[]")
    return NodeConfig(seed.scheme, host, int(port), seed.path_prefix)


def sniffed_nodes_or_none(
    asked: NodeConfig,
    response: HttpResponse,
    seed: NodeConfig,
    callback: SniffedNodeCallback | None = None,
) -> list[NodeConfig] | None:
    """The nodes a sniff answer lists, or None (logged) when it cannot be used."""
    if response.status != 200:
        logger.warning("Sniffing %s answered status %d", asked.base_url, response.status)
        return None
    try:
        nodes = parse_sniffed_nodes(response.body, seed, callback)
    except ValueError as exc:
        logger.warning("Sniffing %s: unusable answer (%s)", asked.base_url, exc)
        return None
    if not nodes:
        logger.warning("Sniffing %s: no node has HTTP enabled; keeping the nodes", asked.base_url)
        return None
    logger.info("Sniffed nodes: %s", ", ".join(n.base_url for n in nodes))
    return nodes
