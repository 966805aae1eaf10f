"""Turn a generated method's keyword arguments into the HTTP request the REST API expects.

Pure and table-driven by the endpoint descriptors in ``_gen/endpoints.py``: it checks every
value against its kind, picks the path template, escapes ids, builds the query and the body,
and raises TypeError/ValueError naming the parameter before anything touches the network.
Error messages never include argument values that could be secrets (settings, bodies).

Of the three modules that "build requests": ``_client_args`` runs once per client
(``Client(...)``'s arguments → headers and settings), this one once per call (a method's
arguments → method, target and body as Python objects), ``_http_codec`` turns that into the
transport's ``HttpRequest`` (encoded body, the client's headers) and reads the answer.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import lru_cache
from typing import Any, NamedTuple
from urllib.parse import quote

from ._spec_types import Endpoint, Param, unknown

ABSENT_IN_PATH: tuple[object, ...] = (None, "", b"", [], ())  # elasticsearch-py's SKIP_IN_PATH


class PreparedRequest(NamedTuple):  # a NamedTuple: cheaper to define at import than a dataclass
    """Method, escaped target and the body as a Python object (encoded by the client)."""

    method: str
    target: str
    body: Any  # None when no body is sent
    streaming: bool


def _is_str_seq(value: object) -> bool:
    if type(value) is list or type(value) is tuple:  # the common case, before the ABC check
        return all(isinstance(item, str) for item in value)
    return (
        isinstance(value, Sequence)
        and not isinstance(value, (str, bytes, bytearray))
        and all(isinstance(item, str) for item in value)
    )


_KIND_TEXT = {
    "str": "a str",
    "bool": "a bool",
    "int": "an int",
    "float": "a float",
    "time": "a duration string such as '30s', or -1 or 0",
    "str_list": "a str or a sequence of str",
    "list_str": "a sequence of str",
    "object": "a mapping with str keys",
    "list": "a sequence",
}


def _kind_ok(param: Param, value: object) -> bool:
    kind = param.kind
    if kind == "str" or kind == "enum":
        return isinstance(value, str)
    if kind == "bool":
        return isinstance(value, bool)
    if kind == "int":
        return isinstance(value, int) and not isinstance(value, bool)
    if kind == "float":
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if kind == "time":
        return isinstance(value, str) or (type(value) is int and value in (-1, 0))
    if kind == "str_list":
        return isinstance(value, str) or _is_str_seq(value)
    if kind == "list_str":
        return _is_str_seq(value)
    if kind == "object":
        return (type(value) is dict or isinstance(value, Mapping)) and all(
            isinstance(k, str) for k in value
        )
    if kind == "list":
        return isinstance(value, Sequence) and not isinstance(value, (str, bytes, bytearray))
    if kind == "any":
        return True
    unknown(kind, f"kind of parameter '{param.name}'")


def check_value(endpoint: Endpoint, param: Param, value: object) -> None:
    """Raise TypeError/ValueError when ``value`` does not fit ``param``."""
    if not _kind_ok(param, value):
        expected = (
            "one of " + ", ".join(repr(v) for v in param.values)
            if param.kind == "enum"
            else _KIND_TEXT[param.kind]
        )
        raise TypeError(
            f"{endpoint.name}(): '{param.name}' must be {expected}, got {_given(param, value)}"
        )
    if param.kind == "enum" and value not in param.values:
        allowed = ", ".join(repr(v) for v in param.values)
        raise ValueError(
            f"{endpoint.name}(): '{param.name}' must be one of {allowed}; got {value!r}"
        )
    if param.location == "path" and value in (".", ".."):
        raise ValueError(
            f"{endpoint.name}(): '{param.name}' cannot be {value!r}: it would change the path"
        )


def _given(param: Param, value: object) -> str:
    """What was passed, by type: for a container, also the first item or key that is wrong
    (never the value itself: it could be a secret)."""
    given = type(value).__name__
    if param.kind in ("str_list", "list_str") and isinstance(value, Sequence):
        for index, item in enumerate(value):
            if not isinstance(item, str):
                return f"{given} ({param.name}[{index}] is {type(item).__name__})"
    if param.kind == "object" and isinstance(value, Mapping):
        for key in value:
            if not isinstance(key, str):
                return f"{given} (a key of type {type(key).__name__})"
    return given


@lru_cache(maxsize=256)
def _escape(value: str) -> str:
    # Cached: ids and query values repeat from call to call, and quote() is slow.
    return quote(value, ",*")


def path_value(value: Any) -> str:
    """A path parameter's value as it goes in the URL: escaped, a list joined by commas."""
    if isinstance(value, (list, tuple)):
        return ",".join(_escape(str(v)) for v in value)
    return _escape(str(value))


