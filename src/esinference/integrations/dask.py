"""Embed a Dask DataFrame's text column: ``embed_dataframe`` (``pip install esinference[dask]``).

::

    import dask.dataframe as dd
    from dask.distributed import Client as DaskClient, LocalCluster
    from esinference import Client
    from esinference.integrations.dask import embed_dataframe

    with LocalCluster(n_workers=2, processes=True) as cluster, DaskClient(cluster):
        ddf = dd.read_parquet("corpus/")
        out = embed_dataframe(ddf, client=Client("http://localhost:9200"), inference_id="my-e5")
        out.to_parquet("embedded/")

Each worker process builds one client and embeds its partitions with ``helpers.embed``. On a
``distributed`` cluster one dask actor holds the endpoint's rate budget and every partition
takes its send slots from it (``max_concurrency`` slots per round trip): together they stay
inside ``rate_limit.requests_per_minute`` and back off together on 429. Without
``distributed`` (the local schedulers) the budget is an in-process ``SharedPacer``: shared by
the threaded scheduler's threads, copied (each process at the full rate, 429s slowing it) by
the processes scheduler. With ``checkpoint_dir`` every block's answer is kept as a Parquet
file: a task dask retries (or a rerun after a crash) embeds only the blocks not yet written.
"""

# pyright: reportMissingImports=false
# (the engine extras are not in the dev venv; `make test-engines` runs these modules)

from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Any

import dask.dataframe as dd
import pandas as pd

from ..helpers import RateBudget, SharedPacer
from ._distributed import Job, LeasedBudget, PacerService, embed_column, plan_job

if TYPE_CHECKING:
    from .._client_base import BaseClient

__all__ = ["embed_dataframe"]


class _ActorBudget:
    """The job's pacer actor as workers reach it: its address and key travel, and a worker
    makes its proxy (``attach``, in the task's thread, where dask knows the worker) and a
    ``LeasedBudget`` over it, which ``helpers.embed``'s threads then call: one round trip
    per ``size`` send slots, a report none.
    """

    def __init__(self, address: str, key: str, size: int, future: Any = None) -> None:
        self._address = address
        self._key = key
        self._size = size
        self._leased: LeasedBudget | None = None
        # On the driver: the actor lives while its future does, and this budget is held by
        # the returned DataFrame's graph. Workers get only the address, key and lease size.
        self._future = future

    def attach(self) -> None:
        from distributed import Actor, get_worker

        if self._leased is not None:
            return
        with _leases_lock:  # one lease per worker process: a partition uses the slots the
            leased = _leases.get(self._key)  # last one left, rather than wasting them
            if leased is None:
                actor = Actor(PacerService, self._address, self._key, worker=get_worker())
                leased = _leases[self._key] = LeasedBudget(
                    lambda count: actor.lease(count).result(),
                    lambda throttled, retry_after: actor.record(throttled, retry_after),
                    self._size,
                )
        self._leased = leased

    def wait(self) -> float:
        assert self._leased is not None, "attach() first"
        return self._leased.wait()

    def record(self, throttled: bool, retry_after: float | None = None) -> None:
        assert self._leased is not None, "attach() first"
        self._leased.record(throttled, retry_after)

    def __getstate__(self) -> tuple[str, str, int]:
        return self._address, self._key, self._size

    def __setstate__(self, state: tuple[str, str, int]) -> None:
        self.__init__(*state)  # type: ignore[misc]


_leases: dict[str, LeasedBudget] = {}  # pacer actor's key -> this worker's lease of it
_leases_lock = threading.Lock()


def _budget(job: Job) -> RateBudget | None:
    """The job's budget: an actor on the active ``distributed`` client, else in-process."""
    if not job.pace:
        return None
    try:
        from distributed import default_client

        cluster = default_client()
    except (ImportError, ValueError):  # no distributed client: a local scheduler
        return SharedPacer(job.requests_per_minute)
    future = cluster.submit(PacerService, job.requests_per_minute, actor=True)
    actor = future.result()
    return _ActorBudget(actor._address, future.key, job.max_concurrency, future)


def _embed_partition(frame: pd.DataFrame, job: Job, budget: RateBudget | None) -> pd.DataFrame:
    if isinstance(budget, _ActorBudget):
        budget.attach()
    texts = frame[job.text_column].tolist()
    values = embed_column(job, texts, budget).to_pylist()
    if job.output_kind == "sparse":  # Arrow maps come back as (key, value) pairs
        values = [dict(pairs) for pairs in values]
    return frame.assign(**{job.output_column: pd.Series(values, index=frame.index, dtype=object)})


def embed_dataframe(
    ddf: dd.DataFrame,
    *,
    client: BaseClient[Any, Any],
    inference_id: str,
    text_column: str = "text",
    output_column: str = "embedding",
    **options: Any,
) -> dd.DataFrame:
    """``ddf`` with ``output_column`` holding each row's embedding, in row order (lazy).

    Python float lists for dense endpoints, int lists for byte/bit vectors, token -> weight
    dicts for sparse ones (an ``object`` column). ``client`` (a ``Client`` or ``AsyncClient``)
    is not sent: its settings are, credentials included, unless ``api_key_env="ES_API_KEY"``
    says the workers read their API key from that variable. Options as for
    ``esinference.integrations.ray.embed_dataset`` (``batch_size``, ``requests_per_minute``,
    ``pace``, ``checkpoint_dir``, ``max_concurrency`` and ``helpers.embed``'s others). The
    endpoint is looked up now; the pacer actor is started on the active ``distributed``
    client now, so compute the result with that client.
    """
    job = plan_job(client, inference_id, text_column=text_column, output_column=output_column,
                   options=options, engine="embed_dataframe")  # fmt: skip
    meta = ddf._meta.assign(**{output_column: pd.Series([], dtype=object)})
    return ddf.map_partitions(_embed_partition, job, _budget(job), meta=meta)
