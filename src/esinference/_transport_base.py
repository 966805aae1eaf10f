"""What both transports set up the same way: nodes, TLS, retry policy, node pool, sniffing.

``Urllib3Transport`` and ``AsyncioTransport`` take the same keyword arguments; each adds its
own connection state in ``_setup`` and its own default for ``connections_per_node``.
"""

from __future__ import annotations

import ssl
from collections.abc import Sequence
from typing import ClassVar, Literal

from . import _process
from ._node_pool import NodePool
from ._nodes import NodeConfig
from ._retry import RetryPolicy
from ._sniff import SniffOptions, SniffSchedule
from ._tls import TlsSettings, build_ssl_context, warn_if_insecure


class TransportBase:
    """Checks and stores the settings shared by both transports."""

    default_connections_per_node: ClassVar[int] = 10

    def __init__(
        self,
        nodes: Sequence[NodeConfig] | NodeConfig,
        *,
        retry: RetryPolicy | None = None,
        connections_per_node: int | None = None,
        request_timeout: float = 10.0,
        http_compress: bool = False,
        verify_certs: bool = True,
        ca_certs: str | None = None,
        client_cert: str | None = None,
        client_key: str | None = None,
        ssl_assert_hostname: str | Literal[False] | None = None,
        ssl_show_warn: bool = True,
        ssl_context: ssl.SSLContext | None = None,
        dead_timeout: float = 1.0,
        max_dead_timeout: float = 30.0,
        sniff_on_start: bool = False,
        sniff_on_node_failure: bool = False,
        sniff_interval: float | None = None,
        sniff_timeout: float = 1.0,
    ) -> None:
        node_list = [nodes] if isinstance(nodes, NodeConfig) else list(nodes)
        if connections_per_node is None:
            connections_per_node = self.default_connections_per_node
        if connections_per_node < 1:
            raise ValueError("connections_per_node must be >= 1")
        if request_timeout <= 0:
            raise ValueError("request_timeout must be > 0")
        self._tls = TlsSettings(
            verify_certs, ca_certs, client_cert, client_key, ssl_assert_hostname, ssl_show_warn,
            ssl_context,
        )  # fmt: skip
        self._retry = retry if retry is not None else RetryPolicy()
        self._node_pool = NodePool(
            node_list, dead_timeout=dead_timeout, max_dead_timeout=max_dead_timeout
        )
        self._connections_per_node = connections_per_node
        self._request_timeout = request_timeout
        self._http_compress = http_compress
        self._closed = False
        uses_tls = any(n.scheme == "https" for n in node_list)
        self._ssl_context = build_ssl_context(self._tls) if uses_tls else None
        warn_if_insecure(self._tls, uses_tls)
        self._sniff = SniffOptions(
            sniff_on_start, sniff_on_node_failure, sniff_interval, sniff_timeout
        )
        self._sniff_schedule = SniffSchedule(self._sniff)
        self._seed = node_list[0]
        self._setup()
        _process.track(self)

    def _setup(self) -> None:
        """The transport's own connection state; runs at the end of ``__init__``."""

    def _after_fork_in_child(self) -> None:
        """In a forked child: fresh locks; each transport also drops its inherited connections."""
        _process.renew_locks(self, self._node_pool, self._sniff_schedule)

    @property
    def node_pool(self) -> NodePool:
        return self._node_pool
