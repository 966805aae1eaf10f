"""Every ```python block of README.md and of the guides in docs/ is a program that runs as written.

The README tells a reader to start the bundled server (`esinference server --port 9200`) and
run each example, which reads its URL from ELASTICSEARCH_URL. Here the server is started the
same way (on a free port), and each block runs as its own interpreter with ELASTICSEARCH_URL
set: a block that exits non-zero, prints a traceback or leaves endpoints behind (so a second run
would fail) fails its test. Blocks run in document order against the one server, as a reader
copying them one after another would. The generated API reference (docs/api/) shows calls on a
``client`` it does not define: those are type-checked (tests/types/doc_examples.py), not run.
"""

from __future__ import annotations

import ast
import importlib.util
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from esinference import Client
from tests.types.extract_examples import Example, examples

SRC = str(Path(__file__).resolve().parents[2] / "src")
BLOCKS = [example for example in examples() if not example.path.startswith("docs/api/")]
TIMEOUT = 120  # seconds a block may take; the LangChain and LlamaIndex imports are the slow part


def run_program(code: str, url: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """Run ``code`` as ``python -`` would, with ELASTICSEARCH_URL naming the server."""
    env = {**os.environ, "ELASTICSEARCH_URL": url, "PYTHONPATH": SRC}
    env.pop("ELASTICSEARCH_API_KEY", None)
    return subprocess.run(
        [sys.executable, "-c", code],
        env=env, cwd=cwd, capture_output=True, text=True, timeout=TIMEOUT,
    )  # fmt: skip


@pytest.fixture(scope="module")
def readme_server() -> Iterator[str]:
    """The local server started as the README says, on a free port; its URL."""
    env = {**os.environ, "PYTHONPATH": SRC}
    with subprocess.Popen(
        [sys.executable, "-m", "esinference", "server", "--port", "0"],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env,
    ) as process:  # fmt: skip
        assert process.stdout is not None
        url = process.stdout.readline().strip()
        assert url.startswith("http://"), f"the server printed {url!r}, not its URL"
        try:
            yield url
        finally:
            process.terminate()
            process.wait(timeout=20)


def test_the_readme_and_the_guides_have_their_examples() -> None:
    pages = {block.path for block in BLOCKS}
    assert {"README.md", "docs/getting-started.md", "docs/guides/testing.md"} <= pages, pages
    assert len(BLOCKS) >= 20, [f"{block.path}:{block.line}" for block in BLOCKS]


def missing_frameworks(code: str) -> list[str]:
    """Top-level packages a block imports that this environment lacks (the installed-wheel suite
    has no LangChain or LlamaIndex; `make check` has both, so there every block runs)."""
    names = set()
    for node in ast.walk(ast.parse(code)):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names.add(node.module.split(".")[0])
    return sorted(name for name in names if importlib.util.find_spec(name) is None)


@pytest.mark.parametrize("block", BLOCKS, ids=[f"{block.path}:{block.line}" for block in BLOCKS])
def test_the_block_runs_as_written_and_cleans_up(
    block: Example, readme_server: str, tmp_path: Path
) -> None:
    if missing := missing_frameworks(block.code):
        pytest.skip(f"needs {', '.join(missing)}, not installed here")
    done = run_program(block.code, readme_server, tmp_path)
    where = f"{block.path}, the block at line {block.line}"
    assert done.returncode == 0, f"{where} exited {done.returncode}:\n{done.stderr}"
    assert "Traceback" not in done.stderr, f"{where} printed a traceback:\n{done.stderr}"
    with Client(readme_server) as client:
        left = [e["inference_id"] for e in client.inference.get().body["endpoints"]]
    assert left == [], f"{where} left endpoints behind, so running it again would fail: {left}"


def test_a_failing_block_fails(readme_server: str, tmp_path: Path) -> None:
    """The check above can fail: a block that calls a missing endpoint exits non-zero."""
    code = (
        "import os\nfrom esinference import Client\n"
        "Client(os.environ['ELASTICSEARCH_URL']).inference.get(inference_id='missing')\n"
    )
    done = run_program(code, readme_server, tmp_path)
    assert done.returncode == 1 and "NotFoundError" in done.stderr
