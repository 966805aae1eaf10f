"""The numpy path against the list path: time and memory per 1,000 vectors of 1,024 dims.

Time: decoding float32-shaped answers (64 vectors each) into lists (``_json.loads``), into
one float32 array (``_json.loads`` + ``embeddings_array()``), and, for the record, numpy
reading the raw bytes of each vector itself (``numpy.fromstring``, the other design).
Memory: what 1,024 such vectors cost while held, traced with ``tracemalloc``.
"""

from __future__ import annotations

import tracemalloc
import warnings
from collections.abc import Callable
from typing import Any

from _measure import interleaved, ms, table

from esinference import _json
from esinference.vectors import embeddings_array

VECTORS_PER_ANSWER = 64


def list_path(body: bytes) -> Any:
    return [item["embedding"] for item in _json.loads(body)["text_embedding"]]


def numpy_path(body: bytes) -> Any:
    return embeddings_array(_json.loads(body))


def numpy_raw_bytes(body: bytes) -> Any:
    """Each ``"embedding":[...]`` span parsed by numpy alone (the answer's shape assumed)."""
    import numpy

    rows, start = [], 0
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        while (begin := body.find(b'"embedding":[', start)) >= 0:
            end = body.index(b"]", begin)
            rows.append(numpy.fromstring(body[begin + 13 : end], dtype=numpy.float32, sep=","))
            start = end
    return numpy.stack(rows)


PATHS: dict[str, Callable[[bytes], Any]] = {
    "list path: lists of floats": list_path,
    "numpy path: embeddings_array() (float32)": numpy_path,
    "numpy.fromstring over the raw bytes": numpy_raw_bytes,
}


def held_bytes(decode: Callable[[bytes], Any], body: bytes, answers: int = 16) -> int:
    """Bytes allocated and still held after decoding ``answers`` answers and keeping them."""
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        kept = [decode(body) for _ in range(answers)]
        held = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    del kept
    return held


def section(body: bytes, quick: bool) -> tuple[str, dict[str, float]]:
    """The Markdown table, and per-1,000-vector seconds by path."""
    runners = {
        name: (lambda n, decode=decode: [decode(body) for _ in range(n)])
        for name, decode in PATHS.items()
    }
    samples = interleaved(runners, 3 if quick else 9, 5)
    per_thousand = 1000 / VECTORS_PER_ANSWER
    times = {name: s.wall_median * per_thousand for name, s in samples.items()}
    floor = times["list path: lists of floats"]
    memory = {name: held_bytes(decode, body) * 1000 / (16 * VECTORS_PER_ANSWER)
              for name, decode in PATHS.items()}  # fmt: skip
    rows = [
        [name, ms(times[name]), f"{times[name] / floor:.2f}", f"{memory[name] / 2**20:,.1f} MiB",
         f"{memory[name] / 1000 / 1024:.1f}"]
        for name in PATHS
    ]  # fmt: skip
    header = ["path", "time / 1,000 vectors", "vs list path", "held / 1,000 vectors",
              "bytes / value"]  # fmt: skip
    return table(header, rows), times
