"""Reading option values: JSON from the argument, from ``@FILE`` or from ``-`` (standard input).

Each reader turns the text argparse hands over into the Python value the client method takes,
or raises ``argparse.ArgumentTypeError`` (which argparse reports as a usage error, exit 2).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from typing import Any


class StdinUsed:
    """Standard input can be read once per command: remember whether an option took it."""

    def __init__(self) -> None:
        self.by: str | None = None


def read_source(text: str, flag: str, stdin: StdinUsed) -> str:
    """The argument itself, the contents of ``@FILE``, or standard input for ``-``."""
    if text == "-":
        if stdin.by is not None:
            raise argparse.ArgumentTypeError(f"standard input is already read by {stdin.by}")
        stdin.by = flag
        return sys.stdin.read()
    if text.startswith("@"):
        try:
            with open(text[1:], encoding="utf-8") as file:
                return file.read()
        except OSError as exc:
            raise argparse.ArgumentTypeError(f"cannot read {text[1:]}: {exc.strerror}") from None
    return text


def parse_json(text: str, expected: type | None, what: str) -> Any:
    """``text`` as JSON, checked to be a ``expected`` (dict or list) when given."""
    try:
        value = json.loads(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not valid JSON ({exc})") from None
    if expected is not None and not isinstance(value, expected):
        raise argparse.ArgumentTypeError(f"must be {what}, got {type(value).__name__}")
    return value


def duration(text: str) -> str | int:
    """An Elasticsearch duration: ``30s``, ``1m``; ``-1`` and ``0`` are sent as numbers."""
    return int(text) if text in ("-1", "0") else text


def reader(kind: str, flag: str, stdin: StdinUsed) -> Callable[[str], Any] | None:
    """argparse's ``type=`` for an option of ``kind``; None when the text is taken as is."""

    def json_of(expected: type | None, what: str) -> Callable[[str], Any]:
        def convert(text: str) -> Any:
            return parse_json(read_source(text, flag, stdin), expected, what)

        return convert

    def json_or_text(text: str) -> Any:
        source = read_source(text, flag, stdin)
        try:
            return json.loads(source)
        except ValueError:
            return source  # e.g. --tool-choice auto

    readers: dict[str, Callable[[str], Any] | None] = {
        "str": None,
        "str_list": None,
        "list_str": None,
        "choice": None,
        "bool": None,
        "int": int,
        "float": float,
        "time": duration,
        "json_object": json_of(dict, "a JSON object"),
        "json_list": json_of(list, "a JSON array"),
        "json_any": json_or_text,
    }
    return readers[kind]


def metavar(kind: str) -> str | None:
    return {
        "int": "N",
        "float": "NUMBER",
        "time": "DURATION",
        "json_object": "JSON",
        "json_list": "JSON",
        "json_any": "JSON",
    }.get(kind)
