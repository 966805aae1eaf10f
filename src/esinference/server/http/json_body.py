"""Reading JSON request bodies and reporting problems the way Elasticsearch's parsers do."""

from __future__ import annotations

import json
import re
import sys
import threading
from collections.abc import Iterable
from typing import Any

from .errors import EsError, JsonObject, parse_error
from .records import ApiRequest

# Jackson's StreamReadConstraints default, which Elasticsearch's JSON parser runs with.
MAX_NESTING_DEPTH = 1000
_CLOSING = re.compile(r'"(?:[^"\\]|\\.)*"|[\[{\]}]')
_DEEP_PARSE = threading.Lock()


def loads(text: str) -> Any:
    """json.loads with Elasticsearch's nesting limit instead of Python's recursion limit."""
    if text.count("[") + text.count("{") > MAX_NESTING_DEPTH:
        _check_depth(text)
    try:
        return json.loads(text)
    except RecursionError:
        # Within the limit but deeper than this thread's stack allows: parse with more room.
        with _DEEP_PARSE:
            limit = sys.getrecursionlimit()
            sys.setrecursionlimit(limit + 2 * MAX_NESTING_DEPTH)
            try:
                return json.loads(text)
            finally:
                sys.setrecursionlimit(limit)


def _check_depth(text: str) -> None:
    """StreamConstraintsException's message, at the line:column of the bracket too many."""
    depth = 0
    for match in _CLOSING.finditer(text):
        token = match.group()
        if token in ("[", "{"):
            depth += 1
            if depth > MAX_NESTING_DEPTH:
                offset = match.start()
                line = text.count("\n", 0, offset) + 1
                column = offset - (text.rfind("\n", 0, offset) + 1) + 1
                raise parse_error(
                    f"[{line}:{column}] Document nesting depth ({depth}) exceeds the maximum "
                    f"allowed ({MAX_NESTING_DEPTH}, from "
                    "`StreamReadConstraints.getMaxNestingDepth()`)"
                )
        elif token in ("]", "}"):
            depth -= 1


def json_object(request: ApiRequest) -> JsonObject:
    """The body as a JSON object; ES's errors for a missing or broken body."""
    if not request.body.strip():
        raise EsError(400, "parse_exception", "request body is required")
    text = request.body.decode("utf-8", errors="replace")
    try:
        value = loads(text)
    except json.JSONDecodeError as exc:
        raise parse_error(f"[{exc.lineno}:{exc.colno}] {exc.msg}") from None
    if not isinstance(value, dict):
        raise parse_error("[1:1] request body must be a JSON object")
    return value


def location(request: ApiRequest, field: str) -> str:
    """``line:column`` of a top-level field name, as XContentParseException prints it."""
    text = request.body.decode("utf-8", errors="replace")
    match = re.search(r'"' + re.escape(field) + r'"\s*:', text)
    offset = match.start() if match else 0
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return f"{line}:{column}"


def reject_unknown_fields(
    request: ApiRequest, body: JsonObject, allowed: Iterable[str], parser: str
) -> None:
    """ObjectParser: ``[1:2] [cluster:internal/xpack/inference] unknown field [foo]``."""
    known = set(allowed)
    for name in body:
        if name not in known:
            raise parse_error(f"[{location(request, name)}] [{parser}] unknown field [{name}]")


def field_error(request: ApiRequest, parser: str, name: str) -> EsError:
    """ObjectParser's message for a value of the wrong type."""
    return parse_error(f"[{location(request, name)}] [{parser}] failed to parse field [{name}]")
