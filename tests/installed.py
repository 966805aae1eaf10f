"""The folder the esinference under test was imported from, for subprocesses to import the same:
src/ in a development checkout, site-packages when .ci/wheel-tests tests the installed wheel."""

from __future__ import annotations

from pathlib import Path

import esinference

PACKAGE_PARENT = str(Path(esinference.__file__).resolve().parents[1])
