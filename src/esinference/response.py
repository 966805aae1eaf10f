"""Response objects shaped like elasticsearch-py's: ``.body``, ``.meta`` and mapping access."""

from __future__ import annotations

from collections.abc import Awaitable, ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import TYPE_CHECKING, Any, ClassVar, Generic, Literal, NoReturn, TypeVar

# elasticsearch-py users import these two from here.
from ._meta import ApiResponseMeta as ApiResponseMeta
from ._meta import HttpHeaders as HttpHeaders

if TYPE_CHECKING:
    from ._gen.types import RankedDocument
    from .vectors import Array

_T = TypeVar("_T")


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

    def copy(self) -> _T:
        """A shallow copy of the body, as ``dict.copy()`` (elasticsearch-py passes it through)."""
        body: Any = self._body
        return body.copy()  # type: ignore[no-any-return]

    # Hidden from type checkers so a misspelt attribute (``resp.embedings``) stays an error
    # in the editor; at run time the rest of what a dict has is the body's, as in elasticsearch-py.
    if not TYPE_CHECKING:

        def __getattr__(self, name: str) -> Any:
            """Anything else a dict has (``setdefault()``, ``fromkeys``...) is the body's."""
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
        from ._redact_by_key import redact  # on first use: it loads the spec's service tables

        return f"ObjectApiResponse({redact(self._body)!r})"

    def __str__(self) -> str:
        from ._redact_by_key import redact

        return str(redact(self._body))


# Typed readings of inference answers. An answer's body is typed honestly: a text_embedding
# answer holds exactly one of text_embedding / text_embedding_bytes / text_embedding_bits,
# depending on the endpoint's element type, so no variant key is typed as always there. These
# readers give each variant its precise type, and name the right reader when the answer holds
# another variant, instead of a KeyError. Each generated method returns the class that reads
# what that method can return.

ElementType = Literal["float", "byte", "bit"]
_Answer = TypeVar("_Answer", bound="_InferenceAnswer[Any]")


class _InferenceAnswer(ObjectApiResponse[_T]):
    """Finds which of an answer's mutually exclusive variant keys it holds."""

    __slots__ = ()

    @classmethod
    def of(cls: type[_Answer], response: ObjectApiResponse[Any]) -> _Answer:
        """The same answer (body and meta, not copied), with this class's readers."""
        return cls(response._body, response._meta)  # the slots: no property calls

    @classmethod
    async def of_pending(cls: type[_Answer], pending: Awaitable[ObjectApiResponse[Any]]) -> _Answer:
        """``of()`` once the answer has come: for async methods that return their coroutine."""
        return cls.of(await pending)

    def _find(self, keys: tuple[str, ...]) -> list[Any] | None:
        body = self._mapping()
        return next((body[key] for key in keys if key in body), None)

    def _missing(self, want: str) -> NoReturn:
        held = ", ".join(repr(key) for key in self._mapping()) or "nothing"
        raise ValueError(f"this answer holds no {want} (it holds {held}); see .body")

    def _items(self, key: str, want: str) -> list[Any]:
        found = self._find((key,))
        return self._missing(want) if found is None else found


class _DenseReaders(_InferenceAnswer[_T]):
    """Dense vectors: floats, or int8 bytes, or bit-packed int8, as the endpoint is set up."""

    __slots__ = ()
    # The keys of each element type in the answer kinds a subclass reads.
    _float_keys: ClassVar[tuple[str, ...]]
    _byte_keys: ClassVar[tuple[str, ...]]
    _bit_keys: ClassVar[tuple[str, ...]]

    @property
    def element_type(self) -> ElementType:
        """Which variant the endpoint answered with: ``float``, ``byte`` or ``bit``."""
        for element_type, keys in self._element_keys():
            if self._find(keys) is not None:
                return element_type
        self._missing("dense embeddings")

    @property
    def embeddings(self) -> list[list[float]]:
        """One float vector per input, in input order (an endpoint with float elements)."""
        return self._dense("float")

    @property
    def byte_embeddings(self) -> list[list[int]]:
        """One int8 vector per input (an endpoint with ``element_type`` byte)."""
        return self._dense("byte")

    @property
    def bit_embeddings(self) -> list[list[int]]:
        """One bit-packed int8 vector per input (an endpoint with ``element_type`` bit)."""
        return self._dense("bit")

    def _element_keys(self) -> tuple[tuple[ElementType, tuple[str, ...]], ...]:
        return (("float", self._float_keys), ("byte", self._byte_keys), ("bit", self._bit_keys))

    def _dense(self, element_type: ElementType) -> list[Any]:
        items = self._find(dict(self._element_keys())[element_type])
        if items is None:
            held = self.element_type  # raises when the answer holds no dense vectors at all
            reader = "embeddings" if held == "float" else f"{held}_embeddings"
            raise ValueError(
                f"this endpoint answers {held} vectors, not {element_type}: read .{reader}"
            )
        return [item["embedding"] for item in items]


class _SparseReaders(_InferenceAnswer[_T]):
    """Reads sparse_embedding results."""

    __slots__ = ()

    @property
    def sparse_embeddings(self) -> list[dict[str, float]]:
        """One token -> weight map per input, in input order."""
        return [item["embedding"] for item in self._items("sparse_embedding", "sparse embeddings")]


class _RerankReaders(_InferenceAnswer[_T]):
    """Reads rerank results."""

    __slots__ = ()

    @property
    def ranked(self) -> list[RankedDocument]:
        """The documents by decreasing relevance, each with its ``index`` in the input."""
        return self._items("rerank", "ranked documents")


class _CompletionReaders(_InferenceAnswer[_T]):
    """Reads completion results."""

    __slots__ = ()

    @property
    def completions(self) -> list[str]:
        """The generated texts."""
        return [item["result"] for item in self._items("completion", "completions")]


class TextEmbeddingResponse(_DenseReaders[_T]):
    """The answer of ``text_embedding``: ``.embeddings`` (or ``.byte_embeddings``, ...)."""

    __slots__ = ()
    _float_keys = ("text_embedding",)
    _byte_keys = ("text_embedding_bytes",)
    _bit_keys = ("text_embedding_bits",)


class EmbeddingResponse(_DenseReaders[_T]):
    """The answer of ``embedding`` (Elasticsearch 9.5): the same readers, other keys."""

    __slots__ = ()
    _float_keys = ("embeddings",)
    _byte_keys = ("embeddings_bytes",)
    _bit_keys = ("embeddings_bits",)


class SparseEmbeddingResponse(_SparseReaders[_T]):
    """The answer of ``sparse_embedding``: ``.sparse_embeddings``, token -> weight per input."""

    __slots__ = ()


class RerankResponse(_RerankReaders[_T]):
    """The answer of ``rerank``: ``.ranked``, documents by decreasing relevance."""

    __slots__ = ()


class CompletionResponse(_CompletionReaders[_T]):
    """The answer of ``completion``: ``.completions``, the generated texts."""

    __slots__ = ()


class InferenceResponse(
    _DenseReaders[_T], _SparseReaders[_T], _RerankReaders[_T], _CompletionReaders[_T]
):
    """The answer of ``inference``, whose kind is the endpoint's task type: every reader."""

    __slots__ = ()
    _float_keys = TextEmbeddingResponse._float_keys + EmbeddingResponse._float_keys
    _byte_keys = TextEmbeddingResponse._byte_keys + EmbeddingResponse._byte_keys
    _bit_keys = TextEmbeddingResponse._bit_keys + EmbeddingResponse._bit_keys
