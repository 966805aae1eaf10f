"""``?filter_path=``: keep only the parts of a response the caller asked for."""

from __future__ import annotations

from fnmatch import fnmatchcase
from typing import Any

_MISSING = object()


def filter_path(value: Any, spec: str) -> Any:
    """Apply a comma-separated list of dotted paths (``*`` in a segment, ``**`` any depth)."""
    paths = [p.split(".") for p in spec.split(",") if p]
    result = _filter(value, paths)
    return {} if result is _MISSING else result


def _filter(value: Any, paths: list[list[str]]) -> Any:
    if any(not p for p in paths):
        return value
    if isinstance(value, list):
        items = [_filter(v, paths) for v in value]
        kept = [v for v in items if v is not _MISSING]
        return kept if kept else _MISSING
    if not isinstance(value, dict):
        return _MISSING
    out = {}
    for key, child in value.items():
        rest = []
        for path in paths:
            head = path[0]
            if head == "**":
                rest.append(path[1:])  # "**" consumed here
                rest.append(path)  # or kept for deeper levels
            elif fnmatchcase(key, head):
                rest.append(path[1:])
        if rest:
            kept = _filter(child, rest)
            if kept is not _MISSING:
                out[key] = kept
    return out if out else _MISSING