def _query_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, tuple)):
        return ",".join(_escape(str(v)) for v in value)
    return _escape(str(value))


def build_request(endpoint: Endpoint, args: Mapping[str, Any]) -> PreparedRequest:
    """Check ``args`` (a generated method's arguments by name) and build the request."""
    path_values: dict[str, str] = {}
    query: list[str] = []
    fields: dict[str, Any] = {}
    for param in endpoint.params:
        value = args.get(param.name)
        location = param.location
        if location == "path":
            if value is None or value in ABSENT_IN_PATH:
                if param.required:
                    raise ValueError(
                        f"{endpoint.name}(): Empty value passed for parameter '{param.name}'"
                    )
                continue
            check_value(endpoint, param, value)
            path_values[param.wire_name] = path_value(value)
        elif value is None:
            continue
        else:
            check_value(endpoint, param, value)
            if location == "query":
                query.append(f"{param.wire_name}={_query_value(value)}")
            elif location == "body":
                fields[param.wire_name] = value
            else:
                unknown(location, f"location of parameter '{param.name}'")
    target = _pick_path(endpoint, path_values)
    if query:
        target += "?" + "&".join(query)
    body = _body(endpoint, args, fields)
    return PreparedRequest(endpoint.method, target, body, endpoint.streaming)


def _pick_path(endpoint: Endpoint, values: Mapping[str, str]) -> str:
    """The first template whose parameters are all given (elasticsearch-py's rule)."""
    for template in endpoint.paths:
        try:
            return template.format_map(values) if "{" in template else template
        except KeyError:
            continue
    given = ", ".join(sorted(values)) or "none"
    raise ValueError(
        f"{endpoint.name}(): Couldn't find a path for the given parameters (given: {given};"
        f" paths: {', '.join(endpoint.paths)})"
    )


def _body(endpoint: Endpoint, args: Mapping[str, Any], fields: dict[str, Any]) -> Any:
    where = f"{endpoint.name}()"
    kind = endpoint.body_kind
    if kind == "none":
        return None
    if kind == "whole":
        name = endpoint.body_param or "body"
        value, alias = args.get(name), args.get("body")
        if value is not None and alias is not None:
            raise TypeError(
                f"{where}: Can't use '{name}' and 'body' parameters together because '{name}'"
                f" is an alias for 'body'. Instead you should only use the '{name}' parameter."
            )
        value = alias if value is None else value
        if value is None:
            if endpoint.body_required:
                raise ValueError(
                    f"{where}: Empty value passed for parameters '{name}' and 'body',"
                    " one of them should be set."
                )
            return None
        if isinstance(value, (str, bytes)) and alias is not None:
            return value  # already-encoded JSON, sent as it is (elasticsearch-py does too)
        _check_body_mapping(where, name if alias is None else "body", value)
        return value
    if kind != "fields":
        unknown(kind, f"body kind of {where}")
    body = args.get("body")
    if body is None:
        for param in endpoint.params:
            if param.location == "body" and param.required and param.wire_name not in fields:
                raise ValueError(f"{where}: Empty value passed for parameter '{param.name}'")
        return fields
    if isinstance(body, (str, bytes)):  # already-encoded JSON, sent as it is
        if fields:
            given = ", ".join(sorted(fields))
            raise ValueError(
                f"{where}: a str or bytes 'body' cannot be merged with other body "
                f"parameters ({given}); pass a mapping, or put them in the body"
            )
        return body
    _check_body_mapping(where, "body", body)
    for key in fields:
        if key in body:
            raise ValueError(
                f"{where}: Received multiple values for '{key}', specify parameters using"
                " either body or parameters, not both."
            )
    return {**body, **fields}


def _check_body_mapping(where: str, name: str, value: object) -> None:
    if not isinstance(value, Mapping) or not all(isinstance(k, str) for k in value):
        given = type(value).__name__
        if isinstance(value, Mapping):
            bad = next(k for k in value if not isinstance(k, str))
            given += f" (a key of type {type(bad).__name__})"
        raise TypeError(f"{where}: '{name}' must be a mapping with str keys, got {given}")
