"""Node addresses: what a transport connects to, parsed from what elasticsearch-py accepts.

``parse_hosts`` turns ``"https://user:pw@es:9200"``, lists of such strings, or dicts like
``{"host": "es", "port": 9200, "scheme": "https"}`` into ``NodeConfig`` records. Credentials
found in a URL are returned separately as an ``Authorization`` header value and never kept on
the node, so a node can be logged, printed and put in error messages safely.
"""

from __future__ import annotations

import base64
import ipaddress
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, NamedTuple
from urllib.parse import unquote, urlsplit

__all__ = ["DEFAULT_PORT", "HostsSpec", "NodeConfig", "ParsedHosts", "parse_hosts"]

DEFAULT_PORT = 9200
_SCHEMES = ("http", "https")
_HOST_KEYS = frozenset({"host", "port", "scheme", "path_prefix", "url_prefix"})

HostsSpec = str | Mapping[str, Any] | Sequence[str | Mapping[str, Any]]


@dataclass(frozen=True, slots=True)
class NodeConfig:
    """One Elasticsearch node's address; holds no credentials."""

    scheme: str
    host: str  # a name or an IP literal; IPv6 without brackets, e.g. "::1"
    port: int = DEFAULT_PORT
    path_prefix: str = ""  # "" or "/prefix" without a trailing slash
    # ``scheme://host:port/prefix``, safe to log; computed once, it is in every log line.
    base_url: str = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self.scheme not in _SCHEMES:
            raise ValueError(f"Node scheme must be 'http' or 'https', got {self.scheme!r}")
        if not self.host:
            raise ValueError("Node host must not be empty")
        if not 0 < self.port < 65536:
            raise ValueError(f"Node port must be between 1 and 65535, got {self.port}")
        if self.path_prefix and (
            not self.path_prefix.startswith("/") or self.path_prefix.endswith("/")
        ):
            raise ValueError(
                f"path_prefix must start with '/' and not end with '/', got {self.path_prefix!r}"
            )
        base_url = f"{self.scheme}://{self.host_for_url}:{self.port}{self.path_prefix}"
        object.__setattr__(self, "base_url", base_url)

    def __hash__(self) -> int:  # base_url holds every compared field: one cached str hash
        return hash(self.base_url)

    @property
    def host_for_url(self) -> str:
        """The host as it appears in a URL or Host header: IPv6 literals in brackets."""
        return f"[{self.host}]" if ":" in self.host else self.host

    def __str__(self) -> str:
        return self.base_url


class ParsedHosts(NamedTuple):
    nodes: tuple[NodeConfig, ...]
    # "Basic …" built from URL userinfo; None when no URL carried credentials.
    authorization: str | None


def parse_hosts(hosts: HostsSpec) -> ParsedHosts:
    """Parse ``hosts`` the way elasticsearch-py accepts it; raise ValueError on bad input.

    Every URL must carry a scheme (a bare ``"localhost:9200"`` is ambiguous between HTTP and
    HTTPS, so it is refused). If several URLs carry credentials they must be the same.
    """
    items: Sequence[str | Mapping[str, Any]]
    if isinstance(hosts, (str, Mapping)):
        items = [hosts]
    elif isinstance(hosts, Sequence):
        items = hosts
    else:
        raise ValueError(f"hosts must be a URL, a dict or a list of them, got {type(hosts)}")
    if not items:
        raise ValueError("hosts must name at least one node")
    nodes: list[NodeConfig] = []
    authorizations: set[str] = set()
    for item in items:
        if isinstance(item, str):
            node, authorization = _parse_url(item)
            if authorization is not None:
                authorizations.add(authorization)
        elif isinstance(item, Mapping):
            node = _parse_dict(item)
        elif isinstance(getattr(item, "host", None), str) and hasattr(item, "scheme"):
            node = _from_node_object(item)
        else:
            raise ValueError(f"Each host must be a URL or a dict, got {type(item)}")
        nodes.append(node)
    if len(authorizations) > 1:
        raise ValueError("Host URLs carry different credentials; pass one set of credentials")
    return ParsedHosts(tuple(nodes), authorizations.pop() if authorizations else None)


