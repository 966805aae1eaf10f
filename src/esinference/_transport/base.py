"""What both transports set up the same way: nodes, TLS, retry policy, node pool, sniffing.

``Urllib3Transport`` and ``AsyncioTransport`` are built from the same ``TransportSettings``;
each adds its own connection state in ``_setup`` and its own default for
``connections_per_node``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from . import processes
from .node_pool import NodePool
from .nodes import NodeConfig
from .records import HttpRequest
from .settings import TransportSettings
from .sniff import SniffSchedule
from .tls import build_ssl_context, normalized_fingerprint, warn_if_insecure

_DEFAULTS = TransportSettings()


class TransportBase:
    """Checks and stores the settings shared by both transports."""

    default_connections_per_node: ClassVar[int] = 10

    def __init__(
        self,
        nodes: Sequence[NodeConfig] | NodeConfig,
        settings: TransportSettings = _DEFAULTS,
    ) -> None:
        node_list = [nodes] if isinstance(nodes, NodeConfig) else list(nodes)
        self._settings = settings
        self._retry = settings.retry_policy()
        if settings.ssl_assert_fingerprint:
            normalized_fingerprint(settings.ssl_assert_fingerprint)  # fail now, not at connect
        self._node_pool = NodePool(
            node_list,
            dead_timeout=settings.dead_node_backoff_factor,
            max_dead_timeout=settings.max_dead_node_backoff,
            randomize=settings.randomize_nodes_in_pool,
        )
        self._connections_per_node = (
            settings.connections_per_node or self.default_connections_per_node
        )
        self._request_timeout = settings.request_timeout
        self._http_compress = settings.http_compress
        self._redactor = settings.redactor
        self._closed = False
        uses_tls = any(n.scheme == "https" for n in node_list)
        self._ssl_context = build_ssl_context(settings) if uses_tls else None
        warn_if_insecure(settings, uses_tls)
        self._sniff_schedule = SniffSchedule(settings)
        self._seed = node_list[0]
        self._setup()
        processes.track(self)

    def _setup(self) -> None:
        """The transport's own connection state; runs at the end of ``__init__``."""

    def _after_fork_in_child(self) -> None:
        """In a forked child: fresh locks; each transport also drops its inherited connections."""
        processes.renew_locks(self, self._node_pool, self._sniff_schedule)

    def _timeout_for(self, request: HttpRequest) -> float:
        """Seconds for one attempt at ``request``: its own (``options()``), else the transport's."""
        overrides = request.overrides
        if overrides is None or overrides.request_timeout is None:
            return self._request_timeout
        return overrides.request_timeout

    def _size_limit_for(self, request: HttpRequest) -> int | None:
        """The largest answer to ``request``, in bytes: its own, else the transport's."""
        overrides = request.overrides
        if overrides is None or overrides.max_response_size is None:
            return self._settings.max_response_size
        return overrides.max_response_size

    @property
    def settings(self) -> TransportSettings:
        return self._settings

    @property
    def node_pool(self) -> NodePool:
        return self._node_pool
