"""One ``ssl.SSLContext`` builder and one fingerprint check, shared by both transports.

Verification is on by default. Turning it off is allowed (test clusters with self-signed
certificates) but warned about once per transport, with a ``SecurityWarning``. With
``ssl_assert_fingerprint`` the chain is not verified against a trust store; instead the
SHA-256 of the server's certificate, or of any certificate in the chain it sends, must
match (elasticsearch-py's rule, which Elasticsearch's first-start output tells users to use).
"""

from __future__ import annotations

import hashlib
import hmac
import ssl
import warnings
from typing import Any

from .errors import SecurityWarning
from .settings import TransportSettings

__all__ = [
    "FingerprintMismatch",
    "SecurityWarning",
    "build_ssl_context",
    "check_fingerprint",
    "warn_if_insecure",
]

_VERSIONS: dict[int, ssl.TLSVersion] = {
    ssl.PROTOCOL_TLSv1_2: ssl.TLSVersion.TLSv1_2,
    ssl.TLSVersion.TLSv1_2: ssl.TLSVersion.TLSv1_2,
    ssl.TLSVersion.TLSv1_3: ssl.TLSVersion.TLSv1_3,
}


def build_ssl_context(settings: TransportSettings) -> ssl.SSLContext:
    """A client context from ``settings``; the user's own ``ssl_context`` is used as is."""
    if settings.ssl_context is not None:
        return settings.ssl_context
    context = ssl.create_default_context(ssl.Purpose.SERVER_AUTH)
    if not settings.verify_certs or settings.ssl_assert_fingerprint:
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
    else:
        if settings.ca_certs:
            context.load_verify_locations(cafile=settings.ca_certs)
        if settings.ssl_assert_hostname is False:
            context.check_hostname = False  # chain still verified, name not
    if settings.ssl_version is not None:
        try:
            context.minimum_version = _VERSIONS[settings.ssl_version]
        except KeyError:
            raise ValueError(
                f"Unsupported value for 'ssl_version': {settings.ssl_version!r}. Must be "
                "either 'ssl.PROTOCOL_TLSvX' or 'ssl.TLSVersion.TLSvX'"
            ) from None
    if settings.client_cert:
        context.load_cert_chain(settings.client_cert, settings.client_key)
    context.set_alpn_protocols(["http/1.1"])
    return context


class FingerprintMismatch(ssl.SSLError):
    """No certificate of the server's chain has the pinned ``ssl_assert_fingerprint``."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.strerror = message  # what the transports quote as the reason


def normalized_fingerprint(fingerprint: str) -> bytes:
    """``"AB:CD:..."`` or ``"abcd..."`` as raw digest bytes; ValueError unless SHA-256."""
    hexdigits = fingerprint.replace(":", "").strip().lower()
    if len(hexdigits) != 64:
        raise ValueError(
            f"ssl_assert_fingerprint must be a SHA-256 fingerprint (64 hex digits), "
            f"got {len(hexdigits)} digits"
        )
    return bytes.fromhex(hexdigits)


def _chain_der(ssl_object: Any) -> list[bytes]:
    """The DER certificates the peer sent, leaf first (private APIs before Python 3.13)."""
    leaf = ssl_object.getpeercert(True)
    chain: list[bytes] = []
    try:
        if hasattr(ssl_object, "get_unverified_chain"):  # 3.13+
            chain = [bytes(c) for c in ssl_object.get_unverified_chain()]
        else:
            inner = ssl_object._sslobj
            chain = [c.public_bytes(ssl._ssl.ENCODING_DER) for c in inner.get_unverified_chain()]  # type: ignore[attr-defined]
    except Exception:
        chain = []
    if leaf and leaf not in chain:
        chain.insert(0, leaf)
    return chain


def check_fingerprint(ssl_object: Any, fingerprint: str) -> None:
    """Raise ``ssl.SSLError`` unless a certificate of the peer's chain has ``fingerprint``."""
    expected = normalized_fingerprint(fingerprint)
    seen = [hashlib.sha256(der).digest() for der in _chain_der(ssl_object)]
    matched = False
    for digest in seen:  # all compared, in constant time each
        matched |= hmac.compare_digest(digest, expected)
    if not matched:
        raise FingerprintMismatch(
            f"Fingerprints did not match. Expected {expected.hex()!r}, got "
            f"{', '.join(repr(d.hex()) for d in seen) or 'no certificate'}"
        )


def warn_if_insecure(settings: TransportSettings, uses_tls: bool, stacklevel: int = 3) -> None:
    """Warn once (per call site, per transport) that certificates are not verified."""
    if (
        uses_tls
        and not settings.verify_certs
        and not settings.ssl_assert_fingerprint
        and settings.ssl_show_warn
    ):
        warnings.warn(
            "TLS certificate verification is disabled (verify_certs=False): the connection "
            "can be intercepted. Pass ca_certs instead for a self-signed cluster.",
            SecurityWarning,
            stacklevel=stacklevel,
        )