def _parse_url(url: str) -> tuple[NodeConfig, str | None]:
    # Error messages quote the URL without its userinfo: it may hold a password.
    if "://" not in url:
        raise ValueError(
            f"Host URL {_redact(url)!r} has no scheme; write 'http://…' or 'https://…'"
        )
    shown = _redact(url)
    try:
        parts = urlsplit(url)
    except ValueError:  # e.g. "[::zz]": urlsplit checks bracketed literals itself
        raise ValueError(f"Host URL {shown!r} has an invalid host") from None
    if parts.scheme not in _SCHEMES:
        raise ValueError(f"Host URL {shown!r}: scheme must be 'http' or 'https'")
    if parts.query or parts.fragment:
        raise ValueError(f"Host URL {shown!r} must not have a query or fragment")
    try:
        port = parts.port
    except ValueError:
        raise ValueError(f"Host URL {shown!r} has an invalid port") from None
    if not parts.hostname:
        raise ValueError(f"Host URL {shown!r} has no host")
    node = NodeConfig(
        scheme=parts.scheme,
        host=_check_host(parts.hostname, shown),
        port=DEFAULT_PORT if port is None else port,
        path_prefix=_normalize_prefix(parts.path),
    )
    authorization = None
    if parts.username is not None or parts.password is not None:
        authorization = basic_auth_header(
            unquote(parts.username or ""), unquote(parts.password or "")
        )
    return node, authorization


def _parse_dict(spec: Mapping[str, Any]) -> NodeConfig:
    unknown = set(spec) - _HOST_KEYS
    if unknown:
        raise ValueError(f"Unknown host keys {sorted(unknown)}; allowed: {sorted(_HOST_KEYS)}")
    host = spec.get("host")
    if not isinstance(host, str) or not host:
        raise ValueError(f"Host dict needs a non-empty 'host' string, got {host!r}")
    if host.startswith("[") and host.endswith("]"):
        host = host[1:-1]
    port = spec.get("port", DEFAULT_PORT)
    if isinstance(port, str) and port.isdigit():
        port = int(port)
    if isinstance(port, bool) or not isinstance(port, int) or not 0 < port < 65536:
        raise ValueError(f"Host {host!r} has an invalid port {port!r}")
    scheme = spec.get("scheme", "http")
    if scheme not in _SCHEMES:
        raise ValueError(f"Host {host!r}: scheme must be 'http' or 'https', got {scheme!r}")
    prefix = spec.get("path_prefix", spec.get("url_prefix", ""))
    if not isinstance(prefix, str):
        raise ValueError(f"Host {host!r}: path_prefix must be a string")
    return NodeConfig(scheme, _check_host(host, host), port, _normalize_prefix(prefix))


def _from_node_object(item: Any) -> NodeConfig:
    """A node given as an object, e.g. elastic_transport's ``NodeConfig`` (its credentials,
    headers and TLS options are not read: pass them to the client)."""
    prefix = getattr(item, "path_prefix", "") or ""
    port = getattr(item, "port", DEFAULT_PORT)
    return NodeConfig(
        item.scheme, _check_host(item.host, item.host), port, _normalize_prefix(prefix)
    )


def _check_host(host: str, shown: str) -> str:
    if ":" in host:  # only IPv6 literals may contain colons
        try:
            ipaddress.IPv6Address(host.split("%", 1)[0])
        except ValueError:
            raise ValueError(f"Host {shown!r} is not a valid IPv6 address") from None
    elif any(ch in host for ch in "/?#@ []"):
        raise ValueError(f"Host {shown!r} contains characters not allowed in a host name")
    return host


def _normalize_prefix(path: str) -> str:
    path = path.strip("/")
    return f"/{path}" if path else ""


def _redact(url: str) -> str:
    scheme, sep, rest = url.rpartition("://")
    authority, slash, tail = rest.partition("/")
    if "@" in authority:
        authority = "***@" + authority.rsplit("@", 1)[1]
    return f"{scheme}{sep}{authority}{slash}{tail}"


def basic_auth_header(username: str, password: str) -> str:
    """The ``Authorization`` header value for HTTP basic authentication."""
    token = base64.b64encode(f"{username}:{password}".encode()).decode("ascii")
    return f"Basic {token}"
