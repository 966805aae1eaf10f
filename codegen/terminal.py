"""Spec prose (Markdown, with some RST) as plain text for a terminal: the CLI's help texts.

The CLI prints what is computed here as it is: no code fences, no backticks, no Markdown
links, paragraphs wrapped, and long texts trimmed with a pointer to the full documentation.
"""

from __future__ import annotations

import re
import textwrap
from typing import Literal

WIDTH = 72  # a description's lines; argparse wraps option help to the terminal's width itself
DESCRIPTION_BUDGET = 900  # characters of a description's blocks before the rest is left out
OPTION_BUDGET = 240  # characters of an option's help before the rest is left out
TRIMMED = "[...]"  # marks a text cut short: the documentation has all of it

BlockKind = Literal["text", "item", "code"]
Block = tuple[BlockKind, str]

_FENCE = re.compile(r"\s*```")
_ITEM = re.compile(r"\s*(?:[-*+]|\d+[.)])\s+")
_QUOTE = re.compile(r"\s*> ?")
_CALLOUTS = {"warning": "Warning:", "warn": "Warning:", "important": "Important:"}
_INLINE = (
    (re.compile(r"`([^`<]+?) <(\S+?)>`_"), r"\1 (\2)"),  # RST link with a title
    (re.compile(r"`<(\S+?)>`_"), r"\1"),  # RST bare link
    (re.compile(r"\[([^\]]+)\]\((\S+?)\)"), r"\1 (\2)"),  # Markdown link
    (re.compile(r"``(.+?)``"), r"\1"),  # RST literal
    (re.compile(r"`([^`]+)`"), r"\1"),  # Markdown code
    (re.compile(r"\*\*(.+?)\*\*"), r"\1"),  # bold
    (re.compile(r"`"), ""),  # an unpaired backtick (a typo upstream: "and text_embedding` task")
)


def inline(text: str) -> str:
    """A line's Markdown and RST markup removed; links keep their URL in parentheses."""
    for pattern, replacement in _INLINE:
        text = pattern.sub(replacement, text)
    return text


def blocks(text: str) -> list[Block]:
    """The prose's paragraphs and list items (each joined into one plain line) and its code
    blocks (line for line, dedented); a quote's "> info" heading becomes "Note:"."""
    found: list[Block] = []
    lines: list[str] = []
    kind: BlockKind = "text"

    def close() -> None:
        nonlocal kind
        if lines:
            joined = inline(" ".join(" ".join(lines).split()))
            if joined:
                found.append((kind, joined))
            lines.clear()
        kind = "text"

    code: list[str] | None = None
    for line in text.strip().splitlines():
        if _FENCE.match(line):
            if code is None:
                close()
                code = []
            else:
                found.append(("code", textwrap.dedent("\n".join(code)).strip("\n")))
                code = None
            continue
        if code is not None:
            code.append(line.rstrip())
            continue
        quote = _QUOTE.match(line)
        if quote:
            line = line[quote.end() :]
            word = line.strip().lower()
            if re.fullmatch(r"[a-z]+", word) and not lines:  # "> info" opens a callout
                lines.append(_CALLOUTS.get(word, "Note:"))
                continue
        item = _ITEM.match(line)
        if not line.strip() or item:
            close()
        if item:
            kind = "item"
            line = line[item.end() :]
        if line.strip():
            lines.append(line)
    close()
    if code:  # an unclosed fence: keep what it held
        found.append(("code", textwrap.dedent("\n".join(code)).strip("\n")))
    return found


def _render(block: Block) -> str:
    kind, text = block
    if kind == "code":
        return textwrap.indent(text, "    ")
    if kind == "item":
        return textwrap.fill(text, WIDTH, initial_indent="- ", subsequent_indent="  ")
    return textwrap.fill(text, WIDTH)


def _cut(text: str, budget: int) -> str:
    """``text`` if it fits ``budget``, else its sentences (or words) that do, then TRIMMED."""
    if len(text) <= budget:
        return text
    end = max(text.rfind(". ", 0, budget), text.rfind(": ", 0, budget))
    if end <= 0:
        end = text.rfind(" ", 0, budget)
    return f"{text[: end + 1].rstrip()} {TRIMMED}"


def description(summary: str, prose: str, docs_url: str) -> str:
    """A subcommand's description: the summary, the prose's first blocks up to the budget
    (each wrapped; TRIMMED ends the last if any were left out), then the docs' URL."""
    parts = [textwrap.fill(inline(" ".join(summary.split())), WIDTH)]
    left = DESCRIPTION_BUDGET
    for kind, text in blocks(prose):
        cut = text if kind == "code" else _cut(text, left)
        if left <= 0 or (kind == "code" and len(cut) > left):  # code: whole or not at all
            parts[-1] += f" {TRIMMED}"
            break
        parts.append(_render((kind, cut)))
        left -= len(cut)
        if cut.endswith(TRIMMED):
            break
    parts.append(f"Documentation (the full text):\n{docs_url}")  # a URL stays whole
    return "\n\n".join(parts)


def option_help(doc: str, server_default: str | None) -> str:
    """An option's help on one line: the doc's first paragraph, trimmed, and the server's
    default; TRIMMED if anything (a later paragraph, an example) was left out."""
    found = blocks(doc)
    first = found[0][1] if found and found[0][0] != "code" else ""
    text = _cut(first, OPTION_BUDGET)
    if len(found) > 1 and not text.endswith(TRIMMED):
        text = f"{text} {TRIMMED}"
    if server_default is not None:
        text = f"{text} (server default: {server_default})".strip()
    return text
