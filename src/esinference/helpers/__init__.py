"""Helpers over the client for bulk work: embed a whole corpus, in order, resumably.

::

    from esinference import Client
    from esinference.helpers import embed

    with Client("http://localhost:9200") as client:
        texts = (line.rstrip("\n") for line in open("corpus.txt"))
        for result in embed(client, "my-e5", texts):
            save(result.index, result.embedding)

``async_embed`` does the same with ``AsyncClient``. Not imported by ``import esinference``.

For adapters that make their own calls (``esinference.integrations``): ``request_of`` gives
the arguments of one embedding call, ``embeddings_of`` reads its answer (``Embedding`` each).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._client_config import ClientConfig
from ._core import EmbeddedText, Embedding, EmbedError, embeddings_of, request_of
from ._embed import embed
from ._pacing import HostPacer, Pacer, RateBudget, SharedPacer

if TYPE_CHECKING:
    from ._async_embed import async_embed

__all__ = [
    "ClientConfig",
    "EmbedError",
    "EmbeddedText",
    "Embedding",
    "HostPacer",
    "Pacer",
    "RateBudget",
    "SharedPacer",
    "async_embed",
    "embed",
    "embeddings_of",
    "request_of",
]


def __getattr__(name: str) -> Any:
    if name == "async_embed":  # imports asyncio: only when asked for
        from ._async_embed import async_embed

        return async_embed
    raise AttributeError(f"module 'esinference.helpers' has no attribute {name!r}")
