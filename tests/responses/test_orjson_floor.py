"""Decoding never crashes the process or leaks a raw RecursionError (issue 23).

orjson before 3.9.15 overflows the C stack on deeply nested input (SIGSEGV: reproduced with
3.8.3, 3.9.0 and 3.9.14 on 200,000 nested arrays; 3.9.15 refuses them with a JSONDecodeError):
such an orjson, pinned by another package, is left unused, with one DEBUG line saying why.
"""

from __future__ import annotations

import logging
import sys
import types
from collections.abc import Iterator
from pathlib import Path

import pytest

from esinference import _json

DEEP = [b"[" * 200_000 + b"]" * 200_000, b'{"a":' * 200_000, b"[" * 200_000]


@pytest.fixture
def fresh_orjson_choice() -> Iterator[None]:
    _json._orjson_loads.cache_clear()
    yield
    _json._orjson_loads.cache_clear()


def test_the_speedups_extra_requires_the_floor_the_code_checks() -> None:
    pyproject = (Path(__file__).parents[2] / "pyproject.toml").read_text()
    floor = ".".join(map(str, _json.ORJSON_FLOOR))
    assert f'speedups = ["orjson>={floor}"]' in pyproject


@pytest.mark.parametrize("version", ["3.8.3", "3.9.14", "3.9rc1", "broken"])
def test_an_older_orjson_is_not_used_and_the_log_says_why(
    version: str,
    fresh_orjson_choice: None,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    def crash(data: bytes) -> object:
        raise AssertionError("an orjson below the floor was called")

    old = types.ModuleType("orjson")
    old.__version__ = version  # type: ignore[attr-defined]
    old.loads = crash  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "orjson", old)
    with caplog.at_level(logging.DEBUG, logger="esinference"):
        assert _json.loads(b'{"a":[1]}') == {"a": [1]}
        assert _json.loads(b"[2]") == [2]
    lines = [r.getMessage() for r in caplog.records if "orjson" in r.getMessage()]
    assert lines == [
        f"orjson {version} is older than 3.9.15, which crashes on deeply nested JSON:"
        " decoding with the standard library's json instead"
    ]


def test_an_orjson_at_the_floor_is_used(
    fresh_orjson_choice: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    new = types.ModuleType("orjson")
    new.__version__ = "3.9.15"  # type: ignore[attr-defined]
    new.loads = lambda data: {"from": "orjson"}  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "orjson", new)
    assert _json.loads(b"{}") == {"from": "orjson"}


@pytest.mark.parametrize("document", DEEP, ids=["arrays", "objects", "unclosed"])
def test_deep_nesting_is_a_value_error_with_or_without_orjson(
    document: bytes, fresh_orjson_choice: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    with pytest.raises(ValueError):
        _json.loads(document)  # the installed orjson (the dev extra's, above the floor)
    _json._orjson_loads.cache_clear()
    monkeypatch.setitem(sys.modules, "orjson", None)  # import orjson -> ImportError
    with pytest.raises(ValueError) as info:
        _json.loads(document)
    if document.endswith(b"]"):  # the stdlib recursed before noticing it is cut short
        assert isinstance(info.value.__cause__, RecursionError)


@pytest.mark.parametrize(
    "document", [b'"\xff"', b"1" * 10_000, b"\xef\xbb\xbf\xff", b"[" * 1000 + b"1e99999"]
)
def test_other_undecodable_documents_are_value_errors(document: bytes) -> None:
    with pytest.raises(ValueError):
        _json.loads(document)
