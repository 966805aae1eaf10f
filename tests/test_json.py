"""Response decoding: with or without orjson, exactly the objects ``json.loads`` gives."""

from __future__ import annotations

import json
import math
import re
import struct
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from esinference import _json
from tests.answer_strategies import RESPONSES, SPEC, answers, write

orjson = pytest.importorskip("orjson")


@pytest.fixture(params=["orjson", "stdlib"])
def backend(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    if request.param == "stdlib":
        monkeypatch.setattr(_json, "_orjson_loads", lambda: None)
    yield request.param


def same(a: Any, b: Any) -> bool:
    """Equal values of identical types, down to float bits (-0.0, NaN) and key order."""
    if type(a) is not type(b):
        return False
    if isinstance(a, float):
        return struct.pack("<d", a) == struct.pack("<d", b) or (math.isnan(a) and math.isnan(b))
    if isinstance(a, list):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, dict):
        return list(a) == list(b) and all(same(a[k], b[k]) for k in a)
    return bool(a == b)


def assert_like_stdlib(data: bytes) -> None:
    try:
        expected = json.loads(data)
    except ValueError:
        with pytest.raises(ValueError):
            _json.loads(data)
        return
    assert same(_json.loads(data), expected), data[:200]


json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()  # also beyond 64 bits
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=True, allow_infinity=True)  # NaN / Infinity as json.dumps writes them
    | st.floats(allow_subnormal=True, width=32)
    | st.text(),  # any unicode, including lone surrogates
    lambda children: st.lists(children, max_size=6)
    | st.dictionaries(st.text(max_size=8), children, max_size=6),
    max_leaves=40,
)


@settings(max_examples=500, deadline=None)
@given(value=json_values, ensure_ascii=st.booleans(), indent=st.sampled_from([None, 1]))
def test_decodes_every_document_like_the_stdlib(
    value: Any, ensure_ascii: bool, indent: int | None
) -> None:
    assume(not _json._is_inference_result(value))  # those: the spec's promise, below
    text = json.dumps(value, ensure_ascii=ensure_ascii, indent=indent)
    assert_like_stdlib(text.encode("utf-8", "surrogatepass"))


number_literals = st.from_regex(r"\A-?(0|[1-9][0-9]{0,40})(\.[0-9]{1,40})?([eE][+-]?[0-9]{1,4})?\Z")


@settings(max_examples=1000, deadline=None)
@given(number=number_literals, wrap=st.sampled_from(["{}", "[{}]", '{{"a":{}}}', " {} "]))
def test_decodes_every_number_literal_like_the_stdlib(number: str, wrap: str) -> None:
    assert_like_stdlib(wrap.format(number).encode())


json_like_text = st.text(alphabet='{}[]",:0123456789.eE+-tfnul \\u', max_size=30).map(str.encode)


@settings(max_examples=300, deadline=None)
@given(data=st.binary(max_size=40) | json_like_text)
def test_rejects_or_accepts_exactly_what_the_stdlib_does(data: bytes) -> None:
    assert_like_stdlib(data)


@pytest.mark.parametrize(
    "data",
    [
        b"18446744073709551615",  # 2**64 - 1: orjson's largest exact int
        b"18446744073709551616",  # 2**64: orjson would give a float
        b"[-9223372036854775809]",
        b'{"id":123456789012345678901234567890}',
        b"[NaN,Infinity,-Infinity]",
        b"1e400",
        b'"\\ud800"',
        b'"\xed\xa0\x80"',  # a surrogate in UTF-8: the stdlib passes it through
        b"\xef\xbb\xbf{}",  # a BOM
        '{"a": "é"}'.encode("utf-16"),
        b'{"a":1,"a":2}',
        b"[0.10000000000000000555111512312578270211815834045410156250001]",
        b"-0",
        b"[-0.0, 2.2250738585072011e-308, 5e-324, 1.7976931348623157e308]",
        b"",
        b"[1,]",
    ],
)
def test_inputs_where_orjson_differs(data: bytes, backend: str) -> None:
    assert_like_stdlib(data)


@settings(max_examples=150, deadline=None)
@given(answer=answers)
def test_decodes_every_answer_shape_of_the_spec_like_the_stdlib(answer: Any) -> None:
    # float32 values as Elasticsearch prints them, Java longs, arbitrary JSON in settings maps
    assert_like_stdlib(write(answer))


def test_inference_results_are_the_spec_kinds_and_hold_no_arbitrary_json() -> None:
    assert {f.name for f in SPEC.structs["InferenceResult"]} <= _json.RESULT_KINDS
    for name in RESPONSES.values():
        fields = SPEC.structs[name]
        if {f.name for f in fields} <= _json.RESULT_KINDS:  # decoded without the scan
            nested = [f.type for _, struct in SPEC.nested_structs(fields) for f in struct]
            assert "any" not in re.findall(r"\w+", " ".join(nested)), name


def test_an_inference_result_is_decoded_by_orjson_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    # Beyond the spec (no Elasticsearch writes a 20-digit index): a float, as with
    # elasticsearch-py's OrjsonSerializer; any other answer keeps the exact integer.
    big = 2**64
    assert _json.loads(b'{"rerank":[{"index":%d}]}' % big)["rerank"][0]["index"] == float(big)
    assert _json.loads(b'{"endpoints":[{"x":%d}]}' % big)["endpoints"][0]["x"] == big
    scans: list[bytes] = []
    monkeypatch.setattr(_json, "_may_hold_long_int", lambda data: scans.append(data) or False)
    _json.loads(b'{"text_embedding":[{"embedding":[0.5]}]}')
    assert scans == []
    _json.loads(b'{"endpoints":[]}')
    assert scans == [b'{"endpoints":[]}']


def test_orjson_is_used_for_ordinary_answers(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = []

    def spy(data: bytes) -> Any:
        calls.append(data)
        return orjson.loads(data)

    monkeypatch.setattr(_json, "_orjson_loads", lambda: spy)
    body = json.dumps({"text_embedding": [{"embedding": [0.001234567890123456789, -1e-7, 3]}]})
    assert _json.loads(body.encode()) == json.loads(body)
    assert calls


def test_dumps_encodes_dates_uuids_and_decimals_like_elasticsearch_py() -> None:
    import datetime
    import decimal
    import uuid

    value = {
        "d": datetime.date(2024, 1, 2),
        "u": uuid.UUID(int=1),
        "n": decimal.Decimal("1.5"),
        "s": "é",
    }
    assert _json.dumps(value) == (
        b'{"d":"2024-01-02","u":"00000000-0000-0000-0000-000000000001","n":1.5,"s":"\xc3\xa9"}'
    )
    with pytest.raises(TypeError, match="not JSON serializable"):
        _json.dumps({"x": object()})
