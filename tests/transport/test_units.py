"""Pure parts: host parsing, retry policy, node pool, HTTP/1.1 request serialization."""

from __future__ import annotations

import base64
import threading
from collections import Counter

import pytest
from hypothesis import given
from hypothesis import strategies as st

from esinference._transport.http1_wire import serialize_request
from esinference._transport.node_pool import NodePool
from esinference._transport.nodes import NodeConfig, parse_hosts
from esinference._transport.retry import FailureKind, RetryPolicy, parse_retry_after

pytestmark = pytest.mark.timeout(10)


# -- parse_hosts -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("hosts", "expected"),
    [
        ("http://localhost", NodeConfig("http", "localhost", 9200)),
        ("https://es.example:443/", NodeConfig("https", "es.example", 443)),
        ("http://es:9201/prefix/", NodeConfig("http", "es", 9201, "/prefix")),
        ("http://[::1]:9200", NodeConfig("http", "::1", 9200)),
        ({"host": "es"}, NodeConfig("http", "es", 9200)),
        ({"host": "[::1]", "port": 9300, "scheme": "https"}, NodeConfig("https", "::1", 9300)),
        ({"host": "es", "path_prefix": "/p/"}, NodeConfig("http", "es", 9200, "/p")),
    ],
)
def test_parse_hosts(hosts: object, expected: NodeConfig) -> None:
    assert parse_hosts(hosts) == ((expected,), None)  # type: ignore[arg-type]


def test_ipv6_base_url_is_bracketed() -> None:
    assert NodeConfig("https", "::1", 9200).base_url == "https://[::1]:9200"


def test_credentials_are_stripped_from_nodes() -> None:
    nodes, authorization = parse_hosts(["https://elastic:p%40ss@a:9200", "https://b:9200"])
    assert [n.base_url for n in nodes] == ["https://a:9200", "https://b:9200"]
    assert authorization == "Basic " + base64.b64encode(b"elastic:p@ss").decode()
    assert "p@ss" not in repr(nodes)


