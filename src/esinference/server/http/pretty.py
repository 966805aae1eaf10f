"""``?pretty`` output as Elasticsearch prints it (Jackson's DefaultPrettyPrinter, as
JsonXContentGenerator configures it): two-space indents, ``"key" : value``, one array item per
line, ``[ ]`` and ``{ }`` for empty containers, and a final newline."""

from __future__ import annotations

import json
from typing import Any


def pretty(value: Any) -> str:
    parts: list[str] = []
    _write(value, 0, parts)
    parts.append("\n")
    return "".join(parts)


def _write(value: Any, depth: int, out: list[str]) -> None:
    if isinstance(value, dict):
        if not value:
            out.append("{ }")
            return
        inner = "\n" + "  " * (depth + 1)
        out.append("{")
        for index, (key, item) in enumerate(value.items()):
            out.append(("," if index else "") + inner + _scalar(str(key)) + " : ")
            _write(item, depth + 1, out)
        out.append("\n" + "  " * depth + "}")
    elif isinstance(value, (list, tuple)):
        if not value:
            out.append("[ ]")
            return
        inner = "\n" + "  " * (depth + 1)
        out.append("[")
        for index, item in enumerate(value):
            out.append(("," if index else "") + inner)
            _write(item, depth + 1, out)
        out.append("\n" + "  " * depth + "]")
    else:
        out.append(_scalar(value))


def _scalar(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)
