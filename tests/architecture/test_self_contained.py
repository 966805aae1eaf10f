"""The repository reads nothing outside itself: a clone with nothing beside it runs `make check`.

The pinned upstream schema is vendored in spec/upstream/, and no code, test, build file or
generated file names a path beside the clone or an absolute path of one machine.
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
# What `make check` and .ci/run read or run (the prose in docs/ and README.md is not read).
CHECKED = ["src", "codegen", "templates", "spec", "tests", "bench", ".ci"]
CHECKED_FILES = ["Makefile", "pyproject.toml"]
BUILT = {"__pycache__", "esinference.egg-info"}  # made by builds, not in the repository
TEXT_SUFFIXES = {".py", ".j2", ".yaml", ".yml", ".toml", ".txt", ".md", ".cfg", ".ini", ""}
# The reference folder beside the clones (its name after "../", or quoted as a path component) or a
# machine's own absolute folders. (Relative links inside the repository, "../services/", are fine.)
OUTSIDE = re.compile(
    r"\.\./+shared\b|[\"']shared[\"']|(?<![\w.~])/(?:work|root|home|Users|mnt|opt)/"
)


def checked_files() -> list[Path]:
    found = [ROOT / name for name in CHECKED_FILES]
    for folder in CHECKED:
        found += [
            p
            for p in sorted((ROOT / folder).rglob("*"))
            if p.is_file() and p.suffix in TEXT_SUFFIXES and not BUILT.intersection(p.parts)
        ]
    return found


def test_the_pinned_schema_is_vendored_inside_the_repository() -> None:
    pinned = yaml.safe_load((ROOT / "spec" / "upstream.yaml").read_text())
    schema = Path(pinned["schema"])
    assert not schema.is_absolute() and ".." not in schema.parts, pinned["schema"]
    assert (ROOT / schema).is_file()
    assert schema.parent == Path("spec/upstream")


def test_no_checked_file_names_a_path_outside_the_repository() -> None:
    here = Path(__file__).resolve()
    found = [
        f"{path.relative_to(ROOT)}:{number}: {line.strip()}"
        for path in checked_files()
        if path != here
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if OUTSIDE.search(line)
    ]
    assert found == []


# The folder's name is assembled so that this file does not itself name the path it forbids.
SHARED = "sha" + "red"


def test_the_pattern_finds_what_it_is_for() -> None:
    assert OUTSIDE.search(f"schema: ../{SHARED}/reference/upstream/inference-9.5.json")
    assert OUTSIDE.search("see /work/shared/reference/errors.md")
    assert OUTSIDE.search('Path("/root/.pyenv/versions")')
    assert OUTSIDE.search(f'UPSTREAM = ROOT.parent / "{SHARED}" / "reference" / "upstream"')
    assert not OUTSIDE.search('"""POST .../_stream: completion deltas word by word (SSE)."""')
    assert not OUTSIDE.search("from ..errors import ApiError")
    assert not OUTSIDE.search("- Service: [`openai`](../services/openai.md).")
    assert not OUTSIDE.search("ROOT / 'spec' / 'upstream' / 'inference-9.5.json'")
