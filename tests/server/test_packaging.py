"""The server is opt-in: ``import esinference`` must not load it; the pytest plugin works."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.installed import PACKAGE_PARENT as SRC


def test_importing_the_package_does_not_import_the_server() -> None:
    code = (
        "import sys, esinference; "
        "print(any(m.startswith('esinference.server') for m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": SRC},
        check=True,
    )
    assert out.stdout.strip() == "False"


def test_pytest_plugin_fixture(tmp_path: Path) -> None:
    (tmp_path / "conftest.py").write_text('pytest_plugins = ["esinference.server.pytest_plugin"]\n')
    (tmp_path / "test_user.py").write_text(
        "import json, urllib.request\n"
        "def test_one(local_es):\n"
        "    assert urllib.request.urlopen(local_es.url).status == 200\n"
        "    assert local_es.requests()[0].path == '/'\n"
        "def test_two(local_es):\n"
        "    assert local_es.requests() == []\n"
    )
    out = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(tmp_path)],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": SRC},
        cwd=tmp_path,
    )
    assert "2 passed" in out.stdout, out.stdout + out.stderr
