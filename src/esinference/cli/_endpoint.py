"""Run an endpoint's subcommand: its options become the keyword arguments of
``client.inference.<method>``; the answer is printed."""

from __future__ import annotations

import argparse
from typing import Any

from .._spec_types import CliCommand
from ._connect import make_client
from ._exits import ExitCode, UsageError
from ._output import Output
from ._values import collected


def arguments(command: CliCommand, args: argparse.Namespace) -> dict[str, Any]:
    """The method's keyword arguments: every option given (or defaulted), collected."""
    kwargs: dict[str, Any] = {}
    for option in command.options:
        value = getattr(args, option.dest)
        if value is None:
            continue
        kwargs[option.dest] = (
            value if option.collects == "one" else collected(value, option.collects)
        )
    return kwargs


def run_endpoint(command: CliCommand, args: argparse.Namespace, output: Output) -> int:
    with make_client(args) as client:
        method = getattr(client.inference, command.method)
        try:
            answer = method(**arguments(command, args))
        except (TypeError, ValueError) as exc:  # raised before any I/O
            raise UsageError(str(exc)) from None
        if command.streaming:
            output.stream(answer, text_only=bool(getattr(args, "cli.text", False)))
        elif answer.body is not None:
            output.json(answer.body)
    return ExitCode.OK
