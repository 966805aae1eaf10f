"""The response size limit (``max_response_size``), shared by both transports.

A limit is checked three times: on the declared ``Content-Length`` before any byte of the
body is read, on the bytes read for a chunked or close-delimited body, and on the
decompressed size of a gzip or deflate body (``gzip_codec`` inflates with a cap, never
first). Going over raises ``ResponseTooLargeError`` naming the limit and the option; the
connection is closed (its position in the body is lost) and the request is not retried.
"""

from __future__ import annotations

from collections.abc import Mapping

from . import errors
from .attempts import AttemptFailed, attempt_failed
from .retry import FailureKind

__all__ = ["LimitExceeded", "check_declared_length", "too_large"]


class LimitExceeded(Exception):
    """Internal: a body (or its decompressed form) went over ``limit`` bytes."""

    def __init__(self, limit: int, what: str) -> None:
        super().__init__(f"{what} is larger than {limit} bytes")
        self.limit = limit
        self.what = what


def check_declared_length(headers: Mapping[str, str], limit: int | None) -> None:
    """Raise ``LimitExceeded`` when the answer declares a Content-Length over ``limit``."""
    if limit is None:
        return
    declared = headers.get("content-length")
    if declared is not None and declared.isdigit() and len(declared) < 30 and int(declared) > limit:
        raise LimitExceeded(limit, f"the declared Content-Length ({declared} bytes)")


def too_large(node: str, exc: LimitExceeded) -> AttemptFailed:
    """The failure for an answer over the limit: names the limit and how to change it."""
    message = (
        f"The answer from {node} exceeds max_response_size ({exc.limit} bytes): {exc.what}."
        " Raise max_response_size (client or options()) if such answers are expected."
    )
    return attempt_failed(errors.ResponseTooLargeError, message, FailureKind.TOO_LARGE, exc)
