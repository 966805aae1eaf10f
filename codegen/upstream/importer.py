"""``python -m codegen import-upstream``: schema.json -> spec/ (+ overlay), with a change report.

spec/ is rewritten as a whole: the new spec is written to a temporary folder beside it and
swapped in only when everything succeeded, so bad input leaves spec/ untouched. The pinned
schema itself lives in spec/upstream/ (vendored, kept across imports), so that a clone with
nothing beside it can check the import.
"""

from __future__ import annotations

import argparse
import difflib
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import yaml

from .convert import Docs, convert
from .overlay import apply_overlay, expansions, load_overlay
from .report import change_report
from .schema import UpstreamError, load_schema

ROOT = Path(__file__).resolve().parent.parent.parent
HEADER = (
    "# Imported from the Elasticsearch specification by `python -m codegen import-upstream`."
    "\n# Do not edit: change spec/overlay.yaml (or upstream) and import again.\n"
)
OVERLAY = "overlay.yaml"
UPSTREAM = "upstream.yaml"
REPORT = "UPSTREAM_CHANGES.md"
VENDORED = "upstream"  # spec/upstream/: the schemas imported from, with their provenance


def build_docs(schema_path: Path, spec: Path, commit: str, recorded_as: str) -> Docs:
    """Every generated spec document (path relative to spec/ -> data), overlay applied."""
    entries = load_overlay(spec / OVERLAY)
    docs, mapper = convert(load_schema(schema_path), expansions(entries))
    apply_overlay(docs, entries, mapper.expanded)
    docs[UPSTREAM] = {"commit": commit, "schema": recorded_as}
    return docs


def dump(doc: dict[str, Any]) -> str:
    """Deterministic YAML: keys in the order the importer built them."""
    return HEADER + yaml.safe_dump(doc, sort_keys=False, allow_unicode=True, width=100)


def read_texts(spec: Path) -> dict[str, str]:
    """The generated files currently in spec/ as text (README, overlay and report excluded)."""
    paths = sorted(spec.glob("*.yaml")) + sorted(spec.glob("*/*.yaml"))
    return {
        str(p.relative_to(spec)): p.read_text(encoding="utf-8") for p in paths if p.name != OVERLAY
    }


def read_docs(spec: Path) -> Docs:
    """The generated documents currently in spec/, parsed."""
    return {rel: yaml.safe_load(text) or {} for rel, text in read_texts(spec).items()}


def write_spec(spec: Path, docs: Docs, report: str | None) -> None:
    """Write the new spec beside ``spec`` and swap it in; keep the hand-written files."""
    spec.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{spec.name}-import-", dir=spec.parent))
    try:
        if spec.exists():
            for path in spec.iterdir():
                if (path.is_file() and path.suffix != ".yaml") or path.name == OVERLAY:
                    shutil.copy2(path, tmp / path.name)
                elif path.is_dir() and path.name == VENDORED:
                    shutil.copytree(path, tmp / path.name)
        for rel, doc in docs.items():
            (tmp / rel).parent.mkdir(parents=True, exist_ok=True)
            (tmp / rel).write_text(dump(doc), encoding="utf-8")
        if report is not None:
            (tmp / REPORT).write_text(report, encoding="utf-8")
        old = spec.with_name(f".{spec.name}-old-{os.getpid()}")
        if spec.exists():
            spec.rename(old)
        tmp.rename(spec)
        shutil.rmtree(old, ignore_errors=True)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _pinned(spec: Path) -> dict[str, Any]:
    path = spec / UPSTREAM
    return (yaml.safe_load(path.read_text(encoding="utf-8")) or {}) if path.exists() else {}


def _check(spec: Path, docs: Docs) -> int:
    current = read_texts(spec)
    wanted = {rel: dump(doc) for rel, doc in docs.items()}
    stale = sorted(k for k in set(wanted) | set(current) if current.get(k) != wanted.get(k))
    for rel in stale[:5]:
        old, new = current.get(rel, "").splitlines(True), wanted.get(rel, "").splitlines(True)
        sys.stderr.writelines(list(difflib.unified_diff(old, new, rel, f"{rel} (import)"))[:30])
    if stale:
        print(f"spec/ differs from the import: {', '.join(stale)}", file=sys.stderr)
        return 1
    print(f"import-upstream: spec/ matches the pinned schema ({len(docs)} files)")
    return 0


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m codegen import-upstream", description=__doc__)
    parser.add_argument("--schema", type=Path, help="schema.json or an inference slice of it")
    parser.add_argument("--spec", type=Path, default=ROOT / "spec")
    parser.add_argument("--commit", help="the specification commit (default: the pinned one)")
    parser.add_argument("--report", type=Path, help=f"where to write the report (spec/{REPORT})")
    parser.add_argument("--check", action="store_true", help="fail if spec/ differs")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    pinned = _pinned(args.spec)
    given = args.schema or (Path(pinned["schema"]) if "schema" in pinned else None)
    if given is None:
        print("import-upstream: --schema is required (spec/ pins none)", file=sys.stderr)
        return 2
    schema_path = given if given.is_absolute() else (Path.cwd() / given)
    if args.schema is None:
        schema_path = ROOT / given
    if not schema_path.is_file():
        print(f"import-upstream: {schema_path}: cannot read: no such file", file=sys.stderr)
        return 2
    recorded = os.path.relpath(os.path.abspath(schema_path), ROOT)
    if recorded.startswith("..") and args.spec.resolve() == (ROOT / "spec").resolve():
        print(
            f"import-upstream: note: {schema_path} is outside the repository; copy it into"
            f" spec/{VENDORED}/ and import it from there, or a clone cannot check the import",
            file=sys.stderr,
        )
    commit = args.commit or (pinned.get("commit") if recorded == pinned.get("schema") else None)
    if commit is None:
        print(
            f"import-upstream: {recorded} is not the pinned schema ({pinned.get('schema')}):"
            " give its specification commit with --commit SHA",
            file=sys.stderr,
        )
        return 2
    try:
        docs = build_docs(schema_path, args.spec, commit, recorded)
    except UpstreamError as exc:
        print(f"import-upstream: {exc}\nspec/ was not changed.", file=sys.stderr)
        return 2
    if args.check:
        return _check(args.spec, docs)
    old = read_docs(args.spec) if args.spec.exists() else {}
    changed = read_texts(args.spec) != {rel: dump(doc) for rel, doc in docs.items()}
    report = change_report(old, docs, str(given)) if changed else None
    write_spec(args.spec, docs, report if args.report is None else None)
    if report is not None:
        print(report)
        if args.report is not None:
            args.report.write_text(report, encoding="utf-8")
    elapsed = time.perf_counter() - started
    outcome = "changed" if changed else "no change"
    print(f"import-upstream: {len(docs)} files, {outcome}, {elapsed:.2f}s")
    return 0
