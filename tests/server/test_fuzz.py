"""Whatever bytes a client sends, the server answers well-formed HTTP or closes cleanly, then
keeps serving; threads and memory stay bounded.

Hypothesis draws raw requests: valid ones (some pipelined), truncated ones, oversized bodies,
garbage bytes, wrong framing (lengths, chunk sizes), huge headers and slow writers. Figures for
the whole run (requests, answers by status, crashes, drops, threads, peak memory) are printed at
the end of the session.
"""

from __future__ import annotations

import gc
import gzip
import itertools
import json
import resource
import tracemalloc
from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from esinference.server import LocalServer

from .raw_http import FIGURES, Exchange, connection_threads, exchange

MAX_BODY = 16 * 1024
EXAMPLES = 2500


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


@pytest.fixture(scope="module")
def fuzzed() -> Iterator[LocalServer]:
    rss_before = _rss_mb()
    server = LocalServer(
        max_content_length=MAX_BODY, idle_timeout=2.0, read_timeout=2.0, max_connections=32
    )
    with server:
        yield server
    FIGURES.peak_rss_mb = _rss_mb()
    FIGURES.rss_growth_mb = FIGURES.peak_rss_mb - rss_before


# -- strategies ----------------------------------------------------------------------------------

PATHS = st.sampled_from(
    ["/", "/_inference", "/_inference/_all", "/_inference/text_embedding/fz", "/_nodes", "/x"]
)
METHODS = st.sampled_from(["GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "FOO", "TRACE"])
JSON_BODIES = st.one_of(
    st.just(b""),
    st.builds(lambda t: json.dumps({"input": t}).encode(), st.text(max_size=50)),
    st.builds(lambda d: b"[" * d + b"]" * d, st.integers(1, 3000)),
    st.binary(max_size=200),
)


def request(method: str, path: str, body: bytes, extra: list[bytes] | None = None) -> bytes:
    lines = [f"{method} {path} HTTP/1.1".encode(), b"Host: fuzz"]
    lines += extra or []
    lines.append(b"Content-Type: application/json")
    lines.append(b"Content-Length: %d" % len(body))
    return b"\r\n".join(lines) + b"\r\n\r\n" + body


def chunked(method: str, path: str, chunks: list[bytes], size_text: bytes | None) -> bytes:
    head = f"{method} {path} HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n".encode()
    body = b"".join(b"%x\r\n%s\r\n" % (len(c), c) for c in chunks)
    if size_text is not None:  # a malformed chunk size somewhere
        body += size_text + b"\r\nabc\r\n"
    return head + body + b"0\r\n\r\n"


valid = st.builds(request, METHODS, PATHS, JSON_BODIES)
pipelined = st.builds(lambda a, b: a + b, valid, valid)
truncated = st.builds(lambda raw, cut: raw[: max(1, int(len(raw) * cut))], valid, st.floats(0, 1))
oversized = st.one_of(
    st.builds(
        lambda n, sent: b"POST /_inference/x HTTP/1.1\r\nContent-Length: %d\r\n\r\n" % n
        + b"a" * sent,
        st.integers(MAX_BODY + 1, 10**12),
        st.integers(0, 3 * MAX_BODY),
    ),
    st.builds(
        lambda k: chunked("POST", "/_inference/x", [b"a" * 8192] * k, None), st.integers(3, 6)
    ),
)
bad_framing = st.one_of(
    st.builds(
        lambda v: b"POST / HTTP/1.1\r\nContent-Length: " + v + b"\r\n\r\n{}",
        st.sampled_from([b"-1", b"abc", b"1, 2", b"", b"0x10", b"99999999999999999999999"]),
    ),
    st.builds(
        lambda chunks, size: chunked("POST", "/_inference/x", chunks, size),
        st.lists(st.binary(min_size=1, max_size=30), max_size=3),
        st.one_of(st.none(), st.binary(max_size=10), st.sampled_from([b"zz", b"-1", b"1;x"])),
    ),
    st.builds(lambda te: b"POST / HTTP/1.1\r\nTransfer-Encoding: " + te + b"\r\n\r\n", st.binary()),
)
huge_headers = st.one_of(
    st.builds(lambda n: request("GET", "/", b"", [b"X-Big: " + b"a" * n]), st.integers(1, 40_000)),
    st.builds(
        lambda n: request("GET", "/", b"", [b"X-%d: 1" % i for i in range(n)]), st.integers(1, 3000)
    ),
    st.builds(lambda n: b"GET /" + b"a" * n + b" HTTP/1.1\r\n\r\n", st.integers(1, 10_000)),
)
garbage = st.binary(min_size=1, max_size=2000)
RAW = st.one_of(valid, pipelined, truncated, oversized, bad_framing, huge_headers, garbage)


def pieces(raw: bytes, cuts: list[int]) -> list[bytes]:
    points = sorted({c % (len(raw) + 1) for c in cuts})
    bounds = [0, *points, len(raw)]
    return [raw[a:b] for a, b in itertools.pairwise(bounds) if b > a]


# -- the property --------------------------------------------------------------------------------


def _record(raw: bytes, result: Exchange) -> None:
    FIGURES.requests += 1
    for answer in result.answers:
        FIGURES.statuses[answer.status] += 1
    if not result.answers:
        if raw.strip():
            FIGURES.dropped_without_answer += 1
        else:
            FIGURES.closed_without_answer += 1


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(raw=RAW, cuts=st.lists(st.integers(0, 10**6), max_size=3), slow=st.booleans())
def test_any_bytes_get_a_well_formed_answer_and_the_server_keeps_serving(
    fuzzed: LocalServer, raw: bytes, cuts: list[int], slow: bool
) -> None:
    result = exchange(fuzzed.port, pieces(raw, cuts), pause=0.01 if slow else 0.0)
    _record(raw, result)
    assert all(answer.status < 500 for answer in result.answers), result.answers
    if raw.strip():
        assert result.answers, f"connection dropped without an answer for {raw[:200]!r}"
    after = exchange(fuzzed.port, [request("GET", "/", b"")])
    assert [a.status for a in after.answers] == [200]


def test_oversized_declared_body_is_refused_without_reading_it(fuzzed: LocalServer) -> None:
    before = _rss_mb()
    raw = b"POST /_inference/x HTTP/1.1\r\nContent-Length: 99999999999\r\n\r\n" + b"a" * 1000
    result = exchange(fuzzed.port, [raw])
    assert [(a.status, a.body) for a in result.answers] == [(413, b"")]
    assert result.answers[0].headers["connection"] == "close"
    assert _rss_mb() - before < 50


HOSTILE = [
    b"POST /_inference/x HTTP/1.1\r\nContent-Length: 99999999999\r\n\r\n" + b"a" * 65536,
    b"GET / HTTP/1.1\r\nX-Big: " + b"a" * 200_000 + b"\r\n\r\n",
    chunked("POST", "/_inference/x", [b"a" * 8192] * 8, None),
    request("POST", "/_inference/x", gzip.compress(b" " * 10_000_000), [b"Content-Encoding: gzip"]),
    request("POST", "/_inference/x", b"[" * 15_000 + b"]" * 15_000),
]


def test_hostile_requests_leave_memory_bounded(fuzzed: LocalServer) -> None:
    """Allocations while answering 250 hostile requests: a small peak, nothing retained."""
    tracemalloc.start()
    try:
        for index in range(250):
            exchange(fuzzed.port, [HOSTILE[index % len(HOSTILE)]])
        gc.collect()
        retained, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    FIGURES.hostile_peak_mb, FIGURES.hostile_retained_mb = peak / 2**20, retained / 2**20
    assert peak < 16 * 2**20  # about one maximum body (16 KiB here) per stage, not the input
    assert retained < 2 * 2**20


def test_run_leaves_no_crash_no_drop_and_no_extra_connection(fuzzed: LocalServer) -> None:
    """Runs after the property (file order): every connection was answered and released."""
    assert fuzzed._server is not None
    FIGURES.leaked_threads = connection_threads(fuzzed)
    FIGURES.crashes = fuzzed._server.state.bugs
    assert FIGURES.crashes == 0
    assert FIGURES.leaked_threads == 0
    assert fuzzed._server.connections.count() == 0
    assert FIGURES.dropped_without_answer == 0
    assert FIGURES.statuses.keys() <= {200, 400, 404, 405, 406, 408, 413, 417}
