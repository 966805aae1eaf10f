"""The shared pacer (``helpers._pacing``), time passed in: spacing, AIMD on 429, Retry-After.

Senders take slots ``60 / requests_per_minute`` apart; a 429 halves the rate for everyone
(several 429s of one burst count once) and pushes every later slot out; each success gives
back a little; a Retry-After holds every sender; with no limit known only 429s pause.
"""

from __future__ import annotations

import multiprocessing
import os
import pickle
import threading
import time
from pathlib import Path

import pytest

from esinference.helpers import HostPacer, Pacer, RateBudget, SharedPacer
from esinference.helpers._pacing import CATCH_UP, DECREASE, INCREASE, MIN_SHARE


def slots(pacer: Pacer, now: float, count: int) -> list[float]:
    """The absolute send times of ``count`` senders asking at ``now``."""
    return [now + pacer.reserve(now) for _ in range(count)]


def test_senders_asking_together_are_spaced_by_the_rate() -> None:
    pacer = Pacer(1200)  # one every 50 ms
    assert slots(pacer, 100.0, 4) == pytest.approx([100.0, 100.05, 100.10, 100.15])


def test_a_sender_after_a_quiet_spell_goes_at_once_and_saves_at_most_the_catch_up() -> None:
    pacer = Pacer(60)
    pacer.reserve(0.0)
    assert pacer.reserve(30.0) == 0.0
    assert pacer.reserve(30.0) == pytest.approx(1.0 - CATCH_UP)  # one second apart again


def test_late_senders_use_the_slots_they_missed_in_the_last_quarter_second() -> None:
    pacer = Pacer(1200)  # one every 50 ms
    pacer.reserve(0.0)  # next slot at 0.05
    # Everyone was busy until 0.30: the slots of 0.05 .. 0.30 are partly lost, partly used now.
    at_once = [pacer.reserve(0.30) for _ in range(10)].count(0.0)
    assert at_once == round(CATCH_UP / 0.05) + 1
    assert pacer.reserve(0.30) > 0.0


def test_no_known_limit_means_no_wait() -> None:
    pacer = Pacer(None)
    assert slots(pacer, 5.0, 100) == [5.0] * 100


def test_a_429_halves_the_rate_and_successes_give_it_back() -> None:
    pacer = Pacer(600)
    pacer.reserve(0.0)
    pacer.record(0.0, throttled=True)
    assert pacer.share == DECREASE
    assert pacer.interval == pytest.approx(0.2)  # 300 a minute now
    for _ in range(round((1 - DECREASE) / INCREASE)):
        pacer.record(1.0, throttled=False)
    assert pacer.share == pytest.approx(1.0)
    pacer.record(1.0, throttled=False)
    assert pacer.share == 1.0  # never above the limit


def test_the_429s_of_one_burst_halve_the_rate_once() -> None:
    pacer = Pacer(1200)
    for _ in range(8):  # eight requests in flight all come back 429
        pacer.record(10.0, throttled=True)
    assert pacer.share == DECREASE
    assert pacer.throttled == 8
    pacer.record(11.5, throttled=True)  # a later one is news
    assert pacer.share == DECREASE * DECREASE


def test_the_rate_never_drops_below_its_floor() -> None:
    pacer = Pacer(1200)
    for second in range(20):
        pacer.record(float(second * 10), throttled=True)
    assert pacer.share == MIN_SHARE


def test_after_a_429_new_slots_follow_the_old_ones_at_the_new_spacing() -> None:
    pacer = Pacer(1200)
    slots(pacer, 0.0, 4)  # 0, 0.05, 0.10, 0.15: already handed out
    pacer.record(0.0, throttled=True)
    assert slots(pacer, 0.0, 2) == pytest.approx([0.20, 0.30])


def test_retry_after_holds_every_sender() -> None:
    pacer = Pacer(1200)
    pacer.reserve(0.0)
    pacer.record(0.0, throttled=True, retry_after=3.0)
    assert min(slots(pacer, 0.5, 5)) == pytest.approx(3.0)
    assert pacer.reserve(10.0) == 0.0


def test_without_a_limit_a_429_pauses_everyone_for_a_second() -> None:
    pacer = Pacer(None)
    pacer.record(7.0, throttled=True)
    assert slots(pacer, 7.0, 3) == [8.0, 8.0, 8.0]


def test_a_nonsense_limit_is_refused() -> None:
    with pytest.raises(ValueError, match="requests_per_minute must be > 0"):
        Pacer(0)


def test_the_shared_pacer_is_a_rate_budget_for_threads() -> None:
    shared = SharedPacer(60_000)  # one slot a millisecond
    assert isinstance(shared, RateBudget)
    waits: list[float] = []
    threads = [
        threading.Thread(target=lambda: waits.extend(shared.wait() for _ in range(50)))
        for _ in range(4)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(waits) == 200
    assert max(waits) == pytest.approx(0.2, abs=0.05)  # 200 slots, 1 ms apart, from ~now
    shared.record(True)
    assert shared.stats() == (200, 1)


def test_a_pickled_shared_pacer_starts_afresh_with_the_same_limit() -> None:
    shared = SharedPacer(1200)
    shared.record(True)
    copy = pickle.loads(pickle.dumps(shared))
    assert copy.pacer.requests_per_minute == 1200
    assert copy.pacer.share == 1.0
    assert copy.stats() == (0, 0)


def _take_slots(path: str, count: int) -> float:
    """In a child process: take ``count`` send slots from the host pacer at ``path``; the
    monotonic time of the last."""
    pacer = HostPacer(path, 6_000)
    waits = [pacer.wait() for _ in range(count)]
    return time.monotonic() + waits[-1]


@pytest.mark.skipif(os.name != "posix", reason="flock is POSIX")
def test_processes_of_one_machine_share_the_host_pacers_schedule(tmp_path: Path) -> None:
    path = str(tmp_path / "pacer.json")
    context = multiprocessing.get_context("spawn")
    started = time.monotonic()
    with context.Pool(2) as pool:
        last = max(pool.starmap(_take_slots, [(path, 50)] * 2))
    pacer = HostPacer(path, 6_000)
    assert pacer.stats() == (100, 0)  # one schedule: both processes' slots counted in it
    # 100 slots 10 ms apart, the first ones no earlier than the processes started: the last
    # is ~1 s out (two schedules of 50 would end at ~0.5 s).
    assert last - started >= 0.99 - 0.25  # less the catch-up a late process may use
    pacer.record(True, 0.5)
    assert pacer.wait() >= 0.45  # the Retry-After holds every process that opens the file


def test_a_pickled_host_pacer_opens_the_same_file(tmp_path: Path) -> None:
    pacer = HostPacer(str(tmp_path / "pacer.json"), 1200)
    pacer.wait()
    copy = pickle.loads(pickle.dumps(pacer))
    assert copy.stats() == (1, 0)
    with pytest.raises(ValueError, match="requests_per_minute must be > 0"):
        HostPacer(str(tmp_path / "other.json"), 0)
