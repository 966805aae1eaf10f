"""``embed()``: a corpus of any size through an embedding endpoint, with threads."""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Iterable, Iterator, Mapping
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from ..errors import ElasticsearchException
from ._core import (
    Batch,
    EmbeddedText,
    EmbedError,
    Outcome,
    Reader,
    Settings,
    Skip,
    TaskType,
    embeddings_of,
    halves,
    lookup_failed,
    request_of,
)
from ._pacing import RateBudget
from ._plan import BatchTries, Plan, plan_of, without_429_retries
from ._progress import Progress, ProgressCallback

if TYPE_CHECKING:
    from .._client import Client


def embed(
    client: Client,
    inference_id: str,
    texts: Iterable[str],
    *,
    task_type: TaskType | None = None,
    batch_size: int | None = None,
    max_batch_bytes: int = 1_000_000,
    max_concurrency: int = 4,
    max_retries: int = 3,
    retry_backoff: float = 0.5,
    start: int = 0,
    skip: Skip | None = None,
    input_type: str | None = None,
    task_settings: Mapping[str, Any] | None = None,
    on_progress: ProgressCallback | None = None,
    progress_bar: bool | None = None,
    total: int | None = None,
    as_numpy: bool = False,
    pace: bool = True,
    requests_per_minute: float | None = None,
    rate_budget: RateBudget | None = None,
) -> Iterator[EmbeddedText]:
    """Embed every text of ``texts`` and yield the results in input order.

    ``texts`` is read lazily (a generator of millions is fine): at most about
    ``2 * max_concurrency + 1`` batches are held at a time. Batches hold up to ``batch_size``
    texts (None: the provider's limit for the endpoint's service, e.g. 96 for cohere, 2048 for
    openai, 100 when unknown; Elasticsearch sends a direct call's whole input in one provider
    request) and ``max_batch_bytes`` of JSON; ``max_concurrency`` of them are sent at once, on
    threads sharing ``client``.

    ``task_type`` picks ``text_embedding``, ``embedding`` (9.4+) or ``sparse_embedding``; the
    endpoint is looked up once (GET) when the task type or the batch size is not given. A
    batch that fails with a transport error (or a 503 the client's own retries did not
    outlast) is tried again up to ``max_retries`` times, with exponential back-off from
    ``retry_backoff`` seconds; one the server finds too large (413, or a 400 saying so) is
    split in halves, down to single texts.

    With ``pace`` (the default) the requests are spaced to ``requests_per_minute`` (None: the
    endpoint's ``service_settings.rate_limit.requests_per_minute`` if it was looked up, which
    Elasticsearch counts per node; else no spacing), and every sender backs off together on
    a 429 (the rate halves, then grows back with each success; a ``Retry-After`` holds
    everyone) and tries the refused batch again: a 429 storm slows the run, it loses and
    repeats nothing. ``rate_budget`` shares one budget between runs (e.g. a ``SharedPacer``
    for threads, a ``HostPacer`` for the processes of one machine, or an engine's actor in
    ``esinference.integrations``).

    ``start`` skips the first texts, ``skip`` (indices, or a predicate called after the text
    at that index is read) any others; results keep their position in ``texts`` as
    ``index``. ``on_progress(done, failed)`` is called after each batch, and a progress bar is
    drawn on stderr when ``progress_bar`` is true (None: when stderr is a terminal), against
    ``total`` texts if given.

    When texts cannot be embedded, the results already paid for are still yielded (in order),
    then ``EmbedError`` is raised with their indices; resume with ``skip=error.completed``.
    A run that cannot start (no such endpoint, one that is not an embedding endpoint, no
    connection) raises ``EmbedError`` too: every failure is one, its ``cause`` chained. Bad
    arguments raise ValueError when ``embed()`` is called, a text that is not a str TypeError.

    ``as_numpy=True`` (the ``numpy`` extra; dense endpoints only) gives each embedding as a
    row of one numpy array per batch: float32 (4 bytes a dimension, against ~32 for a list
    of floats), int8 for byte vectors, packed uint8 bits for bit vectors.
    """
    settings = Settings.of(
        inference_id,
        task_type=task_type,
        batch_size=batch_size,
        max_batch_bytes=max_batch_bytes,
        max_concurrency=max_concurrency,
        max_retries=max_retries,
        retry_backoff=retry_backoff,
        start=start,
        skip=skip,
        input_type=input_type,
        task_settings=task_settings,
        on_progress=on_progress,
        progress_bar=progress_bar,
        total=total,
        as_numpy=as_numpy,
        pace=pace,
        requests_per_minute=requests_per_minute,
        rate_budget=rate_budget,
    )
    return _run(client, settings, texts)


