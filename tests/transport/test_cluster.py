"""Several nodes: round-robin, failover, dead nodes benched and brought back."""

from __future__ import annotations

import socket
import time

import pytest

from esinference import errors
from esinference._transport.nodes import parse_hosts
from esinference._transport.retry import RetryPolicy
from tests.clients import MakeClient
from tests.fakes.scripted import Reply, ScriptedServer, servers
from tests.fakes.sockets import free_port

pytestmark = pytest.mark.timeout(20)


def test_round_robin_across_three_nodes(make_client: MakeClient) -> None:
    with servers(3) as nodes:
        client = make_client([n.url for n in nodes])
        answered_by = [client.perform().node for _ in range(9)]
        assert answered_by == [n.url for n in nodes] * 3
        assert [len(n.requests) for n in nodes] == [3, 3, 3]


def test_refused_node_fails_over_and_is_benched(make_client: MakeClient) -> None:
    with servers(2) as live:
        # Picked while the live servers listen, so the kernel cannot hand out one of theirs.
        dead_url = f"http://127.0.0.1:{free_port()}"
        client = make_client([dead_url, live[0].url, live[1].url], dead_node_backoff_factor=30.0)
        first = client.perform()
        assert first.nodes_tried == (dead_url, live[0].url)
        assert first.attempts == 2
        (dead_node,) = [n for n in client.transport.node_pool.nodes if n.base_url == dead_url]
        assert client.transport.node_pool.is_dead(dead_node)
        later = [client.perform().node for _ in range(4)]
        assert dead_url not in later
        assert sum(len(n.requests) for n in live) == 5


def test_dead_node_is_resurrected_after_its_timeout(make_client: MakeClient) -> None:
    # Reserve a port, refuse on it first, then start a server on that same port.
    probe = socket.socket()
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()
    with ScriptedServer() as other:
        client = make_client(
            [f"http://127.0.0.1:{port}", other.url],
            dead_node_backoff_factor=0.2,
            max_dead_node_backoff=0.2,
        )
        assert client.perform().node == other.url  # failed over
        node = parse_hosts(f"http://127.0.0.1:{port}").nodes[0]
        assert client.transport.node_pool.is_dead(node)
        with ScriptedServer(port=port):
            time.sleep(0.3)
            answered_by = {client.perform().node for _ in range(4)}
            assert answered_by == {other.url, f"http://127.0.0.1:{port}"}
            assert not client.transport.node_pool.is_dead(node)


def test_all_nodes_dead_gives_up_naming_each(make_client: MakeClient) -> None:
    urls = [f"http://127.0.0.1:{free_port()}" for _ in range(2)]
    client = make_client(urls, retry=RetryPolicy(max_retries=3, retry_backoff_base=0.01))
    with pytest.raises(errors.ConnectionError) as caught:
        client.perform()
    message = str(caught.value)
    assert "4 attempts on" in message and urls[0] in message and urls[1] in message


def test_status_retry_moves_to_another_node(make_client: MakeClient) -> None:
    with ScriptedServer(lambda r: Reply(status=503)) as busy, ScriptedServer() as fine:
        client = make_client([busy.url, fine.url], retry=RetryPolicy(retry_backoff_base=0.01))
        response = client.perform()
        assert (response.status, response.nodes_tried) == (200, (busy.url, fine.url))
