"""Map upstream value descriptions to the spec's vocabulary: parameter kinds for endpoint
arguments, field types (plus the structs and enums they name) for settings and responses.
"""

from __future__ import annotations

from typing import Any

from ..naming import union_members
from .schema import Schema, UpstreamError, scalar


class TypeMapper:
    """Converts types, collecting every struct and enum they reach for ``types.yaml``."""

    def __init__(self, schema: Schema) -> None:
        self.schema = schema
        self.structs: dict[str, dict[str, Any]] = {}
        self.enums: dict[str, list[str]] = {}
        self.expanded: set[str] = set()  # whole-body endpoints given one keyword per property
        self._origin: dict[str, tuple[str, str]] = {}  # spec name -> upstream (namespace, name)

    def _resolve(
        self, value: dict[str, Any], where: str
    ) -> tuple[str, dict[str, Any], tuple[str, str] | None]:
        """(kind, value past aliases, (param kind, field type) when it is a known scalar)."""
        value = self.schema.alias_target(value, where)
        kind = str(value.get("kind"))
        known = scalar(str(value["type"].get("name"))) if kind == "instance_of" else None
        return kind, value, known

    def param_kind(self, value: dict[str, Any], where: str) -> str:
        """The spec parameter kind (naming.PARAM_KINDS) of an argument's upstream type."""
        kind, value, known = self._resolve(value, where)
        if known:
            return known[0]
        if kind == "instance_of":
            target = self.schema.type(value["type"], where)
            return "str" if target["kind"] == "enum" else "object"
        if kind == "array_of":
            return "list_str" if self.param_kind(value["value"], where) == "str" else "list"
        if kind == "union_of":
            kinds = {self.param_kind(item, where) for item in value["items"]}
            if kinds <= {"str", "list_str"}:
                return "str_list" if kinds == {"str", "list_str"} else kinds.pop()
            return "any"
        if kind in ("dictionary_of", "user_defined_value"):
            return "object"
        return "any"

    def field_type(self, value: dict[str, Any], where: str) -> str:
        """The spec field type of a settings or response property; registers structs/enums."""
        kind, value, known = self._resolve(value, where)
        if known:
            return known[1]
        if kind == "instance_of":
            return self._named(value["type"], where)
        if kind == "array_of":
            inner = self.field_type(value["value"], where)
            return "list_str" if inner == "str" else f"list[{inner}]"
        if kind == "dictionary_of":
            return f"dict[str, {self.field_type(value['value'], where)}]"
        if kind == "union_of":
            try:
                members = [self.field_type(item, where) for item in value["items"]]
            except UpstreamError:  # e.g. a generic's parameter (EpochTime<Unit>): no shape
                return "any"
            flat = dict.fromkeys(m for member in members for m in union_members(member))
            return "any" if "any" in flat else " | ".join(flat)
        return "any"  # user-defined values, literals

    def param_type(self, value: dict[str, Any], where: str) -> str | None:
        """The field type of an argument whose kind is ``any`` because upstream gives a union
        (rerank's ``input``): the annotation it gets. None for any other argument."""
        if self.param_kind(value, where) != "any":
            return None
        kind, value, _ = self._resolve(value, where)
        return self.field_type(value, where) if kind == "union_of" else None

    def _named(self, ref: dict[str, Any], where: str) -> str:
        target = self.schema.type(ref, where)
        name = str(ref["name"])
        key = (str(ref["namespace"]), name)
        if self._origin.setdefault(name, key) != key:
            name = "".join(p.title() for p in str(ref["namespace"]).split(".")[1:]) + name
            self._origin.setdefault(name, key)
        if target["kind"] == "enum":
            self.enums[name] = [str(m["name"]) for m in target["members"]]
            return name
        if target["kind"] != "interface":
            return "any"
        if name not in self.structs:
            self.structs[name] = {}  # placeholder first: structs may refer to themselves
            self.structs[name] = self.fields(target, f"{where} -> {name}")
        return name

    def fields(self, iface: dict[str, Any], where: str) -> dict[str, Any]:
        """Settings/response fields of an interface: {name: {type, required, doc, ...}}."""
        result: dict[str, Any] = {}
        for prop in self.schema.properties(iface, where):
            name = str(prop["name"])
            field: dict[str, Any] = {"type": self.field_type(prop["type"], f"{where}.{name}")}
            if prop.get("required"):
                field["required"] = True
            if "serverDefault" in prop:
                field["server_default"] = server_default(prop["serverDefault"])
            field["doc"] = tidy(prop.get("description", ""))
            result[name] = field
        return result

    def settings(self, value: dict[str, Any], where: str) -> tuple[str | None, dict[str, Any]]:
        """(interface name, fields) of a service's settings argument; ({} when free-form)."""
        value = self.schema.alias_target(value, where)
        if value.get("kind") != "instance_of" or scalar(str(value["type"].get("name"))):
            return None, {}
        target = self.schema.type(value["type"], where)
        if target["kind"] != "interface":
            return None, {}
        return str(value["type"]["name"]), self.fields(target, where)


def server_default(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return ",".join(str(v) for v in value)
    return str(value)


def tidy(text: Any) -> str:
    """Upstream prose as the spec keeps it: trailing spaces gone, at most one blank line."""
    lines = [line.rstrip() for line in str(text or "").strip().splitlines()]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out)
