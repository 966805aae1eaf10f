"""The local server's provider quota (``inference/backend/provider_limit.py``), with time passed in.

An endpoint's ``requests_per_minute`` is the quota; evenly spread requests always pass, a
burst beyond ``burst_seconds`` of quota is refused with the wait until the next token, and
refused requests do not use quota. The 429 reason is Elasticsearch's.
"""

from __future__ import annotations

import threading

import pytest

from esinference.server.inference.backend.provider_limit import ProviderRateLimit, rate_limit_reason


def test_requests_spread_at_the_quota_all_pass() -> None:
    limit = ProviderRateLimit(burst_seconds=0.0)
    # 1,200 a minute: one every 50 ms, for a simulated minute.
    assert all(limit.admit("e5", 1200, now=i * 0.05) == 0.0 for i in range(1200))


def test_a_burst_gets_one_second_of_quota_then_the_wait_for_the_next_token() -> None:
    limit = ProviderRateLimit(burst_seconds=1.0)
    answers = [limit.admit("e5", 1200, now=10.0) for _ in range(25)]
    assert answers[:20] == [0.0] * 20  # 20 a second
    assert answers[20:] == [pytest.approx(0.05)] * 5
    assert limit.admit("e5", 1200, now=10.05) == 0.0  # the next token, exactly when promised
    assert limit.admit("e5", 1200, now=10.05) > 0.0


def test_refused_requests_do_not_use_quota() -> None:
    limit = ProviderRateLimit(burst_seconds=0.0)
    assert limit.admit("e5", 60, now=0.0) == 0.0
    for _ in range(100):
        assert limit.admit("e5", 60, now=0.5) == pytest.approx(0.5)
    assert limit.admit("e5", 60, now=1.0) == 0.0
    assert limit.refused == {"e5": 100}


def test_a_quiet_endpoint_saves_no_more_than_the_burst() -> None:
    limit = ProviderRateLimit(burst_seconds=1.0)
    limit.admit("e5", 600, now=0.0)
    admitted = sum(limit.admit("e5", 600, now=3600.0) == 0.0 for _ in range(50))
    assert admitted == 10  # an hour idle still buys one second: 600/min = 10 a second


def test_endpoints_have_their_own_quota() -> None:
    limit = ProviderRateLimit(burst_seconds=0.0)
    assert limit.admit("a", 60, now=0.0) == 0.0
    assert limit.admit("b", 60, now=0.0) == 0.0
    assert limit.admit("a", 60, now=0.0) > 0.0
    limit.forget("a")
    assert limit.admit("a", 60, now=0.0) == 0.0
    assert limit.admit("b", 60, now=0.0) > 0.0
    assert limit.refused == {"b": 1}
    limit.forget()
    assert limit.admit("b", 60, now=0.0) == 0.0
    assert limit.refused == {}


def test_threads_share_the_quota_exactly() -> None:
    limit = ProviderRateLimit(burst_seconds=1.0)
    admitted: list[float] = []

    def send() -> None:
        for _ in range(100):
            admitted.append(limit.admit("e5", 3000, now=5.0))

    threads = [threading.Thread(target=send) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert admitted.count(0.0) == 50  # 3,000 a minute: 50 in one second, whoever asks


@pytest.mark.parametrize(("rpm", "burst"), [(0, 1.0), (-5, 1.0), (60, -1.0)])
def test_nonsense_quotas_are_refused(rpm: float, burst: float) -> None:
    with pytest.raises(ValueError):
        ProviderRateLimit(burst_seconds=burst).admit("e5", rpm, now=0.0)


def test_the_reason_is_elasticsearchs() -> None:
    assert rate_limit_reason("my-e5", 1200) == (
        "Received a rate limit status code for request from inference entity id [my-e5]"
        " status [429]. Error message: [Rate limit reached: 1200 requests per minute]"
    )
