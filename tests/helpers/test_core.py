"""The pure parts of the bulk embedder: which errors split, which retry, which end a batch."""

from __future__ import annotations

from typing import Any

import pytest

from esinference import errors
from esinference._transport.retry import RetryPolicy
from esinference.errors import ApiError, ConnectionTimeout, TlsError
from esinference.helpers._core import embeddings_of, is_too_large, retry_delay
from esinference.response import ApiResponseMeta


def api_error(status: int, reason: str, headers: dict[str, str] | None = None) -> ApiError:
    body: Any = {"error": {"type": "status_exception", "reason": reason}, "status": status}
    return ApiError(
        "status_exception", ApiResponseMeta(status, "1.1", headers or {}, 0.0, "n"), body
    )


@pytest.mark.parametrize(
    ("status", "reason", "split"),
    [
        (413, "Request Entity Too Large", True),
        (400, "Input is too large for this model", True),
        (400, "This model's maximum context length is 8192 tokens", True),
        (400, "Batch size 2049 exceeds the limit of 2048", True),
        (400, "Field [input] cannot be null", False),
        (404, "too large", False),
        (500, "payload too large", False),
    ],
)
def test_which_answers_split_a_batch(status: int, reason: str, split: bool) -> None:
    assert is_too_large(api_error(status, reason)) is split


def test_which_failures_are_tried_again() -> None:
    retry = RetryPolicy(max_retries=2, retry_backoff_base=0.0)
    assert retry_delay(errors.ConnectionError("reset"), 1, retry) == 0.0
    assert retry_delay(ConnectionTimeout("slow"), 2, retry) == 0.0
    assert retry_delay(errors.ConnectionError("reset"), 3, retry) is None  # budget spent
    assert retry_delay(TlsError("bad cert"), 1, retry) is None
    assert retry_delay(api_error(429, "busy", {"retry-after": "2"}), 1, retry) == 2.0
    assert retry_delay(api_error(500, "boom"), 1, retry) is None
    assert retry_delay(api_error(400, "bad"), 1, retry) is None


def test_an_answer_with_the_wrong_number_of_results_is_a_serialization_error() -> None:
    body = {"text_embedding_bytes": [{"embedding": [1, 2]}]}
    assert embeddings_of(body, "text_embedding", 1) == [[1, 2]]
    with pytest.raises(errors.SerializationError, match="expected 2 text_embedding results"):
        embeddings_of(body, "text_embedding", 2)
