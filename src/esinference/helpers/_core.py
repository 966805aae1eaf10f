"""What the sync and async bulk embedders share: settings, batching, failure decisions, results.

Everything here is pure (no I/O, no sleeping); ``_embed.py`` and ``_async_embed.py`` add the
calls, the waits and the concurrency.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Container, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal, TypeAlias

from .._spec_types import RESULT_KEYS
from .._transport import RetryPolicy
from ..errors import (
    ApiError,
    EmbedError,
    MissingExtraError,
    SerializationError,
    TlsError,
    TransportError,
)
from ._pacing import RateBudget
from ._progress import ProgressCallback

if TYPE_CHECKING:
    from ..vectors import Array

__all__ = ["Batch", "EmbedError", "EmbeddedText", "Outcome", "Reader", "Settings"]

TaskType = Literal["text_embedding", "sparse_embedding", "embedding"]
TASK_TYPES: tuple[str, ...] = ("text_embedding", "sparse_embedding", "embedding")
# A dense vector (floats, or ints for byte/bit vectors; a numpy row with as_numpy=True) or
# sparse token weights.
Embedding: TypeAlias = "list[float] | list[int] | dict[str, float] | Array"
Skip = Callable[[int], bool] | Container[int]

# A 400 whose reason says the request was too big (provider limits on tokens or inputs).
_TOO_LARGE = re.compile(
    r"too (large|long|big|many)|exceed|maximum (context|input|batch|request)|payload", re.I
)
# Answers that say "nothing was done, try again later": retried per batch on top of the
# transport's own retries.
_RETRY_STATUSES = (429, 503)
# A batch size for services whose provider limit the spec does not know.
DEFAULT_BATCH_SIZE = 100


@dataclass(frozen=True, slots=True)
class EmbeddedText:
    """One result: the text's position in the input, the text, and its embedding."""

    index: int
    text: str
    embedding: Embedding


@dataclass(frozen=True)
class Settings:
    """The knobs of one bulk run, checked when the run is created."""

    inference_id: str
    task_type: str | None
    batch_size: int | None  # None: the service's limit (GET the endpoint)
    max_batch_bytes: int
    max_concurrency: int
    max_retries: int
    retry_backoff: float
    start: int
    skip: Callable[[int], bool] | None
    extra: Mapping[str, Any]  # input_type / task_settings, sent with every batch
    on_progress: ProgressCallback | None
    progress_bar: bool | None
    total: int | None
    as_numpy: bool = False  # dense vectors as rows of one numpy array per batch
    # Pacing: a shared budget, or (pace=True) one built from requests_per_minute, or from the
    # endpoint's service_settings.rate_limit when that is None and the endpoint was looked up.
    pace: bool = True
    requests_per_minute: float | None = None
    rate_budget: RateBudget | None = None

    @classmethod
    def of(
        cls,
        inference_id: str,
        *,
        task_type: str | None,
        batch_size: int | None,
        max_batch_bytes: int,
        max_concurrency: int,
        max_retries: int,
        retry_backoff: float,
        start: int,
        skip: Skip | None,
        input_type: str | None,
        task_settings: Mapping[str, Any] | None,
        on_progress: ProgressCallback | None,
        progress_bar: bool | None,
        total: int | None,
        as_numpy: bool = False,
        pace: bool = True,
        requests_per_minute: float | None = None,
        rate_budget: RateBudget | None = None,
    ) -> Settings:
        numbers = (  # name, value, lowest, the types it may have
            ("batch_size", 1 if batch_size is None else batch_size, 1, (int,)),
            ("requests_per_minute", requests_per_minute or 1, 1e-9, (int, float)),
            ("max_batch_bytes", max_batch_bytes, 1, (int,)),
            ("max_concurrency", max_concurrency, 1, (int,)),
            ("max_retries", max_retries, 0, (int,)),
            ("retry_backoff", retry_backoff, 0, (int, float)),
            ("start", start, 0, (int,)),
        )
        wrong_types = [
            f"{name} must be {'an int' if types == (int,) else 'a number of seconds'},"
            f" got {type(value).__name__} {value!r}"
            for name, value, _, types in numbers
            if isinstance(value, bool) or not isinstance(value, types)
        ]
        if wrong_types:  # before comparing: '10' < 1 would raise an unhelpful TypeError
            raise TypeError("embed(): " + "; ".join(wrong_types))
        problems = [
            f"{name} must be >= {low}, got {value}"
            for name, value, low, _ in numbers
            if value < low
        ]
        if not isinstance(inference_id, str) or not inference_id:
            problems.append(f"inference_id must be a non-empty str, got {inference_id!r}")
        if task_type is not None and task_type not in TASK_TYPES:
            problems.append(f"task_type must be one of {', '.join(TASK_TYPES)}; got {task_type!r}")
        if as_numpy and task_type == "sparse_embedding":
            problems.append("as_numpy=True needs dense vectors, not sparse_embedding")
        if problems:
            raise ValueError("embed(): " + "; ".join(problems))
        if as_numpy:
            _require_numpy()
        extra: dict[str, Any] = {}
        if input_type is not None:
            extra["input_type"] = input_type
        if task_settings is not None:
            extra["task_settings"] = task_settings
        return cls(
            inference_id=inference_id,
            task_type=task_type,
            batch_size=batch_size,
            max_batch_bytes=max_batch_bytes,
            max_concurrency=max_concurrency,
            max_retries=max_retries,
            retry_backoff=retry_backoff,
            start=start,
            skip=_predicate(skip),
            extra=extra,
            on_progress=on_progress,
            progress_bar=progress_bar,
            total=total,
            as_numpy=as_numpy,
            pace=pace,
            requests_per_minute=requests_per_minute,
            rate_budget=rate_budget,
        )

    @property
    def needs_endpoint(self) -> bool:
        """Whether the run GETs the endpoint first: for its task type or its service's batch
        size (its rate limit then comes along; a caller who gave both gets no extra request,
        and paces by ``requests_per_minute`` or by 429s alone)."""
        return self.task_type is None or self.batch_size is None

    @property
    def window(self) -> int:
        """Batches sent but not yet yielded: memory stays bounded whatever the input size."""
        return 2 * self.max_concurrency

    @property
    def retry(self) -> RetryPolicy:
        return RetryPolicy(max_retries=self.max_retries, retry_backoff_base=self.retry_backoff)


