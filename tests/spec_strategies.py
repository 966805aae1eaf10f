"""Hypothesis strategies and the expected request, both drawn from the spec as loaded by codegen.

The expected request is computed here from the spec model alone (not from the generated
descriptors the client uses), so a property test compares two independent readings of the
spec: the generated client's and this module's.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any
from urllib.parse import quote

from hypothesis import strategies as st

from codegen.load import load_spec
from codegen.model import EndpointModel, ParamModel, SpecModel, build_model

ROOT = Path(__file__).resolve().parents[1]
SPEC: SpecModel = build_model(load_spec(ROOT / "spec"))
ENDPOINTS: dict[str, EndpointModel] = {e.name: e for e in SPEC.endpoints}

ids = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=20).filter(
    lambda s: s not in (".", "..")
)
texts = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=20)
json_scalars = (
    st.none()
    | st.booleans()
    | st.integers(-(2**53), 2**53)
    | texts
    | st.floats(allow_nan=False, allow_infinity=False)
)
json_values = st.recursive(
    json_scalars,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(texts, inner, max_size=3),
    max_leaves=8,
)
json_objects = st.dictionaries(texts, json_values, max_size=4)

_BY_KIND: dict[str, st.SearchStrategy[Any]] = {
    "str": texts,
    "bool": st.booleans(),
    "int": st.integers(-(2**31), 2**31),
    "float": st.floats(allow_nan=False, allow_infinity=False),
    "time": st.sampled_from(["30s", "1m", "250ms", "-1", "0"]) | st.sampled_from([-1, 0]),
    "str_list": texts | st.lists(texts, min_size=1, max_size=3),
    "list_str": st.lists(texts, min_size=1, max_size=3),
    "object": json_objects,
    "any": json_values,
    "list": st.lists(json_values, max_size=3),
}


def value_for(param: ParamModel) -> st.SearchStrategy[Any]:
    if param.values:
        return st.sampled_from(param.values)
    if param.location == "path":
        return ids
    return _BY_KIND[param.runtime_kind]


@st.composite
def valid_args(draw: st.DrawFn, endpoint: EndpointModel) -> dict[str, Any]:
    """Arguments a user may legally pass: every required one, any subset of the others."""
    args: dict[str, Any] = {}
    for param in endpoint.params:
        if param.required:  # None is "not given": a required one needs a value
            args[param.name] = draw(value_for(param).filter(lambda v: v is not None))
        elif draw(st.booleans()):
            args[param.name] = draw(value_for(param))
    if endpoint.body_kind == "whole" and draw(st.booleans()):
        args[str(endpoint.body_param)] = draw(json_objects)
    elif endpoint.body_kind == "whole":
        args["body"] = draw(json_objects)
    elif endpoint.body_kind == "fields" and draw(st.booleans()):
        # The same request through body=: move some fields into it.
        fields = [p for p in endpoint.params if p.location == "body" and p.name in args]
        moved = draw(st.lists(st.sampled_from(fields), unique=True)) if fields else []
        if moved:
            args["body"] = {p.wire_name: args.pop(p.name) for p in moved}
    return args


def _quote(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, tuple)):
        return ",".join(quote(str(v), ",*") for v in value)
    return quote(str(value), ",*")


def expected_request(endpoint: EndpointModel, args: dict[str, Any]) -> tuple[str, str, Any]:
    """(method, target, body) that Elasticsearch's REST API expects for these arguments."""
    path_values = {
        p.wire_name: _quote(args[p.name])
        for p in endpoint.params
        if p.location == "path" and args.get(p.name) not in (None, "")
    }
    target = next(
        template.format(**path_values)
        for template in endpoint.paths
        if all(name in path_values for name in _template_names(template))
    )
    query = sorted(
        (p.wire_name, _quote(args[p.name]))
        for p in endpoint.params
        if p.location == "query" and args.get(p.name) is not None
    )
    if query:
        target += "?" + "&".join(f"{k}={v}" for k, v in query)
    body: Any = None
    if endpoint.body_kind == "whole":
        body = args.get(str(endpoint.body_param), args.get("body"))
    elif endpoint.body_kind == "fields":
        body = dict(args.get("body") or {})
        for p in endpoint.params:
            if p.location == "body" and args.get(p.name) is not None:
                body[p.wire_name] = args[p.name]
    return endpoint.method, target, body


def _template_names(template: str) -> list[str]:
    return [part[1:-1] for part in template.split("/") if part.startswith("{")]


def encode(body: Any) -> bytes:
    """The compact UTF-8 JSON elasticsearch-py sends."""
    return json.dumps(body, separators=(",", ":"), ensure_ascii=False).encode()
