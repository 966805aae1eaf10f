"""The ``embedding`` task (9.4+): multimodal input, one vector per input or content object.

Parsing follows org.elasticsearch.inference.EmbeddingRequest and InferenceStringGroup, the
checks EmbeddingAction.Request.validate and TransportEmbeddingAction (messages quoted from
them). Vectors come from the text-embedding fake model: a lone text item gets exactly the
vector ``text_embedding`` gives that text; other items are keyed by a digest of their bytes,
and a content object's items are combined into one key.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ...fakes import models
from ...http.errors import JsonObject, validation_failed
from ...http.json_body import json_object
from ...http.parse_errors import (
    checked,
    expect_object,
    illegal,
    one_or_many,
    require,
    token,
    unknown_field,
    xcontent,
)
from ...http.records import ApiRequest, ApiResponse
from ..backend.endpoint_config import DEFAULT_DIMENSIONS
from .multimodal import Item, parse_item, text_item

_PARSER = "EmbeddingRequest"
_GROUP = "InferenceStringGroup"
_INPUT_TYPES = frozenset(
    {"INGEST", "SEARCH", "UNSPECIFIED", "CLASSIFICATION", "CLUSTERING"}
    | {"INTERNAL_SEARCH", "INTERNAL_INGEST"}
)
# The text_embedding fake model's result keys and their embedding-task names.
_RESULT_KEYS = {
    "text_embedding": "embeddings",
    "text_embedding_bytes": "embeddings_bytes",
    "text_embedding_bits": "embeddings_bits",
}
_GROUP_SEPARATOR = "\x1e"


@dataclass
class EmbeddingBody:
    """A parsed embedding request: one list of items per vector to produce."""

    groups: list[list[Item]] = field(default_factory=list)
    input_type: str | None = None
    task_settings: JsonObject = field(default_factory=dict)

    def non_text_types(self) -> list[str]:
        """The sorted data types of the items that are not text (images, audio, ...)."""
        return sorted({i.type for group in self.groups for i in group if not i.is_text})


def parse(request: ApiRequest) -> EmbeddingBody:
    """EmbeddingRequest.PARSER, then EmbeddingAction.Request.validate."""
    body = json_object(request)
    parsed = EmbeddingBody()
    for name, value in body.items():
        if name == "input":
            parsed.groups = _input(request, value)
        elif name == "input_type":
            parsed.input_type = _input_type(request, value)
        elif name == "task_settings":
            parsed.task_settings = checked(request, _PARSER, name, value, dict)
        else:
            raise unknown_field(request, _PARSER, name)
    require(("input",), body)
    if not parsed.groups:
        raise validation_failed(["Field [inputs] cannot be an empty array"])
    return parsed


def _input_type(request: ApiRequest, value: Any) -> str:
    name = checked(request, _PARSER, "input_type", value, str).strip().upper()
    if name not in _INPUT_TYPES:
        # InputType.fromString is Enum.valueOf: Java's own message.
        raise illegal(f"No enum constant org.elasticsearch.inference.InputType.{name}").in_field(
            request, _PARSER, "input_type"
        )
    return name.lower()


def _input(request: ApiRequest, value: Any) -> list[list[Item]]:
    """A string, a content object, or a list of them (EmbeddingRequest.parseInput)."""
    return one_or_many(
        request, _PARSER, "input", value, (str, dict), lambda v: _string_or_content(request, v)
    )


def _string_or_content(request: ApiRequest, value: Any) -> list[Item]:
    if isinstance(value, str):
        return [text_item(value)]
    if not isinstance(value, dict):
        raise xcontent(f"Unsupported token [{token(value)}]")
    return _content_object(request, value)


def _content_object(request: ApiRequest, value: JsonObject) -> list[Item]:
    """InferenceStringGroup.PARSER: ``{"content": item | [items]}``, at least one item."""
    for name in value:
        if name != "content":
            raise unknown_field(request, _GROUP, name)
    require(("content",), value)
    items = one_or_many(
        request,
        _GROUP,
        "content",
        value["content"],
        (dict,),
        lambda e: parse_item(request, expect_object(request, "InferenceString", e, "content")),
    )
    if not items:
        raise illegal("[content] field cannot be an empty array").in_build(_GROUP)
    return items


def respond(stored: JsonObject, parsed: EmbeddingBody) -> ApiResponse:
    """One vector per group, shaped by the endpoint's element type."""
    settings: JsonObject = stored["service_settings"]
    dimensions = settings.get("dimensions")
    if not isinstance(dimensions, int) or isinstance(dimensions, bool) or dimensions <= 0:
        dimensions = DEFAULT_DIMENSIONS
    keys = [_GROUP_SEPARATOR.join(item.key() for item in group) for group in parsed.groups]
    result = models.text_embedding(settings, keys, dimensions)
    return ApiResponse(body={_RESULT_KEYS[name]: value for name, value in result.items()})
