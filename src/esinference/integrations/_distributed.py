"""What the Ray, Spark and Dask adapters share: a job planned once, blocks embedded on workers.

The driver plans the job (``plan_job``): it looks the endpoint up once (task type, the
service's batch size, ``rate_limit.requests_per_minute``, the vectors' element type) and
packs a picklable ``Job``, the client's settings included (``ClientConfig``). A worker embeds
a partition's texts (``embed_column``) with one ``helpers.embed`` run over a client it
builds once per process, paced by the budget the engine adapter hands it (``LeasedBudget``
when that budget lives in an engine actor), and returns an Arrow column in row order. One
run per partition keeps ``max_concurrency`` requests in flight from its first text to its
last, so the pacer is the only limit. With ``checkpoint_dir`` the partition is cut into
blocks of ``block_rows(job)`` texts and each block's answer is written, as soon as it is
complete, as one Parquet file named by the block's content, atomically (a temporary file
renamed): an engine's retry of a task, or a rerun after a crash, finds those blocks done and
embeds only the others.
"""

# pyright: reportMissingImports=false
# (the engine extras are not in the dev venv; `make test-engines` runs these modules)

from __future__ import annotations

import hashlib
import os
import tempfile
import threading
import time
import uuid
from collections import deque
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from ..helpers import ClientConfig, RateBudget, SharedPacer, embed
from ..helpers._core import TASK_TYPES
from ..helpers._pacing import CATCH_UP
from ..helpers._plan import first_endpoint, limits_of

if TYPE_CHECKING:
    import pyarrow as pa

    from .._client import Client
    from .._client_base import BaseClient

__all__ = [
    "Job",
    "LeasedBudget",
    "PacerService",
    "block_rows",
    "call_rows",
    "embed_column",
    "plan_job",
    "to_arrow",
]

OutputKind = Literal["float", "int", "sparse"]
# The keyword options every adapter takes (beyond its own), passed on to helpers.embed.
EMBED_OPTIONS = ("max_batch_bytes", "max_retries", "retry_backoff", "input_type", "task_settings")
JOB_OPTIONS = ("batch_size", "requests_per_minute", "pace", "max_concurrency", "api_key_env",
               "checkpoint_dir")  # fmt: skip


@dataclass(frozen=True)
class Job:
    """Everything a worker needs to embed a block; picklable, holds no connection."""

    job_id: str  # names the job's shared pacer, and its per-process state on workers
    config: ClientConfig
    inference_id: str
    task_type: str
    batch_size: int
    pace: bool  # False: no pacing, no shared budget
    requests_per_minute: float | None  # None: no limit known (429s still pause every worker)
    max_concurrency: int  # requests in flight per worker
    output_kind: OutputKind
    text_column: str
    output_column: str
    checkpoint_dir: str | None
    embed_options: tuple[tuple[str, Any], ...]


def plan_job(
    client: BaseClient[Any, Any],
    inference_id: str,
    *,
    text_column: str,
    output_column: str,
    options: Mapping[str, Any],
    engine: str,
) -> Job:
    """The job, from the caller's client and options; GETs the endpoint once, here."""
    unknown = sorted(set(options) - set(EMBED_OPTIONS) - set(JOB_OPTIONS))
    if unknown:
        raise TypeError(
            f"{engine}: unknown option(s) {', '.join(unknown)}; known:"
            f" {', '.join(EMBED_OPTIONS + JOB_OPTIONS)}"
        )
    config = ClientConfig.of(client, api_key_env=options.get("api_key_env"))
    with ClientConfig.of(client).client() as driver:  # sync, the caller's own credentials
        endpoint = driver.inference.get(inference_id=inference_id).body
    task_type = first_endpoint(endpoint).get("task_type")
    if task_type not in TASK_TYPES:
        raise ValueError(
            f"{engine}: inference endpoint {inference_id!r} has task type {task_type!r}, not"
            f" one of {', '.join(TASK_TYPES)}"
        )
    batch_size, endpoint_rpm = limits_of(endpoint)
    pace = options.get("pace", True)
    checkpoint_dir = options.get("checkpoint_dir")
    return Job(
        job_id=uuid.uuid4().hex[:16],
        config=config,
        inference_id=inference_id,
        task_type=str(task_type),
        batch_size=int(options.get("batch_size") or batch_size),
        pace=bool(pace),
        requests_per_minute=options.get("requests_per_minute") or endpoint_rpm,
        max_concurrency=int(options.get("max_concurrency", 4)),
        output_kind=_output_kind(str(task_type), first_endpoint(endpoint)),
        text_column=text_column,
        output_column=output_column,
        checkpoint_dir=None if checkpoint_dir is None else os.fspath(checkpoint_dir),
        embed_options=tuple((k, options[k]) for k in EMBED_OPTIONS if k in options),
    )


