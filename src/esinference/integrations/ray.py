"""Embed a Ray Dataset's text column: ``embed_dataset`` (``pip install esinference[ray]``).

::

    import ray
    from esinference import Client
    from esinference.integrations.ray import embed_dataset

    client = Client("http://localhost:9200", api_key="...")
    ds = ray.data.read_parquet("corpus/")
    embedded = embed_dataset(ds, client=client, inference_id="my-e5", workers=4)
    embedded.write_parquet("embedded/")

Each of ``workers`` actors builds one client and embeds batches with ``helpers.embed``; one
named Ray actor holds the endpoint's rate budget and every actor takes its send slots from it
(``max_concurrency`` slots per round trip), so together they stay inside
``rate_limit.requests_per_minute`` and back off together on 429.
With ``checkpoint_dir`` every block's answer is kept as a Parquet file: a task Ray retries,
or the same job run again after a crash, embeds only the blocks not yet written.
"""

# pyright: reportMissingImports=false, reportAttributeAccessIssue=false
# (the engine extras are not in the dev venv, where pyright takes `import ray` for this very
# file; `make test-engines` runs these modules)

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import ray

from ._distributed import Job, LeasedBudget, PacerService, call_rows, embed_column, plan_job

if TYPE_CHECKING:
    import pyarrow as pa
    import ray.data

    from .._client_base import BaseClient

__all__ = ["embed_dataset"]


class _Embedder:
    """The callable class of ``map_batches``: built once per actor, with its client."""

    def __init__(self, job: Job, pacer: Any) -> None:
        self._job = job
        self._budget = None
        if pacer is not None:  # send slots taken from the pacer actor, a lease at a time
            self._budget = LeasedBudget(
                lambda count: ray.get(pacer.lease.remote(count)),
                lambda throttled, retry_after: pacer.record.remote(throttled, retry_after),
                job.max_concurrency,
            )

    def __call__(self, batch: pa.Table) -> pa.Table:
        texts = batch.column(self._job.text_column).to_pylist()
        column = embed_column(self._job, texts, self._budget)
        names = batch.column_names
        if self._job.output_column in names:
            return batch.set_column(names.index(self._job.output_column), self._job.output_column,
                                    column)  # fmt: skip
        return batch.append_column(self._job.output_column, column)


def embed_dataset(
    dataset: ray.data.Dataset,
    *,
    client: BaseClient[Any, Any],
    inference_id: str,
    text_column: str = "text",
    output_column: str = "embedding",
    workers: int = 2,
    **options: Any,
) -> ray.data.Dataset:
    """``dataset`` with ``output_column`` holding each row's embedding, in row order.

    Float lists for dense endpoints, int lists for byte/bit vectors, token -> weight maps for
    sparse ones. ``client`` (a ``Client`` or ``AsyncClient``) is not sent: its settings are,
    credentials included, unless ``api_key_env="ES_API_KEY"`` says the actors read their API
    key from that variable. ``workers`` actors run at once (``concurrency`` of
    ``map_batches``). Options: ``batch_size`` (texts per request; default: the service's
    limit), ``requests_per_minute`` (default: the endpoint's), ``pace=False``,
    ``checkpoint_dir``, and ``helpers.embed``'s ``max_batch_bytes``, ``max_concurrency``,
    ``max_retries``, ``retry_backoff``, ``input_type``, ``task_settings``. Lazy, as Ray is:
    the endpoint is looked up now, the texts are embedded when the dataset is consumed.
    """
    job = plan_job(client, inference_id, text_column=text_column, output_column=output_column,
                   options=options, engine="embed_dataset")  # fmt: skip
    pacer = None
    if job.pace:
        pacer = (
            ray.remote(PacerService)
            .options(name=f"esinference-pacer-{job.job_id}", num_cpus=0)
            .remote(job.requests_per_minute)
        )
    concurrency = max(1, workers)
    return dataset.map_batches(
        _Embedder,
        fn_constructor_kwargs={"job": job, "pacer": pacer},
        batch_format="pyarrow",
        batch_size=call_rows(job),
        concurrency=concurrency,
        num_cpus=0.5,
        zero_copy_batch=True,
    )
