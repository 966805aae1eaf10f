"""What the LangChain and LlamaIndex adapters share; imports neither framework.

The adapters are thin: each framework method picks a client (sync or async), calls one of the
functions here, and wraps the plain result (vectors, ranked indices, chat deltas) in the
framework's own types.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Literal, NamedTuple, NoReturn

from .._gen.services import SERVICES
from .._spec_types import Service
from ..errors import ApiError, SerializationError, TransportError
from ..helpers import Embedding, EmbedError, embed, embeddings_of, request_of

if TYPE_CHECKING:
    from .._async_client import AsyncClient
    from .._client import Client

Role = Literal["document", "query"]
DenseTaskType = Literal["text_embedding", "embedding"]


def _takes_input_type(service: Service) -> bool:
    """An ``input_type`` task setting, or (custom) a translation table in the service settings."""
    fields = service.service_settings + (service.task_settings or ())
    return any(f.name == "input_type" for f in fields)


# Services whose embedding endpoints take the root-level ``input_type`` (others may refuse it
# with a validation error), as the spec's service catalogue says.
INPUT_TYPE_SERVICES = frozenset(s.name for s in SERVICES.values() if _takes_input_type(s))
INPUT_TYPES: dict[Role, str] = {"document": "ingest", "query": "search"}


class EndpointInfo(NamedTuple):
    """What GET _inference/{id} says about an endpoint that the adapters act on."""

    service: str
    task_type: str


class Lookups:
    """An adapter's cache of endpoint look-ups: GET _inference runs once per endpoint.

    Async calls that race on first use (LlamaIndex embeds batches concurrently) share the one
    GET in flight.
    """

    def __init__(self) -> None:
        self.known: dict[str, EndpointInfo] = {}
        self._pending: dict[str, asyncio.Future[Any]] = {}

    def get(self, client: Client, inference_id: str) -> EndpointInfo:
        if inference_id not in self.known:
            answer = client.inference.get(inference_id=inference_id)
            self.known[inference_id] = info_of(answer.body)
        return self.known[inference_id]

    async def aget(self, client: AsyncClient, inference_id: str) -> EndpointInfo:
        if inference_id not in self.known:
            pending = self._pending.get(inference_id)
            if pending is None:
                pending = asyncio.ensure_future(client.inference.get(inference_id=inference_id))
                self._pending[inference_id] = pending
                pending.add_done_callback(lambda _: self._pending.pop(inference_id, None))
            answer = await asyncio.shield(pending)  # one caller cancelled is not all cancelled
            self.known[inference_id] = info_of(answer.body)
        return self.known[inference_id]


class Endpoint:
    """One inference endpoint as an adapter sees it: its id, the clients, its look-ups."""

    def __init__(
        self,
        owner: str,
        inference_id: str,
        client: Client | None,
        async_client: AsyncClient | None,
        lookups: Lookups,
    ) -> None:
        self.owner = owner
        self.inference_id = inference_id
        self._client = client
        self._async_client = async_client
        self._lookups = lookups

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

    def info(self) -> EndpointInfo:
        return self._lookups.get(self.client, self.inference_id)

    async def ainfo(self) -> EndpointInfo:
        return await self._lookups.aget(self.async_client, self.inference_id)


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


def info_of(body: Any) -> EndpointInfo:
    endpoints = body.get("endpoints") if isinstance(body, dict) else None
    first = endpoints[0] if isinstance(endpoints, list) and endpoints else {}
    if not isinstance(first, dict):
        first = {}
    return EndpointInfo(str(first.get("service", "")), str(first.get("task_type", "")))


def input_type_for(use_input_type: bool | None, service: str | None, role: Role) -> str | None:
    """``ingest`` / ``search`` when sent: always if asked, never if refused, else by service."""
    if use_input_type is False or (use_input_type is None and service not in INPUT_TYPE_SERVICES):
        return None
    return INPUT_TYPES[role]


# -- embeddings ----------------------------------------------------------------------------


def dense_vectors(body: Any, task_type: str, expected: int) -> list[list[float]]:
    """The vectors of a text_embedding or embedding answer, as floats (byte and bit vectors too)."""
    return [floats(vector) for vector in embeddings_of(body, task_type, expected)]


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
    task_type: DenseTaskType | None,
) -> list[list[float]]:
    """Every text's vector, in order, embedded as documents or as queries.

    The endpoint is looked up (once) for what ``use_input_type`` / ``task_type`` leave open.
    Lists longer than ``batch_size`` go through ``helpers.embed`` in batches.
    """
    known = endpoint.info() if use_input_type is None or task_type is None else None
    plan = _Plan.of(endpoint, known, task_type, use_input_type, role)
    if len(texts) <= batch_size:
        answer = getattr(endpoint.client.inference, plan.task_type)(**plan.request(texts))
        return dense_vectors(answer.body, plan.task_type, len(texts))
    results = embed(endpoint.client, texts=texts, **plan.bulk(batch_size))
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
    task_type: DenseTaskType | None,
) -> list[list[float]]:
    """``embed_as`` with the async client and ``helpers.async_embed``."""
    from ..helpers import async_embed

    client = endpoint.async_client
    known = await endpoint.ainfo() if use_input_type is None or task_type is None else None
    plan = _Plan.of(endpoint, known, task_type, use_input_type, role)
    if len(texts) <= batch_size:
        answer = await getattr(client.inference, plan.task_type)(**plan.request(texts))
        return dense_vectors(answer.body, plan.task_type, len(texts))
    results = async_embed(client, texts=texts, **plan.bulk(batch_size))
    try:
        return [floats(r.embedding) async for r in results]
    except EmbedError as error:
        raise_cause(error)


class _Plan(NamedTuple):
    """How one ``embed_as`` call is sent: the API (text_embedding or embedding), the input type."""

    inference_id: str
    task_type: DenseTaskType
    input_type: str | None

    @classmethod
    def of(
        cls,
        endpoint: Endpoint,
        known: EndpointInfo | None,
        task_type: DenseTaskType | None,
        use_input_type: bool | None,
        role: Role,
    ) -> _Plan:
        if task_type is None:  # other task types get text_embedding's error from the server
            embedding = known is not None and known.task_type == "embedding"
            task_type = "embedding" if embedding else "text_embedding"
        service = known.service if known is not None else None
        return cls(endpoint.inference_id, task_type, input_type_for(use_input_type, service, role))

    def request(self, texts: Sequence[str]) -> dict[str, Any]:
        """The arguments of the client method named ``task_type``, for one request."""
        extra = {"input_type": self.input_type} if self.input_type is not None else {}
        return request_of(self.task_type, self.inference_id, list(texts), extra)

    def bulk(self, batch_size: int) -> dict[str, Any]:
        """The arguments of ``helpers.embed`` / ``async_embed`` besides the client and texts."""
        return {
            "inference_id": self.inference_id,
            "task_type": self.task_type,
            "batch_size": batch_size,
            "input_type": self.input_type,
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
