"""Embed a corpus with helpers.embed and with Ray, Spark and Dask, inside a rate limit.

The local server runs in a child process with 20 ms of latency per request and throttles
like a provider (``--provider-rate-limit``) at the endpoint's 1,200 requests a minute; each
job (``tests/engines/_job.py``, one process per job, 1 or 2 workers) embeds the same corpus
in batches of 100. Reported per job: wall time (engine start included), texts/s while
embedding (first to last request), the share of the rate limit used while embedding, the
share of requests answered 429, and the peak RSS of each worker process; then the same jobs
against an endpoint with no practical limit, to show each engine's overhead over helpers.embed.

Needs the engines (``make test-engines`` builds ``.venv-engines``); run with that Python:

    .venv-engines/bin/python bench/embed_distributed.py [--texts 12000] [--engines ray,spark,dask]
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(1, str(ROOT))

from esinference import Client  # noqa: E402
from esinference.helpers import embed  # noqa: E402
from esinference.server import LocalServer  # noqa: E402
from tests.engines._job import corpus  # noqa: E402

JOB = ROOT / "tests" / "engines" / "_job.py"
LIMIT = 1200
UNLIMITED = 1_000_000
BATCH = 100
# Small answers of short texts: the bench is about pacing, not JSON, and the local server's fake
# model must answer the limit's 20 requests a second with CPU to spare (~6 ms a request of 100
# two-word texts at 8 dimensions, against ~50 ms at ten words and 64).
DIMS = 8


def put_endpoint(server: LocalServer, inference_id: str, rpm: int) -> None:
    with Client(server.url) as client:
        client.inference.put_openai(
            task_type="text_embedding",
            openai_inference_id=inference_id,
            service="openai",
            service_settings={"api_key": "k", "model_id": "m", "dimensions": DIMS,
                              "rate_limit": {"requests_per_minute": rpm}},
        )  # fmt: skip


def run_helpers(server: LocalServer, inference_id: str, texts: int) -> dict[str, object]:
    started = time.perf_counter()
    with Client(server.url) as client:
        count = sum(1 for _ in embed(client, inference_id, corpus(texts), batch_size=BATCH))
    assert count == texts
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"seconds": time.perf_counter() - started, "peak_rss_mib": [peak]}


def run_engine(
    server: LocalServer, engine: str, inference_id: str, texts: int, workers: int
) -> dict[str, object]:
    with tempfile.TemporaryDirectory() as scratch:
        done = subprocess.run(
            [sys.executable, str(JOB), engine, server.url, inference_id,
             str(Path(scratch) / "out.parquet"), "--texts", str(texts), "--workers", str(workers),
             "--batch-size", str(BATCH)],
            capture_output=True, text=True, check=True,
        )  # fmt: skip
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def measure(server: LocalServer) -> tuple[int, int, float]:
    """(requests, 429s, seconds from first to last request) of the inference calls logged.

    A refused batch is sent again as it was, so a batch's repeats are its 429s.
    """
    posts = [r for r in server.requests() if r.method == "POST"]
    batches = Counter(tuple(r.json()["input"]) for r in posts)
    span = posts[-1].received_at - posts[0].received_at if len(posts) > 1 else float("nan")
    return len(posts), len(posts) - len(batches), span


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--texts", type=int, default=12_000)
    parser.add_argument("--engines", default="ray,spark,dask")
    args = parser.parse_args()
    jobs = [("helpers.embed", 1)] + [
        (engine, workers) for engine in args.engines.split(",") for workers in (1, 2)
    ]
    header = ("| job | workers | limit (req/min) | wall s | texts/s embedding | limit used |"
              " 429 share | peak RSS / worker MiB |")  # fmt: skip
    print(header + "\n|" + "---|" * 8)
    with LocalServer(subprocess=True, latency_ms=20, provider_rate_limit=True) as server:
        for rpm in (LIMIT, UNLIMITED):
            for name, workers in jobs:
                server.reset()
                put_endpoint(server, "bench", rpm)
                server.clear_requests()
                if name == "helpers.embed":
                    result = run_helpers(server, "bench", args.texts)
                else:
                    result = run_engine(server, name, "bench", args.texts, workers)
                requests, refused, span = measure(server)
                used = (requests - refused - 1) / span * 60 / rpm if span > 0 else float("nan")
                shown = f"{used:.0%}" if rpm == LIMIT else "-"
                peaks = ", ".join(f"{p:,.0f}" for p in result["peak_rss_mib"])  # type: ignore[attr-defined]
                limit = f"{rpm:,}" if rpm == LIMIT else "none"
                print(
                    f"| {name} | {workers} | {limit} | {result['seconds']:.1f} |"
                    f" {args.texts / span:,.0f} | {shown} |"
                    f" {refused / requests:.1%} ({refused}/{requests}) | {peaks} |",
                    flush=True,
                )


if __name__ == "__main__":
    main()
