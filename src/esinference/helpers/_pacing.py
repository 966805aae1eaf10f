"""Pacing to an endpoint's rate limit: one schedule that every sender of a run shares.

``Pacer`` is pure (the time is passed in, nothing sleeps): it hands out send times spaced
``60 / requests_per_minute`` seconds apart (a GCRA; late senders may use the slots missed in
the last quarter second, never more), shrinks the rate by half when
the provider answers 429 and grows it back by small steps on success (AIMD), and holds every
sender back until a ``Retry-After`` has passed. ``SharedPacer`` adds a lock and the clock so
threads, asyncio tasks or (behind an engine's actor) whole processes wait on the same
schedule; it implements ``RateBudget``, the two calls the bulk helpers make. ``HostPacer``
keeps the schedule in a file instead, under an exclusive lock: the processes of one machine
share it with no process to hold it (Spark's Python workers, which have no actor to meet at).
"""

from __future__ import annotations

import json
import os
import threading
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from typing import Protocol, TypeVar, runtime_checkable

__all__ = ["HostPacer", "Pacer", "RateBudget", "SharedPacer"]

_T = TypeVar("_T")

# After a 429 the rate halves; each success then gives back this share of the limit, so a
# halved rate is whole again after ~25 successes (about a second at 1,200 requests/min).
DECREASE = 0.5
INCREASE = 0.02
MIN_SHARE = 1 / 64  # never slower than this share of the limit: a run always makes progress
# Seconds of missed slots a late sender may still use: well under the second of burst a
# provider's bucket (and the local server's) allows, enough to absorb scheduling jitter.
CATCH_UP = 0.25
# 429s closer together than this (after the last decrease) are one congestion event: the
# requests already in flight when the rate was cut say nothing about the new rate.
_SAME_EVENT = 1.0


@runtime_checkable
class RateBudget(Protocol):
    """What a bulk run asks of a shared rate limit: when to send, and how it went."""

    def wait(self) -> float:
        """Reserve the next send slot; return the seconds to wait before sending."""
        ...

    def record(self, throttled: bool, retry_after: float | None = None) -> None:
        """Report an answer: ``throttled`` for a 429 (with its Retry-After, if any)."""
        ...


@dataclass
class Pacer:
    """The send schedule of one rate limit (None: no known limit, only 429 pauses).

    ``share`` is the fraction of ``requests_per_minute`` currently used (AIMD moves it).
    """

    requests_per_minute: float | None
    share: float = 1.0
    _next_slot: float = float("-inf")  # the earliest time the next request may go
    _paused_until: float = float("-inf")  # Retry-After, or a pause after a 429 with no limit
    _last_decrease: float = float("-inf")
    throttled: int = 0  # 429s recorded
    sent: int = 0  # slots handed out

    def __post_init__(self) -> None:
        if self.requests_per_minute is not None and not self.requests_per_minute > 0:
            raise ValueError(f"requests_per_minute must be > 0, got {self.requests_per_minute}")

    @property
    def interval(self) -> float:
        """Seconds between two sends at the current rate (0: no limit known)."""
        if self.requests_per_minute is None:
            return 0.0
        return 60.0 / (self.requests_per_minute * self.share)

    def reserve(self, now: float) -> float:
        """Take the next send slot; the seconds from ``now`` until it comes.

        A sender that comes late (a slow answer, a busy CPU) may still use the slots missed in
        the last ``CATCH_UP`` seconds, so the run keeps its average rate; never more than that.
        """
        if self._next_slot == float("-inf"):
            self._next_slot = now  # no credit at the start
        earliest = max(self._next_slot, now - CATCH_UP, self._paused_until)
        self._next_slot = earliest + self.interval
        self.sent += 1
        return max(0.0, earliest - now)

    def record(self, now: float, throttled: bool, retry_after: float | None = None) -> None:
        """Adjust the rate after an answer: halve it on a 429 (once per event), else grow it."""
        if not throttled:
            self.share = min(1.0, self.share + INCREASE)
            return
        self.throttled += 1
        pause = retry_after if retry_after is not None else 0.0
        if now - self._last_decrease >= max(_SAME_EVENT, self.interval):
            self._last_decrease = now
            self.share = max(MIN_SHARE, self.share * DECREASE)
            if self.requests_per_minute is None and retry_after is None:
                pause = 1.0  # no limit to slow down to: everyone stops for a second instead
        if pause > 0:
            self._paused_until = max(self._paused_until, now + pause)


