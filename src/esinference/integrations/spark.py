"""Embed a Spark DataFrame's text column: ``embed_dataframe`` (``pip install esinference[spark]``).

::

    from pyspark.sql import SparkSession
    from esinference import Client
    from esinference.integrations.spark import embed_dataframe

    spark = SparkSession.builder.getOrCreate()
    df = spark.read.parquet("corpus/")
    out = embed_dataframe(df, client=Client("http://localhost:9200"), inference_id="my-e5")
    out.write.parquet("embedded/")

A ``mapInArrow`` function embeds each partition's Arrow batches with ``helpers.embed``; each
Python worker builds one client and keeps it for every task it runs. Spark has no shared
object for tasks to meet at. With a ``local`` master every task runs on this machine, and
they share one budget through a file (``HostPacer``): together they stay inside
``rate_limit.requests_per_minute`` and back off together on 429. On a cluster the budget is
split: each of the job's concurrent tasks (the smaller of the partition count and the
cluster's default parallelism) paces to its share and slows down on 429. With
``checkpoint_dir`` every block's answer is kept as a Parquet file (on a filesystem every
executor sees): a task Spark retries, a speculative copy, or a rerun after a crash embeds only
the blocks not yet written.
"""

# pyright: reportMissingImports=false
# (the engine extras are not in the dev venv; `make test-engines` runs these modules)

from __future__ import annotations

import os
import tempfile
import threading
from collections.abc import Iterator
from dataclasses import replace
from typing import TYPE_CHECKING, Any

import pyarrow as pa
from pyspark.sql import DataFrame
from pyspark.sql.types import (
    ArrayType,
    DataType,
    DoubleType,
    IntegerType,
    MapType,
    StringType,
    StructType,
)

from ..helpers import HostPacer, RateBudget, SharedPacer
from ._distributed import Job, OutputKind, embed_column, plan_job

if TYPE_CHECKING:
    from .._client_base import BaseClient

__all__ = ["embed_dataframe"]

_SPARK_TYPES: dict[OutputKind, DataType] = {
    "float": ArrayType(DoubleType()),
    "int": ArrayType(IntegerType()),
    "sparse": MapType(StringType(), DoubleType()),
}

# One pacer per job in each Python worker: the tasks a reused worker runs share it.
_pacers: dict[str, RateBudget] = {}
_pacers_lock = threading.Lock()


def _pacer(job: Job, host_file: str | None) -> RateBudget | None:
    """The job's budget in this worker: the machine's file when every task runs here, else
    this worker's share."""
    if not job.pace:
        return None
    with _pacers_lock:
        pacer = _pacers.get(job.job_id)
        if pacer is None:
            pacer = _pacers[job.job_id] = (
                SharedPacer(job.requests_per_minute)
                if host_file is None
                else HostPacer(host_file, job.requests_per_minute)
            )
        return pacer


def _embed_batches(
    job: Job, host_file: str | None, batches: Iterator[pa.RecordBatch]
) -> Iterator[pa.RecordBatch]:
    budget = _pacer(job, host_file)
    for batch in batches:
        texts = batch.column(batch.schema.get_field_index(job.text_column)).to_pylist()
        column = embed_column(job, texts, budget)
        names = batch.schema.names
        arrays = [batch.column(i) for i, name in enumerate(names) if name != job.output_column]
        kept = [name for name in names if name != job.output_column]
        yield pa.RecordBatch.from_arrays([*arrays, column], names=[*kept, job.output_column])


def embed_dataframe(
    df: DataFrame,
    *,
    client: BaseClient[Any, Any],
    inference_id: str,
    text_column: str = "text",
    output_column: str = "embedding",
    **options: Any,
) -> DataFrame:
    """``df`` with ``output_column`` holding each row's embedding, in row order (lazy).

    ``array<double>`` for dense endpoints, ``array<int>`` for byte/bit vectors,
    ``map<string,double>`` for sparse ones. ``client`` (a ``Client`` or ``AsyncClient``) is
    not sent: its settings are, credentials included, unless ``api_key_env="ES_API_KEY"``
    says the executors read their API key from that variable. Options as for
    ``esinference.integrations.ray.embed_dataset`` (``batch_size``, ``requests_per_minute``,
    ``pace``, ``checkpoint_dir``, ``max_concurrency`` and ``helpers.embed``'s others).
    """
    job = plan_job(client, inference_id, text_column=text_column, output_column=output_column,
                   options=options, engine="embed_dataframe")  # fmt: skip
    context = df.sparkSession.sparkContext
    host_file = None
    if context.master.startswith("local") and os.name == "posix":  # one machine: one budget
        host_file = os.path.join(tempfile.gettempdir(), f"esinference-pacer-{job.job_id}.json")
    elif job.requests_per_minute is not None:
        slots = min(df.rdd.getNumPartitions(), context.defaultParallelism)
        job = replace(job, requests_per_minute=job.requests_per_minute / max(1, slots))
    fields = [field for field in df.schema.fields if field.name != output_column]
    schema = StructType([*fields]).add(output_column, _SPARK_TYPES[job.output_kind])

    def embed_partition(batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
        return _embed_batches(job, host_file, batches)

    return df.mapInArrow(embed_partition, schema)