def block_rows(job: Job) -> int:
    """Rows per checkpointed block: one batch per request in flight."""
    return job.batch_size * job.max_concurrency


def call_rows(job: Job) -> int:
    """Rows an engine hands one worker call (Ray's ``batch_size``): ``CALL_BLOCKS`` blocks, so
    the pause between two calls (the last answers awaited, the next rows fetched) is paid
    once per ``CALL_BLOCKS * max_concurrency`` requests."""
    return block_rows(job) * CALL_BLOCKS


# Blocks per worker call where the engine lets the adapter choose (Ray): large enough that
# the drain at the end of a call costs little (~1/32 of the requests at the default 4 in
# flight), small enough that a call holds a few megabytes of texts and vectors.
CALL_BLOCKS = 8


def _output_kind(task_type: str, endpoint: Mapping[str, Any]) -> OutputKind:
    if task_type == "sparse_embedding":
        return "sparse"
    settings = endpoint.get("service_settings")
    if not isinstance(settings, dict):
        return "float"
    # element_type (most services) or cohere's embedding_type; byte/int8 and bit/binary
    # vectors come back as integers.
    element_type = settings.get("element_type") or settings.get("embedding_type")
    return "int" if element_type in ("byte", "int8", "bit", "binary") else "float"


class PacerService:
    """A job's one rate budget as an engine actor (Ray, dask ``distributed``) holds it."""

    def __init__(self, requests_per_minute: float | None) -> None:
        self._pacer = SharedPacer(requests_per_minute)

    def wait(self) -> float:
        return self._pacer.wait()

    def lease(self, count: int) -> list[float]:
        return self._pacer.lease(count)

    def record(self, throttled: bool, retry_after: float | None = None) -> None:
        self._pacer.record(throttled, retry_after)

    def stats(self) -> tuple[int, int]:
        """(send slots handed out, 429s recorded): what a test or a progress report reads."""
        return self._pacer.stats()


class LeasedBudget:
    """``RateBudget`` over a remote pacer (``PacerService.lease``): one round trip per ``size``
    send slots, not per request.

    ``fetch(count)`` returns the seconds to wait for each of ``count`` slots, counted from
    when the answer arrives here (a few milliseconds late at worst, never early in total:
    the pacer's schedule, not this copy of it, decides how many slots a second exist).
    ``report`` passes an answer on without waiting. After a 429 the slots still held were
    given out at the old rate: they are dropped, and the next wait asks the slowed pacer. A
    slot held past its time by more than ``CATCH_UP`` (a worker idle between partitions) is
    dropped too, as the pacer itself would not give it: held slots never make a burst.
    """

    def __init__(self, fetch: Callable[[int], Sequence[float]],
                 report: Callable[[bool, float | None], None], size: int) -> None:  # fmt: skip
        if size < 1:
            raise ValueError(f"size must be >= 1, got {size}")
        self._fetch = fetch
        self._report = report
        self._size = size
        self._slots: deque[float] = deque()  # monotonic send times, earliest first
        self._lock = threading.Lock()

    def wait(self) -> float:
        with self._lock:
            now = time.monotonic()
            while self._slots and self._slots[0] < now - CATCH_UP:
                self._slots.popleft()  # missed by more than the pacer lets a late sender use
            if not self._slots:
                delays = self._fetch(self._size)
                now = time.monotonic()
                self._slots.extend(now + delay for delay in delays)
            return max(0.0, self._slots.popleft() - time.monotonic())

    def record(self, throttled: bool, retry_after: float | None = None) -> None:
        if throttled:
            with self._lock:
                self._slots.clear()
        self._report(throttled, retry_after)


# -- on a worker ------------------------------------------------------------------------------

_clients: dict[ClientConfig, Client] = {}
_clients_lock = threading.Lock()


def client_for(config: ClientConfig) -> Client:
    """This process's client for ``config``, built at the first block and reused."""
    with _clients_lock:
        client = _clients.get(config)
        if client is None:
            client = _clients[config] = config.client()
        return client