class SharedPacer:
    """A ``Pacer`` behind a lock, on the monotonic clock: one rate budget for many senders.

    It is picklable (a process that unpickles it gets its own copy, not a shared one): to
    share one budget between processes put it behind the engine's actor
    (``esinference.integrations``).
    """

    def __init__(self, requests_per_minute: float | None) -> None:
        self.pacer = Pacer(requests_per_minute)
        self._lock = threading.Lock()

    def wait(self) -> float:
        with self._lock:
            return self.pacer.reserve(time.monotonic())

    def lease(self, count: int) -> list[float]:
        """Reserve the next ``count`` send slots at once; the seconds to wait for each.

        What a remote sender takes per round trip to the budget's holder (an engine actor),
        so it asks once per ``count`` requests instead of once per request.
        """
        with self._lock:
            now = time.monotonic()
            return [self.pacer.reserve(now) for _ in range(count)]

    def record(self, throttled: bool, retry_after: float | None = None) -> None:
        with self._lock:
            self.pacer.record(time.monotonic(), throttled, retry_after)

    def stats(self) -> tuple[int, int]:
        """(slots handed out, 429s recorded) so far."""
        with self._lock:
            return self.pacer.sent, self.pacer.throttled

    def __getstate__(self) -> dict[str, object]:
        return {"requests_per_minute": self.pacer.requests_per_minute}

    def __setstate__(self, state: dict[str, object]) -> None:
        rpm = state["requests_per_minute"]
        self.__init__(rpm if isinstance(rpm, (int, float)) else None)  # type: ignore[misc]

    def __repr__(self) -> str:
        return f"SharedPacer(requests_per_minute={self.pacer.requests_per_minute})"


class HostPacer:
    """A ``Pacer`` kept in the file ``path``, taken under an exclusive lock (``flock``) for
    each call: one rate budget for every process of one machine that opens the same path.

    The schedule is on the monotonic clock, which the processes of one machine share. POSIX
    only (``fcntl``); the file stays behind (a few hundred bytes) when the run ends.
    """

    def __init__(self, path: str, requests_per_minute: float | None) -> None:
        Pacer(requests_per_minute)  # a nonsense limit fails here, not at the first send
        self._path = path
        self._requests_per_minute = requests_per_minute
        self._fd: int | None = None
        self._lock = threading.Lock()  # the file lock is per process: threads queue here

    def wait(self) -> float:
        return self._update(lambda pacer, now: pacer.reserve(now))

    def record(self, throttled: bool, retry_after: float | None = None) -> None:
        self._update(lambda pacer, now: pacer.record(now, throttled, retry_after))

    def stats(self) -> tuple[int, int]:
        """(slots handed out, 429s recorded) so far, by every process sharing the file."""
        return self._update(lambda pacer, now: (pacer.sent, pacer.throttled))

    def _update(self, change: Callable[[Pacer, float], _T]) -> _T:
        import fcntl

        with self._lock:
            if self._fd is None:
                self._fd = os.open(self._path, os.O_RDWR | os.O_CREAT, 0o600)
            fcntl.flock(self._fd, fcntl.LOCK_EX)
            try:
                state = os.pread(self._fd, 4096, 0)
                pacer = Pacer(**json.loads(state)) if state else Pacer(self._requests_per_minute)
                result = change(pacer, time.monotonic())
                os.pwrite(self._fd, json.dumps(asdict(pacer)).encode().ljust(4096), 0)
                return result
            finally:
                fcntl.flock(self._fd, fcntl.LOCK_UN)

    def __getstate__(self) -> dict[str, object]:
        return {"path": self._path, "requests_per_minute": self._requests_per_minute}

    def __setstate__(self, state: dict[str, object]) -> None:
        rpm = state["requests_per_minute"]
        self.__init__(str(state["path"]), rpm if isinstance(rpm, (int, float)) else None)  # type: ignore[misc]

    def __repr__(self) -> str:
        return f"HostPacer({self._path!r}, requests_per_minute={self._requests_per_minute})"