def _require_numpy() -> None:
    with MissingExtraError.unless_installed("embed(as_numpy=True)", "numpy"):
        import numpy  # noqa: F401


def _predicate(skip: Skip | None) -> Callable[[int], bool] | None:
    if skip is None or callable(skip):
        return skip
    return skip.__contains__


def lookup_failed(settings: Settings, cause: Exception) -> EmbedError:
    """The error for a run that could not start: the endpoint is missing, unreachable, or of
    a task type this helper cannot embed with (one exception type for every failure)."""
    return EmbedError((), settings.start, cause)


def task_type_of(body: Any, settings: Settings) -> str:
    """The task type in a GET _inference/{id} answer; must be one this helper can embed with."""
    endpoints = body.get("endpoints") if isinstance(body, dict) else None
    first = endpoints[0] if isinstance(endpoints, list) and endpoints else None
    task_type = first.get("task_type") if isinstance(first, dict) else None
    if task_type not in TASK_TYPES:
        raise ValueError(
            f"embed(): inference endpoint {settings.inference_id!r} has task type {task_type!r},"
            f" not one of {', '.join(TASK_TYPES)}"
        )
    if settings.as_numpy and task_type == "sparse_embedding":
        raise ValueError(
            f"embed(): as_numpy=True needs dense vectors; {settings.inference_id!r} is a"
            " sparse_embedding endpoint"
        )
    return str(task_type)


# -- reading and batching --------------------------------------------------------------------


@dataclass(slots=True)
class Batch:
    """Consecutive texts (skipped ones excepted) sent in one request."""

    indices: list[int]
    texts: list[str]
    started: bool = False  # set when a worker picks it up (for cancelling the rest)


class Reader:
    """Numbers the texts, applies ``start`` and ``skip``, and batches the rest.

    ``next_index`` is the index of the first text not read yet: with ``missing`` of an
    error it tells exactly what a resumed run has to do.
    """

    def __init__(self, settings: Settings) -> None:
        self.next_index = 0
        self.batcher = Batcher(settings)
        self._start = settings.start
        self._skip = settings.skip

    def feed(self, text: str) -> Batch | None:
        """Take the next text of the input; return a batch when one is complete."""
        index = self.next_index
        self.next_index += 1
        if index < self._start or (self._skip is not None and self._skip(index)):
            return None
        if not isinstance(text, str):
            raise TypeError(f"embed(): texts[{index}] is a {type(text).__name__}, not a str")
        return self.batcher.add(index, text)


