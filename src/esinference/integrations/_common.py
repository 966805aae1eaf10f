"""What the LangChain and LlamaIndex adapters share; imports neither framework.

The adapters are thin: each framework method picks a client (sync or async), calls one of the
functions here, and wraps the plain result (vectors, ranked indices, chat deltas) in the
framework's own types.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Literal, NoReturn

from ..errors import ApiError, SerializationError, TransportError
from ..helpers import EmbedError, embed
from ..helpers._core import Embedding

if TYPE_CHECKING:
    from .._async_client import AsyncClient
    from .._client import Client

Role = Literal["document", "query"]

# Services whose text_embedding endpoints take the root-level ``input_type`` (others may refuse
# it with a validation error): the five with an ``input_type`` task setting in spec/services,
# and those that map it onto their model's own prefixes or parameters.
INPUT_TYPE_SERVICES = frozenset(
    {
        "alibabacloud-ai-search",
        "amazonbedrock",
        "cohere",
        "custom",
        "elastic",
        "elasticsearch",
        "googlevertexai",
        "jinaai",
        "nvidia",
        "voyageai",
    }
)
INPUT_TYPES: dict[Role, str] = {"document": "ingest", "query": "search"}


class Endpoint:
    """One inference endpoint as an adapter sees it: its id, the clients, its service.

    ``services`` is the adapter's cache of ``inference_id -> service``, filled on first use so
    that GET _inference runs once per endpoint, not once per call.
    """

    def __init__(
        self,
        owner: str,
        inference_id: str,
        client: Client | None,
        async_client: AsyncClient | None,
        services: dict[str, str],
    ) -> None:
        self.owner = owner
        self.inference_id = inference_id
        self._client = client
        self._async_client = async_client
        self._services = services

    @property
    def client(self) -> Client:
        if self._client is None:
            raise ValueError(f"{self.owner} needs client= (a Client) for synchronous calls")
        return self._client

    @property
    def async_client(self) -> AsyncClient:
        if self._async_client is None:
            raise ValueError(f"{self.owner} needs async_client= (an AsyncClient) for async calls")
        return self._async_client

    def service(self) -> str:
        if self.inference_id not in self._services:
            answer = self.client.inference.get(inference_id=self.inference_id)
            self._services[self.inference_id] = service_of(answer.body)
        return self._services[self.inference_id]

    async def aservice(self) -> str:
        if self.inference_id not in self._services:
            answer = await self.async_client.inference.get(inference_id=self.inference_id)
            self._services[self.inference_id] = service_of(answer.body)
        return self._services[self.inference_id]


def check_clients(owner: str, client: object, async_client: object) -> None:
    """An adapter needs at least one client; each must be of the right kind."""
    from .._client import Client

    if client is None and async_client is None:
        raise ValueError(
            f"{owner} needs client= (a Client), async_client= (an AsyncClient) or both"
        )
    if client is not None and not isinstance(client, Client):
        raise TypeError(f"{owner}: client= must be an esinference Client, got {type(client)}")
    if async_client is not None:
        from .._async_client import AsyncClient

        if not isinstance(async_client, AsyncClient):
            kind = type(async_client)
            raise TypeError(
                f"{owner}: async_client= must be an esinference AsyncClient, got {kind}"
            )


def service_of(body: Any) -> str:
    endpoints = body.get("endpoints") if isinstance(body, dict) else None
    first = endpoints[0] if isinstance(endpoints, list) and endpoints else {}
    return str(first.get("service", "")) if isinstance(first, dict) else ""


def input_type_for(use_input_type: bool | None, service: str | None, role: Role) -> str | None:
    """``ingest`` / ``search`` when sent: always if asked, never if refused, else by service."""
    if use_input_type is False or (use_input_type is None and service not in INPUT_TYPE_SERVICES):
        return None
    return INPUT_TYPES[role]


# -- embeddings ----------------------------------------------------------------------------


def dense_vectors(body: Any, expected: int) -> list[list[float]]:
    """The vectors of a text_embedding answer, as floats (byte and bit vectors too)."""
    from ..helpers._core import embeddings_of

    return [floats(vector) for vector in embeddings_of(body, "text_embedding", expected)]


def floats(vector: Embedding) -> list[float]:
    """A dense vector as floats; a sparse one (token weights) has no place in these adapters."""
    if isinstance(vector, dict):
        raise SerializationError("expected a dense vector, got sparse token weights")
    return [float(x) for x in vector]


def embed_as(
    endpoint: Endpoint,
    texts: Sequence[str],
    role: Role,
    *,
    use_input_type: bool | None,
    batch_size: int,
) -> list[list[float]]:
    """Every text's vector, in order, embedded as documents or as queries.

    Lists longer than ``batch_size`` go through ``helpers.embed`` in batches.
    """
    service = endpoint.service() if use_input_type is None else None
    input_type = input_type_for(use_input_type, service, role)
    if len(texts) <= batch_size:
        answer = endpoint.client.inference.text_embedding(
            **_one_request(endpoint, texts, input_type)
        )
        return dense_vectors(answer.body, len(texts))
    results = embed(endpoint.client, **_bulk(endpoint, texts, input_type, batch_size))
    try:
        return [floats(r.embedding) for r in results]
    except EmbedError as error:
        raise_cause(error)


async def aembed_as(
    endpoint: Endpoint,
    texts: Sequence[str],
    role: Role,
    *,
    use_input_type: bool | None,
    batch_size: int,
) -> list[list[float]]:
    """``embed_as`` with the async client and ``helpers.async_embed``."""
    from ..helpers import async_embed

    client = endpoint.async_client
    service = await endpoint.aservice() if use_input_type is None else None
    input_type = input_type_for(use_input_type, service, role)
    if len(texts) <= batch_size:
        answer = await client.inference.text_embedding(**_one_request(endpoint, texts, input_type))
        return dense_vectors(answer.body, len(texts))
    results = async_embed(client, **_bulk(endpoint, texts, input_type, batch_size))
    try:
        return [floats(r.embedding) async for r in results]
    except EmbedError as error:
        raise_cause(error)


def _one_request(
    endpoint: Endpoint, texts: Sequence[str], input_type: str | None
) -> dict[str, Any]:
    return {"inference_id": endpoint.inference_id, "input": list(texts), "input_type": input_type}


def _bulk(
    endpoint: Endpoint, texts: Sequence[str], input_type: str | None, batch_size: int
) -> dict[str, Any]:
    """The arguments of ``helpers.embed`` / ``async_embed`` after the client."""
    return {
        "inference_id": endpoint.inference_id,
        "texts": texts,
        "task_type": "text_embedding",
        "batch_size": batch_size,
        "input_type": input_type,
    }


def raise_cause(error: EmbedError) -> NoReturn:
    """Surface the client's own exception (NotFoundError, ConnectionError...), not the wrapper."""
    if isinstance(error.cause, (ApiError, TransportError)):
        raise error.cause from None
    raise error