@pytest.mark.parametrize(
    ("hosts", "message"),
    [
        ("localhost:9200", "has no scheme"),
        ("ftp://es", "scheme must be"),
        ("http://es:99999", "invalid port"),
        ("http://es:abc", "invalid port"),
        ("http://", "has no host"),
        # urlsplit checks bracketed literals from 3.11 on; on 3.10 our own IPv6 check refuses it
        ("http://[::zz]:9200", "has an invalid host|is not a valid IPv6 address"),
        ({"host": "::zz"}, "not a valid IPv6"),
        ({"host": "es", "port": 0}, "invalid port"),
        ({"port": 9200}, "needs a non-empty 'host'"),
        ({"host": "es", "bogus": 1}, "Unknown host keys"),
        ([], "at least one node"),
        (["http://a:x@h", "http://b:y@h"], "different credentials"),
    ],
)
def test_bad_hosts(hosts: object, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        parse_hosts(hosts)  # type: ignore[arg-type]


def test_bad_host_message_hides_password() -> None:
    with pytest.raises(ValueError) as caught:
        parse_hosts("http://user:hunter2@es:notaport")
    assert "hunter2" not in str(caught.value)


# -- RetryPolicy -------------------------------------------------------------------------


def test_default_policy_retries_only_what_was_not_processed() -> None:
    policy = RetryPolicy()
    assert policy.should_retry_failure(FailureKind.CONNECT, 1)
    assert not policy.should_retry_failure(FailureKind.DISCONNECT, 1)
    assert not policy.should_retry_failure(FailureKind.TIMEOUT, 1)
    assert not policy.should_retry_failure(FailureKind.TLS, 1)
    assert [policy.should_retry_status(s, 1) for s in (429, 503, 400, 404, 500)] == [
        True, True, False, False, False,
    ]  # fmt: skip
    assert policy.should_retry_status(503, 3) and not policy.should_retry_status(503, 4)


def test_client_errors_cannot_be_made_retryable() -> None:
    with pytest.raises(ValueError, match="429 and 5xx"):
        RetryPolicy(retry_on_status=(409, 503))


@given(attempt=st.integers(1, 200), rand=st.floats(0, 1))
def test_backoff_is_full_jitter_under_the_cap(attempt: int, rand: float) -> None:
    policy = RetryPolicy(retry_backoff_base=0.1, retry_backoff_cap=10.0)
    delay = policy.next_delay(attempt, rand=lambda: rand)
    assert 0 <= delay <= min(10.0, 0.1 * 2 ** (attempt - 1))


def test_retry_after_seconds_and_date_capped() -> None:
    policy = RetryPolicy(retry_after_max=30.0)
    now = 1_700_000_000.0  # 2023-11-14T22:13:20Z
    assert policy.next_delay(1, "2", now=now) == 2.0
    assert policy.next_delay(1, "3600", now=now) == 30.0
    assert policy.next_delay(1, "Tue, 14 Nov 2023 22:13:25 GMT", now=now) == 5.0
    assert policy.next_delay(1, "Tue, 14 Nov 2023 22:00:00 GMT", now=now) == 0.0
    assert policy.next_delay(1, "soon", now=now, rand=lambda: 0.5) == 0.05
    assert parse_retry_after("garbage") is None


# -- NodePool ----------------------------------------------------------------------------


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


NODES = [NodeConfig("http", f"n{i}", 9200) for i in range(3)]


def test_pool_round_robin() -> None:
    pool = NodePool(NODES)
    assert [pool.get().host for _ in range(6)] == ["n0", "n1", "n2"] * 2


def test_dead_node_backoff_and_resurrection() -> None:
    clock = Clock()
    pool = NodePool(NODES, dead_timeout=1.0, max_dead_timeout=4.0, clock=clock)
    timeouts = [pool.mark_dead(NODES[1])]
    for _ in range(3):
        clock.now += timeouts[-1]  # benched until now: tried again, and failed again
        timeouts.append(pool.mark_dead(NODES[1]))
    assert timeouts == [1.0, 2.0, 4.0, 4.0]
    # More failures while benched (other requests of the same outage) do not lengthen it.
    assert pool.mark_dead(NODES[1]) == 4.0
    assert [pool.get().host for _ in range(4)] == ["n0", "n2", "n0", "n2"]
    clock.now += 4.0
    assert {pool.get().host for _ in range(3)} == {"n0", "n1", "n2"}
    pool.mark_live(NODES[1])
    assert pool.mark_dead(NODES[1]) == 1.0  # failures were forgotten


def test_all_dead_picks_the_soonest_back() -> None:
    clock = Clock()
    pool = NodePool(NODES, clock=clock)
    pool.mark_dead(NODES[0])
    pool.mark_dead(NODES[2])
    clock.now += 1.0  # both back; both fail again, benched twice as long
    for node in (NODES[0], NODES[1], NODES[2]):
        pool.mark_dead(node)
    assert pool.live_count() == 0
    assert pool.get() == NODES[1]


def test_exclude_prefers_untried_nodes() -> None:
    pool = NodePool(NODES)
    assert pool.get(exclude=[NODES[0], NODES[1]]) == NODES[2]
    assert pool.get(exclude=NODES) in NODES


def test_pool_is_thread_safe() -> None:
    pool = NodePool(NODES)
    seen: Counter[str] = Counter()
    lock = threading.Lock()

    def worker() -> None:
        local = Counter(pool.get().host for _ in range(3000))
        with lock:
            seen.update(local)

    threads = [threading.Thread(target=worker) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert seen == {"n0": 8000, "n1": 8000, "n2": 8000}


def test_replace_keeps_known_state() -> None:
    clock = Clock()
    pool = NodePool(NODES[:2], clock=clock)
    pool.mark_dead(NODES[0])
    pool.replace([NODES[0], NODES[2]])
    assert pool.is_dead(NODES[0]) and pool.nodes == (NODES[0], NODES[2])


# -- HTTP/1.1 serialization --------------------------------------------------------------


def test_serialize_request() -> None:
    data = serialize_request("POST", "/x?y=1", "es:9200", {"A": "b", "Content-Length": "9"}, b"{}")
    assert data == b"POST /x?y=1 HTTP/1.1\r\nHost: es:9200\r\nA: b\r\nContent-Length: 2\r\n\r\n{}"


def test_header_injection_is_refused_without_echoing_the_value() -> None:
    with pytest.raises(ValueError) as caught:
        serialize_request("GET", "/", "es", {"Authorization": "Basic x\r\nEvil: 1"}, None)
    assert "Basic" not in str(caught.value)
