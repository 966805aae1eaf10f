"""Nested parser failures, rendered as Elasticsearch renders an XContentParseException chain.

ObjectParser wraps a failure inside a field as ``[l:c] [parser] failed to parse field [name]``,
ConstructingObjectParser wraps a failing constructor as ``Failed to build [parser] after last
required field arrived``; the response nests them under ``caused_by``. ``root_cause`` follows
ElasticsearchException.guessRootCauses: the innermost parse exception whose cause is not
another parse exception (so the message of the innermost IllegalArgumentException appears only
in the ``caused_by`` chain, as in Elasticsearch's own answers).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from itertools import pairwise
from typing import Any, TypeVar

from .errors import EsError, JsonObject
from .json_body import location
from .records import ApiRequest

T = TypeVar("T")
_PARSE = "x_content_parse_exception"
_ILLEGAL = "illegal_argument_exception"


class ParseFailure(EsError):
    """A 400 whose causes are ``(type, reason)`` pairs, outermost first."""

    def __init__(self, chain: Sequence[tuple[str, str]]) -> None:
        super().__init__(400, chain[0][0], chain[0][1])
        self.chain = tuple(chain)

    def wrap(self, reason: str) -> ParseFailure:
        return ParseFailure(((_PARSE, reason), *self.chain))

    def in_field(self, request: ApiRequest, parser: str, field: str) -> ParseFailure:
        """ObjectParser's wrapper for a failure while parsing ``field``'s value."""
        return self.wrap(f"[{location(request, field)}] [{parser}] failed to parse field [{field}]")

    def in_build(self, parser: str) -> ParseFailure:
        """ConstructingObjectParser's wrapper for a constructor that rejected its arguments."""
        return self.wrap(f"Failed to build [{parser}] after last required field arrived")

    def to_body(self, *, error_trace: bool = False) -> JsonObject:
        entries = [self._entry(t, r, error_trace) for t, r in self.chain]
        for outer, inner in pairwise(entries):
            outer["caused_by"] = inner
        root = 0
        while root + 1 < len(self.chain) and self.chain[root + 1][0] == _PARSE:
            root += 1
        root_cause = self._entry(*self.chain[root], error_trace)
        return {"error": {"root_cause": [root_cause], **entries[0]}, "status": self.status}

    @staticmethod
    def _entry(error_type: str, reason: str, error_trace: bool) -> JsonObject:
        """One rendered exception; ``error_trace`` gives each its own stack trace, as in ES."""
        entry: JsonObject = {"type": error_type, "reason": reason}
        if error_trace:
            entry["stack_trace"] = EsError(400, error_type, reason).stack_trace()
        return entry


def illegal(reason: str) -> ParseFailure:
    """An IllegalArgumentException (a bad value, a missing ``Required [...]`` field)."""
    return ParseFailure(((_ILLEGAL, reason),))


def xcontent(reason: str) -> ParseFailure:
    """An XContentParseException raised by a parser itself."""
    return ParseFailure(((_PARSE, reason),))


def token(value: Any) -> str:
    """The Jackson token a JSON value starts with, as parser messages name it."""
    if isinstance(value, bool):
        return "VALUE_BOOLEAN"
    if isinstance(value, (int, float)):
        return "VALUE_NUMBER"
    if isinstance(value, str):
        return "VALUE_STRING"
    if isinstance(value, list):
        return "START_ARRAY"
    if isinstance(value, dict):
        return "START_OBJECT"
    return "VALUE_NULL"


def wrong_type(request: ApiRequest, parser: str, field: str, value: Any) -> ParseFailure:
    """ObjectParser: a value whose token the field's ValueType does not accept."""
    return xcontent(
        f"[{location(request, field)}] [{parser}] {field} doesn't support values of type: "
        f"{token(value)}"
    )


def unknown_field(request: ApiRequest, parser: str, field: str) -> ParseFailure:
    return xcontent(f"[{location(request, field)}] [{parser}] unknown field [{field}]")


def require(parser_fields: Sequence[str], seen: JsonObject) -> None:
    """ConstructingObjectParser: ``Required [a, b]`` for the missing constructor arguments."""
    missing = [name for name in parser_fields if seen.get(name) is None]
    if missing:
        raise illegal(f"Required [{', '.join(missing)}]")


def expect_object(request: ApiRequest, parser: str, value: Any, field: str) -> JsonObject:
    """ObjectParser.parse on a value that is not an object."""
    if not isinstance(value, dict):
        raise xcontent(
            f"[{location(request, field)}] [{parser}] Expected START_OBJECT but was: {token(value)}"
        )
    return value


def checked(request: ApiRequest, parser: str, field: str, value: Any, kind: type[T]) -> T:
    """A value of the one JSON type a field takes (a bool is not an int here)."""
    if not isinstance(value, kind) or (isinstance(value, bool) and kind is not bool):
        raise wrong_type(request, parser, field, value)
    return value


def one_or_many(
    request: ApiRequest,
    parser: str,
    field: str,
    value: Any,
    kinds: tuple[type, ...],
    parse_one: Callable[[Any], T],
) -> list[T]:
    """A field taking one value or a list of them, each read by ``parse_one``; a failure inside
    is reported as a failure to parse the field (ObjectParser's wrapping)."""
    if not isinstance(value, (*kinds, list)):
        raise wrong_type(request, parser, field, value)
    values = value if isinstance(value, list) else [value]
    try:
        return [parse_one(v) for v in values]
    except ParseFailure as failure:
        raise failure.in_field(request, parser, field) from None
