"""The bulk helpers used the way an application does; checked with mypy --strict and pyright.

Never run. Lines ending in ``# type: ignore[...]`` are deliberate mistakes both checkers must
catch (see usage.py).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

from esinference import AsyncClient, Client
from esinference.helpers import EmbeddedText, EmbedError, async_embed, embed


def lines() -> Iterator[str]:
    yield "a"


async def async_lines() -> AsyncIterator[str]:
    yield "a"


def sync_usage(client: Client) -> None:
    try:
        for result in embed(client, "e5", lines(), batch_size=50, on_progress=print):
            index: int = result.index
            print(index, result.text, result.embedding)
    except EmbedError as exc:
        missing: tuple[int, ...] = exc.missing
        resumed = embed(client, "e5", lines(), skip=exc.completed, task_type="text_embedding")
        print(missing, list(resumed))
    embed(client, "e5", lines(), task_type="rerank")  # type: ignore[arg-type]
    embed(client, "e5", [1, 2])  # type: ignore[list-item]


async def async_usage(client: AsyncClient) -> list[EmbeddedText]:
    results = [r async for r in async_embed(client, "e5", async_lines(), skip={1, 2})]
    embed(client, "e5", ["a"])  # type: ignore[arg-type]
    return results
