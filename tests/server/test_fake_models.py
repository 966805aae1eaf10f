"""The fake models are lexical but consistent: good enough to test ranking logic against."""

from __future__ import annotations

import math
import struct

from hypothesis import given, settings
from hypothesis import strategies as st

from esinference.server.fakes.models import (
    completion_deltas,
    completion_text,
    float32,
    rerank,
    sparse_embedding,
    unit_vector,
)

FOX = "The quick brown fox jumps over the lazy dog"
FOX_AGAIN = "A quick brown fox leaped over a lazy dog"
REVENUE = "Quarterly revenue grew in Europe"


def cosine(a: list[float], b: list[float]) -> float:
    return sum(x * y for x, y in zip(a, b, strict=True))


def as_float32(value: float) -> float:
    try:
        return float(struct.unpack("<f", struct.pack("<f", value))[0])
    except OverflowError:  # beyond float32's range
        return math.copysign(math.inf, value)


def test_texts_sharing_words_are_close_and_unrelated_ones_near_orthogonal() -> None:
    fox, again, revenue = (unit_vector(t, 384) for t in (FOX, FOX_AGAIN, REVENUE))
    assert cosine(fox, again) > 0.5
    assert abs(cosine(fox, revenue)) < 0.2
    assert cosine(fox, again) > cosine(fox, revenue) + 0.4


@settings(max_examples=50, deadline=None)
@given(st.text(max_size=80), st.sampled_from([8, 64, 384, 1024]))
def test_vectors_are_unit_length_float32_in_shortest_form(text: str, dimensions: int) -> None:
    vector = unit_vector(text, dimensions)
    assert len(vector) == dimensions
    assert math.isclose(math.sqrt(sum(x * x for x in vector)), 1.0, rel_tol=1e-5)
    assert all(float32(value) == value for value in vector)  # already float32, shortest form


@settings(max_examples=50, deadline=None)
@given(st.floats(allow_nan=False, allow_infinity=False, width=32))
def test_float32_is_the_shortest_decimal_that_reads_back_as_the_same_float32(x: float) -> None:
    value = float32(x)
    assert as_float32(value) == as_float32(x)
    for fewer in range(1, 10):  # no decimal with fewer significant digits reads back the same
        candidate = float(f"{value:.{fewer}g}")
        if candidate == value:
            break
        assert as_float32(candidate) != as_float32(x)


def test_sparse_embeddings_weigh_exactly_the_texts_own_tokens() -> None:
    (result,) = sparse_embedding(["The sky, the PORT"])["sparse_embedding"]
    weights = result["embedding"]
    assert list(weights) == ["the", "sky", "port"]
    assert all(w > 0 and float32(w) == w for w in weights.values())
    again = sparse_embedding(["the"])["sparse_embedding"][0]["embedding"]["the"]
    assert weights["the"] > again  # said twice: weighs more


def test_rerank_orders_by_lexical_relevance_and_honours_top_n_and_documents() -> None:
    docs = [REVENUE, FOX, "a fox", "dogs and cats"]
    ranked = rerank("fox", docs, top_n=None, return_documents=False)["rerank"]
    assert [r["index"] for r in ranked][:2] == [2, 1]  # the short document matching wins
    assert ranked[-1]["relevance_score"] == 0.0
    assert all(0 <= r["relevance_score"] < 1 for r in ranked)
    top = rerank("fox", docs, top_n=1, return_documents=True)["rerank"]
    assert top == [{"index": 2, "relevance_score": ranked[0]["relevance_score"], "text": "a fox"}]


def test_completions_are_deterministic_and_stream_word_by_word() -> None:
    text = completion_text("Tell me about foxes")
    assert text == completion_text("Tell me about foxes")
    words = text.split(" ")
    assert completion_deltas(text) == [words[0], *(" " + w for w in words[1:])]
