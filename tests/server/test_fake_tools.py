"""The fake chat model's tool calls: which tool, when, and arguments that fit its schema."""

from __future__ import annotations

import json
from typing import Any

import pytest

from esinference.server.fakes.tools import tool_call

WEATHER = {"name": "get_weather", "parameters": {"properties": {"city": {"type": "string"}}}}
TIME = {"name": "get_time", "parameters": {"properties": {}, "type": "object"}}


def call(prompt: str, choice: Any = "auto", *functions: Any, last: str = "user") -> Any:
    tools = [{"type": "function", "function": f} for f in functions or (WEATHER, TIME)]
    request = {"tools": tools, "tool_choice": choice}
    messages = [{"role": "user", "content": prompt}, {"role": last, "content": "x"}]
    made = tool_call(request, messages if last != "user" else messages[:1], prompt)
    if made is None:
        return None
    return made["function"]["name"], json.loads(made["function"]["arguments"])


@pytest.mark.parametrize(
    ("prompt", "choice", "expected"),
    [
        ("What is the weather in Paris?", "auto", "get_weather"),  # a word of the tool's name
        ("Tell me a joke", "auto", None),  # no tool named: a text answer
        ("Tell me a joke", "required", "get_weather"),  # forced: the first tool
        ("What time is it?", "required", "get_time"),  # forced: the named one first
        ("weather?", {"type": "function", "function": {"name": "get_time"}}, "get_time"),
        ("weather?", "none", None),
    ],
)
def test_which_tool_is_called(prompt: str, choice: Any, expected: str | None) -> None:
    made = call(prompt, choice)
    assert (made[0] if made else None) == expected


def test_auto_answers_in_text_once_a_tool_has_answered() -> None:
    assert call("What is the weather in Paris?", "auto", last="tool") is None


def test_arguments_fit_the_schema_from_the_prompt() -> None:
    schema = {
        "type": "object",
        "properties": {
            "n": {"type": "integer"},
            "name": {"type": "string"},
            "unit": {"enum": ["c", "f"]},
            "point": {"$ref": "#/$defs/Point"},
            "note": {"anyOf": [{"type": "string"}, {"type": "null"}]},
        },
        "required": ["n", "name", "unit", "point"],
        "$defs": {
            "Point": {"type": "object", "properties": {"x": {"type": "number"}}, "required": ["x"]}
        },
    }
    made = call("Add 3 for '你好啊集团' now", "required", {"name": "add", "parameters": schema})
    assert made == ("add", {"n": 3, "name": "你好啊集团", "unit": "c", "point": {"x": 3.0}})
