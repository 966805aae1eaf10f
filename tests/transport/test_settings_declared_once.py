"""A connection setting is declared once, in ``_transport/settings.py`` (``TransportSettings``),
and a call may change those named by ``RequestOverrides``; everything else follows the names.

So a setting given to ``Client(...)`` reaches the transport's settings unchanged, one given to
``options()`` reaches the transport's decision for that call, and each is documented. A new
per-request setting fails ``test_an_override_reaches_the_transport`` until the transport
reads it (add it to ``EFFECTIVE``: that is the "use" edit of docs/architecture.md).
"""

from __future__ import annotations

import dataclasses
import inspect
import typing
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from esinference import AsyncClient, Client
from esinference._transport import (
    HttpRequest,
    RequestOverrides,
    TransportSettings,
    Urllib3Transport,
    parse_hosts,
)
from esinference._transport.attempts import policy_for

DOCS = Path(__file__).resolve().parents[2] / "docs"
SETTINGS = {f.name: f for f in dataclasses.fields(TransportSettings)}
# A value other than the default for each overridable setting.
CHANGED: dict[str, Any] = {
    "request_timeout": 7.5,
    "max_retries": 5,
    "retry_on_status": (429,),
    "retry_on_timeout": True,
    "retry_backoff_base": 0.25,
    "retry_backoff_cap": 3.0,
    "max_response_size": 1234,
}


def _retry_setting(name: str) -> Callable[[Urllib3Transport, HttpRequest], Any]:
    return lambda transport, request: getattr(policy_for(transport._retry, request.overrides), name)


# What the transport uses for one request, per overridable setting.
EFFECTIVE: dict[str, Callable[[Urllib3Transport, HttpRequest], Any]] = {
    "request_timeout": lambda transport, request: transport._timeout_for(request),
    "max_response_size": lambda transport, request: transport._size_limit_for(request),
    "max_retries": _retry_setting("max_retries"),
    "retry_on_status": _retry_setting("retry_on_status"),
    "retry_on_timeout": _retry_setting("retry_on_timeout"),
    "retry_backoff_base": _retry_setting("retry_backoff_base"),
    "retry_backoff_cap": _retry_setting("retry_backoff_cap"),
}
OVERRIDES = RequestOverrides._fields


def test_every_override_is_a_transport_setting_of_the_same_type() -> None:
    hints = typing.get_type_hints(TransportSettings)
    own = typing.get_type_hints(RequestOverrides)
    for name in OVERRIDES:
        assert name in SETTINGS, name
        assert own[name] == hints[name] | None, name


@pytest.mark.parametrize("client_class", [Client, AsyncClient])
def test_options_and_the_constructor_take_every_override(client_class: type[Any]) -> None:
    options = inspect.signature(client_class.options).parameters
    constructor = inspect.signature(client_class.__init__).parameters
    for name in OVERRIDES:
        assert options[name].default is None, name
        assert name in constructor, name


@pytest.mark.parametrize("name", OVERRIDES)
def test_an_override_reaches_the_transport(name: str) -> None:
    transport = Urllib3Transport(parse_hosts("http://localhost:9200").nodes)
    client = Client(transport=transport)
    default = EFFECTIVE[name](transport, client._request("GET", "/", None, None, None, None))
    assert default == getattr(transport.settings, name)
    assert CHANGED[name] != default
    changed = client.options(**{name: CHANGED[name]})
    request = changed._request("GET", "/", None, None, None, None)
    assert EFFECTIVE[name](transport, request) == CHANGED[name]
    assert changed._settings.overrides == RequestOverrides(**{name: CHANGED[name]})


@pytest.mark.parametrize("name", sorted(set(SETTINGS) & set(inspect.signature(Client).parameters)))
def test_a_constructor_argument_that_names_a_setting_reaches_the_transport(name: str) -> None:
    value = CHANGED.get(name, SETTINGS[name].default)
    if isinstance(value, bool):
        value = not value  # a changed value, so passing it on is what the test sees
    with Client("http://localhost:9200", **{name: value}) as client:
        assert getattr(client.transport.settings, name) == value


@pytest.mark.parametrize("name", OVERRIDES)
def test_every_override_is_documented(name: str) -> None:
    docs = "".join(p.read_text() for p in [*DOCS.glob("*.md"), *DOCS.glob("guides/*.md")])
    assert f"`{name}" in docs, f"{name}: say what it does in docs/ (limits.md, guides/)"
