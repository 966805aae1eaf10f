"""Docs as the spec's prose becomes them: one-line parameter docs and method docstrings."""

from __future__ import annotations

import textwrap
from typing import Any


def param_doc(raw: dict[str, Any]) -> str:
    """A parameter's or field's doc on one line, ending with the server's default if known."""
    doc = " ".join(str(raw.get("doc", "")).split())
    if "server_default" in raw:
        doc = f"{doc} Server default: `{raw['server_default']}`.".lstrip()
    return doc


def _fill(text: str, width: int, indent: str = "") -> str:
    """Wrap at spaces only: a URL or a long identifier stays whole on its line."""
    return textwrap.fill(
        text, width, subsequent_indent=indent, break_long_words=False, break_on_hyphens=False
    )


def _description(doc: dict[str, Any], width: int) -> list[str]:
    """The summary and the description's paragraphs, each wrapped to ``width``."""
    parts = [str(doc["summary"]).strip()]
    description = str(doc.get("description", "")).strip()
    if description:
        parts.append(
            "\n\n".join(
                _fill(" ".join(block.split()), width)
                for block in description.split("\n\n")
                if block.strip()
            )
        )
    return parts


def method_docstring(doc: dict[str, Any], params: list[tuple[str, str]]) -> str:
    """Summary line, description, docs URL and ``:param:`` lines, wrapped for a method body."""
    parts = _description(doc, 88)
    parts.append(f"`<{doc['docs_url']}>`_")
    lines = [_fill(f":param {name}: {doc}".rstrip(), 88, "    ") for name, doc in params]
    parts.append("\n".join(lines))
    return in_docstring("\n\n".join(parts))


def in_docstring(text: str) -> str:
    """``text`` escaped to sit between triple double quotes (and not end on a quote)."""
    text = text.replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    return text[:-1] + '\\"' if text.endswith('"') else text
