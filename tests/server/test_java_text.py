"""Values in error messages are printed as Elasticsearch's Java code prints them."""

from __future__ import annotations

import pytest

from esinference.server.inference.backend.java_text import (
    hash_map_order,
    java_map,
    java_number,
)


def test_string_keys_come_out_in_java_hash_map_order() -> None:
    # What `new HashMap<>()` filled with put("apple", 1), put("banana", 2), put("cherry", 3)
    # prints; and small single-letter keys sit in the bucket of their character code.
    assert java_map({"apple": 1, "banana": 2, "cherry": 3}) == "{banana=2, apple=1, cherry=3}"
    assert hash_map_order({"b": 1, "a": 2, "q": 3}) == ["a", "q", "b"]


def test_a_big_map_is_ordered_for_the_table_it_grew_to() -> None:
    """Thirteen keys make a HashMap double its table from 16 to 32 buckets."""
    keys = {f"k{i}": i for i in range(13)}
    assert sorted(hash_map_order(keys)) == sorted(keys)
    assert hash_map_order(keys) != list(keys)


@pytest.mark.parametrize(
    ("value", "text"),
    [
        ({"a": [1, "x"], "b": True, "c": None}, "{a=[1, x], b=true, c=null}"),
        ({"t": 0.2, "n": {"m": {}}}, "{t=0.2, n={m={}}}"),
    ],
)
def test_nested_values_print_like_java_collections(value: object, text: str) -> None:
    assert java_map(value) == text


@pytest.mark.parametrize(
    ("number", "text"),
    [(5, "5.0"), (20, "20.0"), (0.5, "0.5"), (1e7, "1.0E7"), (12345678, "1.2345678E7")],
)
def test_limits_print_as_java_doubles(number: float, text: str) -> None:
    assert java_number(number) == text
