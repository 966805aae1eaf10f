"""A provider's rate limit, as the local server imitates it: pure, time passed in.

Elasticsearch paces its own calls to a provider by the endpoint's
``service_settings.rate_limit.requests_per_minute``, but the provider has its own quota, and
above it Elasticsearch answers 429 ``status_exception`` "Received a rate limit status code for
request from inference entity id [...] status [429]" (``BaseResponseHandler``). The local
server, when asked (``--provider-rate-limit``), plays that provider with the endpoint's own
``requests_per_minute`` as the quota, so clients can exercise pacing end to end.

The quota is a token bucket per endpoint (a GCRA: one "theoretical arrival time" per key):
tokens come at ``requests_per_minute / 60`` a second and up to ``burst_seconds`` worth of them
are saved, so a client that spreads its requests evenly is never refused, one that bursts or
whose workers each send at the full rate is. Nothing here sleeps, reads a clock or knows HTTP.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field

__all__ = ["ProviderRateLimit", "rate_limit_reason"]

# BaseResponseHandler.RATE_LIMIT and buildError's "%s for request from inference entity id [%s]
# status [%s]. Error message: [%s]".
_REASON = (
    "Received a rate limit status code for request from inference entity id [{id}] status [429]."
    " Error message: [{message}]"
)


def rate_limit_reason(inference_id: str, requests_per_minute: float) -> str:
    """The reason of Elasticsearch's 429 when the provider refused a request of this endpoint."""
    message = f"Rate limit reached: {requests_per_minute:g} requests per minute"
    return _REASON.format(id=inference_id, message=message)


# Schedules add up floats: a request exactly on time must not lose to a rounding error.
_EPSILON = 1e-9


@dataclass
class ProviderRateLimit:
    """Admits requests per endpoint within ``requests_per_minute``; thread-safe.

    ``burst_seconds``: how many seconds of unused quota a quiet endpoint may spend at once
    (at least one request is always admitted after a pause).
    """

    burst_seconds: float = 1.0
    refused: dict[str, int] = field(default_factory=dict)  # requests answered 429, per key
    _arrivals: dict[str, float] = field(default_factory=dict)  # key -> theoretical arrival
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def __post_init__(self) -> None:
        if self.burst_seconds < 0:
            raise ValueError(f"burst_seconds must be >= 0, got {self.burst_seconds}")

    def admit(self, key: str, requests_per_minute: float, now: float) -> float:
        """0.0 if a request of ``key`` arriving at ``now`` is within quota (and counts), else
        the seconds until one would be (the refused request does not count)."""
        if requests_per_minute <= 0:
            raise ValueError(f"requests_per_minute must be > 0, got {requests_per_minute}")
        interval = 60.0 / requests_per_minute
        # How far ahead of its schedule the endpoint may run: the bucket holds at least one token.
        ahead = max(interval, self.burst_seconds) - interval
        with self._lock:
            arrival = max(self._arrivals.get(key, now), now)
            if arrival - now > ahead + _EPSILON:
                self.refused[key] = self.refused.get(key, 0) + 1
                return arrival - now - ahead
            self._arrivals[key] = arrival + interval
            return 0.0

    def forget(self, key: str | None = None) -> None:
        """Drop the quota state and counts of ``key`` (an endpoint deleted) or of every one."""
        with self._lock:
            if key is None:
                self._arrivals.clear()
                self.refused.clear()
            else:
                self._arrivals.pop(key, None)
                self.refused.pop(key, None)
