"""``rerank`` with object ``query`` / ``input`` (9.5): ``{"type": text|image, "format"?, "value"}``.

A body whose query or input holds an object is parsed as org.elasticsearch.inference.RerankRequest
and validated as RerankAction.Request (messages quoted from them); string-only bodies keep the
InferenceAction path and its messages. Only the ``elastic`` service takes non-text items (the
9.5 API docs); other services answer 400 — that message is this server's own, no Elasticsearch
source for it was found.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ...fakes import models
from ...http.errors import EsError, JsonObject, validation_failed
from ...http.json_body import json_object
from ...http.parse_errors import (
    ParseFailure,
    checked,
    one_or_many,
    require,
    token,
    unknown_field,
    wrong_type,
    xcontent,
)
from ...http.records import ApiRequest, ApiResponse
from .multimodal import Item, parse_item, text_item

_PARSER = "RerankRequest"
_INPUT_TYPES = ("text", "image")
_QUERY_TYPES = ("text", "image")


@dataclass
class RerankBody:
    inputs: list[Item] = field(default_factory=list)
    query: Item | None = None
    top_n: int | None = None
    return_documents: bool | None = None
    task_settings: JsonObject = field(default_factory=dict)

    def non_text_types(self) -> list[str]:
        """The sorted data types of the query and inputs that are not text."""
        items = [*self.inputs, *([self.query] if self.query else [])]
        return sorted({item.type for item in items if not item.is_text})


def has_objects(request: ApiRequest) -> bool:
    """Whether a rerank body uses the object form (and so needs this parser)."""
    try:
        body = json_object(request)
    except EsError:  # malformed bodies keep the InferenceAction path and its errors
        return False
    value = body.get("input")
    values = value if isinstance(value, list) else [value]
    return isinstance(body.get("query"), dict) or any(isinstance(v, dict) for v in values)


def parse(request: ApiRequest) -> RerankBody:
    """RerankRequest.PARSER, then RerankAction.Request.validate."""
    body = json_object(request)
    parsed = RerankBody()
    for name, value in body.items():
        if name == "input":
            parsed.inputs = _input(request, value)
        elif name == "query":
            parsed.query = _query(request, value)
        elif name == "top_n":
            parsed.top_n = checked(request, _PARSER, name, value, int)
        elif name == "return_documents":
            parsed.return_documents = checked(request, _PARSER, name, value, bool)
        elif name == "task_settings":
            parsed.task_settings = checked(request, _PARSER, name, value, dict)
        else:
            raise unknown_field(request, _PARSER, name)
    require(("input", "query"), body)
    _validate(parsed)
    return parsed


def _validate(parsed: RerankBody) -> None:
    problems = []
    if not parsed.inputs:
        problems.append("Field [input] cannot be an empty array")
    if parsed.query is not None and parsed.query.value == "":
        problems.append("Field [query] cannot be empty")
    if parsed.top_n is not None and parsed.top_n < 1:
        problems.append("Field [top_n] must be greater than or equal to 1")
    if problems:
        raise validation_failed(problems)


def _input(request: ApiRequest, value: Any) -> list[Item]:
    return one_or_many(
        request,
        _PARSER,
        "input",
        value,
        (str, dict),
        lambda v: _string_or_object(request, v, "input", _INPUT_TYPES),
    )


def _query(request: ApiRequest, value: Any) -> Item:
    if not isinstance(value, (str, dict)):
        raise wrong_type(request, _PARSER, "query", value)
    try:
        return _string_or_object(request, value, "query", _QUERY_TYPES)
    except ParseFailure as failure:
        raise failure.in_field(request, _PARSER, "query") from None


def _string_or_object(
    request: ApiRequest, value: Any, field_name: str, supported: tuple[str, ...]
) -> Item:
    """RerankRequest.parseStringOrObject."""
    if isinstance(value, str):
        return text_item(value)
    if not isinstance(value, dict):
        raise xcontent(f"Unsupported token [{token(value)}]")
    item = parse_item(request, value)
    if item.type not in supported:
        raise xcontent(
            f"Field [{field_name}] contains unsupported [type] value [{item.type}]. "
            f"Supported values are [{', '.join(supported)}]"
        )
    return item


def respond(stored: JsonObject, parsed: RerankBody) -> ApiResponse:
    """The rerank fake model over the items' keys; ``text`` echoes each item's value."""
    assert parsed.query is not None
    task_settings = {**stored.get("task_settings", {}), **parsed.task_settings}
    top_n = parsed.top_n if parsed.top_n is not None else task_settings.get("top_n")
    return_documents = parsed.return_documents
    if return_documents is None:
        return_documents = bool(task_settings.get("return_documents", True))
    result = models.rerank(
        parsed.query.key(),
        [item.key() for item in parsed.inputs],
        top_n=top_n if isinstance(top_n, int) else None,
        return_documents=return_documents,
    )
    for entry in result["rerank"]:
        if "text" in entry:
            entry["text"] = parsed.inputs[entry["index"]].value
    return ApiResponse(body=result)
