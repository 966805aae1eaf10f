"""When to try a request again, and how long to wait first: a pure, immutable policy.

Inference calls are POSTs that may cost money upstream, so the defaults retry only what
cannot have been processed (the connection never opened) or what the server explicitly asks
to be retried (429, and 502/503/504 from a proxy or an overloaded node). Anything that may
have reached the server (a reset after sending, a read timeout) needs an explicit opt-in.
"""

from __future__ import annotations

import enum
import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timezone
from email.utils import parsedate_to_datetime

__all__ = ["FailureKind", "RetryPolicy", "parse_retry_after"]


class FailureKind(enum.Enum):
    """How far an attempt got before it failed; decides whether a retry is safe."""

    CONNECT = "connect"  # no connection was made (refused, DNS, connect timeout): not sent
    DISCONNECT = "disconnect"  # the connection broke after the request was (partly) sent
    TIMEOUT = "timeout"  # sent, but no complete answer within request_timeout
    TLS = "tls"  # handshake or certificate failure: a configuration error, never retried
    TOO_LARGE = "too_large"  # the answer exceeded max_response_size: never retried (same again)


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """Immutable retry settings; ``attempt`` arguments count from 1 (the first try)."""

    max_retries: int = 3
    retry_on_status: tuple[int, ...] = (429, 502, 503, 504)
    # A timed-out inference call may still be running (and billed) upstream.
    retry_on_timeout: bool = False
    # A reset after sending may mean the server processed the request.
    retry_on_disconnect: bool = False
    retry_backoff_base: float = 0.1
    retry_backoff_cap: float = 10.0
    retry_after_max: float = 30.0

    def __post_init__(self) -> None:
        if self.max_retries < 0:
            raise ValueError(f"max_retries must be >= 0, got {self.max_retries}")
        bad = [s for s in self.retry_on_status if (400 <= s < 500 and s != 429) or s < 400]
        if bad:
            raise ValueError(
                f"retry_on_status may hold 429 and 5xx statuses only, got {bad}: "
                "other client errors repeat identically on every attempt"
            )
        if self.retry_backoff_base < 0 or self.retry_backoff_cap < 0 or self.retry_after_max < 0:
            raise ValueError(
                "retry_backoff_base, retry_backoff_cap and retry_after_max must be >= 0"
            )

    def can_retry(self, attempt: int) -> bool:
        """Whether the budget allows another attempt after attempt number ``attempt``."""
        return attempt <= self.max_retries

    def should_retry_status(self, status: int, attempt: int) -> bool:
        """Retry an answer with ``status``? Only listed statuses, and never a 4xx but 429."""
        return status in self.retry_on_status and self.can_retry(attempt)

    def should_retry_failure(self, kind: FailureKind, attempt: int) -> bool:
        """Retry after a transport failure of ``kind``?"""
        if not self.can_retry(attempt):
            return False
        if kind is FailureKind.CONNECT:
            return True  # nothing was sent: always safe, usually on another node
        if kind is FailureKind.DISCONNECT:
            return self.retry_on_disconnect
        if kind is FailureKind.TIMEOUT:
            return self.retry_on_timeout
        return False

    def backoff(self, attempt: int, rand: Callable[[], float] = random.random) -> float:
        """Exponential back-off with full jitter: uniform in [0, min(max, base * 2^(n-1))]."""
        ceiling = min(self.retry_backoff_cap, self.retry_backoff_base * 2.0 ** min(attempt - 1, 62))
        return ceiling * rand()

    def next_delay(
        self,
        attempt: int,
        retry_after: str | None = None,
        *,
        now: float | None = None,
        rand: Callable[[], float] = random.random,
    ) -> float:
        """Seconds to wait before the attempt after ``attempt``.

        A valid ``Retry-After`` header (seconds or an HTTP date) wins over back-off, capped
        at ``retry_after_max`` so one answer cannot park a caller for minutes.
        """
        if retry_after is not None:
            seconds = parse_retry_after(retry_after, now=now)
            if seconds is not None:
                return min(seconds, self.retry_after_max)
        return self.backoff(attempt, rand)


def parse_retry_after(value: str, *, now: float | None = None) -> float | None:
    """Seconds from a ``Retry-After`` value (``"120"`` or an HTTP date); None if unparsable."""
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:  # "-0000": still UTC for HTTP dates
        when = when.replace(tzinfo=timezone.utc)
    current = time.time() if now is None else now
    return max(0.0, when.timestamp() - current)
