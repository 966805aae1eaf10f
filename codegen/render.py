"""Stage 4: render the model through the Jinja2 templates and format the result with black."""

from __future__ import annotations

import hashlib
import multiprocessing
import os
import re
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

import black
import jinja2
from black.mode import Mode, TargetVersion

from .model import SpecModel

# Output file (relative to the repository root) -> (template, extra template variables).
OUTPUTS: dict[str, tuple[str, dict[str, Any]]] = {
    "src/esinference/_gen/__init__.py": ("package_init.py.j2", {}),
    "src/esinference/_gen/endpoints.py": ("endpoints.py.j2", {}),
    "src/esinference/_gen/services.py": ("services.py.j2", {}),
    "src/esinference/_gen/types.py": ("types.py.j2", {}),
    "src/esinference/_gen/cli.py": ("cli.py.j2", {}),
    "src/esinference/_gen/inference.py": ("client.py.j2", {"is_async": False}),
    "src/esinference/_gen/async_inference.py": ("client.py.j2", {"is_async": True}),
}

# Folders whose every file is generated: a file there that no template produced is stale.
GENERATED_DIRS = ("src/esinference/_gen", "docs/api")
DOCS_DIR = "docs/api"

_BLACK_MODE = Mode(line_length=100, target_versions={TargetVersion.PY310})


def spec_digest(spec_root: Path) -> str:
    """sha256 over every spec file's relative path and bytes, in sorted order."""
    digest = hashlib.sha256()
    for path in sorted(spec_root.rglob("*.yaml")):
        digest.update(str(path.relative_to(spec_root)).encode() + b"\0")
        digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()


def _environment(templates: Path) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates)),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,
    )
    env.filters["py"] = repr  # a Python literal for a str, bool, tuple or None
    env.filters["py_text"] = py_text
    return env


def py_text(value: str, width: int = 76) -> str:
    """A str literal; a long one as parenthesised pieces that break at spaces and newlines.

    Black never splits a string, so a long help text would otherwise stay one long line.
    """
    if len(repr(value)) <= width:
        return repr(value)
    pieces: list[str] = []
    for line in value.splitlines(keepends=True):
        current = ""
        for word in re.split(r"(?<= )", line):  # each word keeps its trailing space
            if current and len(current) + len(word) > width:
                pieces.append(current)
                current = ""
            current += word
        pieces.append(current)
    return "(" + " ".join(repr(p) for p in pieces if p) + ")"


def _black(text: str) -> str:
    return black.format_str(text, mode=_BLACK_MODE)


def _format_python(texts: list[str]) -> list[str]:
    """black over every Python output; on several cores, in forked workers.

    black takes ~3 s of the ~3.5 s a generation costs (it parses each ~2,000-line module);
    the files are independent, so a fork per core divides that. Results keep their order.
    """
    workers = min(len(texts), os.cpu_count() or 1)
    if workers < 2 or "fork" not in multiprocessing.get_all_start_methods():
        return [_black(text) for text in texts]
    context = multiprocessing.get_context("fork")
    # Largest first, so the slowest file does not start last.
    order = sorted(range(len(texts)), key=lambda i: -len(texts[i]))
    with ProcessPoolExecutor(workers, mp_context=context) as pool:
        formatted = dict(zip(order, pool.map(_black, [texts[i] for i in order]), strict=True))
    return [formatted[i] for i in range(len(texts))]


def render_all(model: SpecModel, templates: Path, digest: str) -> dict[str, str]:
    """Every generated file's path and formatted text. Pure: same inputs, same bytes."""
    env = _environment(templates)
    header = (
        f"# Generated from spec/ (sha256 {digest[:16]}) by codegen: do not edit.\n"
        "# Change spec/ or templates/ and run `make generate`."
    )
    rendered = {
        out: env.get_template(template).render(spec=model, header=header, **extra)
        for out, (template, extra) in OUTPUTS.items()
    }
    files = dict(zip(rendered, _format_python(list(rendered.values())), strict=True))
    # Docs carry no digest: a spec edit should not touch every page's first line.
    files.update(
        _render_docs(
            env, model, "Generated from spec/ by codegen: do not edit; run `make generate`."
        )
    )
    return files


def _render_docs(env: jinja2.Environment, model: SpecModel, header: str) -> dict[str, str]:
    """The Markdown API reference: an index, a page per method and a page per service."""
    docs = {f"{DOCS_DIR}/README.md": env.get_template("docs/index.md.j2").render(
        spec=model, header=header
    )}  # fmt: skip
    method = env.get_template("docs/method.md.j2")
    for endpoint in model.endpoints:
        docs[f"{DOCS_DIR}/methods/{endpoint.name}.md"] = method.render(e=endpoint, header=header)
    service = env.get_template("docs/service.md.j2")
    for s in model.services:
        fields = s.service_settings + (s.task_settings or ())
        docs[f"{DOCS_DIR}/services/{s.name}.md"] = service.render(
            s=s, nested=model.nested_structs(fields), header=header, spec=model
        )
    return docs
