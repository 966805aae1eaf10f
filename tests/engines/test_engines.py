"""Ray, Spark and Dask embed a corpus through the local server, which throttles like a provider.

Each job runs as a user runs it, in its own process (``_job.py``): Ray local with 2 CPUs,
Spark ``local[2]``, a Dask ``LocalCluster`` of 2 worker processes. The server (in this
process, ``provider_rate_limit=True``) answers 429 above the endpoint's 1,200 requests a
minute. Specified, with one job per engine killed halfway and run again on the same
checkpoint: the second run embeds only what the first had not written; no text is embedded
twice in successful answers in either run; 429s stay under 10% of the requests; every row
comes back once, in order, with its own text's vector.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from collections.abc import Set as AbstractSet
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from esinference import Client
from esinference.helpers import SharedPacer
from esinference.integrations._distributed import Job, block_key, embed_column, plan_job, to_arrow
from esinference.server import LocalServer
from esinference.server.fakes.models import sparse_embedding, text_embedding

from ._job import corpus

JOB = Path(__file__).with_name("_job.py")
ENGINES = ["ray", "spark", "dask"]
RPM = 1200
DIMS = 8
TEXTS = 1500
BATCH = 25  # 60 requests: 3 s at the limit


@pytest.fixture(scope="module")
def server() -> Iterator[LocalServer]:
    with LocalServer(provider_rate_limit=True, latency_ms=20) as local:
        yield local


def put_endpoint(server: LocalServer) -> str:
    with Client(server.url) as client:
        client.inference.put_openai(
            task_type="text_embedding",
            openai_inference_id="e5",
            service="openai",
            service_settings={"api_key": "k", "model_id": "m", "dimensions": DIMS,
                              "rate_limit": {"requests_per_minute": RPM}},
        )  # fmt: skip
    server.clear_requests()
    return "e5"


@pytest.fixture
def endpoint(server: LocalServer) -> str:
    server.reset()
    return put_endpoint(server)


def run_job(server: LocalServer, engine: str, out: Path, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, str(JOB), engine, server.url, "e5", str(out), "--texts", str(TEXTS),
         "--batch-size", str(BATCH), *args],
        stdout=subprocess.PIPE, text=True, start_new_session=True,
    )  # fmt: skip


def finish(process: subprocess.Popen[str], timeout: float = 240) -> dict[str, Any]:
    stdout, _ = process.communicate(timeout=timeout)
    assert process.returncode == 0, stdout
    return dict(json.loads(stdout.strip().splitlines()[-1]))


def settled(checkpoint: Path, quiet: float = 5.0) -> list[Path]:
    """The blocks written once no more appear for ``quiet`` seconds: Spark's JVM runs in its
    own session, so a killed driver's executors may finish the tasks they had started."""
    blocks = sorted(checkpoint.glob("block-*.parquet"))
    while True:
        time.sleep(quiet)
        now = sorted(checkpoint.glob("block-*.parquet"))
        if now == blocks:
            return blocks
        blocks = now


def inference_inputs(server: LocalServer) -> list[tuple[str, ...]]:
    """The inputs of every inference request the server received, in arrival order."""
    return [
        tuple(entry.json()["input"])
        for entry in server.requests()
        if entry.method == "POST" and entry.path.startswith("/_inference/")
    ]


def refused(server: LocalServer) -> int:
    state = server._state
    assert state is not None
    return state.backend.provider_limit.refused.get("e5", 0)


def check_no_text_embedded_twice(
    batches_sent: list[tuple[str, ...]],
    refusals: int,
    *,
    exactly: set[str] | None = None,
    embedded_at_least: AbstractSet[str] = frozenset(),
) -> int:
    """No text in two different batches, and a batch's repeats are exactly its refusals (the
    server refuses before any work; a refused batch is sent again as it was): so every text
    was in one successful answer at most. Returns the number of requests."""
    batches = Counter(batches_sent)
    texts = Counter(text for batch in batches for text in batch)
    assert max(texts.values()) == 1, "a text is in two different batches"
    assert sum(batches.values()) - len(batches) <= refusals
    if exactly is not None:
        assert set(texts) == exactly
        assert sum(batches.values()) - len(batches) == refusals
    assert embedded_at_least <= set(texts)
    return sum(batches.values())


