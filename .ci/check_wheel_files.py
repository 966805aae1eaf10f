"""Fail unless the built wheel holds every file of src/esinference and the license files.

`make dist` runs it: setuptools only packs what its package discovery and package-data find,
so a new subpackage or data file left out of the wheel is caught here, not by a user.
"""

from __future__ import annotations

import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LICENSES = ("LICENSE", "NOTICE")


def main() -> int:
    wheels = sorted((ROOT / "dist").glob("esinference-*.whl"))
    if len(wheels) != 1:
        print(f"check-wheel: need exactly one wheel in dist/, found {len(wheels)}", file=sys.stderr)
        return 1
    names = set(zipfile.ZipFile(wheels[0]).namelist())
    package = ROOT / "src"
    wanted = {
        path.relative_to(package).as_posix()
        for path in (package / "esinference").rglob("*")
        if path.is_file() and "__pycache__" not in path.parts
    }
    info = next(n.split("/")[0] for n in names if n.split("/")[0].endswith(".dist-info"))
    wanted |= {f"{info}/licenses/{name}" for name in LICENSES}
    missing = sorted(wanted - names)
    for name in missing:
        print(f"check-wheel: {wheels[0].name} lacks {name}", file=sys.stderr)
    if not missing:
        print(f"check-wheel: {wheels[0].name} holds all {len(wanted)} package and license files")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
