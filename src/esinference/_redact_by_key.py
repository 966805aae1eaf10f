"""Secret redaction by *key* for anything that may be logged or printed: pure functions, no I/O.
(``_redact_by_value`` hides one request's secret *values* wherever they come back; it builds
on this.)

What counts as a secret:

- a key the spec marks ``secret: true`` on any service's settings (collected from
  ``SERVICES`` and the nested settings types), and every value under a ``secret_maps`` key;
- any key that *looks* secret, whatever its case or separators: ``api_key``, ``apiKey``,
  ``X-Api-Key``, ``secret``, ``password``, ``access_key``, ``authorization``, ``entra_id``,
  ``service_account_json``, ``credentials``, ``private_key``, or ``token`` as a word
  (``access_token``, ``apiToken``) but not ``tokens``/``tokenizer`` (``max_tokens`` is a count).

The key test errs on the side of hiding: a hidden harmless value costs a debugging minute,
a logged API key costs a rotation.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import Any

from ._gen.services import SERVICES, STRUCTS

__all__ = [
    "REDACTED",
    "SECRET_FIELDS",
    "SECRET_MAPS",
    "is_secret_key",
    "redact",
    "redact_body",
    "redact_headers",
    "redact_text",
]

REDACTED = "[REDACTED]"
BODY_LOG_LIMIT = 2000  # characters of a non-JSON body that reach the log


def _spec_secret_fields() -> frozenset[str]:
    names: set[str] = set()
    for service in SERVICES.values():
        for settings_field in (*service.service_settings, *(service.task_settings or ())):
            if settings_field.secret:
                names.add(settings_field.name)
    for struct_fields in STRUCTS.values():
        names.update(f.name for f in struct_fields if f.secret)
    return frozenset(names)


SECRET_FIELDS: frozenset[str] = _spec_secret_fields()
SECRET_MAPS: frozenset[str] = frozenset(m for s in SERVICES.values() for m in s.secret_maps)

# Matched against the key lower-cased with every non-alphanumeric character removed.
_SECRET_SUBSTRINGS = re.compile(
    r"apikey|secret|passw(or)?d|accesskey|authorization|entraid|serviceaccountjson"
    r"|credential|privatekey|token(?![sie])"
)
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
_NON_ALNUM = re.compile(r"[^a-z0-9]")
# ``key: value`` / ``key=value`` inside text that is not JSON (a truncated body, say); the
# value's extent is found by ``_value_end``.
_TEXT_KEY = re.compile(r"""["']?(?P<name>[\w.-]{1,64})["']?\s*[:=][ \t]*""")
_SCHEME = re.compile(r"(?:bearer|basic|apikey)\s+", re.IGNORECASE)
_BARE_VALUE = re.compile(r"[^\s,;&{}\[\]]*")
_CLOSE = {"{": "}", "[": "]"}


def is_secret_key(key: object) -> bool:
    """Whether a mapping key names a secret (spec fields, secret maps, secret-looking names)."""
    if not isinstance(key, str):
        return False
    if key in SECRET_FIELDS or key in SECRET_MAPS:
        return True
    normalized = _NON_ALNUM.sub("", _CAMEL.sub("_", key).lower())
    return _SECRET_SUBSTRINGS.search(normalized) is not None


def redact(value: Any) -> Any:
    """A copy of a JSON-like value with every secret replaced by ``REDACTED``, at any depth.

    A secret map (``secret_parameters``) keeps its keys so a log still shows what was sent.
    """
    if isinstance(value, Mapping):
        return {k: _redact_item(k, v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [redact(v) for v in value]
    return value


def _redact_item(key: object, value: Any) -> Any:
    if key in SECRET_MAPS and isinstance(value, Mapping):
        return {k: REDACTED for k in value}
    if is_secret_key(key):
        return REDACTED
    return redact(value)


def redact_text(text: str, limit: int | None = BODY_LOG_LIMIT) -> str:
    """Text that is not JSON: the value after any secret-looking key hidden, then truncated.

    A value is a quoted string, a bracketed structure (to its matching bracket, or to the end
    of a truncated text) or a bare word, with an ``Authorization``-style scheme before it.
    """
    parts: list[str] = []
    position = 0
    for match in _TEXT_KEY.finditer(text):
        if match.start() < position or not is_secret_key(match.group("name")):
            continue
        parts.append(text[position : match.end()] + REDACTED)
        position = _value_end(text, match.end())
    parts.append(text[position:])
    return _truncate("".join(parts), limit)


def _value_end(text: str, start: int) -> int:
    """Where the value starting at ``start`` ends (exclusive); the text's end if cut short."""
    if start >= len(text):
        return start
    first = text[start]
    if first in "\"'":
        index = start + 1
        while index < len(text) and text[index] != first:
            index += 2 if text[index] == "\\" else 1
        return min(index + 1, len(text))
    if first in _CLOSE:
        return _bracket_end(text, start)
    scheme = _SCHEME.match(text, start)
    after_scheme = scheme.end() if scheme else start
    bare = _BARE_VALUE.match(text, after_scheme)
    return bare.end() if bare else after_scheme


def _bracket_end(text: str, start: int) -> int:
    """The end of the bracketed structure opening at ``start``, skipping quoted strings."""
    stack: list[str] = []
    index = start
    while index < len(text):
        char = text[index]
        if char == '"':
            index = _value_end(text, index)
            continue
        if char in _CLOSE:
            stack.append(_CLOSE[char])
        elif stack and char == stack[-1]:
            stack.pop()
            if not stack:
                return index + 1
        index += 1
    return len(text)


def _truncate(text: str, limit: int | None) -> str:
    if limit is not None and len(text) > limit:
        return f"{text[:limit]}… ({len(text)} characters)"
    return text


def redact_body(body: bytes | None, limit: int = BODY_LOG_LIMIT) -> str:
    """A request or response body for the log: JSON re-encoded with secrets hidden, else text."""
    if not body:
        return ""
    text = body.decode("utf-8", errors="replace")
    try:
        parsed = json.loads(text)
    except ValueError:
        return redact_text(text, limit)
    return _truncate(json.dumps(redact(parsed), ensure_ascii=False), limit)


def redact_headers(headers: Mapping[str, str]) -> dict[str, str]:
    """Headers for the log: Authorization, cookies and any secret-looking header hidden."""
    return {
        name: REDACTED if name.lower() in ("cookie", "set-cookie") or is_secret_key(name) else value
        for name, value in headers.items()
    }
