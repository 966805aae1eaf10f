"""JSON encoding of request bodies and decoding of responses, as elasticsearch-py does them.

Encoding: compact separators and non-ASCII kept as UTF-8, so the bytes on the wire match the
reference client. Dates, UUIDs and Decimals are encoded like elastic_transport's JsonSerializer.

Decoding gives the objects ``json.loads`` gives. With the ``speedups`` extra installed, orjson
parses instead (an embedding answer of 64 x 1,024 float32 values: ~1.4 ms instead of ~4 ms).
orjson differs from the stdlib on two kinds of input:
- what orjson rejects and the stdlib accepts (NaN, Infinity, 1e400, lone surrogates, a BOM,
  UTF-16): orjson raises, and the stdlib then decides;
- integers outside [-2**63, 2**64), which orjson reads as floats.
The spec bounds the second: every integer of every answer is a Java int or long, and only
the ``dict[str, any]`` settings maps of endpoint answers can hold arbitrary JSON. So an
inference result (an object whose keys are all result kinds: ``text_embedding``, ``rerank``,
...) is taken from orjson as is, paying only the parse; any other answer is also scanned
for runs of 19+ digits (~1.4 ns a byte, negligible on those small answers) and goes to the
stdlib when it may hold such an integer. Beyond the spec, an inference-result-shaped answer
with an integer literal outside that range (no Elasticsearch writes one) gets a float, as
elasticsearch-py's ``OrjsonSerializer`` gives for every answer.
orjson is imported on first use: loading it takes longer than ``import esinference``, and
only a version at least ``ORJSON_FLOOR`` is used: older ones crash the process (SIGSEGV) on
deeply nested input, which any server can send (see docs/limits.md). An older orjson,
pinned by another package, leaves the stdlib decoding, with one DEBUG line saying why.

Whatever the input, ``loads`` raises ValueError or returns: nesting too deep for the stdlib
parser (RecursionError) and input too large to decode (MemoryError) become ValueErrors
with the original as their cause, as invalid UTF-8 (a UnicodeDecodeError) already is.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import cache
from typing import Any

from ._spec_types import RESULT_KINDS


def _default(value: Any) -> Any:
    # Imported here: only a body holding such values pays for these modules.
    import datetime
    import decimal
    import uuid

    if isinstance(value, (datetime.date, datetime.datetime, datetime.time)):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, decimal.Decimal):
        return float(value)
    raise TypeError(f"a value of type {type(value).__name__} is not JSON serializable")


# One encoder for every call: json.dumps() with options builds a new one each time.
_ENCODER = json.JSONEncoder(
    separators=(",", ":"), ensure_ascii=False, default=_default, allow_nan=False
)


def dumps(value: Any) -> bytes:
    """Compact UTF-8 JSON; raises TypeError/ValueError for values JSON cannot hold."""
    return _ENCODER.encode(value).encode("utf-8")


# The first orjson that refuses deep nesting (a recursion limit of 1024) instead of
# overflowing the C stack; tests/responses/test_orjson_floor.py checks it in a subprocess.
ORJSON_FLOOR = (3, 9, 15)


def loads(data: bytes) -> Any:
    """Parse a JSON document as ``json.loads`` does; raises ValueError when it is not one."""
    try:
        fast = _orjson_loads()
        if fast is None:
            return json.loads(data)
        try:
            value = fast(data)
        except ValueError:  # orjson.JSONDecodeError: the stdlib may still accept it (NaN, ...)
            return json.loads(data)
        if _is_inference_result(value) or not _may_hold_long_int(data):
            return value
        return json.loads(data)
    except RecursionError as exc:
        raise ValueError("the JSON document is nested too deeply to decode") from exc
    except MemoryError as exc:
        raise ValueError("the JSON document is too large to decode") from exc


def _is_inference_result(value: Any) -> bool:
    """Whether ``value`` is shaped as an inference result: a non-empty object of result kinds."""
    return type(value) is dict and bool(value) and RESULT_KINDS.issuperset(value)


@cache
def _orjson_loads() -> Callable[[bytes], Any] | None:
    try:
        import orjson
    except ImportError:
        return None
    version = getattr(orjson, "__version__", "0")
    if version_tuple(version) < ORJSON_FLOOR:
        import logging

        logging.getLogger("esinference").debug(
            "orjson %s is older than %s, which crashes on deeply nested JSON:"
            " decoding with the standard library's json instead",
            version,
            ".".join(map(str, ORJSON_FLOOR)),
        )
        return None
    loads: Callable[[bytes], Any] = orjson.loads
    return loads


def version_tuple(version: str) -> tuple[int, ...]:
    """``"3.10.1"`` -> (3, 10, 1); a part that is not a number ends it (``"3.9rc1"`` -> (3,))."""
    parts: list[int] = []
    for part in version.split("."):
        if not part.isdigit():
            break
        parts.append(int(part))
    return tuple(parts)


# Every byte mapped to its class: digits to "d", "." to ".", anything else to " ".
_CLASSES = bytes(
    ord("d") if 0x30 <= i <= 0x39 else ord(".") if i == 0x2E else ord(" ") for i in range(256)
)
# orjson reads integers in [-2**63, 2**64) exactly; every integer of up to 18 digits is in it.
_LONG_DIGITS = b"d" * 19


def _may_hold_long_int(data: bytes) -> bool:
    """Whether ``data`` has 19+ digits in a row not after a "." (a fraction's are harmless).

    One C-speed pass (``translate``, then a substring search) instead of a regex, which
    would cost as much as the parse. Exponents and digits inside strings may also match:
    that only sends a rare input to the slower, always-exact stdlib.
    """
    classes = data.translate(_CLASSES)
    return classes.startswith(_LONG_DIGITS) or b" " + _LONG_DIGITS in classes
