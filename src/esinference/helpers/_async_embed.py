"""``async_embed()``: ``embed()`` for ``AsyncClient``, with asyncio tasks instead of threads."""

from __future__ import annotations

import asyncio
from collections import deque
from collections.abc import AsyncIterable, AsyncIterator, Iterable, Iterator, Mapping
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
    is_too_large,
    lookup_failed,
    request_of,
    retry_delay,
    task_type_of,
)
from ._progress import Progress, ProgressCallback

if TYPE_CHECKING:
    from .._async_client import AsyncClient


def async_embed(
    client: AsyncClient,
    inference_id: str,
    texts: Iterable[str] | AsyncIterable[str],
    *,
    task_type: TaskType | None = None,
    batch_size: int = 100,
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
) -> AsyncIterator[EmbeddedText]:
    """Like ``embed()``, for ``AsyncClient``: ``async for result in async_embed(...)``.

    ``texts`` may be an iterable or an async iterable; ``max_concurrency`` requests run at
    once as tasks of the running event loop. Everything else is as in ``embed()``.
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
    )
    return _run(client, settings, texts)


class _Worker:
    """Sends one batch: retries, splits, and reports what became of each text."""

    def __init__(self, client: AsyncClient, settings: Settings, task_type: str) -> None:
        self._method = getattr(client.inference, task_type)
        self._task_type = task_type
        self._settings = settings
        self._retry = settings.retry
        self._slots = asyncio.Semaphore(settings.max_concurrency)

    async def run(self, batch: Batch) -> Outcome:
        async with self._slots:
            batch.started = True
            return await self._send(batch.indices, batch.texts)

    async def _send(self, indices: list[int], texts: list[str]) -> Outcome:
        attempt = 0
        while True:
            attempt += 1
            try:
                settings = self._settings
                response = await self._method(
                    **request_of(self._task_type, settings.inference_id, texts, settings.extra)
                )
                return Outcome.success(
                    indices,
                    texts,
                    embeddings_of(
                        response.body, self._task_type, len(texts), self._settings.as_numpy
                    ),
                )
            except ElasticsearchException as error:  # the root: any error answer or failure
                if is_too_large(error) and len(texts) > 1:
                    return await self._split(indices, texts)
                delay = retry_delay(error, attempt, self._retry)
                if delay is None:
                    return Outcome.failure(indices, error)
            await asyncio.sleep(delay)

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
    task_type = settings.task_type
    if task_type is None:
        try:
            answer = await client.inference.get(inference_id=settings.inference_id)
            task_type = task_type_of(answer.body, settings)
        except (ElasticsearchException, ValueError) as exc:
            raise lookup_failed(settings, exc) from exc
    worker = _Worker(client, settings, task_type)
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
