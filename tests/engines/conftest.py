"""The engine tests run only under ``make test-engines`` (its own venv with the extras).

``make check`` stays usable without Ray, Spark or Dask: unless ``ESINFERENCE_ENGINES=1``
only the tests that need no engine (``test_imports.py``, ``test_plan.py``) are collected.
"""

from __future__ import annotations

import os

ENGINES_RUN = os.environ.get("ESINFERENCE_ENGINES") == "1"
collect_ignore = [] if ENGINES_RUN else ["test_engines.py", "test_guide.py", "_job.py"]
