"""The change report: what an import changes in spec/, breaking changes marked.

Breaking, for code written against the previous spec: a removed endpoint, argument, service,
task type or settings field; an argument or field that became required or changed kind/type;
a literal (enum value) removed; a type renamed (code importing the old name). A type removed
while another with the same fields is added is reported as renamed, and the fields that name
it are compared through the rename (the bytes on the wire do not change).
"""

from __future__ import annotations

import re
from typing import Any

Docs = dict[str, dict[str, Any]]
BREAKING = "**breaking**"


def _params(doc: dict[str, Any]) -> dict[str, tuple[str, str, bool, str]]:
    """Python argument name -> (location, kind, required, server default) of an endpoint."""
    found = {}
    for group, location in (("path_params", "path"), ("query_params", "query")):
        for name, p in (doc.get(group) or {}).items():
            found[p.get("alias") or name] = (location, p["kind"], bool(p.get("required")), _dflt(p))
    body = doc.get("body") or {}
    if body.get("kind") == "whole":
        found[body["param"]] = ("body", "whole body", bool(body.get("required")), "")
    for name, p in (body.get("fields") or {}).items():
        found[p.get("alias") or name] = ("body", p["kind"], bool(p.get("required")), _dflt(p))
    return found


def _dflt(item: dict[str, Any]) -> str:
    return str(item.get("server_default", ""))


def _arg(p: dict[str, Any]) -> tuple[str, str, bool, str]:
    return p  # type: ignore[return-value]  # already (location, kind, required, default)


def _field(f: dict[str, Any]) -> tuple[str, str, bool, str]:
    return ("", str(f["type"]), bool(f.get("required")), _dflt(f))


def _show(item: tuple[str, str, bool, str]) -> str:
    where, kind, required, default = item
    text = f"{where} {kind}".strip() + (", required" if required else "")
    return text + (f", default {default}" if default else "")


def _diff_map(old: dict[str, Any], new: dict[str, Any], what: str, shape: Any) -> list[str]:
    """Lines for keys added, removed and changed between two mappings; ``shape`` gives an
    item's (location, kind/type, required, default)."""
    lines = []
    for name in sorted(set(old) | set(new)):
        if name not in old:
            lines.append(f"  - {what} `{name}` added ({_show(shape(new[name]))})")
        elif name not in new:
            lines.append(f"  - {what} `{name}` removed {BREAKING}")
        elif shape(old[name]) != shape(new[name]):
            a, b = shape(old[name]), shape(new[name])
            widened = a[0] == b[0] and b[1] == "any"  # a type that now accepts anything
            breaking = (a[:2] != b[:2] and not widened) or (b[2] and not a[2])
            line = f"  - {what} `{name}` changed: {_show(a)} -> {_show(b)}"
            lines.append(line + f" {BREAKING}" * breaking)
    return lines


