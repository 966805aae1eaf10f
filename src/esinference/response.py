"""Response objects shaped like elasticsearch-py's: ``.body``, ``.meta`` and mapping access."""

from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import TYPE_CHECKING, Any, Generic, NamedTuple, TypeVar

if TYPE_CHECKING:
    from .vectors import Array

_T = TypeVar("_T")


class HttpHeaders(Mapping[str, str]):
    """Response headers looked up case-insensitively: ``meta.headers["Content-Type"]`` works.

    The transport stores names lower-cased; this view lower-cases the name looked up.
    """

    __slots__ = ("_headers",)

    def __init__(self, headers: Mapping[str, str]) -> None:
        self._headers = headers

    def __getitem__(self, name: str) -> str:
        return self._headers[name.lower()]

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and name.lower() in self._headers

    def __iter__(self) -> Iterator[str]:
        return iter(self._headers)

    def __len__(self) -> int:
        return len(self._headers)

    def __repr__(self) -> str:
        return f"HttpHeaders({dict(self._headers)!r})"


class ApiResponseMeta(NamedTuple):
    """What the transport knows about an answer besides its body."""

    status: int
    http_version: str
    headers: Mapping[str, str]  # case-insensitive (an ``HttpHeaders``)
    duration: float  # seconds
    node: str  # base URL of the node that answered, without credentials

    @property
    def mimetype(self) -> str | None:
        value = self.headers.get("content-type")
        return value.split(";", 1)[0].strip() if value else None


class ObjectApiResponse(Generic[_T]):
    """A JSON object answer. Reads like the body itself: ``resp["endpoints"]``, ``"x" in resp``."""

    __slots__ = ("_body", "_meta")

    def __init__(self, body: _T, meta: ApiResponseMeta) -> None:
        self._body = body
        self._meta = meta

    @property
    def body(self) -> _T:
        return self._body

    @property
    def raw(self) -> _T:
        return self._body

    @property
    def meta(self) -> ApiResponseMeta:
        return self._meta

    def embeddings_array(self) -> Array:
        """The dense embeddings as one numpy array, a row per input (the ``numpy`` extra).

        float32 for float vectors, int8 for byte vectors, packed uint8 for bit vectors; see
        ``esinference.vectors`` for memory per vector. ValueError for other answers.
        """
        from .vectors import embeddings_array

        return embeddings_array(self._body)

    def _mapping(self) -> Mapping[str, Any]:
        if not isinstance(self._body, Mapping):
            raise TypeError(f"response body is a {type(self._body).__name__}, not a JSON object")
        return self._body

    def __getitem__(self, key: str) -> Any:
        return self._mapping()[key]

    def __contains__(self, key: object) -> bool:
        return key in self._mapping()

    def __iter__(self) -> Iterator[str]:
        return iter(self._mapping())

    def __len__(self) -> int:
        return len(self._mapping())

    def get(self, key: str, default: Any = None) -> Any:
        return self._mapping().get(key, default)

    def keys(self) -> KeysView[str]:
        return self._mapping().keys()

    def values(self) -> ValuesView[Any]:
        return self._mapping().values()

    def items(self) -> ItemsView[str, Any]:
        return self._mapping().items()

    def __getattr__(self, name: str) -> Any:
        """Anything else a dict has (``copy()``, ``setdefault()``...) is the body's."""
        if name in ("_body", "_meta"):  # not set yet (unpickling): no recursion
            raise AttributeError(name)
        return getattr(self._body, name)

    def __getstate__(self) -> tuple[_T, ApiResponseMeta]:
        return self._body, self._meta

    def __setstate__(self, state: tuple[_T, ApiResponseMeta]) -> None:
        self._body, self._meta = state

    def __eq__(self, other: object) -> bool:
        if isinstance(other, ObjectApiResponse):
            return bool(self._body == other._body)
        return bool(self._body == other)

    def __ne__(self, other: object) -> bool:
        return not self == other

    __hash__ = None  # type: ignore[assignment]  # mutable body, as in elasticsearch-py

    def __bool__(self) -> bool:
        return bool(self._body)

    def __repr__(self) -> str:
        # Printed and logged far more often than read: settings that look secret are hidden.
        from ._redact import redact  # on first use: it loads the spec's service tables

        return f"ObjectApiResponse({redact(self._body)!r})"

    def __str__(self) -> str:
        from ._redact import redact

        return str(redact(self._body))
