"""The one switch for the blocking transport's fast paths on urllib3/http.client internals.

Three fast paths lean on private code: one write per request (``urllib3_connections``
overrides http.client's ``request``/``_buffer``/``_send_output``), heads read without the
email package (``urllib3_heads`` repeats ``HTTPResponse.begin``, only on an http.client whose
code it was checked against) and headers lower-cased from ``HTTPHeaderDict._container``.
Each is decided here, once, at import. ``ESINFERENCE_PURE_URLLIB3=1`` (or ``true``) turns all
three off, so the stock behaviour a new Python would fall back on is run in CI too.
"""

from __future__ import annotations

import http.client
import os

from .deadline_io import with_deadline
from .urllib3_heads import HTTP_CLIENT_CHECKED, FastHeadResponse, http_client_fingerprint

__all__ = [
    "FAST_HEADS",
    "HEADER_CONTAINER",
    "ONE_WRITE",
    "PURE",
    "RESPONSE_CLASS",
    "pure_requested",
    "response_class",
]

SWITCH = "ESINFERENCE_PURE_URLLIB3"


def pure_requested(value: str | None) -> bool:
    """Whether the switch's value (``None`` when unset) asks for stock urllib3 only."""
    return (value or "").strip().lower() in ("1", "true")


def response_class(pure: bool) -> type[http.client.HTTPResponse]:
    """``FastHeadResponse`` on the http.client it was checked against, else http.client's."""
    if not pure and http_client_fingerprint() in HTTP_CLIENT_CHECKED:
        return FastHeadResponse
    return http.client.HTTPResponse


PURE = pure_requested(os.environ.get(SWITCH))
ONE_WRITE = not PURE  # request head and bytes body in one system call
HEADER_CONTAINER = not PURE  # read HTTPHeaderDict._container instead of itermerged()
# Every response read stops at the attempt's deadline: that is a bound, not a fast path, and
# uses only the socket reader under the response, so it stays on in pure mode.
RESPONSE_CLASS = with_deadline(response_class(PURE))
FAST_HEADS = RESPONSE_CLASS.__bases__ == (FastHeadResponse,)
