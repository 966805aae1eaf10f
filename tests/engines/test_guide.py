"""docs/guides/distributed.md: each engine's example is a complete program that runs as shown."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

GUIDE = Path(__file__).resolve().parents[2] / "docs" / "guides" / "distributed.md"
EXAMPLES = re.findall(r"^```py\n(.*?)^```$", GUIDE.read_text(encoding="utf-8"), re.M | re.S)


def test_the_guide_has_one_example_per_engine() -> None:
    engines = [re.search(r"integrations\.(\w+) import", code) for code in EXAMPLES]
    assert [m.group(1) for m in engines if m] == ["ray", "spark", "dask"]


@pytest.mark.parametrize("code", EXAMPLES, ids=["ray", "spark", "dask"])
def test_the_example_runs_against_the_local_server(code: str, tmp_path: Path) -> None:
    script = tmp_path / "example.py"
    script.write_text(code.replace("/tmp/esinference-", str(tmp_path / "checkpoint-")))
    done = subprocess.run(
        [sys.executable, str(script)], capture_output=True, text=True, timeout=600, cwd=tmp_path
    )
    assert done.returncode == 0, done.stderr[-3000:]
    count, first_text = done.stdout.strip().splitlines()[-1].split(" ", 3)[:2]
    assert (count, first_text) == ("1000", "document")
