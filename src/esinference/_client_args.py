"""Turning ``Client(...)``'s and ``options()``' arguments into nodes, headers and settings.

Pure functions, each following elasticsearch-py 9.5's rule for one argument: credentials
(``api_key``, ``basic_auth``, ``bearer_auth`` and the deprecated ``http_auth``), Elastic
Cloud ids, the ``x-elastic-client-meta`` header, serializers, and the class-valued
arguments, which we accept where we can honour them; ``RequestSettings``, what a client
sends with every call, and how ``options()`` derives them. Runs once per client, not per
call (that is ``_request_builder``, then ``_http_codec``).
"""

from __future__ import annotations

import base64
import binascii
import re
import sys
import warnings
from collections.abc import Collection, Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, NamedTuple

import urllib3

from ._transport import RequestOverrides
from ._version import __version__

if TYPE_CHECKING:
    from ._transport import NodeConfig
    from .serializer import Serializer

JSON_MIMETYPE = "application/vnd.elasticsearch+json; compatible-with=9"
SSE_MIMETYPE = "text/event-stream"
_PYTHON = ".".join(map(str, sys.version_info[:3]))
_URLLIB3 = getattr(urllib3, "__version__", "0")
USER_AGENT = f"esinference/{__version__} (Python/{_PYTHON}; urllib3/{_URLLIB3})"

Credentials = str | tuple[str, str]


def _b64(credentials: Credentials) -> str:
    """A (user, secret) pair is base64-encoded; a str is taken as already encoded."""
    if isinstance(credentials, (tuple, list)):
        return base64.b64encode(":".join(credentials).encode("utf-8")).decode("ascii")
    return credentials


def auth_header(
    api_key: Credentials | None,
    basic_auth: Credentials | None,
    bearer_auth: str | None,
    http_auth: Any = None,
) -> str | None:
    """The Authorization header value for at most one kind of credentials.

    ``http_auth`` is elasticsearch-py's deprecated spelling of ``basic_auth`` and warns the
    same way.
    """
    if http_auth is not None:
        if basic_auth is not None:
            raise ValueError(
                "Can't specify both 'http_auth' and 'basic_auth', instead only specify "
                "'basic_auth'"
            )
        if not isinstance(http_auth, str) and not (
            isinstance(http_auth, (list, tuple)) and all(isinstance(x, str) for x in http_auth)
        ):
            raise TypeError(
                "The deprecated 'http_auth' parameter must be either 'Tuple[str, str]' or "
                "'str'. Use either the 'basic_auth' parameter instead"
            )
        warnings.warn(
            "The 'http_auth' parameter is deprecated. "
            "Use 'basic_auth' or 'bearer_auth' parameters instead",
            category=DeprecationWarning,
            stacklevel=3,  # auth_header < BaseClient.__init__ < the caller
        )
        basic_auth = http_auth if isinstance(http_auth, str) else tuple(http_auth)
    given = [n for n, v in (("api_key", api_key), ("basic_auth", basic_auth),
                            ("bearer_auth", bearer_auth)) if v is not None]  # fmt: skip
    if len(given) > 1:
        raise ValueError(f"only one of api_key, basic_auth, bearer_auth may be set; got {given}")
    if api_key is not None:
        return f"ApiKey {_b64(api_key)}"
    if basic_auth is not None:
        return f"Basic {_b64(basic_auth)}"
    if bearer_auth is not None:
        return f"Bearer {bearer_auth}"
    return None


def base_headers(headers: Mapping[str, str] | None, opaque_id: str | None) -> dict[str, str]:
    result = {"user-agent": USER_AGENT}
    result.update({k.lower(): v for k, v in (headers or {}).items()})
    if opaque_id is not None:
        result["x-opaque-id"] = opaque_id
    return result


def cloud_node(cloud_id: str) -> NodeConfig:
    """The node an Elastic Cloud id names, decoded exactly as elasticsearch-py does.

    ``name:base64("host[:port]$es_uuid$kibana_uuid")`` gives ``https://es_uuid.host:port``
    (port 443 unless the id names one).
    """
    try:
        _, _, encoded = cloud_id.partition(":")
        parts = binascii.a2b_base64(encoded.encode("ascii")).decode("ascii").split("$")
        parent = parts[0]
        if not parent:
            raise ValueError
        es_uuid = parts[1] if len(parts) > 1 else None
        port = 443
        if ":" in parent:
            parent, _, port_text = parent.rpartition(":")
            port = int(port_text)
    except (ValueError, IndexError, UnicodeError):
        raise ValueError("Cloud ID is not properly formatted") from None
    if not es_uuid:
        raise ValueError("Cloud ID missing host and port information for Elasticsearch")
    from ._transport import NodeConfig

    return NodeConfig("https", f"{es_uuid}.{parent}", port)


def _meta_version(version: str) -> str:
    """A version as the meta header writes it: ``9.5.1``, or ``9.6.0p`` for a pre-release."""
    match = re.match(r"^([0-9][0-9.]*[0-9]|[0-9])(.*)$", version)
    if match is None:
        return "0"
    number, suffix = match.groups()
    return number if not suffix or re.match(r"^\.post[0-9]*$", suffix) else number + "p"


def client_meta(http_client: tuple[str, str]) -> str:
    """``x-elastic-client-meta`` in elasticsearch-py's layout, naming this client.

    ``esi`` is this client, ``py`` Python, ``t`` the transport (ours, same version) and the
    last pair the HTTP library (``ur`` urllib3; ``ai`` for our asyncio HTTP/1.1 client).
    """
    version = _meta_version(__version__)
    pairs = (("esi", version), ("py", _meta_version(_PYTHON)), ("t", version), http_client)
    return ",".join(f"{key}={value}" for key, value in pairs)