def embed_column(job: Job, texts: Sequence[str], budget: RateBudget | None) -> pa.Array:
    """The embeddings of a partition's ``texts``, in order, as one Arrow column.

    One ``helpers.embed`` run for the whole partition (requests stay in flight across block
    boundaries); with a checkpoint, blocks already written are read instead of embedded and
    each other block is written as soon as its last answer is in. Raises ``EmbedError`` when
    some text could not be embedded: the engine then retries the task, and only the blocks
    not yet written are embedded again.
    """
    import pyarrow as pa

    size = block_rows(job)
    starts = range(0, len(texts), size)
    columns: dict[int, pa.Array] = {}  # block start -> its column
    for start in starts:
        path = _checkpoint_path(job, texts[start : start + size])
        if path is not None and os.path.exists(path):
            columns[start] = _read_checkpoint(path, job, len(texts[start : start + size]))
    todo = [start for start in starts if start not in columns]
    if todo:
        done = {i for start in columns for i in range(start, min(start + size, len(texts)))}
        results = embed(
            client_for(job.config),
            job.inference_id,
            texts,
            task_type=job.task_type,  # type: ignore[arg-type]  # checked by plan_job
            batch_size=job.batch_size,
            max_concurrency=job.max_concurrency,
            skip=done or None,
            pace=budget is not None,
            rate_budget=budget,
            **dict(job.embed_options),
        )
        vectors: list[Any] = []
        for start in todo:  # results come in input order, the done blocks left out
            block = texts[start : start + size]
            vectors.clear()
            for result in results:
                vectors.append(result.embedding)
                if len(vectors) == len(block):
                    break
            column = to_arrow(vectors, job.output_kind)
            if len(column) != len(block):  # embed() yields every text or raises: a bug if not
                raise RuntimeError(f"{len(block)} texts but {len(column)} embeddings")
            path = _checkpoint_path(job, block)
            if path is not None:
                _write_checkpoint(path, job, block, column)
            columns[start] = column
        for extra in results:  # ends the run (its threads); embed() yields each text once
            raise RuntimeError(f"an embedding beyond the {len(texts)} texts: {extra.index}")
    if not columns:
        return to_arrow([], job.output_kind)
    return pa.concat_arrays([columns[start] for start in starts])


def to_arrow(vectors: Sequence[Any], kind: OutputKind) -> pa.Array:
    """Float lists (dense), int lists (byte/bit) or token -> weight maps (sparse)."""
    import pyarrow as pa

    if kind == "sparse":
        entries = [list(vector.items()) for vector in vectors]
        return pa.array(entries, type=pa.map_(pa.string(), pa.float64()))
    value_type = pa.int32() if kind == "int" else pa.float64()
    return pa.array(vectors, type=pa.list_(value_type))


def block_key(job: Job, texts: Sequence[str]) -> str:
    """A name for a block's answer: the same texts for the same endpoint give the same name."""
    digest = hashlib.sha256(f"{job.inference_id}\0{job.task_type}\0{len(texts)}".encode())
    for text in texts:
        encoded = text.encode("utf-8", "surrogatepass")
        digest.update(len(encoded).to_bytes(8, "little"))
        digest.update(encoded)
    return digest.hexdigest()[:32]


def _checkpoint_path(job: Job, texts: Sequence[str]) -> str | None:
    if job.checkpoint_dir is None or not texts:
        return None
    return os.path.join(job.checkpoint_dir, f"block-{block_key(job, texts)}.parquet")


def _write_checkpoint(path: str, job: Job, texts: Sequence[str], column: pa.Array) -> None:
    """Write the block's texts and answer; readers see the whole file or none of it."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    os.makedirs(os.path.dirname(path), exist_ok=True)
    table = pa.table({"text": pa.array(texts, pa.string()), job.output_column: column})
    handle, temporary = tempfile.mkstemp(dir=os.path.dirname(path), suffix=".tmp")
    os.close(handle)
    try:
        pq.write_table(table, temporary)
        os.replace(temporary, path)  # atomic: two attempts of one task write the same bytes
    except BaseException:
        os.unlink(temporary)
        raise


def _read_checkpoint(path: str, job: Job, expected: int) -> pa.Array:
    import pyarrow.parquet as pq

    column = pq.read_table(path, columns=[job.output_column]).column(0).combine_chunks()
    if len(column) != expected:
        raise RuntimeError(f"checkpoint {path} holds {len(column)} rows, expected {expected}")
    # Parquet names a list's items "element", Arrow "item": give back the type we write.
    return column.cast(to_arrow([], job.output_kind).type)
