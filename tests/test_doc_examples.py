"""The documentation's Python examples are type-checked from tests/types/doc_examples.py."""

from __future__ import annotations

from pathlib import Path

from tests.types.extract_examples import OUTPUT, Example, examples, render


def test_the_checked_copy_matches_the_examples_in_the_docs() -> None:
    assert OUTPUT.read_text(encoding="utf-8") == render(
        examples()
    ), "README.md or docs/ changed: run `make generate` (tests/types/extract_examples.py)"


def test_every_python_block_is_copied_except_signature_displays(tmp_path: Path) -> None:
    (tmp_path / "docs" / "api").mkdir(parents=True)
    (tmp_path / "README.md").write_text(
        "Use:\n\n```python\nx = 1\n```\n\n```sh\nmake\n```\n\n```python\nawait f()\n```\n"
    )
    (tmp_path / "docs" / "api" / "m.md").write_text(
        "```python\nclient.inference.get(\n    inference_id: str | None = None,\n)"
        " -> ObjectApiResponse[GetInferenceResponse]\n```\n"
    )
    assert examples(tmp_path) == [
        Example("README.md", 4, "x = 1\n"),
        Example("README.md", 12, "await f()\n"),
    ]
    assert "async def example_2() -> None:\n    await f()\n" in render(examples(tmp_path))
