"""The importer on the real upstream slices: it can produce any release (9.3.0 gives
elasticsearch-py 9.3.0's 34 signatures), and spec/ is exactly the import of the pinned one."""

from __future__ import annotations

import ast
import importlib
import importlib.util
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
import yaml

from codegen.__main__ import generate, main
from tests.api.test_signatures import signature_of

ROOT = Path(__file__).resolve().parents[2]
UPSTREAM = ROOT / "spec" / "upstream"  # the vendored slices (spec/upstream/README.md)
SLICE_93 = UPSTREAM / "inference-9.3.0.json"
REFERENCE_93 = ROOT / "tests" / "fixtures" / "reference_signatures.txt"


def reference_93() -> dict[str, list[tuple[str, bool]]]:
    """Method name -> [(argument, required)] of elasticsearch-py 9.3.0, from the fixture."""
    methods = {}
    for line in REFERENCE_93.read_text().splitlines():
        match = re.fullmatch(r"(\w+)\(\*, (.*)\)", line)
        if match:
            args = [a.strip() for a in match.group(2).split(",")]
            methods[match.group(1)] = [(a.split("=")[0], "=" not in a) for a in args]
    return methods


def overlay_for_93() -> list[dict[str, object]]:
    """The shipped overlay's entries that concern every release: the common query parameters
    and chat_completion_unified's field keywords (the others name 9.5 services and fields)."""
    entries = yaml.safe_load((ROOT / "spec" / "overlay.yaml").read_text())["entries"]
    return [e for e in entries if e.get("at") == "common.yaml" or "expand_body" in e]


@pytest.fixture(scope="module")
def generated_93(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    """Import 9.3.0 into a temporary spec, generate into a temporary folder, load its client."""
    tmp = tmp_path_factory.mktemp("release93")
    spec = tmp / "spec"
    spec.mkdir()
    (spec / "overlay.yaml").write_text(yaml.safe_dump({"entries": overlay_for_93()}))
    assert main(["import-upstream", "--schema", str(SLICE_93), "--spec", str(spec),
                 "--commit", "f051200486a5a1d415cc04f07f6bd150395d7661"]) == 0  # fmt: skip
    for rel, text in generate(spec, ROOT / "templates").items():
        (tmp / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp / rel).write_text(text)
    package = tmp / "src" / "esinference" / "_gen"
    name = "esinference._gen_release93"
    spec_ = importlib.util.spec_from_file_location(
        name, package / "__init__.py", submodule_search_locations=[str(package)]
    )
    assert spec_ is not None and spec_.loader is not None
    module = importlib.util.module_from_spec(spec_)
    sys.modules[name] = module
    spec_.loader.exec_module(module)
    try:
        yield module
    finally:
        for key in [k for k in sys.modules if k.startswith(name)]:
            del sys.modules[key]


def test_importing_9_3_0_gives_elasticsearch_py_9_3_0s_34_signatures(
    generated_93: ModuleType,
) -> None:
    assert generated_93.__es_specification_commit__.startswith("f0512004")
    client = importlib.import_module(f"{generated_93.__name__}.inference").InferenceClient
    expected = reference_93()
    assert len(expected) == 34
    ours = {
        name: signature_of(member)
        for name, member in vars(client).items()
        if callable(member) and not name.startswith("_")
    }
    assert set(ours) == set(expected) | {"stream_completion", "chat_completion_unified"}
    for name, signature in expected.items():
        assert ours[name] == signature, name


def test_spec_is_the_import_of_the_pinned_slice_plus_the_overlay() -> None:
    assert main(["import-upstream", "--check"]) == 0


# Words upstream's text had and a hand transcription ran together (put_openai, put_hugging_face).
RUN_TOGETHER = re.compile(
    r"penaicompatible|compatiblepenai|[a-z](?:text_embedding|sparse_embedding|rerank|completion)"
    r"tasks?\b|(?:text_embedding|completion|rerank)(?:and|or)[a-z]"
)


def docstrings(path: Path) -> Iterator[str]:
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef | ast.Module):
            text = ast.get_docstring(node)
            if text:
                yield text


def test_no_docstring_in_src_has_words_run_together() -> None:
    found = [
        (str(path.relative_to(ROOT)), match.group(0))
        for path in sorted((ROOT / "src").rglob("*.py"))
        for text in docstrings(path)
        for match in RUN_TOGETHER.finditer(text)
    ]
    assert found == []