def _endpoint_lines(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    lines = _diff_map(_params(old), _params(new), "argument", _arg)
    if old.get("paths") != new.get("paths"):
        gone = set(old.get("paths") or []) - set(new.get("paths") or [])
        lines.append(
            f"  - paths: {old.get('paths')} -> {new.get('paths')}" + (f" {BREAKING}" * bool(gone))
        )
    for key in ("method", "experimental", "streaming", "response"):
        if old.get(key) != new.get(key):
            lines.append(f"  - {key}: {old.get(key)} -> {new.get(key)}")
    return lines


def _literal_lines(old: list[str], new: list[str], what: str, indent: str = "  ") -> list[str]:
    lines = [f"{indent}- {what} `{v}` added" for v in sorted(set(new) - set(old))]
    lines += [f"{indent}- {what} `{v}` removed {BREAKING}" for v in sorted(set(old) - set(new))]
    return lines


def _service_lines(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    lines = _literal_lines(old.get("task_types") or [], new.get("task_types") or [], "task type")
    for group in ("service_settings", "task_settings"):
        lines += _diff_map(old.get(group) or {}, new.get(group) or {}, f"{group} field", _field)
    return lines


def _section(title: str, old: Docs, new: Docs, prefix: str, detail: Any) -> list[str]:
    olds = {k: v for k, v in old.items() if k.startswith(prefix)}
    news = {k: v for k, v in new.items() if k.startswith(prefix)}
    lines = []
    for path in sorted(set(olds) | set(news)):
        name = path[len(prefix) : -len(".yaml")]
        if path not in olds:
            lines.append(f"- `{name}` added")
            lines += [line for line in detail({}, news[path]) if "added" in line]
        elif path not in news:
            lines.append(f"- `{name}` removed {BREAKING}")
        else:
            changes = detail(olds[path], news[path])
            if changes:
                lines.append(
                    f"- `{name}` changed" + (f" {BREAKING}" * any(BREAKING in c for c in changes))
                )
                lines += changes
    return [f"## {title}", "", *(lines or ["- none"]), ""]


def _resolved(docs: Docs) -> Docs:
    """Endpoint documents name the struct they answer with, not its ``responses`` key."""
    responses = (docs.get("types.yaml") or {}).get("responses") or {}
    return {
        path: (
            {**doc, "response": responses.get(doc.get("response"), doc.get("response"))}
            if path.startswith("endpoints/")
            else doc
        )
        for path, doc in docs.items()
    }


def _renames(old: Docs, new: Docs) -> dict[str, str]:
    """Old name -> new name of each struct removed while one with the same fields came.

    Fields are compared through the renames found so far, so a struct that names a renamed
    struct is found too; a struct with several same-shaped candidates is not a rename.
    """
    renames: dict[str, str] = {}
    while True:
        gone = [n for n in old if n not in new and n not in renames]
        came = [n for n in new if n not in old and n not in renames.values()]
        found = {}
        for name in gone:
            shape = _shape(_through(old[name], renames))
            twins = [m for m in came if _shape(new[m]) == shape]
            if len(twins) == 1:
                found[name] = twins[0]
        if not found or len(set(found.values())) < len(found):
            return renames
        renames.update(found)


def _shape(struct: dict[str, Any]) -> dict[str, tuple[str, str, bool, str]]:
    return {name: _field(f) for name, f in struct.items()}


def _through(struct: dict[str, Any], renames: dict[str, str]) -> dict[str, Any]:
    """``struct`` with the renamed struct names in its field types replaced by the new ones."""
    if not renames:
        return struct
    names = re.compile(r"\b(" + "|".join(map(re.escape, renames)) + r")\b")
    return {
        name: {**f, "type": names.sub(lambda m: renames[m[0]], str(f["type"]))}
        for name, f in struct.items()
    }


def _struct_lines(old: Docs, new: Docs) -> list[str]:
    renames = _renames(old, new)
    lines = []
    for name in sorted(set(old) | set(new)):
        if name in renames:
            lines.append(f"- `{name}` renamed `{renames[name]}` (same fields) {BREAKING}")
        elif name in renames.values():
            continue
        elif name not in new:
            lines.append(f"- `{name}` removed {BREAKING}")
        elif name not in old:
            lines.append(f"- `{name}` added")
        else:
            changed = _diff_map(_through(old[name], renames), new[name], "field", _field)
            if changed:
                lines += [f"- `{name}` changed", *changed]
    return lines


def change_report(old: Docs, new: Docs, source: str) -> str:
    """Markdown: endpoints, task types, services and settings added, removed or changed."""
    old, new = _resolved(old), _resolved(new)
    before = (old.get("upstream.yaml") or {}).get("commit", "the previous spec")
    after = (new.get("upstream.yaml") or {}).get("commit", "?")
    task_types = _literal_lines(
        (old.get("common.yaml") or {}).get("task_types") or [],
        (new.get("common.yaml") or {}).get("task_types") or [],
        "task type",
        indent="",
    )
    enums_old = (old.get("types.yaml") or {}).get("enums") or {}
    enums_new = (new.get("types.yaml") or {}).get("enums") or {}
    enum_lines = []
    for name in sorted(set(enums_old) & set(enums_new)):
        changed = _literal_lines(enums_old[name], enums_new[name], "value")
        if changed:
            enum_lines += [f"- enum `{name}`", *changed]
    structs_old = (old.get("types.yaml") or {}).get("structs") or {}
    structs_new = (new.get("types.yaml") or {}).get("structs") or {}
    struct_lines = _struct_lines(structs_old, structs_new)
    parts = [
        "# Upstream changes",
        "",
        f"Import of `{source}`: specification commit `{before}` -> `{after}`.",
        f"Changes marked {BREAKING} can break code written against the previous spec.",
        "",
        *_section("Endpoints (client methods)", old, new, "endpoints/", _endpoint_lines),
        "## Task types",
        "",
        *(task_types or ["- none"]),
        "",
        *_section("Services", old, new, "services/", _service_lines),
        "## Enums",
        "",
        *(enum_lines or ["- none"]),
        "",
        "## Types (settings structs and responses, esinference.types)",
        "",
        *(struct_lines or ["- none"]),
        "",
    ]
    return "\n".join(parts)
