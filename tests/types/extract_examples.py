"""Copies every ```python example of README.md and docs/ into doc_examples.py, type-checked there.

`make check` runs mypy --strict and pyright over tests/types/, so an example that would show a
red squiggle in an editor fails the build; tests/test_doc_examples.py fails when the copy is
stale. Each example becomes the body of its own ``async def`` (examples use ``await``), and the
few names the prose leaves to the reader are declared once, typed, in PRELUDE.

Run ``python tests/types/extract_examples.py`` (or ``make generate``) after editing an example.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parents[2]
OUTPUT = Path(__file__).with_name("doc_examples.py")
SOURCES = ("README.md", "docs")
# ```python blocks that show a method's signature, not code (docs/api/methods/*.md).
SIGNATURE = re.compile(r"\Aclient\.inference\.\w+\(\n(    \w+: .+\n)*\) -> .+\n\Z")
BLOCK = re.compile(r"^```python\n(.*?)^```$", re.MULTILINE | re.DOTALL)

HEADER = '''\
# Copied from README.md and docs/ by tests/types/extract_examples.py: do not edit.
"""The documentation's Python examples, each in its own function; type-checked, never run."""

# ruff: noqa
from __future__ import annotations

from esinference import AsyncClient, Client

# Names the examples use without defining them.
client: Client
aclient: AsyncClient


def save(index: int, embedding: object) -> None: ...
'''


class Example(NamedTuple):
    """One ```python block: where it is, and its code."""

    path: str
    line: int
    code: str


def examples(root: Path = ROOT) -> list[Example]:
    """Every ```python block of the sources, in path order, minus signature displays."""
    paths = [root / "README.md", *sorted((root / "docs").rglob("*.md"))]
    found = []
    for path in paths:
        text = path.read_text(encoding="utf-8")
        for match in BLOCK.finditer(text):
            if SIGNATURE.match(match.group(1)):
                continue
            line = text.count("\n", 0, match.start(1)) + 1
            found.append(Example(path.relative_to(root).as_posix(), line, match.group(1)))
    return found


def render(found: list[Example]) -> str:
    """The module: the header, then one function per example."""
    parts = [HEADER]
    for number, example in enumerate(found, 1):
        body = "".join(
            f"    {line}" if line.strip() else "\n" for line in example.code.splitlines(True)
        )
        where = f"# {example.path}, line {example.line}"
        parts.append(f"\n\n{where}\nasync def example_{number}() -> None:\n{body}")
    return "".join(parts)


def main(argv: list[str]) -> int:
    """Write doc_examples.py; with --check, only say whether it is up to date."""
    text = render(examples())
    if "--check" in argv:
        fresh = OUTPUT.exists() and OUTPUT.read_text(encoding="utf-8") == text
        print("doc_examples.py is up to date" if fresh else "doc_examples.py is stale")
        return 0 if fresh else 1
    OUTPUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUTPUT.relative_to(ROOT)}: {text.count('async def example_')} examples")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
