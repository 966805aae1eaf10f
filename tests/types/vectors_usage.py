"""Embeddings as numpy arrays, used the way an application does; checked, never run."""

from __future__ import annotations

import numpy
import numpy.typing

from esinference import Client
from esinference.helpers import embed


def response_array(client: Client) -> numpy.typing.NDArray[numpy.float32]:
    resp = client.inference.text_embedding(inference_id="e5", input=["a", "b"])
    matrix = resp.embeddings_array()
    rows: int = matrix.shape[0]
    print(rows, matrix.dtype, matrix.nbytes)
    return matrix


def helper_rows(client: Client) -> list[float]:
    norms = []
    for result in embed(client, "e5", ["a"], task_type="text_embedding", as_numpy=True):
        row = result.embedding
        if isinstance(row, numpy.ndarray):
            norms.append(float(numpy.linalg.norm(row)))
    embed(client, "e5", ["a"], as_numpy="yes")  # type: ignore[arg-type]
    return norms
