"""The README's LangChain and LlamaIndex examples run as written, so they cannot rot."""

from __future__ import annotations

import contextlib
import io
import re
from pathlib import Path

import pytest

from esinference.server import LocalServer

README = Path(__file__).resolve().parents[2] / "README.md"


def example(heading: str) -> str:
    """The first python code block under ``heading`` in the README."""
    text = README.read_text(encoding="utf-8")
    section = text.split(f"\n{heading}\n", 1)[1]
    match = re.search(r"```python\n(.*?)```", section, re.S)
    assert match is not None, f"no python example under {heading!r}"
    return match.group(1)


@pytest.mark.parametrize("heading", ["### LangChain", "### LlamaIndex"])
def test_the_readme_example_runs(
    heading: str, local_es: LocalServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ELASTICSEARCH_URL", local_es.url)  # the README examples' convention
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        exec(compile(example(heading), f"README.md {heading}", "exec"), {"__name__": "readme"})
    output = printed.getvalue()
    assert "This is a deterministic answer about tell me about elasticsearch." in output
    assert "get_weather" in output  # the tool call was printed
    assert "search engine" in output.lower()  # the reranker's best document
