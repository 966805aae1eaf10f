"""The fake chat model's tool calls: which tool it calls, and arguments that fit its schema.

Deterministic and lexical, like the other fake models: a tool is called when ``tool_choice``
forces one, or (``auto``) when the last message is the user's and names the tool; arguments
are drawn from that message by each parameter's JSON-schema type.
"""

from __future__ import annotations

import hashlib
import json
import re
from typing import Any

from ..http.errors import JsonObject

_NUMBER = re.compile(r"-?\d+(?:\.\d+)?")
_QUOTED = re.compile(r"'([^']+)'|\"([^\"]+)\"")
_WORD = re.compile(r"[^\W_]+")
_GENERIC = frozenset({"get", "set", "tool", "function", "call", "make", "create", "the"})


def tool_call(request: JsonObject, messages: list[Any], prompt: str) -> JsonObject | None:
    """The one call the fake model makes for this request, or None to answer in text."""
    tools = [t.get("function") for t in request.get("tools") or [] if isinstance(t, dict)]
    functions = [f for f in tools if isinstance(f, dict) and isinstance(f.get("name"), str)]
    choice = request.get("tool_choice", "auto")
    if not functions or choice == "none":
        return None
    if isinstance(choice, dict):
        name = (choice.get("function") or {}).get("name")
        chosen = next((f for f in functions if f["name"] == name), None)
    else:
        chosen = _named(functions, prompt)
        if chosen is None and choice == "required":
            chosen = functions[0]
        last = messages[-1] if messages else None
        if choice != "required" and not (isinstance(last, dict) and last.get("role") == "user"):
            chosen = None  # auto: only straight after the user's message
    if chosen is None:
        return None
    arguments = _value(chosen.get("parameters") or {}, prompt, chosen.get("parameters") or {})
    name = chosen["name"]
    return {
        "index": 0,
        "id": "call_" + hashlib.sha256(f"{name}:{prompt}".encode()).hexdigest()[:16],
        "function": {"arguments": json.dumps(arguments, ensure_ascii=False), "name": name},
        "type": "function",
    }


def _named(functions: list[JsonObject], prompt: str) -> JsonObject | None:
    """The first tool the prompt names: its whole name, or a specific word of it."""
    said = {w.lower() for w in _WORD.findall(prompt)}
    for function in functions:
        name = function["name"]
        parts = {w.lower() for w in _WORD.findall(name)} - _GENERIC
        if name.lower() in prompt.lower() or parts & said:
            return function
    return None


def _value(schema: Any, prompt: str, root: JsonObject) -> Any:
    """A value of ``schema``'s type, taken from the prompt where it can be."""
    if not isinstance(schema, dict):
        return None
    if "$ref" in schema:  # "#/$defs/Name" within the tool's own parameters
        target: Any = root
        for part in str(schema["$ref"]).lstrip("#/").split("/"):
            target = target.get(part, {}) if isinstance(target, dict) else {}
        return _value(target, prompt, root)
    for key in ("anyOf", "oneOf", "allOf"):
        options = [s for s in schema.get(key) or [] if isinstance(s, dict)]
        options = [s for s in options if s.get("type") != "null"]
        if options:
            return _value(options[0], prompt, root)
    if schema.get("enum"):
        return schema["enum"][0]
    kind = schema.get("type", "object")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), "string")
    if kind == "object":
        properties = schema.get("properties") or {}
        required = schema.get("required") or []
        return {name: _value(properties.get(name), prompt, root) for name in required}
    if kind in ("integer", "number"):
        found = _NUMBER.search(prompt)
        number = float(found.group()) if found else 0.0
        return int(number) if kind == "integer" else number
    if kind == "boolean":
        return True
    if kind == "array":
        return []
    quoted = _QUOTED.search(prompt)
    return next((g for g in quoted.groups() if g), prompt) if quoted else prompt
