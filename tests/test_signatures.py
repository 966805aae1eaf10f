"""Every method of elasticsearch-py 9.5.1's ``client.inference`` exists on both our clients with
the same name and the same keyword-only arguments, in the same order, required where it is.

The reference is the installed elasticsearch==9.5.1 itself (the ``dev`` extra), introspected,
so it cannot drift from the release it names.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any

import elasticsearch
import pytest
from elasticsearch._sync.client.inference import InferenceClient as EsInferenceClient

from esinference._gen.async_inference import AsyncInferenceClient
from esinference._gen.inference import InferenceClient

OUR_STREAMING_METHODS = {"stream_completion", "chat_completion_unified"}
# Plain defs returning the coroutine in the async client, so they warn when called (as
# elasticsearch-py's decorator does), not when awaited.
EXPERIMENTAL = {"embedding"}


def signature_of(method: Callable[..., Any]) -> list[tuple[str, bool]]:
    """[(argument, required)] after ``self``; every argument must be keyword-only."""
    params = list(inspect.signature(method).parameters.values())[1:]
    assert all(p.kind is inspect.Parameter.KEYWORD_ONLY for p in params)
    return [(p.name, p.default is inspect.Parameter.empty) for p in params]


def public_methods(cls: type) -> dict[str, Callable[..., Any]]:
    """The API methods the class itself defines (not inherited helpers like perform_request)."""
    return {
        name: member
        for name, member in vars(cls).items()
        if inspect.isfunction(member) and not name.startswith("_")
    }


REFERENCE = {name: signature_of(m) for name, m in public_methods(EsInferenceClient).items()}


def test_the_reference_is_elasticsearch_py_9_5_1_with_39_methods() -> None:
    assert elasticsearch.__versionstr__ == "9.5.1"
    assert len(REFERENCE) == 39


@pytest.mark.parametrize("cls", [InferenceClient, AsyncInferenceClient])
def test_we_have_exactly_its_methods_plus_our_two_streaming_ones(cls: type) -> None:
    assert set(public_methods(cls)) == set(REFERENCE) | OUR_STREAMING_METHODS


@pytest.mark.parametrize("cls", [InferenceClient, AsyncInferenceClient])
@pytest.mark.parametrize("name", sorted(REFERENCE))
def test_method_matches_the_reference(cls: type, name: str) -> None:
    method = getattr(cls, name)
    assert signature_of(method) == REFERENCE[name]
    is_async = cls is AsyncInferenceClient
    assert inspect.iscoroutinefunction(method) == (is_async and name not in EXPERIMENTAL)
