"""Import time (fresh interpreters) and code generation time."""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_TIMED_IMPORT = (
    "import time; t = time.perf_counter(); import {module}; print(time.perf_counter() - t)"
)


def import_times(modules: list[str], rounds: int) -> dict[str, list[float]]:
    """Seconds spent in ``import <module>`` in a fresh interpreter, interleaved per round.

    Measured inside the child, so interpreter start-up (the same for all) is left out.
    """
    env_path = str(ROOT / "src")
    times: dict[str, list[float]] = {m: [] for m in modules}
    for module in modules:  # warm-up: .pyc files and the OS page cache
        _timed_import(module, env_path)
    for _ in range(rounds):
        for module in modules:
            times[module].append(_timed_import(module, env_path))
    return times


def _timed_import(module: str, src: str) -> float:
    out = subprocess.run(
        [sys.executable, "-c", _TIMED_IMPORT.format(module=module)],
        capture_output=True,
        text=True,
        check=True,
        env={"PYTHONPATH": src, "PATH": ""},
    ).stdout
    return float(out)


def what_esinference_imports() -> list[str]:
    """Modules ``import esinference`` loads beyond what ``import urllib3`` does."""
    code = (
        "import sys; before = set(sys.modules); import urllib3; base = set(sys.modules);"
        " import esinference; print(' '.join(sorted(set(sys.modules) - base)))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={"PYTHONPATH": str(ROOT / "src"), "PATH": ""},
    ).stdout
    return out.split()


def codegen_times(rounds: int) -> list[float]:
    """Wall seconds of ``python -m codegen --check`` (what ``make generate`` runs, without
    writing: the committed output is up to date)."""
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "codegen", "--check"], cwd=ROOT, check=True, capture_output=True
        )
        times.append(time.perf_counter() - started)
    return times


def median(values: list[float]) -> float:
    return statistics.median(values)
