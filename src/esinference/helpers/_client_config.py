"""A client's settings as a picklable value: what travels to an engine's workers.

A ``Client`` refuses to be pickled (its connections and locks belong to one process,
``_transport/processes.py``), so the engine adapters send this instead and each worker
process builds its own client from it, once. It holds addresses, headers and transport
settings, no connection. Credentials travel only as the caller chose: the client's
``Authorization`` header is part of the config unless ``api_key_env`` names an environment
variable the workers read their API key from instead.
"""

from __future__ import annotations

import dataclasses
import os
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .._transport import RequestOverrides

if TYPE_CHECKING:
    from .._client import Client
    from .._client_base import BaseClient
    from .._transport import TransportSettings

__all__ = ["ClientConfig"]

# The transport settings that do not travel as they are, each with its reason; every other
# ``TransportSettings`` field is a plain value and a ``Client(...)`` argument of the same name.
_NOT_COPIED = frozenset(
    {
        "request_timeout",  # and retry_on_status: fields of their own, options() included
        "retry_on_status",
        "ssl_context",  # cannot be pickled: refused in ``of``
        "sniffed_node_callback",  # a function: need not pickle
        "redactor",  # not an argument: every client makes its own
        # The hosts travel as discovered: the workers do not sniff again.
        "sniff_on_start",
        "sniff_before_requests",
        "sniff_on_node_failure",
        "sniff_timeout",
        "min_delay_between_sniffing",
    }
)
# Headers the worker's client makes itself.
_OWN_HEADERS = ("authorization", "x-elastic-client-meta")


@dataclass(frozen=True)
class ClientConfig:
    """How to build a ``Client`` like another one, in another process."""

    hosts: tuple[str, ...]
    headers: tuple[tuple[str, str], ...] = ()
    request_timeout: float | None = None
    retry_on_status: tuple[int, ...] = (429, 502, 503, 504)
    settings: tuple[tuple[str, Any], ...] = ()  # all but the _NOT_COPIED ones, by name
    # Hashable (tuples, not dicts): a worker keeps one client per config.
    authorization: str | None = field(default=None, repr=False)
    api_key_env: str | None = None

    @classmethod
    def of(cls, client: BaseClient[Any, Any], *, api_key_env: str | None = None) -> ClientConfig:
        """The config of ``client`` (a ``Client`` or an ``AsyncClient``).

        With ``api_key_env`` the client's own credentials stay here: workers send
        ``ApiKey $<api_key_env>`` from their environment. A client built on an
        ``ssl_context`` cannot travel (a context is not picklable): use ``ca_certs`` etc.
        """
        transport = client.transport.settings
        if transport.ssl_context is not None:
            raise ValueError(
                "this client was built with ssl_context, which cannot be sent to other"
                " processes: build it with ca_certs / client_cert / client_key instead"
            )
        own = client._settings  # the per-client settings options() may have changed
        changed = own.overrides or RequestOverrides()
        headers = dict(own.headers)
        authorization = headers.get("authorization")
        for name in _OWN_HEADERS:
            headers.pop(name, None)
        return cls(
            hosts=tuple(node.base_url for node in client.transport.node_pool.nodes),
            headers=tuple(sorted(headers.items())),
            request_timeout=(
                transport.request_timeout
                if changed.request_timeout is None
                else changed.request_timeout
            ),
            retry_on_status=(
                transport.retry_on_status
                if changed.retry_on_status is None
                else changed.retry_on_status
            ),
            settings=_copied_settings(transport, own.overrides),
            authorization=None if api_key_env is not None else authorization,
            api_key_env=api_key_env,
        )

    def client(self) -> Client:
        """A new ``Client`` with these settings (its own connections)."""
        from .._client import Client

        headers = dict(self.headers)
        api_key = None
        if self.api_key_env is not None:
            api_key = os.environ.get(self.api_key_env)
            if not api_key:
                raise RuntimeError(
                    f"api_key_env={self.api_key_env!r}: the variable is not set on this worker"
                    f" (pid {os.getpid()}); set it in the workers' environment"
                )
        elif self.authorization is not None:
            headers["authorization"] = self.authorization
        return Client(
            list(self.hosts),
            headers=headers,
            api_key=api_key,
            request_timeout=self.request_timeout,
            retry_on_status=self.retry_on_status,
            **dict(self.settings),
        )


def _copied_settings(
    transport: TransportSettings, overrides: RequestOverrides | None
) -> tuple[tuple[str, Any], ...]:
    """The settings that travel as they are, by name: the transport's, with what
    ``options()`` changed."""
    values = {
        f.name: getattr(transport, f.name)
        for f in dataclasses.fields(transport)
        if f.name not in _NOT_COPIED
    }
    if overrides is not None:
        values.update((k, v) for k, v in overrides.given().items() if k not in _NOT_COPIED)
    return tuple(values.items())
