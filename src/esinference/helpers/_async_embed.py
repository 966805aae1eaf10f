"""``async_embed()``: ``embed()`` for ``AsyncClient``, with asyncio tasks instead of threads."""

from __future__ import annotations

import asyncio
from collections import deque
from collections.abc import AsyncIterable, AsyncIterator, Iterable, Iterator, Mapping
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
    from .._async_client import AsyncClient


def async_embed(
    client: AsyncClient,
    inference_id: str,
    texts: Iterable[str] | AsyncIterable[str],
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
) -> AsyncIterator[EmbeddedText]:
    """Like ``embed()``, for ``AsyncClient``: ``async for result in async_embed(...)``.

    ``texts`` may be an iterable or an async iterable; ``max_concurrency`` requests run at
    once as tasks of the running event loop. Everything else is as in ``embed()``
    (a ``rate_budget``'s ``wait()`` runs on the event loop: it must not block).
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

    def __init__(self, client: AsyncClient, settings: Settings, plan: Plan) -> None:
        self._method = getattr(client.inference, plan.task_type)
        self._settings = settings
        self._plan = plan
        self._slots = asyncio.Semaphore(settings.max_concurrency)

    async def run(self, batch: Batch) -> Outcome:
        async with self._slots:
            batch.started = True
            return await self._send(batch.indices, batch.texts)

    async def _send(self, indices: list[int], texts: list[str]) -> Outcome:
        settings, task_type = self._settings, self._plan.task_type
        tries = BatchTries(settings.retry, self._plan.budget)
        while True:
            await asyncio.sleep(tries.pause())
            try:
                response = await self._method(
                    **request_of(task_type, settings.inference_id, texts, settings.extra)
                )
                vectors = embeddings_of(response.body, task_type, len(texts), settings.as_numpy)
            except ElasticsearchException as error:  # the root: any error answer or failure
                step = tries.failed(error, len(texts))
                if step == "split":
                    return await self._split(indices, texts)
                if step is None:
                    return Outcome.failure(indices, error)
                await asyncio.sleep(step)
            else:
                tries.succeeded()
                return Outcome.success(indices, texts, vectors)

    async def _split(self, indices: list[int], texts: list[str]) -> Outcome:
        (left_i, left_t), (right_i, right_t) = halves(indices, texts)
        left = await self._send(left_i, left_t)
        if not left.worth_continuing:
            return left.then(Outcome(failed=right_i))
        return left.then(await self._send(right_i, right_t))


class _Source:
    """Texts from an iterable or an async iterable, read one at a time."""

    def __init__(self, texts: Iterable[str] | AsyncIterable[str]) -> None:
        self._async: AsyncIterator[str] | None = None
        self._sync: Iterator[str] | None = None
        if isinstance(texts, AsyncIterable):
            self._async = texts.__aiter__()
        else:
            self._sync = iter(texts)

    async def next_batch(self, reader: Reader) -> Batch | None:
        if self._sync is not None:
            for text in self._sync:
                batch = reader.feed(text)
                if batch is not None:
                    return batch
        elif self._async is not None:
            async for text in self._async:
                batch = reader.feed(text)
                if batch is not None:
                    return batch
        return reader.batcher.flush()


async def _run(
    client: AsyncClient, settings: Settings, texts: Iterable[str] | AsyncIterable[str]
) -> AsyncIterator[EmbeddedText]:
    try:
        endpoint = None
        if settings.needs_endpoint:
            endpoint = (await client.inference.get(inference_id=settings.inference_id)).body
        plan = plan_of(endpoint, settings)
    except (ElasticsearchException, ValueError) as exc:
        raise lookup_failed(settings, exc) from exc
    settings = replace(settings, batch_size=plan.batch_size)
    if plan.budget is not None:
        client = without_429_retries(client)
    worker = _Worker(client, settings, plan)
    reader = Reader(settings)
    source = _Source(texts)
    progress = Progress(settings.on_progress, settings.progress_bar, settings.total)
    window: deque[tuple[Batch, asyncio.Task[Outcome]]] = deque()
    missing: list[int] = []
    cause: BaseException | None = None
    try:
        exhausted = False
        while True:
            while cause is None and not exhausted and len(window) < settings.window:
                batch = await source.next_batch(reader)
                if batch is None:
                    exhausted = True
                else:
                    window.append((batch, asyncio.create_task(worker.run(batch))))
            if not window:
                break
            batch, task = window.popleft()
            if cause is not None and not batch.started:
                task.cancel()
                missing.extend(batch.indices)  # never sent
                continue
            outcome = await task
            progress.add(len(outcome.results), len(outcome.failed))
            if outcome.cause is not None:
                missing.extend(outcome.failed)
                cause = cause or outcome.cause
            for result in outcome.results:
                yield result
        if cause is not None:
            missing.extend(reader.batcher.pending)
            raise EmbedError(sorted(missing), reader.next_index, cause) from cause
    finally:
        for _, pending in window:
            pending.cancel()
        if window:
            await asyncio.gather(*(t for _, t in window), return_exceptions=True)
        progress.close()