class Batcher:
    """Groups texts into batches of at most ``batch_size`` texts and ``max_batch_bytes``.

    The byte size is that of the JSON request body; a single text larger than the limit
    still goes, alone (the server then decides).
    """

    def __init__(self, settings: Settings) -> None:
        self._max_texts = settings.batch_size or DEFAULT_BATCH_SIZE
        self._max_bytes = settings.max_batch_bytes
        self._overhead = len(json.dumps({"input": [], **settings.extra}).encode())
        self._indices: list[int] = []
        self._texts: list[str] = []
        self._bytes = self._overhead

    def add(self, index: int, text: str) -> Batch | None:
        """Add one text; return a batch when one is complete."""
        size = len(json.dumps(text, ensure_ascii=False).encode()) + 1  # and a comma
        full = None
        if self._texts and self._bytes + size > self._max_bytes:
            full = self.flush()
        self._indices.append(index)
        self._texts.append(text)
        self._bytes += size
        if len(self._texts) >= self._max_texts:
            return self.flush()  # full is None here: a fresh batch holds a single text
        return full

    def flush(self) -> Batch | None:
        """The texts gathered so far, as a batch (None if there are none)."""
        if not self._texts:
            return None
        batch = Batch(self._indices, self._texts)
        self._indices, self._texts, self._bytes = [], [], self._overhead
        return batch

    @property
    def pending(self) -> list[int]:
        return list(self._indices)


# -- one batch's attempts ----------------------------------------------------------------------


def is_too_large(error: BaseException) -> bool:
    """413, or a 400 whose reason says the input is too large: worth splitting the batch."""
    if not isinstance(error, ApiError):
        return False
    if error.status_code == 413:
        return True
    reason = error.reason or (error.body if isinstance(error.body, str) else "")
    return error.status_code == 400 and bool(_TOO_LARGE.search(reason))


def retry_delay(error: BaseException, attempt: int, retry: RetryPolicy) -> float | None:
    """Seconds to wait before trying the batch again, or None when it failed for good.

    The client's transport has already retried what its policy allows (429/502/503/504,
    refused connections); here the whole batch is tried again after a transport failure
    (broken connection, timeout, unreadable answer) or a 429/503 that outlasted it.
    """
    if not retry.can_retry(attempt):
        return None
    if isinstance(error, TransportError) and not isinstance(error, TlsError):
        return retry.backoff(attempt)
    if isinstance(error, ApiError) and error.status_code in _RETRY_STATUSES:
        return retry.next_delay(attempt, error.meta.headers.get("retry-after"))
    return None


def request_of(
    task_type: str, inference_id: str, texts: list[str], extra: Mapping[str, Any]
) -> dict[str, Any]:
    """The keyword arguments of one call embedding ``texts``: ``embedding`` takes a whole body.

    ``extra`` holds ``input_type`` / ``task_settings``, which both request shapes accept.
    """
    if task_type == "embedding":
        return {"inference_id": inference_id, "embedding": {"input": texts, **extra}}
    return {"inference_id": inference_id, "input": texts, **extra}


def embeddings_of(
    body: Any, task_type: str, expected: int, as_numpy: bool = False
) -> Sequence[Embedding]:
    """The embeddings of an answer, one per input; SerializationError if it has not that many.

    With ``as_numpy``, the rows of one array (``esinference.vectors``): float32, int8 or
    packed uint8 bits by the answer's result kind. Rows share the batch's buffer: keeping
    one keeps the batch's (``row.copy()`` keeps the row alone).
    """
    keys = RESULT_KEYS[task_type]
    kind = next((k for k in keys if isinstance(body, dict) and k in body), None)
    items = body[kind] if kind is not None else None
    if (
        not isinstance(items, list)
        or len(items) != expected
        or not all(isinstance(item, dict) and "embedding" in item for item in items)
    ):
        got = f"{len(items)} results" if isinstance(items, list) else "no results"
        raise SerializationError(
            f"expected {expected} {task_type} results in the answer, got {got}"
        )
    vectors = [item["embedding"] for item in items]
    if as_numpy and kind is not None:
        from ..vectors import to_array

        return list(to_array(vectors, kind))
    return vectors


@dataclass
class Outcome:
    """What became of a batch (after retries and splits): results in order, and failures."""

    results: list[EmbeddedText] = field(default_factory=list)
    failed: list[int] = field(default_factory=list)
    cause: BaseException | None = None

    @classmethod
    def success(
        cls, indices: Sequence[int], texts: Sequence[str], embeddings: Sequence[Embedding]
    ) -> Outcome:
        return cls(
            [EmbeddedText(i, t, e) for i, t, e in zip(indices, texts, embeddings, strict=True)]
        )

    @classmethod
    def failure(cls, indices: Sequence[int], cause: BaseException) -> Outcome:
        return cls([], list(indices), cause)

    def then(self, other: Outcome) -> Outcome:
        return Outcome(
            self.results + other.results, self.failed + other.failed, self.cause or other.cause
        )

    @property
    def worth_continuing(self) -> bool:
        """After a half failed: try the other half only if the texts, not the service, failed."""
        return self.cause is None or is_too_large(self.cause)


def halves(batch_indices: list[int], texts: list[str]) -> tuple[tuple[list[int], list[str]], ...]:
    middle = len(texts) // 2
    return (batch_indices[:middle], texts[:middle]), (batch_indices[middle:], texts[middle:])
