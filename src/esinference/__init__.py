"""esinference: a typed client for the Elasticsearch Inference API, generated from spec/.

``Client`` is imported eagerly; ``AsyncClient`` (and with it asyncio) only when first used,
so that ``import esinference`` stays cheap for scripts that never touch asyncio.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._client import Client
from ._gen import __es_specification_commit__ as __es_specification_commit__
from ._version import __version__ as __version__
from .errors import (
    ApiError,
    AuthenticationException,
    AuthorizationException,
    BadRequestError,
    ConflictError,
    ConnectionError,  # noqa: A004 - elasticsearch-py exports this name
    ConnectionTimeout,
    ElasticsearchDeprecationWarning,
    ElasticsearchWarning,
    GeneralAvailabilityWarning,
    NotFoundError,
    RequestError,
    ResponseTooLargeError,
    SerializationError,
    SSLError,
    TlsError,
    TransportError,
    UnsupportedProductError,
)
from .response import ApiResponseMeta, ObjectApiResponse

if TYPE_CHECKING:
    from ._async_client import AsyncClient


__all__ = [
    "ApiError",
    "ApiResponseMeta",
    "AsyncClient",
    "AuthenticationException",
    "AuthorizationException",
    "BadRequestError",
    "Client",
    "ConflictError",
    "ConnectionError",
    "ConnectionTimeout",
    "ElasticsearchDeprecationWarning",
    "ElasticsearchWarning",
    "GeneralAvailabilityWarning",
    "NotFoundError",
    "ObjectApiResponse",
    "RequestError",
    "ResponseTooLargeError",
    "SSLError",
    "SerializationError",
    "TlsError",
    "TransportError",
    "UnsupportedProductError",
]


def __getattr__(name: str) -> Any:
    if name == "AsyncClient":
        from ._async_client import AsyncClient

        return AsyncClient
    raise AttributeError(f"module 'esinference' has no attribute {name!r}")
