"""JSON values printed as Elasticsearch's Java code prints them in error messages.

A request body is parsed into ``java.util.HashMap``s (XContentParser.map), so a leftover map in a
message (``Configuration contains settings [{b=2, a=1}] …``) lists its keys in HashMap order: by
bucket, that is by ``String.hashCode`` spread and masked to the table size, then by insertion.
Numbers checked against limits are printed as Java doubles (InferenceUtils: ``[5.0]``).
"""

from __future__ import annotations

from typing import Any

_LOAD_FACTOR = 0.75


def java_map(value: Any) -> str:
    """``value`` as Java's Map / List / scalar ``toString`` prints it: ``{a=1, b=[x, y]}``."""
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k}={java_map(value[k])}" for k in hash_map_order(value)) + "}"
    if isinstance(value, list):
        return java_list(value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return "null"
    if isinstance(value, float):
        return java_number(value)
    return str(value)


def java_list(values: list[Any]) -> str:
    """``List.toString`` / ``Arrays.toString``: ``[a, b]``."""
    return "[" + ", ".join(java_map(v) for v in values) + "]"


def java_number(value: float) -> str:
    """``Double.toString`` for the values messages show: ``5`` → ``5.0``, ``0.25`` → ``0.25``."""
    number = float(value)
    if number != 0 and not 1e-3 <= abs(number) < 1e7:
        mantissa, _, exponent = f"{number:.16e}".partition("e")
        digits = mantissa.rstrip("0")
        digits = digits + "0" if digits.endswith(".") else digits
        return f"{float(digits)!r}E{int(exponent)}"
    text = repr(number)
    return text if "." in text or "e" in text else text + ".0"


def hash_map_order(mapping: dict[str, Any]) -> list[str]:
    """The iteration order of a ``java.util.HashMap`` filled with ``mapping``'s keys in order."""
    capacity = 16
    while len(mapping) > capacity * _LOAD_FACTOR:
        capacity *= 2
    position = {key: i for i, key in enumerate(mapping)}

    def bucket(key: str) -> int:
        code = _string_hash(str(key))
        return (code ^ (code >> 16)) & (capacity - 1)

    return sorted(mapping, key=lambda k: (bucket(k), position[k]))


def _string_hash(text: str) -> int:
    """``String.hashCode`` over UTF-16 code units, as an unsigned 32-bit value."""
    code = 0
    units = text.encode("utf-16-be")
    for i in range(0, len(units), 2):
        code = (31 * code + int.from_bytes(units[i : i + 2], "big")) & 0xFFFFFFFF
    return code
