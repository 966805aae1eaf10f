"""Media types: which request bodies Elasticsearch accepts, and which type it answers in."""

from __future__ import annotations

from .errors import EsError
from .records import ApiRequest

_JSON_TYPES = frozenset({"application/json", "application/vnd.elasticsearch+json"})
_COMPATIBLE_VERSIONS = frozenset({"8", "9"})


def _media_type(value: str) -> tuple[str, dict[str, str]]:
    kind, *params = [p.strip() for p in value.split(";")]
    parsed = {}
    for param in params:
        name, _, param_value = param.partition("=")
        parsed[name.strip().lower()] = param_value.strip().strip('"')
    return kind.lower(), parsed


def check_content_type(request: ApiRequest) -> None:
    """A body must be JSON (406 otherwise); ``compatible-with`` must name 8 or 9 (400)."""
    value = request.headers.get("content-type")
    if not request.body or value is None:
        return
    kind, params = _media_type(value)
    if kind not in _JSON_TYPES:
        raise EsError(406, "", f"Content-Type header [{value}] is not supported", plain=True)
    version = params.get("compatible-with")
    if version is not None and version not in _COMPATIBLE_VERSIONS:
        raise EsError(
            400,
            "media_type_header_exception",
            f"Invalid media-type value on headers [Content-Type]: [{value}]",
        )


def json_type(request: ApiRequest) -> str:
    """ES answers in the vendor media type when the request asked for it."""
    accept = request.headers.get("accept", "") + request.headers.get("content-type", "")
    if "vnd.elasticsearch+json" in accept:
        return "application/vnd.elasticsearch+json;compatible-with=9"
    return "application/json"
