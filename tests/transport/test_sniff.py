"""Node discovery: the answer's parsing, the schedule, and both transports end to end."""

from __future__ import annotations

import json
import time

import pytest

from esinference._transport.nodes import NodeConfig
from esinference._transport.settings import TransportSettings
from esinference._transport.sniff import SniffSchedule, parse_sniffed_nodes
from tests.clients import MakeClient
from tests.fakes.scripted import Received, Reply, servers
from tests.fakes.sockets import free_port

pytestmark = pytest.mark.timeout(20)

SEED = NodeConfig("https", "seed", 9200, "/es")


def nodes_answer(*addresses: str) -> bytes:
    nodes = {f"id{i}": {"http": {"publish_address": a}} for i, a in enumerate(addresses)}
    nodes["master-only"] = {"name": "no http section"}  # type: ignore[dict-item]
    return json.dumps({"nodes": nodes}).encode()


def test_parse_sniffed_nodes() -> None:
    body = nodes_answer("10.0.0.1:9200", "es2.local/10.0.0.2:9201", "[::1]:9202")
    assert parse_sniffed_nodes(body, SEED) == [
        NodeConfig("https", "10.0.0.1", 9200, "/es"),
        NodeConfig("https", "es2.local", 9201, "/es"),
        NodeConfig("https", "::1", 9202, "/es"),
    ]


@pytest.mark.parametrize("body", [b"[]", b"not json", b'{"nodes": 3}', nodes_answer("nope")])
def test_parse_sniffed_nodes_rejects_bad_answers(body: bytes) -> None:
    with pytest.raises(ValueError):
        parse_sniffed_nodes(body, SEED)


def test_schedule() -> None:
    now = [0.0]
    schedule = SniffSchedule(
        TransportSettings(
            sniff_on_start=True,
            sniff_on_node_failure=True,
            sniff_before_requests=True,
            min_delay_between_sniffing=60,
        ),
        clock=lambda: now[0],
    )
    assert schedule.try_start() and not schedule.try_start()  # one sniffer at a time
    schedule.finished()
    assert not schedule.try_start()
    schedule.node_failed()  # but not within min_delay_between_sniffing (60 s)
    now[0] = 59.0
    assert not schedule.try_start()
    now[0] = 60.0
    assert schedule.try_start()
    schedule.finished()
    now[0] = 119.0
    assert not schedule.try_start()
    now[0] = 120.0
    assert schedule.try_start()  # before requests, once the minimum delay passed


def _cluster_handler(addresses: list[str]) -> object:
    def handler(request: Received) -> Reply:
        if request.target == "/_nodes/_all/http":
            return Reply(body=nodes_answer(*addresses))
        return Reply()

    return handler


def test_sniff_on_start_finds_other_nodes(make_client: MakeClient) -> None:
    with servers(2) as (seed, other):
        addresses = [f"127.0.0.1:{seed.port}", f"localhost/127.0.0.1:{other.port}"]
        seed.handler = other.handler = _cluster_handler(addresses)  # type: ignore[assignment]
        client = make_client(seed.url, sniff_on_start=True)
        answered_by = {client.perform().node for _ in range(4)}
        assert answered_by == {seed.url, f"http://localhost:{other.port}"}
        assert seed.requests[0].target == "/_nodes/_all/http"


def test_sniff_on_node_failure_replaces_nodes(make_client: MakeClient) -> None:
    with servers(2) as (seed, other):
        dead = f"http://127.0.0.1:{free_port()}"  # picked while they listen: never theirs
        addresses = [f"127.0.0.1:{seed.port}", f"127.0.0.1:{other.port}"]
        seed.handler = other.handler = _cluster_handler(addresses)  # type: ignore[assignment]
        client = make_client([dead, seed.url], sniff_on_node_failure=True)
        client.perform()
        deadline = time.monotonic() + 5
        wanted = {seed.url, other.url}
        while {n.base_url for n in client.transport.node_pool.nodes} != wanted:
            assert time.monotonic() < deadline
            client.perform()  # async sniffs in the background; give it a turn
        assert {client.perform().node for _ in range(4)} == wanted
