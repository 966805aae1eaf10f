"""Optional API-key and basic authentication, failing like Elasticsearch's security layer."""

from __future__ import annotations

import base64
import hmac

from .config import ServerConfig
from .errors import EsError
from .records import ApiRequest

_CHALLENGES = ('Basic realm="security", charset="UTF-8"', "ApiKey")


def _unauthorized(reason: str) -> EsError:
    return EsError(
        401,
        "security_exception",
        reason,
        headers=tuple(("WWW-Authenticate", c) for c in _CHALLENGES),
        extra={"header": {"WWW-Authenticate": list(_CHALLENGES)}},
    )


def _encoded_api_key(config: ServerConfig) -> str | None:
    """The configured API key as clients send it (``id:key`` base64-encoded)."""
    key = config.api_key
    if key is None or ":" not in key:
        return key
    return base64.b64encode(key.encode()).decode()


def check_auth(config: ServerConfig, request: ApiRequest) -> None:
    """Accept ``ApiKey <base64 id:key>`` or ``Basic <base64 user:pass>`` when configured."""
    uri = request.target
    api_key = _encoded_api_key(config)
    basic = config.basic_auth
    if api_key is None and basic is None:
        return
    header = request.headers.get("authorization")
    if not header:
        raise _unauthorized(f"missing authentication credentials for REST request [{uri}]")
    scheme, _, credentials = header.partition(" ")
    credentials = credentials.strip()
    if scheme.lower() == "apikey" and api_key is not None:
        if hmac.compare_digest(credentials.encode(), api_key.encode()):
            return
    if scheme.lower() == "basic" and basic is not None:
        expected = base64.b64encode(f"{basic[0]}:{basic[1]}".encode()).decode()
        if hmac.compare_digest(credentials.encode(), expected.encode()):
            return
        try:
            user = base64.b64decode(credentials).decode().partition(":")[0]
        except ValueError:
            user = ""
        raise _unauthorized(f"unable to authenticate user [{user}] for REST request [{uri}]")
    raise _unauthorized(
        "unable to authenticate with provided credentials and anonymous access is not allowed "
        "for this request"
    )
