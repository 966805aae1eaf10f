"""Dense embeddings as numpy arrays (the ``numpy`` extra): the data's memory, not a list's.

A Python list of floats costs ~32 bytes a value (a float object and a pointer); the array
holds what the endpoint computed, one row per input:

==========================================  ========  ===========================
result kind                                 dtype     bytes per vector of d dims
==========================================  ========  ===========================
``text_embedding`` / ``embeddings``         float32   4 * d
``text_embedding_bytes`` / ``..._bytes``    int8      d
``text_embedding_bits`` / ``..._bits``      uint8     d / 8 (d bits, packed)
==========================================  ========  ===========================

Bit vectors arrive as signed bytes, 8 dimensions each, most significant bit first; they are
given as uint8 with the same bits, so ``numpy.unpackbits(row)`` yields the 0/1 dimensions.
Float values are those of the list path rounded to float32 — exactly the values
Elasticsearch computed, which it prints as float32 (a float32's shortest decimal, read as a
float64 and rounded back, is the same float32: 53 >= 2 * 24 + 2 bits rule out double rounding).

The arrays are built from the decoded lists of one answer at a time; parsing the raw bytes
with ``numpy.fromstring`` measured slower (bench/HISTORY.md), so the decode stays orjson's
or the stdlib's. numpy is imported when an array is first asked for.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from ._spec_types import DENSE_RESULT_KEYS
from .errors import MissingExtraError, SerializationError

if TYPE_CHECKING:
    import numpy
    import numpy.typing

    Array = numpy.typing.NDArray[Any]

__all__ = ["DENSE_KINDS", "dense_kind", "embeddings_array", "to_array"]

# Result kind -> dtype of its vectors ("bits": signed bytes shown as packed uint8).
DENSE_KINDS: Mapping[str, str] = {
    key: dtype
    for keys in DENSE_RESULT_KEYS.values()
    for key, dtype in zip(keys, ("float32", "int8", "bits"), strict=True)
}


def dense_kind(body: Any) -> str:
    """The dense result kind of an answer (``text_embedding``, ...); ValueError if none."""
    if isinstance(body, Mapping):
        for kind in DENSE_KINDS:
            if kind in body:
                return kind
    keys = sorted(body) if isinstance(body, Mapping) else type(body).__name__
    raise ValueError(f"not a dense embedding answer (keys: {keys})")


def embeddings_array(body: Any) -> Array:
    """The vectors of a dense embedding answer as one 2-D array, a row per input.

    ValueError when the answer holds no dense embeddings (sparse ones have no fixed
    dimensions); SerializationError when its vectors are not all of one length.
    """
    kind = dense_kind(body)
    results = body[kind]
    if not isinstance(results, list) or not all(
        isinstance(item, Mapping) and "embedding" in item for item in results
    ):
        raise SerializationError(f"the {kind} results are not a list of embeddings")
    return to_array([item["embedding"] for item in results], kind)


def to_array(vectors: Sequence[Sequence[float] | Sequence[int]], kind: str) -> Array:
    """Vectors of one result kind (as decoded from JSON) as a 2-D array of its dtype."""
    with MissingExtraError.unless_installed("embeddings as numpy arrays", "numpy"):
        import numpy

    dtype = DENSE_KINDS[kind]
    try:
        if dtype == "float32":
            array = numpy.array(vectors, dtype=numpy.float32)
        else:
            array = numpy.array(vectors, dtype=numpy.int8)
    except (ValueError, TypeError, OverflowError) as exc:
        raise SerializationError(f"the {kind} vectors do not form a {dtype} matrix: {exc}") from exc
    if array.ndim != 2:  # no vectors at all: keep the shape (0, 0), a matrix still
        if array.size:
            raise SerializationError(f"the {kind} vectors do not form a {dtype} matrix")
        array = array.reshape(0, 0)
    return array.view(numpy.uint8) if dtype == "bits" else array
