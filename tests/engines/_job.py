"""One embedding job on one engine, as a user runs it: ``python _job.py ENGINE URL ID OUT ...``.

Run by the engine tests (and ``bench/embed_distributed.py``) in a subprocess, so each job has
its engine to itself and can be killed halfway. The corpus is ``corpus(n)``; the result (id,
text, embedding, in row order) is written to OUT as Parquet; the last stdout line is a JSON
object with the wall time of the embedding and the workers' peak RSS in MiB.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import time
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from esinference import Client


def corpus(n: int) -> list[str]:
    """Distinct texts (the fake models' vectors are a function of the text), short: the local
    server's fake model costs CPU per word, and on a 2-core machine a server that takes ~50 ms
    a request (ten-word texts, 64 dimensions) cannot answer the 20 a second these jobs send."""
    return [f"text {i}" for i in range(n)]


def run_ray(
    texts: list[str], workers: int, options: dict[str, Any]
) -> tuple[pa.Table, list[float]]:
    import ray

    from esinference.integrations.ray import embed_dataset

    ray.init(num_cpus=2, object_store_memory=80 * 2**20, include_dashboard=False,
             log_to_driver=False)  # fmt: skip
    # Ray's streaming executor may hand blocks on out of order; a job that wants the input's
    # order asks for it (each row keeps its own embedding either way).
    ray.data.DataContext.get_current().execution_options.preserve_order = True
    table = pa.table({"id": list(range(len(texts))), "text": texts})
    dataset = ray.data.from_arrow(table).repartition(8)
    embedded = embed_dataset(dataset, workers=workers, **options)
    result = pa.concat_tables(
        ray.get(ref) if not isinstance(ref, pa.Table) else ref for ref in embedded.to_arrow_refs()
    )
    peaks = _peaks("_Embedder")
    ray.shutdown()
    return result, peaks


def run_spark(
    texts: list[str], workers: int, options: dict[str, Any]
) -> tuple[pa.Table, list[float]]:
    from pyspark.sql import SparkSession

    from esinference.integrations.spark import embed_dataframe

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)  # workers need esinference too
    spark = (
        SparkSession.builder.master(f"local[{workers}]")
        .config("spark.ui.enabled", "false")
        .config("spark.driver.memory", "512m")
        .config("spark.sql.shuffle.partitions", str(workers))
        .config("spark.sql.execution.arrow.pyspark.enabled", "true")
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel("ERROR")
    frame = spark.createDataFrame([(i, t) for i, t in enumerate(texts)], "id long, text string")
    frame = frame.repartition(workers * 4, "id").sortWithinPartitions("id")
    embedded = embed_dataframe(frame, **options)
    # Sorted here, not with orderBy: its sampling pass would run the embedding twice.
    rows = embedded.toArrow().sort_by("id")
    peaks = _peaks("pyspark.daemon")
    spark.stop()
    return rows, peaks


def run_dask(
    texts: list[str], workers: int, options: dict[str, Any]
) -> tuple[pa.Table, list[float]]:
    import dask.dataframe as dd
    import pandas as pd
    from dask.distributed import Client as DaskClient
    from dask.distributed import LocalCluster

    from esinference.integrations.dask import embed_dataframe

    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                      dashboard_address=":0", memory_limit="1GiB") as cluster:  # fmt: skip
        with DaskClient(cluster) as dask_client:
            frame = pd.DataFrame({"id": range(len(texts)), "text": texts})
            ddf = dd.from_pandas(frame, npartitions=8)
            result = embed_dataframe(ddf, **options).compute()
            peaks = list(dask_client.run(_own_peak).values())
    kind = "sparse" if result["embedding"].map(lambda v: isinstance(v, dict)).any() else "dense"
    column = (
        [list(v.items()) for v in result["embedding"]]
        if kind == "sparse"
        else list(result["embedding"])
    )
    table = pa.table({"id": result["id"].tolist(), "text": result["text"].tolist()})
    return table.append_column("embedding", pa.array(column)), peaks


def _own_peak() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _peaks(pattern: str) -> list[float]:
    """VmHWM (MiB) of this machine's processes whose command line holds ``pattern``."""
    peaks = []
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            with open(f"/proc/{pid}/cmdline", "rb") as handle:
                if pattern.encode() not in handle.read():
                    continue
            with open(f"/proc/{pid}/status") as handle:
                for line in handle:
                    if line.startswith("VmHWM:"):
                        peaks.append(int(line.split()[1]) / 1024)
        except OSError:
            continue
    return peaks


RUNNERS = {"ray": run_ray, "spark": run_spark, "dask": run_dask}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("engine", choices=sorted(RUNNERS))
    parser.add_argument("url")
    parser.add_argument("inference_id")
    parser.add_argument("out")
    parser.add_argument("--texts", type=int, default=2000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--batch-size", type=int, default=None)
    parser.add_argument("--checkpoint", default=None)
    parser.add_argument("--no-pace", action="store_true")
    args = parser.parse_args()
    options: dict[str, Any] = {"client": Client(args.url), "inference_id": args.inference_id}
    if args.batch_size:
        options["batch_size"] = args.batch_size
    if args.checkpoint:
        options["checkpoint_dir"] = args.checkpoint
    if args.no_pace:
        options["pace"] = False
    started = time.perf_counter()
    table, peaks = RUNNERS[args.engine](corpus(args.texts), args.workers, options)
    seconds = time.perf_counter() - started
    pq.write_table(table.select(["id", "text", "embedding"]), args.out)
    print(json.dumps({"seconds": seconds, "rows": table.num_rows, "peak_rss_mib": peaks}))
    sys.stdout.flush()


if __name__ == "__main__":
    main()
