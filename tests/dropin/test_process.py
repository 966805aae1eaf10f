"""Safe across processes: forked children never share the parent's connections or locks.

The scenario of the issue: a client is created and used (so its pool holds keep-alive
connections), then 4 children are forked while the parent keeps calling; every process
makes concurrent calls with its own inputs and every answer is checked against its input.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import pickle
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest

from esinference import AsyncClient, Client
from esinference.server import LocalServer

CHILDREN = 4
CALLS = 40  # per process
THREADS = 4  # concurrent callers per process
DIMENSIONS = 8
FORK = multiprocessing.get_context("fork")


def put_embedding(client: Client) -> None:
    client.inference.put_openai(
        task_type="text_embedding",
        openai_inference_id="emb",
        service="openai",
        service_settings={"api_key": "k", "model_id": "m", "dimensions": DIMENSIONS},
    )


def embed(client: Client, text: str) -> list[float]:
    response = client.inference.text_embedding(inference_id="emb", input=text)
    return list(response["text_embedding"][0]["embedding"])


def inputs_of(who: str) -> list[str]:
    return [f"{who} input {i}" for i in range(CALLS)]


def sync_calls(client: Client, who: str) -> list[tuple[str, Any]]:
    """(input, embedding or the error's text) for every input of ``who``, THREADS at a time."""

    def one(text: str) -> tuple[str, Any]:
        try:
            return text, embed(client, text)
        except Exception as exc:  # counted, not raised: the test reports every failure
            return text, f"{type(exc).__name__}: {exc}"

    with ThreadPoolExecutor(THREADS) as pool:
        return list(pool.map(one, inputs_of(who)))


async def async_calls(client: AsyncClient, who: str) -> list[tuple[str, Any]]:
    async def one(text: str) -> tuple[str, Any]:
        try:
            response = await client.inference.text_embedding(inference_id="emb", input=text)
            return text, list(response["text_embedding"][0]["embedding"])
        except Exception as exc:
            return text, f"{type(exc).__name__}: {exc}"

    return list(await asyncio.gather(*(one(text) for text in inputs_of(who))))


def _child(work: Callable[[str], list[tuple[str, Any]]], who: str, results: Any) -> None:
    results.put((who, work(who)))


def run_children(
    work: Callable[[str], list[tuple[str, Any]]], parent_work: Callable[[], Any]
) -> Any:
    """Fork CHILDREN processes running ``work`` while the parent runs ``parent_work``."""
    results = FORK.Queue()
    children = [
        FORK.Process(target=_child, args=(work, f"child-{n}", results)) for n in range(CHILDREN)
    ]
    for child in children:
        child.start()
    parent_answers = parent_work()
    answers = dict(results.get(timeout=60) for _ in children)
    for child in children:
        child.join(timeout=30)
        assert child.exitcode == 0
    answers["parent"] = parent_answers
    return answers


def check(client: Client, answers: dict[str, list[tuple[str, Any]]]) -> dict[str, int]:
    """Figures for the report; each answer is compared with a fresh call made for its input."""
    calls = errors = wrong = 0
    for who, pairs in answers.items():
        assert [text for text, _ in pairs] == inputs_of(who)
        for text, answer in pairs:
            calls += 1
            if isinstance(answer, str):
                errors += 1
            elif answer != embed(client, text):
                wrong += 1
    return {"calls": calls, "errors": errors, "wrong answers": wrong}


def test_forked_children_and_parent_each_get_their_own_answers(
    local_es: LocalServer, capsys: pytest.CaptureFixture[str]
) -> None:
    with Client(local_es.url, connections_per_node=THREADS) as client:
        put_embedding(client)
        sync_calls(client, "warm-up")  # the pool now holds THREADS keep-alive connections
        answers = run_children(
            lambda who: sync_calls(client, who), lambda: sync_calls(client, "parent")
        )
        figures = check(client, answers)
    with capsys.disabled():
        print(f"\nfork test (sync, {CHILDREN} children + parent): {figures}")
    assert figures == {"calls": (CHILDREN + 1) * CALLS, "errors": 0, "wrong answers": 0}


def test_async_client_works_in_each_childs_new_event_loop(
    local_es: LocalServer, capsys: pytest.CaptureFixture[str]
) -> None:
    with Client(local_es.url) as checker:
        put_embedding(checker)
        loop = asyncio.new_event_loop()
        client = AsyncClient(local_es.url)
        try:
            loop.run_until_complete(async_calls(client, "warm-up"))  # idle connections on `loop`
            answers = run_children(
                lambda who: asyncio.run(async_calls(client, who)),
                lambda: loop.run_until_complete(async_calls(client, "parent")),
            )
            figures = check(checker, answers)
        finally:
            loop.run_until_complete(client.close())
            loop.close()
    with capsys.disabled():
        print(f"\nfork test (async, {CHILDREN} children + parent): {figures}")
    assert figures == {"calls": (CHILDREN + 1) * CALLS, "errors": 0, "wrong answers": 0}


def _call_once(client: Client, results: Any) -> None:
    results.put(len(embed(client, "after fork")))


def test_a_lock_held_at_fork_time_is_free_in_the_child(local_es: LocalServer) -> None:
    with Client(local_es.url) as client:
        put_embedding(client)
        transport: Any = client._transport
        results = FORK.Queue()
        with transport._pools_lock, transport.node_pool._lock:  # as if a thread were inside
            child = FORK.Process(target=_call_once, args=(client, results))
            child.start()
        assert results.get(timeout=30) == DIMENSIONS
        child.join(timeout=30)


def test_the_parent_keeps_its_connections_after_children_exit(local_es: LocalServer) -> None:
    with Client(local_es.url, connections_per_node=1) as client:
        put_embedding(client)
        before = embed(client, "same text")
        results = FORK.Queue()
        child = FORK.Process(target=_call_once, args=(client, results))
        child.start()
        assert results.get(timeout=30) == DIMENSIONS
        child.join(timeout=30)
        assert embed(client, "same text") == before
        # the child closed only its copy: the parent's keep-alive connection is still used
        (pool,) = client._transport._pools.values()  # type: ignore[attr-defined]
        assert pool.num_connections == 1


@pytest.mark.parametrize("client_class", [Client, AsyncClient], ids=["sync", "async"])
def test_pickling_a_client_says_to_create_one_per_process(
    client_class: type[Client] | type[AsyncClient],
) -> None:
    client = client_class("http://localhost:9200", api_key="secret-key")
    with pytest.raises(TypeError, match="Create one client per process") as caught:
        pickle.dumps(client)
    assert "secret-key" not in str(caught.value)
    assert client.options(request_timeout=3)  # options() copies without pickling


def test_spawn_fails_at_start_with_the_same_message() -> None:
    spawn = multiprocessing.get_context("spawn")
    client = Client("http://localhost:9200")
    process = spawn.Process(target=_call_once, args=(client, None))
    with pytest.raises(TypeError, match="Create one client per process"):
        process.start()