# -- rerank --------------------------------------------------------------------------------


def ranked(body: Any) -> list[tuple[int, float]]:
    """``(input index, relevance score)`` pairs of a rerank answer, best first."""
    items = body.get("rerank") if isinstance(body, dict) else None
    if not isinstance(items, list):
        raise SerializationError("expected a rerank result in the answer")
    return [(int(item["index"]), float(item["relevance_score"])) for item in items]


def rerank(
    endpoint: Endpoint, query: str, texts: Sequence[str], top_n: int | None
) -> list[tuple[int, float]]:
    """Rank ``texts`` against ``query``; at most ``top_n`` results (None: all)."""
    if not texts:
        return []
    answer = endpoint.client.inference.rerank(**_rerank_request(endpoint, query, texts, top_n))
    return ranked(answer.body)[:top_n]


async def arerank(
    endpoint: Endpoint, query: str, texts: Sequence[str], top_n: int | None
) -> list[tuple[int, float]]:
    """``rerank`` with the async client."""
    if not texts:
        return []
    request = _rerank_request(endpoint, query, texts, top_n)
    answer = await endpoint.async_client.inference.rerank(**request)
    return ranked(answer.body)[:top_n]


def _rerank_request(
    endpoint: Endpoint, query: str, texts: Sequence[str], top_n: int | None
) -> dict[str, Any]:
    return {
        "inference_id": endpoint.inference_id,
        "query": query,
        "input": list(texts),
        "top_n": top_n,
        "return_documents": False,
    }
