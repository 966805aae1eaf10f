"""spec/overlay.yaml: what upstream does not know, merged into the imported documents.

Each entry has a ``why`` and one operation:

- ``set: {key: value}`` at ``at`` (a mapping that must exist): adds or replaces those keys;
- ``add: {key: value}`` at ``at``: adds keys upstream lacks (an error once upstream has them);
- ``expand_body: <endpoint>``: a whole-body endpoint keeps one keyword per body property.

``at`` is ``<file> [dotted.key.path]`` (``services/openai.yaml service_settings.api_key``) or a
list of those. An entry that matches nothing is an error: never silently dropped or applied.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from .schema import UpstreamError

OPS = ("set", "add", "expand_body")


def load_overlay(path: Path) -> list[dict[str, Any]]:
    """The overlay's entries (none when the file is absent), checked for shape."""
    if not path.exists():
        return []
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as exc:
        raise UpstreamError(f"{path}: not valid YAML: {exc}") from exc
    entries = data.get("entries") if isinstance(data, dict) else None
    if not isinstance(entries, list):
        raise UpstreamError(f"{path}: expected a mapping with an 'entries' list")
    problems = []
    for i, entry in enumerate(entries):
        where = f"{path.name}: entries[{i}]"
        if not isinstance(entry, dict):
            problems.append(f"{where}: must be a mapping")
            continue
        ops = [op for op in OPS if op in entry]
        if not str(entry.get("why") or "").strip():
            problems.append(f"{where}: needs a 'why' saying why the entry exists")
        if len(ops) != 1:
            problems.append(f"{where}: needs exactly one of {', '.join(OPS)}")
        elif ops[0] != "expand_body" and not entry.get("at"):
            problems.append(f"{where}: '{ops[0]}' needs 'at'")
        unknown = set(entry) - {*OPS, "why", "at"}
        if unknown:
            problems.append(f"{where}: unknown keys {sorted(unknown)}")
    if problems:
        raise UpstreamError("bad overlay:\n  " + "\n  ".join(problems))
    return entries


def expansions(entries: list[dict[str, Any]]) -> set[str]:
    """Endpoints whose whole body the overlay expands into keywords."""
    return {str(e["expand_body"]) for e in entries if "expand_body" in e}


def apply_overlay(
    docs: dict[str, dict[str, Any]], entries: list[dict[str, Any]], expanded: set[str]
) -> None:
    """Merge every entry into ``docs`` in place; raise UpstreamError listing unmatched entries."""
    problems = []
    for i, entry in enumerate(entries):
        where = f"overlay entries[{i}]"
        if "expand_body" in entry:
            if entry["expand_body"] not in expanded:
                problems.append(
                    f"{where}: expand_body: {entry['expand_body']}: no such endpoint with a"
                    " whole-body request upstream"
                )
            continue
        targets = entry["at"] if isinstance(entry["at"], list) else [entry["at"]]
        for at in targets:
            problem = _apply(docs, str(at), entry)
            if problem:
                problems.append(f"{where}: at {at}: {problem}")
    if problems:
        raise UpstreamError(
            "overlay entries that match nothing upstream:\n  " + "\n  ".join(problems)
        )


def _apply(docs: dict[str, dict[str, Any]], at: str, entry: dict[str, Any]) -> str | None:
    file, _, keys = at.partition(" ")
    target: Any = docs.get(file)
    if target is None:
        return f"no file {file} in the imported spec"
    for key in keys.split(".") if keys else []:
        if not isinstance(target, dict) or key not in target:
            return f"no key '{key}' upstream"
        target = target[key]
    if not isinstance(target, dict):
        return "not a mapping"
    if "add" in entry:
        present = sorted(set(entry["add"]) & set(target))
        if present:
            return f"upstream now has {present}: drop them from the overlay"
        target.update(entry["add"])
    else:
        target.update(entry["set"])
    return None
