"""JSON encoding of request bodies and decoding of responses, as elasticsearch-py does them.

Compact separators and non-ASCII kept as UTF-8, so the bytes on the wire match the reference
client. Dates, UUIDs and Decimals are encoded like elastic_transport's JsonSerializer.
"""

from __future__ import annotations

import datetime
import decimal
import json
import uuid
from typing import Any


def _default(value: Any) -> Any:
    if isinstance(value, (datetime.date, datetime.datetime, datetime.time)):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, decimal.Decimal):
        return float(value)
    raise TypeError(f"a value of type {type(value).__name__} is not JSON serializable")


def dumps(value: Any) -> bytes:
    """Compact UTF-8 JSON; raises TypeError/ValueError for values JSON cannot hold."""
    return json.dumps(
        value, separators=(",", ":"), ensure_ascii=False, default=_default, allow_nan=False
    ).encode("utf-8")


def loads(data: bytes) -> Any:
    """Parse a JSON document; raises ValueError when it is not one."""
    return json.loads(data)
