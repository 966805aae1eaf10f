"""Embeddings as numpy arrays: the list path's values in the data's dtype, and lazy imports."""

from __future__ import annotations

import subprocess
import sys
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from esinference import _json
from esinference.errors import SerializationError
from esinference.helpers._core import embeddings_of
from esinference.response import ApiResponseMeta, ObjectApiResponse
from esinference.server import LocalServer
from esinference.server.fakes.models import unit_vector
from tests.helpers.conftest import DIMENSIONS, run
from tests.responses.answer_strategies import Raw, es_floats, write

np = pytest.importorskip("numpy")

META = ApiResponseMeta(200, "1.1", {}, 0.0, "http://localhost:9200")


def answer(kind: str, vectors: list[list[Any]]) -> ObjectApiResponse[Any]:
    """The response object for an answer written as Elasticsearch writes it."""
    body = write({kind: [{"embedding": v} for v in vectors]})
    return ObjectApiResponse(_json.loads(body), META)


def matrices(values: st.SearchStrategy[Any]) -> st.SearchStrategy[list[list[Any]]]:
    return st.integers(1, 12).flatmap(
        lambda dims: st.lists(st.lists(values, min_size=dims, max_size=dims), max_size=5)
    )


@settings(max_examples=150, deadline=None)
@given(vectors=matrices(es_floats), kind=st.sampled_from(["text_embedding", "embeddings"]))
def test_float_vectors_are_float32_with_the_list_paths_values(
    vectors: list[list[Raw]], kind: str
) -> None:
    resp = answer(kind, vectors)
    array = resp.embeddings_array()
    listed = [item["embedding"] for item in resp[kind]]
    assert array.dtype == np.float32 and array.shape == (
        len(vectors),
        len(vectors[0]) if vectors else 0,
    )
    # The same float32 bits as each listed value rounded to float32 (and as the text read as
    # float32 directly): the values Elasticsearch computed.
    expected = np.array(listed, dtype=np.float32).reshape(array.shape)
    assert array.tobytes() == expected.tobytes()
    direct = [np.float32(str(x)) for v in vectors for x in v]
    assert array.ravel().tobytes() == np.array(direct, dtype=np.float32).tobytes()


@settings(max_examples=100, deadline=None)
@given(vectors=matrices(st.integers(-128, 127)))
def test_byte_vectors_are_int8(vectors: list[list[int]]) -> None:
    array = answer("text_embedding_bytes", vectors).embeddings_array()
    assert array.dtype == np.int8
    assert array.tolist() == (vectors if vectors else [])


@settings(max_examples=100, deadline=None)
@given(vectors=matrices(st.integers(-128, 127)))
def test_bit_vectors_are_packed_uint8_with_the_same_bits(vectors: list[list[int]]) -> None:
    array = answer("text_embedding_bits", vectors).embeddings_array()
    assert array.dtype == np.uint8
    bits = [[(byte & 0xFF) >> (7 - k) & 1 for byte in v for k in range(8)] for v in vectors]
    assert np.unpackbits(array, axis=1).tolist() == (bits if vectors else [])


def test_answers_without_dense_vectors_are_refused() -> None:
    sparse = ObjectApiResponse({"sparse_embedding": [{"embedding": {"a": 1.0}}]}, META)
    with pytest.raises(ValueError, match="not a dense embedding answer"):
        sparse.embeddings_array()
    ragged = ObjectApiResponse({"text_embedding": [{"embedding": [1.0]}, {"embedding": []}]}, META)
    with pytest.raises(SerializationError, match="float32 matrix"):
        ragged.embeddings_array()
    too_big = ObjectApiResponse({"text_embedding_bytes": [{"embedding": [128]}]}, META)
    with pytest.raises(SerializationError, match="int8 matrix"):
        too_big.embeddings_array()
    assert ObjectApiResponse({"text_embedding": []}, META).embeddings_array().shape == (0, 0)


@pytest.mark.parametrize("sync", [True, False], ids=["sync", "async"])
def test_embed_as_numpy_gives_float32_rows(sync: bool, local_es: LocalServer) -> None:
    from tests.helpers.conftest import create_endpoints

    create_endpoints(local_es)
    texts = [f"text {i}" for i in range(7)]
    results, error = run(sync, local_es.url, texts, batch_size=3, as_numpy=True)
    assert error is None
    for result in results:
        assert result.embedding.dtype == np.float32 and result.embedding.shape == (DIMENSIONS,)
        assert (
            result.embedding.tolist() == np.float32(unit_vector(result.text, DIMENSIONS)).tolist()
        )


@pytest.mark.parametrize(
    ("kind", "dtype", "row", "values"),
    [("text_embedding", "float32", [0.5, -0.25], [0.5, -0.25]),
     ("text_embedding_bytes", "int8", [-128, 127], [-128, 127]),
     ("text_embedding_bits", "uint8", [-1, 1], [0b11111111, 0b00000001])],
)  # fmt: skip
def test_the_helper_gives_rows_of_the_answers_dtype(
    kind: str, dtype: str, row: list[Any], values: list[Any]
) -> None:
    body = {kind: [{"embedding": row}, {"embedding": row}]}
    rows = embeddings_of(body, "text_embedding", 2, as_numpy=True)
    assert [(r.dtype.name, r.tolist()) for r in rows] == [(dtype, values)] * 2
    assert embeddings_of(body, "text_embedding", 2) == [row, row]  # the list path: as decoded


@pytest.mark.parametrize("task_type", ["sparse_embedding", None])
def test_embed_as_numpy_refuses_sparse_endpoints(
    task_type: str | None, local_es: LocalServer
) -> None:
    from tests.helpers.conftest import create_endpoints

    create_endpoints(local_es)
    with pytest.raises(ValueError, match="as_numpy=True needs dense vectors"):
        run(True, local_es.url, ["x"], inference_id="sparse", task_type=task_type, as_numpy=True)


def test_import_loads_neither_orjson_nor_numpy_until_an_answer_needs_them() -> None:
    script = (
        "import sys, esinference, esinference.helpers, esinference.response\n"
        "print(sorted(m for m in ('orjson', 'numpy') if m in sys.modules))\n"
        "from esinference import _json\n"
        "resp = esinference.response.ObjectApiResponse("
        '_json.loads(b\'{"text_embedding":[{"embedding":[0.5]}]}\'), None)\n'
        "print(sorted(m for m in ('orjson', 'numpy') if m in sys.modules))\n"
        "resp.embeddings_array()\n"
        "print(sorted(m for m in ('orjson', 'numpy') if m in sys.modules))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert done.stdout.split("\n")[:3] == ["[]", "['orjson']", "['numpy', 'orjson']"]
