"""`make demo`: the demo runs on the runtime alone and fits one screen.

`make demo` installs the package into a venv of its own with urllib3 only; here the demo runs in
an interpreter that refuses to import anything else (any top-level package outside the standard
library, esinference and urllib3), so a demo that needs a dev tool fails without building a venv.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

SRC = str(Path(__file__).resolve().parents[2] / "src")
SCREEN_LINES, SCREEN_COLUMNS = 40, 100

# Runs a module with every import outside the runtime refused, as if it were not installed.
RUNTIME_ONLY = """
import importlib.abc, runpy, sys

ALLOWED = set(sys.stdlib_module_names) | {"esinference", "urllib3"}

class RuntimeOnly(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.partition(".")[0] not in ALLOWED:
            raise ModuleNotFoundError(f"not in the runtime: {name}", name=name)
        return None

sys.meta_path.insert(0, RuntimeOnly())
runpy.run_module(sys.argv[1], run_name="__main__", alter_sys=True)
"""


def run_runtime_only(module: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", RUNTIME_ONLY, module],
        env={**os.environ, "PYTHONPATH": SRC}, capture_output=True, text=True, timeout=120,
    )  # fmt: skip


def test_the_demo_runs_with_nothing_but_the_runtime() -> None:
    done = run_runtime_only("esinference.demo")
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr, done.stderr
    for shown in (
        "create three endpoints",
        "text_embedding: 3 texts",
        "rerank 'fox'",
        "stream_completion",
        "asyncio",
        "NotFoundError 404 resource_not_found_exception",
        "ValueError: put_elser(): 'task_type' must be one of 'sparse_embedding'",
        "deleted them, 0 left",
    ):
        assert shown in done.stdout, f"the demo no longer shows {shown!r}:\n{done.stdout}"


def test_the_demo_fits_one_screen() -> None:
    lines = run_runtime_only("esinference.demo").stdout.splitlines()
    assert len(lines) <= SCREEN_LINES, f"{len(lines)} lines"
    widest = max(lines, key=len)
    assert len(widest) <= SCREEN_COLUMNS, f"{len(widest)} columns: {widest}"


def test_the_runtime_only_interpreter_refuses_a_dev_tool() -> None:
    """The check above can fail: a module importing a dev dependency is refused."""
    done = run_runtime_only("pytest")
    assert done.returncode != 0 and "not in the runtime: pytest" in done.stderr
