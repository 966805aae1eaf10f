"""A worker takes its send slots from a remote pacer a lease at a time (``LeasedBudget``):
one round trip per lease, the pacer's own schedule, and after a 429 no slot given out at the
old rate is used. Needs no engine, so ``make check`` runs it."""

from __future__ import annotations

import contextlib
import time

import pytest

from esinference.helpers import RateBudget, SharedPacer
from esinference.integrations._distributed import LeasedBudget, PacerService


class Remote:
    """A pacer service as a worker sees it: every call counted (a round trip each)."""

    def __init__(self, requests_per_minute: float) -> None:
        self.service = PacerService(requests_per_minute)
        self.leases: list[int] = []
        self.reports: list[tuple[bool, float | None]] = []

    def lease(self, count: int) -> list[float]:
        self.leases.append(count)
        return self.service.lease(count)

    def report(self, throttled: bool, retry_after: float | None) -> None:
        self.reports.append((throttled, retry_after))
        self.service.record(throttled, retry_after)


def test_a_lease_is_one_round_trip_for_several_slots_on_the_pacers_schedule() -> None:
    remote = Remote(60_000)  # one slot a millisecond
    budget = LeasedBudget(remote.lease, remote.report, size=4)
    assert isinstance(budget, RateBudget)
    waits = [budget.wait() for _ in range(10)]
    assert remote.leases == [4, 4, 4]  # 10 slots: three leases, two slots left over
    assert remote.service.stats() == (12, 0)
    assert waits == sorted(waits)
    assert waits[-1] == pytest.approx(0.009, abs=0.005)  # the 10th slot, 1 ms apart from ~now


def test_after_a_429_the_slots_held_are_dropped_and_the_pacer_hears_it() -> None:
    remote = Remote(1200)
    budget = LeasedBudget(remote.lease, remote.report, size=4)
    budget.wait()
    budget.record(False)
    budget.record(True, 2.0)
    assert remote.reports == [(False, None), (True, 2.0)]
    assert budget.wait() >= 1.9  # a new lease, behind the Retry-After, not a slot held
    assert remote.leases == [4, 4]
    assert remote.service.stats() == (8, 1)


def test_slots_held_past_the_catch_up_are_dropped_not_sent_in_a_burst(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    remote = Remote(1200)  # one slot every 50 ms
    budget = LeasedBudget(remote.lease, remote.report, size=4)
    clock = [100.0]
    monkeypatch.setattr(time, "monotonic", lambda: clock[0])
    monkeypatch.setattr(remote.service._pacer, "_lock", contextlib.nullcontext())
    assert budget.wait() == 0.0  # slots at 100.0, 100.05, 100.10, 100.15; one taken
    clock[0] = 110.0  # idle between partitions: the three slots held are 10 s old
    assert budget.wait() == 0.0
    assert remote.leases == [4, 4]  # a new lease, not the stale slots: the pacer decides
    assert remote.service.stats() == (8, 0)  # how much of the missed time may be caught up


def test_a_lease_takes_the_same_slots_as_as_many_waits() -> None:
    leased, waited = SharedPacer(600), SharedPacer(600)
    delays = leased.lease(3)
    assert [round(d, 2) for d in delays] == [round(waited.wait(), 2) for _ in range(3)]
    assert delays[1] - delays[0] == pytest.approx(0.1, abs=0.01)


def test_a_lease_of_nothing_is_refused() -> None:
    with pytest.raises(ValueError, match="size must be >= 1"):
        LeasedBudget(lambda count: [], lambda throttled, retry_after: None, size=0)
