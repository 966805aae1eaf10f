"""The fields every adapter has: the endpoint id and the clients, kept out of reprs and dumps.

Both frameworks build their components on pydantic, so this is a pydantic mixin. The clients
are excluded from ``model_dump`` and hidden from ``repr``: a client holds the API key, and
frameworks print, log and serialise their components freely.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, model_validator

from .._async_client import AsyncClient
from .._client import Client
from ._common import DenseTaskType, Endpoint, Lookups, check_clients

_CLIENT_DOC = "esinference Client for the synchronous calls; never printed or serialised"
_ASYNC_CLIENT_DOC = "esinference AsyncClient for the async calls; never printed or serialised"


class InferenceFields(BaseModel):
    """``inference_id`` plus ``client`` and/or ``async_client`` (at least one)."""

    model_config = ConfigDict(arbitrary_types_allowed=True, populate_by_name=True)

    inference_id: str = Field(description="The id of the inference endpoint to call")
    client: Client | None = Field(default=None, exclude=True, repr=False, description=_CLIENT_DOC)
    async_client: AsyncClient | None = Field(
        default=None, exclude=True, repr=False, description=_ASYNC_CLIENT_DOC
    )
    timeout: float | None = Field(
        default=None, gt=0, description="Seconds per request; None: the client's own timeout"
    )
    max_retries: int | None = Field(
        default=None, ge=0, description="Retries per request; None: the client's own policy"
    )
    _lookups: Lookups = PrivateAttr(default_factory=Lookups)

    @model_validator(mode="before")
    @classmethod
    def _one_client_at_least(cls, data: Any) -> Any:
        if isinstance(data, dict):
            check_clients(cls.__name__, data.get("client"), data.get("async_client"))
        return data

    def _endpoint(self) -> Endpoint:
        """The endpoint as the shared code sees it (built per call: fields may be reassigned)."""
        client, async_client = self.client, self.async_client
        if self.timeout is not None or self.max_retries is not None:
            # Clients that share the originals' connections; None leaves a setting as it was.
            timeout, retries = self.timeout, self.max_retries
            if client is not None:
                client = client.options(request_timeout=timeout, max_retries=retries)
            if async_client is not None:
                async_client = async_client.options(request_timeout=timeout, max_retries=retries)
        return Endpoint(type(self).__name__, self.inference_id, client, async_client, self._lookups)


class EmbeddingFields(InferenceFields):
    """What the embedding adapters add: input types by role, the endpoint's task type.

    Both are looked up from the endpoint (once) when left at None.
    """

    use_input_type: bool | None = Field(
        default=None, description="Send ingest/search input types; None: if the service takes one"
    )
    task_type: DenseTaskType | None = Field(
        default=None, description="text_embedding or embedding (9.4+); None: the endpoint's"
    )

    def _embed_options(self) -> dict[str, Any]:
        return {"use_input_type": self.use_input_type, "task_type": self.task_type}
