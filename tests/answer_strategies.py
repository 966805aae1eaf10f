"""Answers as Elasticsearch writes them, drawn from the spec's response types.

Floats are float32 values printed in a shortest round-trip form, either as Java's
``Float.toString`` writes them (``1.0E-5``, ``0.0123``) or as Python's ``repr`` would
(``1e-05``); integers are Java ints/longs; ``any`` holds arbitrary JSON, big integers too.
Documents are written here, not by ``json.dumps``, so the bytes have Elasticsearch's shape.
"""

from __future__ import annotations

import json
import math
import struct
from pathlib import Path
from typing import Any

import yaml
from hypothesis import strategies as st

from tests.spec_strategies import SPEC


class Raw(str):
    """A number literal written as is."""


def f32(x: float) -> float:
    """``x`` rounded to float32."""
    try:
        return float(struct.unpack("<f", struct.pack("<f", x))[0])
    except OverflowError:  # beyond float32's largest finite value
        return math.copysign(math.inf, x)


def shortest_f32(x: float) -> str:
    """The fewest significant digits that read back (as float32) to the float32 ``x``."""
    for digits in range(1, 10):
        text = f"{x:.{digits}g}"
        if f32(float(text)) == x:
            return text if "." in text or "e" in text else text + ".0"  # a float literal
    raise AssertionError(x)  # 9 digits always suffice


def java_style(text: str) -> str:
    """Java's Float.toString layout of a decimal: ``0.001`` and up plain, else ``d.dddE-n``."""
    value = float(text)
    if value == 0 or 1e-3 <= abs(value) < 1e7:
        return repr(value)  # plain here, and the same digits: ``text`` has at most 9
    digits = len(text.lstrip("-").replace(".", "").partition("e")[0].strip("0"))
    mantissa, _, exponent = f"{value:.{max(digits, 1) - 1}e}".partition("e")
    return f"{mantissa if '.' in mantissa else mantissa + '.0'}E{int(exponent)}"


float32_values = st.floats(width=32, allow_nan=False, allow_infinity=False)
es_floats = st.tuples(float32_values, st.booleans()).map(
    lambda pair: Raw(java_style(shortest_f32(pair[0])) if pair[1] else shortest_f32(pair[0]))
)
java_longs = st.integers(-(2**63), 2**63 - 1)
texts = st.text(max_size=12)
any_json = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.integers(-(2**70), 2**70)
    | st.floats(allow_nan=False, allow_infinity=False)
    | texts,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(texts, inner, max_size=3),
    max_leaves=10,
)

RESPONSES: dict[str, str] = yaml.safe_load(
    (Path(__file__).resolve().parents[1] / "spec" / "types.yaml").read_text()
)["responses"]


def of_type(annotation: str) -> st.SearchStrategy[Any]:
    """Values of a spec type: plain kinds, ``list[X]``, ``dict[str, X]``, enums and structs."""
    if annotation.startswith("list[") and annotation.endswith("]"):
        return st.lists(st.deferred(lambda: of_type(annotation[5:-1])), max_size=4)
    if annotation.startswith("dict[str, ") and annotation.endswith("]"):
        inner = annotation[len("dict[str, ") : -1]
        return st.dictionaries(texts, st.deferred(lambda: of_type(inner)), max_size=4)
    plain: dict[str, st.SearchStrategy[Any]] = {
        "str": texts,
        "bool": st.booleans(),
        "int": java_longs,
        "float": es_floats,
        "any": any_json,
        "list_str": st.lists(texts, max_size=3),
    }
    if annotation in plain:
        return plain[annotation]
    if annotation in SPEC.enums:
        return st.sampled_from(SPEC.enums[annotation])
    fields = SPEC.structs[annotation]
    return st.fixed_dictionaries(
        {f.name: of_type(f.type) for f in fields if f.required},
        optional={f.name: of_type(f.type) for f in fields if not f.required},
    )


answers = st.sampled_from(sorted(RESPONSES.values())).flatmap(of_type)


def write(value: Any) -> bytes:
    """Compact JSON, number literals of ``Raw`` written as they are."""
    return _text(value).encode("utf-8", "surrogatepass")


def _text(value: Any) -> str:
    if isinstance(value, Raw):
        return str(value)
    if isinstance(value, dict):
        return "{" + ",".join(f"{json.dumps(k)}:{_text(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list):
        return "[" + ",".join(_text(v) for v in value) + "]"
    return json.dumps(value)
