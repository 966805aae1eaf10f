"""Peak RSS of ``helpers.embed`` keeping every vector: lists of floats against numpy rows.

Run in its own process (``bench/run.py`` starts it), against the bench server's ``bulk``
answer (100 float32-shaped vectors of 1,024 dims per request); prints one line:
``<texts> <seconds> <peak RSS MiB> <RSS before MiB>``.

    python bench/embed_rss.py URL [--texts 100000] [--as-numpy]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from _measure import memory_mib

from esinference import Client
from esinference.helpers import embed


def corpus(n: int) -> Iterator[str]:
    for i in range(n):
        yield f"short text number {i}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("url")
    parser.add_argument("--texts", type=int, default=100_000)
    parser.add_argument("--as-numpy", action="store_true")
    args = parser.parse_args()
    if args.as_numpy:
        import numpy  # noqa: F401  # loaded before the baseline, as a user's program would

    before = memory_mib()[0]
    started = time.perf_counter()
    kept: list[Any] = []
    with Client(args.url) as client:
        for result in embed(client, "bulk", corpus(args.texts), task_type="text_embedding",
                            batch_size=100, max_concurrency=2, progress_bar=False,
                            as_numpy=args.as_numpy):  # fmt: skip
            kept.append(result.embedding)
    assert len(kept) == args.texts and len(kept[-1]) == 1024
    print(f"{len(kept)} {time.perf_counter() - started:.2f} {memory_mib()[1]:.1f} {before:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
