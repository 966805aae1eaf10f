"""``import esinference`` (and its helpers) imports no engine: the adapters are opt-in extras.

Run by ``make check`` (engines absent) and by ``make test-engines`` (engines installed, where
an accidental import would really load them).
"""

from __future__ import annotations

import subprocess
import sys

ENGINES = ("ray", "pyspark", "dask", "distributed", "pyarrow", "pandas")


def test_importing_the_package_and_its_helpers_loads_no_engine() -> None:
    code = (
        "import sys, esinference, esinference.helpers, esinference.integrations\n"
        f"print(','.join(m for m in {ENGINES!r} if m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == ""
