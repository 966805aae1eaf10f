"""The engine tests run only under ``make test-engines`` (its own venv with the extras).

``make check`` stays usable without Ray, Spark or Dask: unless ``ESINFERENCE_ENGINES=1``
only ``test_imports.py`` (which needs no engine) is collected here.
"""

from __future__ import annotations

import os

ENGINES_RUN = os.environ.get("ESINFERENCE_ENGINES") == "1"
collect_ignore = [] if ENGINES_RUN else ["test_engines.py", "_job.py"]
