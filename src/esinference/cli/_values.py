"""Reading option values: text, numbers, durations and JSON (from the argument, ``@FILE`` or
``-`` for standard input), and combining an option given several times.

Each reader turns one occurrence's text into the value the client method takes, or raises
``argparse.ArgumentTypeError``, which argparse reports naming the option (exit 2).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Callable, Sequence
from typing import Any

from .._spec_types import CliCollects, CliReads, unknown

# Elasticsearch's duration units (TimeValue.parseTimeValue); a number without one is refused.
_DURATION = re.compile(r"\d+(?:\.\d+)?(?:d|h|m|s|ms|micros|nanos)")


class StdinUsed:
    """Standard input can be read once per command: remember whether an option took it."""

    def __init__(self) -> None:
        self.by: str | None = None


class Items(list[Any]):
    """A JSON array given to a collecting option: its items are added one by one."""


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


def parse_json(text: str) -> Any:
    try:
        return json.loads(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not valid JSON ({exc}): {_quoted(text)}") from None


def _quoted(text: str) -> str:
    return repr(text if len(text) <= 60 else text[:57] + "...")


def duration(text: str) -> str | int:
    """An Elasticsearch duration: ``30s``, ``1m``; ``-1`` and ``0`` are sent as numbers."""
    if text in ("-1", "0"):
        return int(text)
    if not _DURATION.fullmatch(text):
        raise argparse.ArgumentTypeError(
            f"{_quoted(text)} is not a duration: give a unit, e.g. 30s or 2m"
            " (the client's own limit, in seconds, is --request-timeout)"
        )
    return text


def reader(
    reads: CliReads, collects: CliCollects, flag: str, stdin: StdinUsed
) -> Callable[[str], Any] | None:
    """argparse's ``type=`` for one occurrence of an option; None when the text is taken as is.

    For a collecting option a JSON array comes back as ``Items``, so that its items are added.
    """

    def spread(value: Any) -> Any:
        return Items(value) if collects != "one" and isinstance(value, list) else value

    def json_value(text: str) -> Any:
        return spread(parse_json(read_source(text, flag, stdin)))

    def json_object(text: str) -> Any:
        value = parse_json(read_source(text, flag, stdin))
        if not isinstance(value, dict):
            raise argparse.ArgumentTypeError(f"must be a JSON object, got {type(value).__name__}")
        return value

    def text_or_json(text: str) -> Any:
        source = read_source(text, flag, stdin)
        if source.lstrip().startswith(("{", "[")):
            return spread(parse_json(source))
        return source  # e.g. --tool-choice auto, --input "some document"

    match reads:
        case "text" | "choice" | "flag":
            return None
        case "int":
            return int
        case "float":
            return float
        case "duration":
            return duration
        case "json":
            return json_value
        case "json_object":
            return json_object
        case "text_or_json":
            return text_or_json
        case _:
            unknown(reads, "way to read an option")


class Collect(argparse.Action):
    """Every occurrence of the option, in order; an ``Items`` (a JSON array) adds its items."""

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: str | Sequence[Any] | None,
        option_string: str | None = None,
    ) -> None:
        collected = list(getattr(namespace, self.dest, None) or [])
        collected.append(values)
        setattr(namespace, self.dest, collected)


def collected(values: list[Any], collects: CliCollects) -> Any:
    """The argument for a collecting option's occurrences: a list, or a lone value itself."""
    if collects == "one_or_list" and len(values) == 1 and not isinstance(values[0], Items):
        return values[0]  # one --input is sent as a string, as most users would write it
    items: list[Any] = []
    for value in values:
        if isinstance(value, Items):
            items.extend(value)
        else:
            items.append(value)
    return items


def metavar(reads: CliReads) -> str | None:
    return {
        "int": "N",
        "float": "NUMBER",
        "duration": "DURATION",
        "json": "JSON",
        "json_object": "JSON",
        "text_or_json": "TEXT|JSON",
    }.get(reads)
