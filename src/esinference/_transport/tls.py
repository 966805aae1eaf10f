"""One ``ssl.SSLContext`` builder shared by the sync and the async transport.

Verification is on by default. Turning it off is allowed (test clusters with self-signed
certificates) but warned about once per transport, with a ``SecurityWarning``.
"""

from __future__ import annotations

import ssl
import warnings
from dataclasses import dataclass
from typing import Literal

__all__ = ["SecurityWarning", "TlsSettings", "build_ssl_context", "warn_if_insecure"]


class SecurityWarning(UserWarning):
    """TLS is used without certificate verification."""


@dataclass(frozen=True, slots=True)
class TlsSettings:
    """TLS options as elasticsearch-py names them."""

    verify_certs: bool = True
    ca_certs: str | None = None  # PEM bundle; None means the system's trust store
    client_cert: str | None = None
    client_key: str | None = None
    # A host name to match the certificate against instead of the node's, or False for none.
    ssl_assert_hostname: str | Literal[False] | None = None
    ssl_show_warn: bool = True
    ssl_context: ssl.SSLContext | None = None

    def __post_init__(self) -> None:
        if self.ssl_context is not None and (
            self.ca_certs or self.client_cert or self.client_key or not self.verify_certs
        ):
            raise ValueError(
                "Pass either ssl_context or verify_certs/ca_certs/client_cert/client_key, "
                "not both: the context already decides them"
            )
        if self.client_key and not self.client_cert:
            raise ValueError("client_key needs client_cert")


def build_ssl_context(settings: TlsSettings) -> ssl.SSLContext:
    """A client context from ``settings``; the user's own ``ssl_context`` is used as is."""
    if settings.ssl_context is not None:
        return settings.ssl_context
    context = ssl.create_default_context(ssl.Purpose.SERVER_AUTH)
    if not settings.verify_certs:
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
    else:
        if settings.ca_certs:
            context.load_verify_locations(cafile=settings.ca_certs)
        if settings.ssl_assert_hostname is False:
            context.check_hostname = False  # chain still verified, name not
    if settings.client_cert:
        context.load_cert_chain(settings.client_cert, settings.client_key)
    context.set_alpn_protocols(["http/1.1"])
    return context


def warn_if_insecure(settings: TlsSettings, uses_tls: bool, stacklevel: int = 3) -> None:
    """Warn once (per call site, per transport) that certificates are not verified."""
    if uses_tls and not settings.verify_certs and settings.ssl_show_warn:
        warnings.warn(
            "TLS certificate verification is disabled (verify_certs=False): the connection "
            "can be intercepted. Pass ca_certs instead for a self-signed cluster.",
            SecurityWarning,
            stacklevel=stacklevel,
        )
