"""Embed 100,000 short texts through the local server with ``esinference.helpers.embed``.

Prints wall time, texts/s and the process's memory (VmRSS now, VmHWM peak) at 10,000 texts
and at the end, to show that memory stays flat whatever the corpus size: the texts come from
a generator and results are counted, not kept. The server runs in a child process
(``LocalServer(subprocess=True)``), so its memory is not ours.

    python bench/embed_corpus.py [--texts 100000] [--batch-size 100] [--concurrency 4] [--async]
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import time
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from _measure import memory_mib

from esinference import AsyncClient, Client
from esinference.helpers import EmbeddedText, async_embed, embed
from esinference.server import LocalServer

CHECKPOINTS = (10_000,)


def corpus(n: int) -> Iterator[str]:
    for i in range(n):
        yield f"short text number {i} about topic {i % 97}"


class Meter:
    def __init__(self, total: int) -> None:
        self.total = total
        self.count = 0
        self.started = time.perf_counter()
        self.rows: list[tuple[int, float, float, float]] = []

    def see(self, result: EmbeddedText) -> None:
        assert result.index == self.count, "results out of order"
        self.count += 1
        if self.count in CHECKPOINTS or self.count == self.total:
            self.rows.append((self.count, time.perf_counter() - self.started, *memory_mib()))


def run_sync(url: str, args: argparse.Namespace, meter: Meter) -> None:
    with Client(url) as client:
        for result in embed(client, "bench", corpus(args.texts), task_type="text_embedding",
                            batch_size=args.batch_size, max_concurrency=args.concurrency,
                            progress_bar=False):  # fmt: skip
            meter.see(result)


async def run_async(url: str, args: argparse.Namespace, meter: Meter) -> None:
    async with AsyncClient(url) as client:
        async for result in async_embed(
            client, "bench", corpus(args.texts), task_type="text_embedding",
            batch_size=args.batch_size, max_concurrency=args.concurrency, progress_bar=False,
        ):  # fmt: skip
            meter.see(result)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--texts", type=int, default=100_000)
    parser.add_argument("--batch-size", type=int, default=100)
    parser.add_argument("--concurrency", type=int, default=4)
    parser.add_argument("--dimensions", type=int, default=16)
    parser.add_argument("--async", dest="use_async", action="store_true")
    args = parser.parse_args()
    with LocalServer(subprocess=True) as server:
        with Client(server.url) as client:
            client.inference.put_openai(
                task_type="text_embedding", openai_inference_id="bench", service="openai",
                service_settings={"api_key": "k", "model_id": "m", "dimensions": args.dimensions},
            )  # fmt: skip
        before = memory_mib()[0]
        meter = Meter(args.texts)
        if args.use_async:
            asyncio.run(run_async(server.url, args, meter))
        else:
            run_sync(server.url, args, meter)
    assert meter.count == args.texts
    mode = "async" if args.use_async else "sync"
    print(
        f"embed ({mode}): {args.texts:,} texts, batch {args.batch_size}, concurrency"
        f" {args.concurrency}, {args.dimensions} dims; RSS before {before:.1f} MiB"
    )
    print(f"{'texts':>9} {'seconds':>8} {'texts/s':>9} {'RSS MiB':>8} {'peak MiB':>9}")
    for count, seconds, rss, peak in meter.rows:
        print(f"{count:>9,} {seconds:>8.2f} {count / seconds:>9,.0f} {rss:>8.1f} {peak:>9.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
