"""``python -m codegen [--check]``: spec/ -> load -> validate -> model -> render -> src/.

``python -m codegen import-upstream --schema PATH``: rewrite spec/ from upstream (codegen.upstream).
"""

from __future__ import annotations

import argparse
import difflib
import sys
import time
from pathlib import Path

from .load import LoadError, load_spec
from .model import build_model
from .render import GENERATED_DIRS, render_all, spec_digest
from .validate import SpecError, validate

ROOT = Path(__file__).resolve().parent.parent


def generate(spec_root: Path, templates: Path) -> dict[str, str]:
    """The whole pipeline: generated file path -> text. Raises LoadError or SpecError."""
    raw = load_spec(spec_root)
    validate(raw)
    return render_all(build_model(raw), templates, spec_digest(spec_root))


def _leftovers(out: Path, files: dict[str, str]) -> list[str]:
    """Files in the generated folders that the spec no longer produces."""
    found = []
    for folder in GENERATED_DIRS:
        for path in sorted((out / folder).rglob("*")):
            rel = str(path.relative_to(out))
            if path.is_file() and "__pycache__" not in path.parts and rel not in files:
                found.append(rel)
    return found


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["import-upstream"]:
        from .upstream.importer import main as import_upstream

        return import_upstream(argv[1:])
    parser = argparse.ArgumentParser(prog="python -m codegen", description=__doc__)
    parser.add_argument("--check", action="store_true", help="fail if generated files differ")
    parser.add_argument("--spec", type=Path, default=ROOT / "spec")
    parser.add_argument("--templates", type=Path, default=ROOT / "templates")
    parser.add_argument("--out", type=Path, default=ROOT, help="root the outputs are relative to")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    try:
        files = generate(args.spec, args.templates)
    except (LoadError, SpecError) as exc:
        print(exc, file=sys.stderr)
        return 2
    stale = []
    for rel, text in files.items():
        target = args.out / rel
        current = target.read_text(encoding="utf-8") if target.exists() else ""
        if current == text:
            continue
        stale.append(rel)
        if args.check:
            diff = difflib.unified_diff(
                current.splitlines(True),
                text.splitlines(True),
                f"{rel} (committed)",
                f"{rel} (spec)",
            )
            sys.stderr.writelines(list(diff)[:40])
        else:
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
    for extra in _leftovers(args.out, files):
        stale.append(f"{extra} (no longer generated)")
        if not args.check:
            (args.out / extra).unlink()
    elapsed = time.perf_counter() - started
    if args.check and stale:
        print(f"out of date: {', '.join(stale)}; run `make generate`", file=sys.stderr)
        return 1
    verb = "checked" if args.check else f"wrote {len(stale)} of"
    print(f"codegen: {verb} {len(files)} files in {elapsed:.2f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
