"""Every method of elasticsearch-py 9.3's ``client.inference`` exists on both clients with the
same name and the same keyword-only arguments, in the same order, required where it is."""

from __future__ import annotations

import inspect
import re
from pathlib import Path

import pytest

from esinference._gen.async_inference import AsyncInferenceClient
from esinference._gen.inference import InferenceClient

REFERENCE = Path(__file__).parent / "fixtures" / "reference_signatures.txt"


def reference() -> dict[str, list[tuple[str, bool]]]:
    """Method name -> [(argument, required)] from the reference API text."""
    methods = {}
    for line in REFERENCE.read_text().splitlines():
        match = re.fullmatch(r"(\w+)\(\*, (.*)\)", line)
        if match:
            args = [a.strip() for a in match.group(2).split(",")]
            methods[match.group(1)] = [(a.split("=")[0], "=" not in a) for a in args]
    return methods


REFERENCE_METHODS = reference()


def test_reference_lists_all_34_methods() -> None:
    assert len(REFERENCE_METHODS) == 34


@pytest.mark.parametrize("cls", [InferenceClient, AsyncInferenceClient])
@pytest.mark.parametrize("name", sorted(REFERENCE_METHODS))
def test_method_matches_the_reference(cls: type, name: str) -> None:
    method = getattr(cls, name)
    params = list(inspect.signature(method).parameters.values())[1:]  # skip self
    assert all(p.kind is inspect.Parameter.KEYWORD_ONLY for p in params)
    ours = [(p.name, p.default is inspect.Parameter.empty) for p in params]
    assert ours == REFERENCE_METHODS[name]
    assert inspect.iscoroutinefunction(method) == (cls is AsyncInferenceClient)
