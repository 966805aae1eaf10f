"""Multimodal input items (``{"type", "format"?, "value"}``) as Elasticsearch's InferenceString.

Parsing and messages follow org.elasticsearch.inference.InferenceString, DataType and DataFormat
(9.5: types text, image, audio, video, pdf; formats text, base64; text takes only ``text``, the
others only ``base64``, given as a ``data:<mime>;base64,...`` URI). Elasticsearch checks only the
URI's prefix; this server also decodes the payload, so undecodable base64 gets the same 400
instead of a provider error later.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from ...http.parse_errors import ParseFailure, illegal, require, unknown_field, wrong_type
from ...http.records import ApiRequest

DATA_TYPES = ("text", "image", "audio", "video", "pdf")
DATA_FORMATS = ("text", "base64")
_PARSER = "InferenceString"
_FIELDS = ("type", "format", "value")
# InferenceString.DATA_URI_PATTERN and MAX_DATA_URI_PREFIX_LENGTH
_DATA_URI = re.compile(r"^data:[^/]+/[^,]+;base64,$")
_MAX_PREFIX = 256
_BAD_URI = (
    "base64 inputs must be specified as data URIs with the format [data:{MIME-type};base64,...]"
)


@dataclass(frozen=True)
class Item:
    """One parsed input item."""

    type: str
    format: str
    value: str

    @property
    def is_text(self) -> bool:
        return self.type == "text"

    def key(self) -> str:
        """What the fake models read: the text itself, or the type and a digest of the bytes."""
        if self.is_text:
            return self.value
        payload = base64.b64decode(self.value.partition(",")[2])
        return f"{self.type}:{hashlib.sha256(payload).hexdigest()}"


def text_item(value: str) -> Item:
    return Item("text", "text", value)


def _enum(request: ApiRequest, field: str, value: str, allowed: Sequence[str]) -> str:
    """DataType / DataFormat.fromString: trimmed, case-insensitive."""
    name = value.strip().lower()
    if name not in allowed:
        label = "type" if field == "type" else "format"
        raise illegal(
            f"Unrecognized {label} [{value}], must be one of [{', '.join(allowed)}]"
        ).in_field(request, _PARSER, field)
    return name


def parse_item(request: ApiRequest, fields: dict[str, Any]) -> Item:
    """InferenceString.PARSER on one object (the caller checked it is an object)."""
    seen: dict[str, str] = {}
    for name, value in fields.items():
        if name not in _FIELDS:
            raise unknown_field(request, _PARSER, name)
        if not isinstance(value, str):
            raise wrong_type(request, _PARSER, name, value)
        if name == "type":
            value = _enum(request, name, value, DATA_TYPES)
        elif name == "format":
            value = _enum(request, name, value, DATA_FORMATS)
        seen[name] = value
    require(("type", "value"), seen)
    try:
        return _build(seen["type"], seen.get("format"), seen["value"])
    except ParseFailure as failure:
        raise failure.in_build(_PARSER) from None


def _build(data_type: str, data_format: str | None, value: str) -> Item:
    """The InferenceString constructor's checks: format allowed for the type, data URI."""
    supported = "text" if data_type == "text" else "base64"
    data_format = data_format or supported
    if data_format != supported:
        raise illegal(
            f"Data type [{data_type}] does not support data format [{data_format}], "
            f"supported formats are [{supported}]"
        )
    if data_format == "base64":
        prefix_end = value.find(",")
        if not 0 <= prefix_end < _MAX_PREFIX or not _DATA_URI.match(value[: prefix_end + 1]):
            raise illegal(_BAD_URI)
        try:
            base64.b64decode(value[prefix_end + 1 :], validate=True)
        except (binascii.Error, ValueError):
            raise illegal(_BAD_URI) from None
    return Item(data_type, data_format, value)
