"""Hide a request's own secret values wherever they show up in what is logged about it.

``_redact_by_key`` hides values by key; that misses a server echoing the request back in an error
reason (``failed to parse [api_key] value [sk-...]``) or in a ``Warning`` header. A
``Scrubber`` knows the request's actual secret values (every string under a secret key of
the body, every value of a secret map, the credentials of the Authorization header and of
any secret-looking header) and replaces each occurrence of them, raw, JSON-escaped or
URL-quoted, in text and at any depth in decoded JSON. Built only on the paths that print
something (an error, a warning, DEBUG logging), so a successful call never pays for it.

``REDACTOR``, the ``Redactor`` a client hands its transport, lives here rather than in
``_redact_by_key``: it combines both (by key, then the request's own values), and
``_redact_by_key`` stays the lower module that knows nothing of scrubbing.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from ._redact_by_key import REDACTED, SECRET_MAPS, is_secret_key, redact_body, redact_headers

if TYPE_CHECKING:
    from ._transport import Redactor

__all__ = ["MIN_SECRET_LENGTH", "REDACTOR", "Scrubber", "ScrubbingRedactor", "secret_values"]

# Shorter values would shred a log (a "1" replaced everywhere) and are no secret anyway.
MIN_SECRET_LENGTH = 4
_AUTH_SCHEMES = ("apikey ", "basic ", "bearer ")


class Scrubber:
    """Replaces the given secret values in text and in decoded JSON values."""

    __slots__ = ("_needles",)

    def __init__(self, secrets: Iterable[str]) -> None:
        forms = {form for secret in secrets for form in _forms(secret)}
        # Longest first: a secret that contains another is replaced whole.
        self._needles = sorted(
            (f for f in forms if len(f) >= MIN_SECRET_LENGTH), key=len, reverse=True
        )

    @classmethod
    def for_request(cls, headers: Mapping[str, str], body: bytes | None) -> Scrubber:
        """The scrubber for one request, from its headers and encoded JSON body."""
        return cls(secret_values(headers, body))

    def __bool__(self) -> bool:
        return bool(self._needles)

    def text(self, text: str) -> str:
        """``text`` with every occurrence of a secret replaced by ``[REDACTED]``."""
        for needle in self._needles:
            if needle in text:
                text = text.replace(needle, REDACTED)
        return text

    def body(self, text: str) -> str:
        """A logged body: JSON is scrubbed value by value (replacing inside the encoded text
        could cut an escape sequence in two), anything else as text."""
        if not self._needles:
            return text
        try:
            parsed = json.loads(text)
        except ValueError:
            return self.text(text)
        return json.dumps(self.value(parsed), ensure_ascii=False)

    def value(self, value: Any) -> Any:
        """A decoded JSON value with secrets replaced in every string, key or value."""
        if not self._needles:
            return value
        if isinstance(value, str):
            return self.text(value)
        if isinstance(value, Mapping):
            return {self.value(k): self.value(v) for k, v in value.items()}
        if isinstance(value, (list, tuple)):
            return [self.value(v) for v in value]
        return value


class ScrubbingRedactor:
    """A log redactor that also hides one request's secret values (``Redactor.for_request``)."""

    __slots__ = ("_base", "_scrubber")

    def __init__(self, base: Redactor, scrubber: Scrubber) -> None:
        self._base = base
        self._scrubber = scrubber

    def headers(self, headers: Mapping[str, str], /) -> Mapping[str, str]:
        return self._scrubber.value(self._base.headers(headers))  # type: ignore[no-any-return]

    def body(self, body: bytes | None, /) -> str:
        return self._scrubber.body(self._base.body(body))

    def for_request(self, headers: Mapping[str, str], body: bytes | None, /) -> Redactor:
        return self._base.for_request(headers, body)


class _SpecRedactor:
    """What the client hands its transport for the DEBUG log (see ``_transport.Redactor``):
    secrets hidden by key, and for one request its own secret values as well."""

    def headers(self, headers: Mapping[str, str], /) -> Mapping[str, str]:
        return redact_headers(headers)

    def body(self, body: bytes | None, /) -> str:
        return redact_body(body)

    def for_request(self, headers: Mapping[str, str], body: bytes | None, /) -> Redactor:
        return ScrubbingRedactor(self, Scrubber.for_request(headers, body))


REDACTOR = _SpecRedactor()


def _forms(secret: str) -> Iterator[str]:
    """The ways a secret can appear in text: as is, JSON-escaped (both ways), URL-quoted."""
    yield secret
    yield json.dumps(secret)[1:-1]
    yield json.dumps(secret, ensure_ascii=False)[1:-1]
    yield quote(secret, safe="")


def secret_values(headers: Mapping[str, str], body: bytes | None) -> list[str]:
    """Every secret value a request carries, in its headers and JSON body."""
    found: list[str] = []
    for name, value in headers.items():
        if name.lower() == "authorization":
            found.extend(_credentials(value))
        elif is_secret_key(name):
            found.append(value)
    if body:
        try:
            parsed = json.loads(body)
        except ValueError:
            parsed = None
        _collect(parsed, found, under_secret=False)
    return found


def _credentials(authorization: str) -> list[str]:
    """The token of an Authorization value, and the parts of a base64 ``id:secret`` pair."""
    scheme = next((s for s in _AUTH_SCHEMES if authorization.lower().startswith(s)), None)
    if scheme is None:
        return [authorization]
    token = authorization[len(scheme) :].strip()
    found = [token]
    try:
        decoded = base64.b64decode(token, validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError):
        return found
    _user, sep, secret = decoded.partition(":")
    if sep:
        found.append(secret)  # the user name or API key id is not the secret part
    return found


def _collect(value: Any, found: list[str], under_secret: bool) -> None:
    if isinstance(value, Mapping):
        for key, item in value.items():
            secret = under_secret or is_secret_key(key) or key in SECRET_MAPS
            _collect(item, found, secret)
    elif isinstance(value, list):
        for item in value:
            _collect(item, found, under_secret)
    elif under_secret and value is not None and not isinstance(value, bool):
        found.append(value if isinstance(value, str) else json.dumps(value))
