"""Ray, Spark and Dask embed a corpus through the local server, which throttles like a provider.

Each job runs as a user runs it, in its own process (``_job.py``): Ray local with 2 CPUs,
Spark ``local[2]``, a Dask ``LocalCluster`` of 2 worker processes. The server (in this
process, ``provider_rate_limit=True``) answers 429 above the endpoint's 1,200 requests a
minute. Specified: every row comes back once, in order, with its own text's vector; no text
is embedded twice in successful answers; 429s stay under 10% of the requests; a job killed
halfway and run again on the same checkpoint embeds only what was missing.
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
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from esinference import Client
from esinference.integrations._distributed import Job, block_key, to_arrow
from esinference.server import LocalServer
from esinference.server._fake_models import sparse_embedding, text_embedding

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


@pytest.fixture
def endpoint(server: LocalServer) -> str:
    server.reset()
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
    return state.provider_limit.refused.get("e5", 0)


def check_no_text_embedded_twice(server: LocalServer, expected: set[str]) -> int:
    """Every text in exactly one successful request; returns the number of requests.

    The server refuses a request before any work, and a refused batch is sent again as it
    was: so the repeats of a batch are exactly its refusals.
    """
    batches = Counter(inference_inputs(server))
    texts = Counter(text for batch in batches for text in batch)
    assert set(texts) == expected
    assert max(texts.values()) == 1, "a text is in two different batches"
    assert sum(batches.values()) - len(batches) == refused(server)
    return sum(batches.values())


@pytest.mark.parametrize("engine", ENGINES)
def test_every_row_once_in_order_with_its_own_vector_inside_the_rate_limit(
    engine: str, server: LocalServer, endpoint: str, tmp_path: Path
) -> None:
    out = tmp_path / "out.parquet"
    finish(run_job(server, engine, out))
    table = pq.read_table(out)
    texts = corpus(TEXTS)
    assert table.column("id").to_pylist() == list(range(TEXTS))
    assert table.column("text").to_pylist() == texts
    vectors = text_embedding({"dimensions": DIMS}, texts, DIMS)["text_embedding"]
    assert table.column("embedding").to_pylist() == [v["embedding"] for v in vectors]
    requests = check_no_text_embedded_twice(server, set(texts))
    assert refused(server) <= 0.10 * requests


@pytest.mark.parametrize("engine", ENGINES)
def test_a_killed_job_run_again_embeds_only_what_is_missing(
    engine: str, server: LocalServer, endpoint: str, tmp_path: Path
) -> None:
    checkpoint = tmp_path / "checkpoint"
    process = run_job(server, engine, tmp_path / "first.parquet", "--checkpoint", str(checkpoint))
    deadline = time.monotonic() + 180
    while len(list(checkpoint.glob("block-*.parquet"))) < 2:
        assert process.poll() is None, "the job ended before it could be killed"
        assert time.monotonic() < deadline
        time.sleep(0.05)
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()
    done = {
        t for f in checkpoint.glob("block-*.parquet") for t in pq.read_table(f)["text"].to_pylist()
    }
    assert 0 < len(done) < TEXTS
    server.clear_requests()
    finish(run_job(server, engine, tmp_path / "second.parquet", "--checkpoint", str(checkpoint)))
    texts = corpus(TEXTS)
    embedded = {text for batch in inference_inputs(server) for text in batch}
    assert embedded == set(texts) - done
    table = pq.read_table(tmp_path / "second.parquet")
    vectors = text_embedding({"dimensions": DIMS}, texts, DIMS)["text_embedding"]
    assert table.column("embedding").to_pylist() == [v["embedding"] for v in vectors]


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