@pytest.mark.parametrize("engine", ENGINES)
def test_a_job_killed_halfway_and_run_again_gives_every_row_once_inside_the_limit(
    engine: str, server: LocalServer, endpoint: str, tmp_path: Path
) -> None:
    texts = corpus(TEXTS)
    checkpoint = tmp_path / "checkpoint"
    process = run_job(server, engine, tmp_path / "first.parquet", "--checkpoint", str(checkpoint))
    deadline = time.monotonic() + 300
    while len(list(checkpoint.glob("block-*.parquet"))) < 2:
        assert process.poll() is None, "the job ended before it could be killed"
        assert time.monotonic() < deadline
        time.sleep(0.05)
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()
    written = [pq.read_table(f)["text"].to_pylist() for f in settled(checkpoint)]
    done = {text for block in written for text in block}
    assert 0 < len(done) < TEXTS
    first = inference_inputs(server)
    first_refused = refused(server)
    # What the killed run had embedded: each text at most once in a successful answer.
    check_no_text_embedded_twice(first, first_refused, embedded_at_least=done)

    server.reset()
    put_endpoint(server)
    finish(run_job(server, engine, tmp_path / "second.parquet", "--checkpoint", str(checkpoint)))
    second = inference_inputs(server)
    requests = check_no_text_embedded_twice(second, refused(server), exactly=set(texts) - done)
    assert refused(server) <= 0.10 * requests
    assert first_refused <= 0.10 * len(first) + 1

    table = pq.read_table(tmp_path / "second.parquet")
    assert table.column("id").to_pylist() == list(range(TEXTS))
    assert table.column("text").to_pylist() == texts
    vectors = text_embedding({"dimensions": DIMS}, texts, DIMS)["text_embedding"]
    assert table.column("embedding").to_pylist() == [v["embedding"] for v in vectors]


def test_a_partition_with_some_blocks_written_embeds_only_the_others(
    server: LocalServer, endpoint: str, tmp_path: Path
) -> None:
    with Client(server.url) as client:
        job = plan_job(client, endpoint, text_column="text", output_column="embedding",
                       options={"batch_size": 25, "max_concurrency": 2,
                                "checkpoint_dir": str(tmp_path)}, engine="test")  # fmt: skip
    texts = corpus(230)  # blocks of 50 rows: four whole ones and one of 30
    first = embed_column(job, texts, None).to_pylist()
    blocks = {pq.read_table(f)["text"][0].as_py(): f for f in tmp_path.glob("block-*.parquet")}
    assert set(blocks) == {texts[start] for start in range(0, 230, 50)}
    for start in (50, 200):  # a block in the middle, and the short last one
        blocks[texts[start]].unlink()
    server.clear_requests()

    again = embed_column(job, texts, SharedPacer(RPM)).to_pylist()
    assert again == first
    assert again == [v["embedding"] for v in text_embedding({"dimensions": DIMS}, texts,
                                                            DIMS)["text_embedding"]]  # fmt: skip
    sent = [text for batch in inference_inputs(server) for text in batch]
    assert sent == texts[50:100] + texts[200:]  # the missing blocks, each text once, in order
    assert len(list(tmp_path.glob("block-*.parquet"))) == 5


def test_output_columns_by_kind() -> None:
    assert to_arrow([[0.5, -1.0]], "float").type == pa.list_(pa.float64())
    assert to_arrow([[1, -128]], "int").to_pylist() == [[1, -128]]
    sparse = sparse_embedding(["a b a"])["sparse_embedding"][0]["embedding"]
    column = to_arrow([sparse], "sparse")
    assert column.type == pa.map_(pa.string(), pa.float64())
    assert dict(column.to_pylist()[0]) == sparse


def test_a_block_is_named_by_its_texts_and_endpoint() -> None:
    job = Job.__new__(Job)
    object.__setattr__(job, "inference_id", "e5")
    object.__setattr__(job, "task_type", "text_embedding")
    assert block_key(job, ["a", "b"]) == block_key(job, ["a", "b"])
    assert block_key(job, ["a", "b"]) != block_key(job, ["b", "a"])
    assert block_key(job, ["ab"]) != block_key(job, ["a", "b"])
