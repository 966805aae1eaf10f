"""embed() and async_embed() against the local server, with faults: order, exactly once,
retries, splitting, failures that say what is missing, resuming, and bounded memory.

Every test body runs for both the sync and the async embedder.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from esinference import Client, errors
from esinference.errors import ApiError
from esinference.helpers import embed
from esinference.server import LocalServer
from esinference.server.fakes.models import sparse_embedding, unit_vector

from .conftest import DIMENSIONS, batch_sizes, create_endpoints, embedded_texts, run

SYNC = pytest.mark.parametrize("sync", [True, False], ids=["sync", "async"])


def corpus(n: int) -> list[str]:
    return [f"text number {i}" for i in range(n)]


def assert_complete(results: list, texts: list[str], first: int = 0) -> None:  # type: ignore[type-arg]
    assert [r.index for r in results] == list(range(first, len(texts)))
    for result in results:
        assert result.text == texts[result.index]
        assert result.embedding == unit_vector(result.text, DIMENSIONS)


@SYNC
def test_results_come_in_input_order_each_text_embedded_once(
    sync: bool, server: LocalServer
) -> None:
    texts = corpus(500)
    # The first batch answers last: its results must still come first.
    server.add_fault("stall", seconds=0.3, method="POST")
    results, error = run(sync, server.url, texts, batch_size=7, max_concurrency=4)
    assert error is None
    assert_complete(results, texts)
    assert embedded_texts(server.requests()) == {t: 1 for t in texts}


@SYNC
def test_batches_are_cut_by_count_and_by_bytes(sync: bool, server: LocalServer) -> None:
    texts = ["x" * 100] * 10 + ["y"] * 10
    results, error = run(
        sync, server.url, texts, batch_size=8, max_batch_bytes=350, max_concurrency=1
    )
    assert error is None and len(results) == 20
    # 3 texts of 103 JSON bytes fit in 350 with the body's 13; then 8 texts is the limit.
    assert [size for size, _ in batch_sizes(server.requests())] == [3, 3, 3, 8, 3]


@SYNC
@pytest.mark.parametrize("fault", ["drop", "reset", "status"])
def test_a_failed_batch_is_tried_again(sync: bool, fault: str, server: LocalServer) -> None:
    texts = corpus(60)
    # drop/reset: the transport does not resend (it may have been processed), the helper does;
    # 503: the transport retries it itself.
    server.add_fault(fault, count=2, method="POST", status=503)
    results, error = run(sync, server.url, texts, batch_size=10, max_concurrency=3)
    assert error is None
    assert_complete(results, texts)
    assert embedded_texts(server.requests()) == {t: 1 for t in texts}
    assert sum(1 for r in server.requests() if r.fault) == 2


@SYNC
def test_a_batch_too_large_is_split_in_halves(sync: bool, server: LocalServer) -> None:
    texts = corpus(8)
    server.add_fault("status", status=413, count=2, method="POST")
    results, error = run(sync, server.url, texts, batch_size=8, max_concurrency=1)
    assert error is None
    assert_complete(results, texts)
    assert batch_sizes(server.requests()) == [
        (8, "status"), (4, "status"), (2, None), (2, None), (4, None)
    ]  # fmt: skip
    assert embedded_texts(server.requests()) == {t: 1 for t in texts}


@SYNC
def test_a_single_text_too_large_fails_alone(sync: bool, server: LocalServer) -> None:
    texts = corpus(4)
    # 4 -> 413, 2 -> 413, [0] -> 413: text 0 fails; [1], then [2, 3], succeed.
    server.add_fault("status", status=413, count=3, method="POST")
    results, error = run(sync, server.url, texts, batch_size=4, max_concurrency=1)
    assert [r.index for r in results] == [1, 2, 3]
    assert error is not None and error.missing == (0,)
    assert isinstance(error.cause, ApiError) and error.cause.status_code == 413
    assert [error.completed(i) for i in range(5)] == [False, True, True, True, False]


@SYNC
@pytest.mark.parametrize(
    ("fault", "count", "cause"), [("status", 1, ApiError), ("drop", 3, errors.ConnectionError)]
)
def test_a_permanent_failure_names_what_is_missing_and_a_resume_does_the_rest(
    sync: bool, fault: str, count: int, cause: type, server: LocalServer
) -> None:
    texts = corpus(200)
    done: list[int] = []

    def fail_later(embedded: int, failed: int) -> None:
        if embedded >= 50 and not done:
            done.append(embedded)
            server.add_fault(fault, status=500, count=count, method="POST")

    results, error = run(
        sync, server.url, texts, batch_size=10, max_concurrency=1, max_retries=2,
        on_progress=fail_later,
    )  # fmt: skip
    assert error is not None and isinstance(error.cause, cause)
    yielded = [r.index for r in results]
    assert yielded == sorted(yielded) and len(set(yielded)) == len(yielded)
    assert 50 <= len(yielded) < len(texts)
    # Read but not embedded, plus never read: the whole corpus, nothing twice.
    assert set(yielded).isdisjoint(error.missing)
    assert set(yielded) | set(error.missing) == set(range(error.next_index))
    assert all(error.completed(i) == (i in yielded) for i in range(len(texts)))

    rest, again = run(sync, server.url, texts, batch_size=10, skip=error.completed)
    assert again is None
    assert sorted(r.index for r in results + rest) == list(range(len(texts)))
    assert embedded_texts(server.requests()) == {t: 1 for t in texts}


@SYNC
def test_start_and_skip_leave_texts_out_but_keep_indices(sync: bool, server: LocalServer) -> None:
    texts = corpus(30)
    results, _ = run(sync, server.url, texts, start=10, skip={12, 29}, batch_size=4)
    assert [r.index for r in results] == [i for i in range(10, 30) if i not in (12, 29)]
    assert all(r.text == texts[r.index] for r in results)
    assert set(embedded_texts(server.requests())) == {r.text for r in results}


@SYNC
def test_a_node_that_dies_mid_run_loses_nothing(sync: bool, server: LocalServer) -> None:
    texts = corpus(2000)
    with LocalServer() as other:
        create_endpoints(other)
        other.clear_requests()
        assert server._server is not None and other._server is not None
        logs = [server._server.state.requests, other._server.state.requests]
        stopped: list[bool] = []

        def kill_first_node(embedded: int, failed: int) -> None:
            if embedded >= 400 and not stopped:
                stopped.append(True)
                server.stop()

        try:
            results, error = run(
                sync, [server.url, other.url], texts, batch_size=20, max_concurrency=4,
                on_progress=kill_first_node,
            )  # fmt: skip
        finally:
            server.start()  # the module's server, on a new port, for the next tests
        assert error is None and stopped
        assert_complete(results, texts)
        received = embedded_texts(logs[0].entries()) + embedded_texts(logs[1].entries())
        assert set(received) == set(texts)
        # Only a batch in flight when the node died can have been embedded twice.
        assert sum(received.values()) - len(texts) <= 2 * 4 * 20
        assert embedded_texts(logs[1].entries())


@SYNC
def test_memory_stays_bounded_for_a_long_generator(sync: bool, server: LocalServer) -> None:
    batch_size, concurrency = 100, 4
    pulled = 0
    ahead: list[int] = []
    results_seen = 0

    def texts() -> Iterator[str]:
        nonlocal pulled
        for i in range(20_000):
            pulled += 1
            ahead.append(pulled - results_seen)
            yield f"t{i}"

    def seen(embedded: int, failed: int) -> None:
        nonlocal results_seen
        results_seen = embedded

    results, error = run(
        sync, server.url, texts(), batch_size=batch_size, max_concurrency=concurrency,
        on_progress=seen,
    )  # fmt: skip
    assert error is None and len(results) == 20_000
    # In flight: the window (2 x concurrency batches), the batch being filled, one read ahead.
    assert max(ahead) <= (2 * concurrency + 1) * batch_size + 1


@SYNC
def test_sparse_embeddings_with_the_task_type_looked_up_once(
    sync: bool, server: LocalServer
) -> None:
    texts = ["the cat sat", "on the mat", "a dog"]
    results, error = run(sync, server.url, texts, inference_id="sparse", batch_size=2)
    assert error is None
    expected = sparse_embedding(texts)["sparse_embedding"]
    assert [r.embedding for r in results] == [item["embedding"] for item in expected]
    gets = [r for r in server.requests() if r.method == "GET"]
    assert [r.path for r in gets] == ["/_inference/sparse"]


@SYNC
def test_an_embedding_endpoint_takes_the_texts_in_its_own_request_shape(
    sync: bool, server: LocalServer
) -> None:
    texts = corpus(5)
    results, error = run(
        sync, server.url, texts, inference_id="dense", batch_size=2, input_type="ingest"
    )
    assert error is None
    assert_complete(results, texts)  # a lone text's vector is the one text_embedding gives it
    posts = [r for r in server.requests() if r.method == "POST"]
    assert {r.path for r in posts} == {"/_inference/embedding/dense"}
    assert sorted(len(r.json()["input"]) for r in posts) == [1, 2, 2]
    assert {r.json()["input_type"] for r in posts} == {"ingest"}


def test_an_endpoint_that_does_not_embed_is_refused(server: LocalServer) -> None:
    with Client(server.url) as client, pytest.raises(ValueError, match="task type 'completion'"):
        list(embed(client, "chat", ["x"]))


def test_bad_settings_fail_at_the_call_not_at_the_first_result(server: LocalServer) -> None:
    with Client(server.url) as client:
        with pytest.raises(ValueError) as info:
            embed(client, "emb", ["x"], batch_size=0, max_concurrency=0, task_type="rerank")  # type: ignore[arg-type]
    assert str(info.value) == (
        "embed(): batch_size must be >= 1, got 0; max_concurrency must be >= 1, got 0;"
        " task_type must be one of text_embedding, sparse_embedding, embedding; got 'rerank'"
    )


def test_a_text_that_is_not_a_str_is_a_type_error(server: LocalServer) -> None:
    with Client(server.url) as client, pytest.raises(TypeError, match=r"texts\[1\] is a int"):
        list(embed(client, "emb", ["a", 1, "b"], task_type="text_embedding"))  # type: ignore[list-item]


def test_stopping_early_returns_promptly(server: LocalServer) -> None:
    with Client(server.url) as client:
        results = embed(client, "emb", (f"t{i}" for i in range(100_000)), batch_size=10)
        first = [next(results) for _ in range(5)]
        results.close()  # type: ignore[attr-defined]
    assert [r.index for r in first] == [0, 1, 2, 3, 4]
    assert len(server.requests()) < 20


def test_progress_callback_and_bar(server: LocalServer, capsys: pytest.CaptureFixture[str]) -> None:
    calls: list[tuple[int, int]] = []
    run(
        True, server.url, corpus(25), batch_size=10, max_concurrency=1,
        on_progress=lambda d, f: calls.append((d, f)), progress_bar=True, total=25,
    )  # fmt: skip
    assert calls == [(10, 0), (20, 0), (25, 0)]
    bar = capsys.readouterr().err
    assert bar.startswith("\r[") and "100%  25/25" in bar and bar.endswith("\n")