class _Worker:
    """Sends one batch: paces, retries, splits, and reports what became of each text."""

    def __init__(self, client: Client, settings: Settings, plan: Plan) -> None:
        self._method = getattr(client.inference, plan.task_type)
        self._settings = settings
        self._plan = plan

    def run(self, batch: Batch) -> Outcome:
        batch.started = True
        return self._send(batch.indices, batch.texts)

    def _send(self, indices: list[int], texts: list[str]) -> Outcome:
        settings, task_type = self._settings, self._plan.task_type
        tries = BatchTries(settings.retry, self._plan.budget)
        while True:
            time.sleep(tries.pause())
            try:
                response = self._method(
                    **request_of(task_type, settings.inference_id, texts, settings.extra)
                )
                vectors = embeddings_of(response.body, task_type, len(texts), settings.as_numpy)
            except ElasticsearchException as error:  # the root: any error answer or failure
                step = tries.failed(error, len(texts))
                if step == "split":
                    return self._split(indices, texts)
                if step is None:
                    return Outcome.failure(indices, error)
                time.sleep(step)
            else:
                tries.succeeded()
                return Outcome.success(indices, texts, vectors)

    def _split(self, indices: list[int], texts: list[str]) -> Outcome:
        (left_i, left_t), (right_i, right_t) = halves(indices, texts)
        left = self._send(left_i, left_t)
        if not left.worth_continuing:
            return left.then(Outcome(failed=right_i))
        return left.then(self._send(right_i, right_t))


def _run(client: Client, settings: Settings, texts: Iterable[str]) -> Iterator[EmbeddedText]:
    try:
        endpoint = None
        if settings.needs_endpoint:
            endpoint = client.inference.get(inference_id=settings.inference_id).body
        plan = plan_of(endpoint, settings)
    except (ElasticsearchException, ValueError) as exc:
        raise lookup_failed(settings, exc) from exc
    settings = replace(settings, batch_size=plan.batch_size)
    if plan.budget is not None:
        client = without_429_retries(client)
    worker = _Worker(client, settings, plan)
    reader = Reader(settings)
    source = iter(texts)
    progress = Progress(settings.on_progress, settings.progress_bar, settings.total)
    window: deque[tuple[Batch, Future[Outcome]]] = deque()
    missing: list[int] = []
    cause: BaseException | None = None
    pool = ThreadPoolExecutor(settings.max_concurrency, thread_name_prefix="esinference-embed")
    try:
        exhausted = False
        while True:
            while cause is None and not exhausted and len(window) < settings.window:
                batch = _next_batch(reader, source)
                if batch is None:
                    exhausted = True
                else:
                    window.append((batch, pool.submit(worker.run, batch)))
            if not window:
                break
            batch, future = window.popleft()
            if cause is not None and future.cancel():
                missing.extend(batch.indices)  # never sent
                continue
            outcome = future.result()
            progress.add(len(outcome.results), len(outcome.failed))
            if outcome.cause is not None:
                missing.extend(outcome.failed)
                cause = cause or outcome.cause
            yield from outcome.results
        if cause is not None:
            missing.extend(reader.batcher.pending)
            raise EmbedError(sorted(missing), reader.next_index, cause) from cause
    finally:
        for _, pending in window:
            pending.cancel()
        pool.shutdown(wait=True)
        progress.close()


def _next_batch(reader: Reader, source: Iterator[str]) -> Batch | None:
    for text in source:
        batch = reader.feed(text)
        if batch is not None:
            return batch
    return reader.batcher.flush()