URLLIB3_META = ("ur", _meta_version(_URLLIB3))
ASYNCIO_META = ("ai", _meta_version(_PYTHON))


def choose_serializer(
    serializer: Serializer | None,
    serializers: Mapping[str, Serializer] | None,
    default_mimetype: str,
) -> Serializer | None:
    """The JSON serializer the user chose, or None for the built-in (fast) one."""
    if serializer is not None and serializers is not None:
        raise ValueError(
            "Can't specify both 'serializer' and 'serializers' parameters together. "
            "Instead only specify one of the other."
        )
    if serializer is not None:
        serializers = {default_mimetype: serializer}
    if default_mimetype not in ("application/json", JSON_MIMETYPE.split(";")[0]):
        raise ValueError(
            f"default_mimetype {default_mimetype!r} is not supported: the Inference API "
            "speaks 'application/json'"
        )
    for mimetype in ("application/vnd.elasticsearch+json", "application/json"):
        if serializers and mimetype in serializers:
            return serializers[mimetype]
    return None


_SUPPORTED_CLASSES: dict[str, tuple[object, ...]] = {
    "node_class": ("urllib3", "Urllib3HttpNode", None),
    "node_pool_class": ("NodePool", None),
    "node_selector_class": ("round_robin", "RoundRobinSelector", None),
    "transport_class": ("Transport", None),
}
_ASYNC_NODE_CLASSES = ("aiohttp", "AiohttpHttpNode", None)


def check_class_options(is_async: bool, **given: Any) -> None:
    """Class-valued arguments: what we do anyway is accepted, anything else is a ValueError.

    A class is matched by name, so elasticsearch-py's own ``Urllib3HttpNode`` or
    ``RoundRobinSelector`` (what it uses by default) pass too.
    """
    for name, value in given.items():
        supported = _SUPPORTED_CLASSES[name]
        if name == "node_class" and is_async:
            supported = _ASYNC_NODE_CLASSES
        label = getattr(value, "__name__", value)
        if label not in supported:
            names = ", ".join(repr(s) for s in supported if s is not None)
            raise ValueError(
                f"{name}={label!r} is not supported: esinference has its own "
                f"{'asyncio HTTP/1.1 client' if is_async else 'urllib3 transport'}; "
                f"accepted: {names} (or leave it unset)"
            )


def retry_statuses(retry_on_status: int | Collection[int]) -> tuple[int, ...]:
    """``retry_on_status`` as elasticsearch-py takes it: one status or several."""
    if isinstance(retry_on_status, int):
        return (retry_on_status,)
    return tuple(retry_on_status)


def check_numbers(values: Mapping[str, object], kinds: Mapping[str, str]) -> None:
    """TypeError naming the argument, the type expected and the one given, for a duration
    (``kinds[name] == "seconds"``: int or float) or a count (``"count"``: int) that is
    neither; None means "the default". Names without a kind are not numbers: not checked."""
    for name, value in values.items():
        kind = kinds.get(name)
        if value is None or kind is None:
            continue
        expected, types = _NUMBER_KINDS[kind]
        if isinstance(value, bool) or not isinstance(value, types):
            raise TypeError(f"{name} must be {expected}, got {type(value).__name__} {value!r}")


_NUMBER_KINDS: dict[str, tuple[str, tuple[type, ...]]] = {
    "seconds": ("a number of seconds (int or float)", (int, float)),
    "count": ("an int", (int,)),
}


class RequestSettings(NamedTuple):
    """Per-client settings that ``options()`` can change without touching the connections."""

    headers: Mapping[str, str] = MappingProxyType({})  # includes Authorization
    ignore_status: frozenset[int] = frozenset()
    serializer: Serializer | None = None  # None: the built-in JSON codec (``_json``)
    # The connection settings options() changed, sent with every call; None: none changed.
    overrides: RequestOverrides | None = None

    def __repr__(self) -> str:  # never show header values: one of them holds credentials
        return f"RequestSettings(headers={sorted(self.headers)}, overrides={self.overrides})"


def settings_with_options(
    settings: RequestSettings,
    *,
    headers: Mapping[str, str] | None,
    ignore_status: int | Collection[int] | None,
    api_key: Credentials | None,
    basic_auth: Credentials | None,
    bearer_auth: str | None,
    opaque_id: str | None,
    overrides: Mapping[str, Any],
) -> RequestSettings:
    """The settings of a client derived by ``options()``; ``overrides`` holds its arguments
    that name a ``RequestOverrides`` field (None: keep this client's)."""
    from ._transport import checked_overrides, number_kinds  # not at import: dataclasses

    check_numbers(overrides, number_kinds())
    merged = dict(settings.headers)
    merged.update({k.lower(): v for k, v in (headers or {}).items()})
    authorization = auth_header(api_key, basic_auth, bearer_auth)
    if authorization is not None:
        merged["authorization"] = authorization
    if opaque_id is not None:
        merged["x-opaque-id"] = opaque_id
    changes: dict[str, Any] = {"headers": merged}
    given = {name: value for name, value in overrides.items() if value is not None}
    if "retry_on_status" in given:
        given["retry_on_status"] = retry_statuses(given["retry_on_status"])
    if given:
        kept = {} if settings.overrides is None else settings.overrides.given()
        changes["overrides"] = checked_overrides(**{**kept, **given})
    if ignore_status is not None:
        ignore = (ignore_status,) if isinstance(ignore_status, int) else ignore_status
        changes["ignore_status"] = frozenset(ignore)
    return settings._replace(**changes)
