"""Redaction properties: planted secrets never survive, everything else is left untouched."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from esinference._gen.services import SERVICES
from esinference._redact_by_key import (
    REDACTED,
    SECRET_FIELDS,
    SECRET_MAPS,
    is_secret_key,
    redact,
    redact_body,
    redact_headers,
    redact_text,
)

PROPERTY = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])

SECRET_BASES = sorted(
    {
        "api_key", "apiKey", "ApiKey", "x-api-key", "secret", "client_secret", "password",
        "passwd", "token", "access_token", "accessToken", "bearer-token", "access_key",
        "accessKey", "secret_key", "secretKey", "authorization", "Proxy-Authorization",
        "entra_id", "entraId", "service_account_json", "credentials", "private_key",
        *SECRET_FIELDS,
    }
)  # fmt: skip
# Names a request or settings object really uses that must stay readable.
PLAIN_NAMES = [
    "model_id", "max_tokens", "max_completion_tokens", "tokenizer", "input", "dimensions",
    "service", "task_type", "url", "region", "project_id", "inference_id", "user", "messages",
    "top_n", "query", "similarity", "rate_limit", "requests_per_minute", "num_allocations",
]  # fmt: skip


def _case(name: str, how: int) -> str:
    return (name, name.upper(), name.lower())[how]


secret_keys = st.builds(
    lambda prefix, base, suffix, how: _case(prefix + base + suffix, how),
    st.sampled_from(["", "x_", "my-", "aws", "Azure"]),
    st.sampled_from(SECRET_BASES),
    st.sampled_from(["", "_value", "-header", "2", "Data"]),
    st.integers(0, 2),
)
secret_strings = st.integers(0, 10**12).map(lambda n: f"zz-secret-{n}-zz")
plain_keys = st.sampled_from(PLAIN_NAMES) | st.text(
    alphabet="abcdefghijklmnopqrstuvwxyz_-ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 ",
    min_size=1,
    max_size=12,
).filter(lambda k: not is_secret_key(k))
plain_texts = st.text(max_size=12).filter(lambda t: "zz-secret" not in t)
plain_scalars = (
    st.none()
    | st.booleans()
    | st.integers(-(2**40), 2**40)
    | st.floats(allow_nan=False)
    | plain_texts
)
plain_json = st.recursive(
    plain_scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(plain_keys, inner, max_size=4),
    max_leaves=20,
)


@st.composite
def secret_values(draw: st.DrawFn) -> tuple[Any, list[str]]:
    """A secret: a string, or a structure holding secret strings (all of it must go)."""
    secrets = draw(st.lists(secret_strings, min_size=1, max_size=3))
    shape = draw(st.integers(0, 2))
    if shape == 0:
        return secrets[0], secrets[:1]
    if shape == 1:
        return list(secrets), secrets
    return {f"k{i}": s for i, s in enumerate(secrets)}, secrets


def _containers(value: Any) -> list[Any]:
    """Every dict and list inside ``value`` (itself included), at every depth."""
    found: list[Any] = []
    if isinstance(value, (dict, list)):
        found.append(value)
        for child in value.values() if isinstance(value, dict) else value:
            found.extend(_containers(child))
    return found


@st.composite
def documents_with_secrets(draw: st.DrawFn) -> tuple[dict[str, Any], list[str]]:
    """A JSON object with secrets planted under secret-looking keys at random depths."""
    document: dict[str, Any] = {"root": draw(plain_json)}
    planted: list[str] = []
    for _ in range(draw(st.integers(1, 6))):
        container = draw(st.sampled_from(_containers(document)))
        value, secrets = draw(secret_values())
        holder: dict[str, Any] = {draw(secret_keys): value}
        for _ in range(draw(st.integers(0, 3))):  # bury it deeper, in dicts inside lists too
            holder = draw(st.sampled_from([{draw(plain_keys): holder}, [holder]]))  # type: ignore[list-item]
        if isinstance(container, dict):
            container[draw(plain_keys)] = holder
        else:
            container.append(holder)
        planted.extend(secrets)
    return document, planted


def _leaks(text: str, planted: list[str]) -> list[str]:
    return [s for s in planted if s in text]


def _untouched(original: Any, redacted: Any) -> None:
    """Everything not under a secret key is equal to the original."""
    if isinstance(original, dict):
        assert isinstance(redacted, dict) and list(redacted) == list(original)
        for key, value in original.items():
            if key in SECRET_MAPS and isinstance(value, dict):
                assert redacted[key] == {k: REDACTED for k in value}
            elif is_secret_key(key):
                assert redacted[key] == REDACTED
            else:
                _untouched(value, redacted[key])
    elif isinstance(original, list):
        assert isinstance(redacted, list) and len(redacted) == len(original)
        for item, out in zip(original, redacted, strict=True):
            _untouched(item, out)
    else:
        assert redacted == original or (redacted != redacted and original != original)


@PROPERTY
@given(secret_keys)
def test_every_secret_looking_key_is_recognised(key: str) -> None:
    assert is_secret_key(key)


@pytest.mark.parametrize("name", PLAIN_NAMES)
def test_ordinary_setting_names_are_not_secret(name: str) -> None:
    assert not is_secret_key(name)


def test_every_secret_field_of_the_spec_is_recognised() -> None:
    fields = {
        f.name
        for service in SERVICES.values()
        for f in (*service.service_settings, *(service.task_settings or ()))
        if f.secret
    }
    assert fields and fields <= SECRET_FIELDS
    assert all(is_secret_key(name) for name in fields | SECRET_MAPS)


@PROPERTY
@given(documents_with_secrets())
def test_planted_secrets_never_survive_and_the_rest_is_untouched(
    case: tuple[dict[str, Any], list[str]],
) -> None:
    document, planted = case
    before = copy.deepcopy(document)
    redacted = redact(document)
    assert document == before  # a copy: the caller's request is not changed
    assert _leaks(json.dumps(redacted) + repr(redacted), planted) == []
    _untouched(document, redacted)


@PROPERTY
@given(documents_with_secrets(), st.floats(0.0, 1.0))
def test_bodies_whole_or_truncated_never_show_a_secret(
    case: tuple[dict[str, Any], list[str]], cut: float
) -> None:
    document, planted = case
    body = json.dumps(document, ensure_ascii=False).encode()
    assert _leaks(redact_body(body, limit=None), planted) == []
    truncated = body[: int(len(body) * cut)]  # not JSON any more: scanned as text
    assert _leaks(redact_body(truncated, limit=None), planted) == []


def test_secret_map_keeps_its_keys() -> None:
    (secret_map,) = SECRET_MAPS
    body = {"service_settings": {secret_map: {"api_token": "a", "other": "b"}, "url": "u"}}
    assert redact(body) == {
        "service_settings": {secret_map: {"api_token": REDACTED, "other": REDACTED}, "url": "u"}
    }


def test_non_json_bodies_are_truncated() -> None:
    page = b"<html>" + b"x" * 5000 + b"</html>"
    logged = redact_body(page, limit=100)
    assert logged.startswith("<html>xxx") and logged.endswith("(5013 characters)")
    assert len(logged) < 130


@pytest.mark.parametrize(
    "text",
    [
        "Authorization: Bearer zz-secret-1-zz",
        "authorization=ApiKey zz-secret-1-zz",
        "api_key=zz-secret-1-zz&model=m",
        "{'password': 'zz-secret-1-zz'}",
        '{"x": 1, "token": {"a": ["zz-secret-1-zz", "}"]}',
        "secret_key: zz-secret-1-zz",
    ],
)
def test_secret_pairs_in_plain_text_are_hidden(text: str) -> None:
    assert "zz-secret-1-zz" not in redact_text(text)
    assert REDACTED in redact_text(text)


def test_headers_hide_credentials_only() -> None:
    headers = {"authorization": "ApiKey abc", "X-Api-Key": "k", "cookie": "c", "accept": "a/b"}
    assert redact_headers(headers) == {
        "authorization": REDACTED,
        "X-Api-Key": REDACTED,
        "cookie": REDACTED,
        "accept": "a/b",
    }
