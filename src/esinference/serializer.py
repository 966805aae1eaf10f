"""Serializers with elasticsearch-py's contract, for ``Client(serializer=...)``.

A serializer has a ``mimetype`` and ``dumps(data) -> bytes`` / ``loads(bytes) -> Any``;
``JsonSerializer.default()`` is the hook for values JSON has no type for, as in
elasticsearch-py: dates and times become ISO strings, ``UUID`` a string, ``Decimal`` a
float, and numpy scalars and arrays (when numpy is installed) numbers and lists. Subclass
it and override ``default()`` to encode your own types. Without ``serializer=`` the client
uses the same encoding through a faster path.
"""

from __future__ import annotations

import json
from typing import Any, ClassVar, Protocol

from . import _json

__all__ = ["JsonSerializer", "Serializer"]


class Serializer(Protocol):
    """What the client needs of a serializer (``elastic_transport.Serializer``'s methods)."""

    mimetype: ClassVar[str]

    def dumps(self, data: Any) -> bytes: ...

    def loads(self, data: bytes) -> Any: ...


class JsonSerializer:
    """Compact UTF-8 JSON; ``default()`` encodes what ``json`` cannot."""

    mimetype: ClassVar[str] = "application/json"

    def default(self, data: Any) -> Any:
        """A JSON-encodable stand-in for ``data``; TypeError when there is none."""
        import datetime
        import decimal
        import uuid

        if isinstance(data, (datetime.date, datetime.time)):  # datetime is a date
            return data.isoformat()
        if isinstance(data, uuid.UUID):
            return str(data)
        if isinstance(data, decimal.Decimal):
            return float(data)
        converted = _from_numpy(data)
        if converted is not _NOT_NUMPY:
            return converted
        raise TypeError(f"Unable to serialize {data!r} (type: {type(data).__name__})")

    def dumps(self, data: Any) -> bytes:
        if isinstance(data, str):
            return data.encode("utf-8", "surrogatepass")
        if isinstance(data, bytes):
            return data
        text = json.dumps(data, default=self.default, ensure_ascii=False, separators=(",", ":"))
        return text.encode("utf-8", "surrogatepass")

    def loads(self, data: bytes) -> Any:
        return None if data == b"" else _json.loads(data)


_NOT_NUMPY = object()


def _from_numpy(data: Any) -> Any:
    """A numpy value as a Python one; ``_NOT_NUMPY`` for anything else (or without numpy)."""
    module = type(data).__module__
    if module != "numpy" and not module.startswith("numpy."):
        return _NOT_NUMPY  # numpy itself is never imported for other values
    import numpy as np  # type: ignore[import-not-found,unused-ignore]

    if isinstance(data, np.ndarray):
        return data.tolist()
    if isinstance(data, np.datetime64):
        return data.item().isoformat()
    if isinstance(data, (np.integer, np.floating, np.bool_)):
        return data.item()
    return _NOT_NUMPY
