"""Read a compiled elasticsearch-specification ``schema.json`` (or an inference slice of one)
and answer the questions the importer asks: which endpoints, what a type reference means.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

# Builtin and `_types` names, resolved without looking them up: name -> (param kind, field type).
_SCALARS: dict[str, tuple[str, str]] = {
    "string": ("str", "str"),
    "boolean": ("bool", "bool"),
    "number": ("float", "float"),
    "integer": ("int", "int"),
    "long": ("int", "int"),
    "short": ("int", "int"),
    "byte": ("int", "int"),
    "uint": ("int", "int"),
    "ulong": ("int", "int"),
    "float": ("float", "float"),
    "double": ("float", "float"),
    "Duration": ("time", "str"),
    "binary": ("any", "any"),
    "null": ("any", "any"),
}


class UpstreamError(Exception):
    """The schema cannot be imported; the message names what is wrong and where."""


@dataclass
class Schema:
    """The parsed schema: inference endpoints by name, every type by (namespace, name)."""

    path: Path
    endpoints: dict[str, dict[str, Any]]
    types: dict[tuple[str, str], dict[str, Any]]
    structs: dict[str, str] = field(default_factory=dict)  # struct name -> "namespace.name"
    enums: dict[str, str] = field(default_factory=dict)

    def type(self, ref: dict[str, Any], where: str) -> dict[str, Any]:
        """The type a ``{namespace, name}`` reference points at, or a clear error."""
        key = (str(ref.get("namespace")), str(ref.get("name")))
        if key not in self.types:
            raise UpstreamError(
                f"{where}: type reference {key[0]}.{key[1]} does not resolve to a schema type"
            )
        return self.types[key]

    def request(self, endpoint: dict[str, Any]) -> dict[str, Any]:
        return self.type(endpoint["request"], f"endpoint {endpoint['name']}: request")

    def response(self, endpoint: dict[str, Any]) -> dict[str, Any]:
        return self.type(endpoint["response"], f"endpoint {endpoint['name']}: response")

    def alias_target(self, value: dict[str, Any], where: str) -> dict[str, Any]:
        """Follow ``type_alias`` (and instance_of a scalar alias) down to a value description."""
        for _ in range(20):
            if value.get("kind") != "instance_of":
                return value
            ref = value["type"]
            if ref.get("namespace") == "_builtins" or ref.get("name") in _SCALARS:
                return value
            target = self.type(ref, where)
            if target["kind"] != "type_alias":
                return value
            value = target["type"]
        raise UpstreamError(f"{where}: type alias chain too long (a cycle?)")

    def enum_members(self, value: dict[str, Any], where: str) -> list[str] | None:
        """The members of the enum a value refers to, or None when it is not an enum."""
        value = self.alias_target(value, where)
        if value.get("kind") != "instance_of" or value["type"].get("namespace") == "_builtins":
            return None
        if value["type"].get("name") in _SCALARS:
            return None
        target = self.type(value["type"], where)
        if target["kind"] != "enum":
            return None
        return [str(m["name"]) for m in target["members"]]

    def properties(self, iface: dict[str, Any], where: str) -> list[dict[str, Any]]:
        """An interface's properties, inherited ones first (as the TypeScript declares them)."""
        inherited: list[dict[str, Any]] = []
        parent = iface.get("inherits")
        if parent:
            base = self.type(parent["type"], where)
            if base["kind"] == "interface":
                inherited = self.properties(base, where)
        own = list(iface.get("properties") or [])
        names = {p["name"] for p in own}
        return [p for p in inherited if p["name"] not in names] + own


def load_schema(path: Path) -> Schema:
    """Parse ``path`` and keep its ``inference.*`` endpoints; raise UpstreamError on bad input."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise UpstreamError(f"{path}: cannot read: {exc.strerror}") from exc
    except ValueError as exc:
        raise UpstreamError(f"{path}: not a schema: not valid JSON ({exc})") from exc
    if (
        not isinstance(data, dict)
        or not isinstance(data.get("endpoints"), list)
        or not isinstance(data.get("types"), list)
    ):
        raise UpstreamError(
            f"{path}: not a schema: expected an object with 'endpoints' and 'types' lists"
            " (elasticsearch-specification output/schema/schema.json)"
        )
    endpoints = {
        str(e["name"]): e
        for e in data["endpoints"]
        if isinstance(e, dict) and str(e.get("name", "")).startswith("inference.")
    }
    if not endpoints:
        raise UpstreamError(f"{path}: the schema has no inference endpoints (inference.*)")
    types = {}
    for t in data["types"]:
        name = t.get("name") if isinstance(t, dict) else None
        if isinstance(name, dict):
            types[(str(name.get("namespace")), str(name.get("name")))] = t
    return Schema(path, dict(sorted(endpoints.items())), types)


def scalar(name: str) -> tuple[str, str] | None:
    """(param kind, field type) of a builtin or well-known scalar type name."""
    return _SCALARS.get(name)
