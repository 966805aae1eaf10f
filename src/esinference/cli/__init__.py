"""The ``esinference`` command line: ``esinference [connection options] COMMAND [options]``.

Every method of ``Client.inference`` is a subcommand (``text-embedding``, ``put-openai``, ...)
read from its signature and docstring; ``embed`` embeds a file of texts in bulk and ``server``
starts the local server. Answers are printed as JSON on stdout; the exit status says what went
wrong (see ``ExitCode``). ``import esinference`` never imports this package.
"""

from __future__ import annotations

import argparse
import enum
import json
import os
import sys
import warnings
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, TextIO

from ..errors import ApiError, ElasticsearchWarning, TransportError
from ._values import StdinUsed

if TYPE_CHECKING:
    from .._client import Client
    from ._spec import Command

__all__ = ["ExitCode", "UsageError", "main"]


class ExitCode(enum.IntEnum):
    OK = 0
    USAGE = 2  # bad arguments, or values the client rejects before sending anything
    CLIENT_ERROR = 3  # the server answered 4xx
    SERVER_ERROR = 4  # the server answered 5xx, or is not Elasticsearch
    CONNECTION = 5  # no usable answer: refused, timeout, TLS, unreadable body
    INTERRUPTED = 130


class UsageError(Exception):
    """A mistake in the command's arguments or input, found after argparse accepted them."""


def exit_code_for(error: BaseException) -> ExitCode:
    """The exit status for an error from the client (or an embed run's cause)."""
    if isinstance(error, ApiError):
        return ExitCode.CLIENT_ERROR if 400 <= error.status_code < 500 else ExitCode.SERVER_ERROR
    if isinstance(error, TransportError):
        return ExitCode.CONNECTION
    return ExitCode.USAGE


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; returns the exit status (argparse exits 2 itself on bad usage)."""
    from ._parser import build_parser

    stdin = StdinUsed()
    parser = build_parser(stdin)
    args = parser.parse_args(sys.argv[1:] if argv is None else list(argv))
    command = getattr(args, "cli.command")
    _show_server_warnings(command)
    try:
        if command == "server":
            from ..server.__main__ import main as server_main

            return server_main(getattr(args, "cli.server_args"))
        if command == "embed":
            from ._embed import run_embed

            return run_embed(args)
        return run_endpoint(getattr(args, "cli.command_spec"), args)
    except UsageError as exc:
        parser.exit(ExitCode.USAGE, f"esinference {command}: error: {exc}\n")
    except ApiError as exc:
        if exc.body is not None:
            _print_json(exc.body)
        _error(command, str(exc))
        return exit_code_for(exc)
    except TransportError as exc:
        _error(command, f"{type(exc).__name__}: {exc}")
        return ExitCode.CONNECTION
    except KeyboardInterrupt:
        return ExitCode.INTERRUPTED
    except BrokenPipeError:  # e.g. `| head`: stop quietly, as other tools do
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return ExitCode.OK


def _show_server_warnings(command: str) -> None:
    """Elasticsearch's Warning headers (deprecations) as ``esinference CMD: warning: ...``."""
    shown = warnings.showwarning

    def show(
        message: Warning | str,
        category: type[Warning],
        filename: str,
        lineno: int,
        file: TextIO | None = None,
        line: str | None = None,
    ) -> None:
        if issubclass(category, ElasticsearchWarning):
            print(f"esinference {command}: warning: {message}", file=sys.stderr)
        else:
            shown(message, category, filename, lineno, file, line)

    warnings.showwarning = show


def _error(command: str, message: str) -> None:
    print(f"esinference {command}: error: {message}", file=sys.stderr)


def _print_json(value: Any) -> None:
    sys.stdout.write(json.dumps(value, indent=2, ensure_ascii=False) + "\n")
    sys.stdout.flush()


def make_client(args: argparse.Namespace) -> Client:
    """A client from the global options (URL, credentials, TLS, timeout)."""
    from .._client import Client

    hosts = [url.strip() for url in str(getattr(args, "cli.url")).split(",") if url.strip()]
    basic = getattr(args, "cli.basic_auth")
    basic_auth = None
    if basic is not None:
        user, sep, password = basic.partition(":")
        if not sep:
            raise UsageError("--basic-auth takes USER:PASSWORD")
        basic_auth = (user, password)
    insecure = bool(getattr(args, "cli.insecure"))
    timeout = getattr(args, "cli.timeout")
    try:
        return Client(
            hosts,
            api_key=getattr(args, "cli.api_key"),
            basic_auth=basic_auth,
            ca_certs=getattr(args, "cli.ca_certs"),
            verify_certs=not insecure,
            ssl_show_warn=not insecure,
            **({} if timeout is None else {"request_timeout": timeout}),
        )
    except (TypeError, ValueError) as exc:
        raise UsageError(str(exc)) from None


def run_endpoint(command: Command, args: argparse.Namespace) -> int:
    """Call ``client.inference.<method>`` with the options given; print the answer."""
    kwargs: dict[str, Any] = {}
    for option in command.options:
        value = getattr(args, option.dest)
        if value is None:
            continue
        if option.kind == "str_list" and len(value) == 1:
            value = value[0]  # one --input is sent as a string, as most users would write it
        kwargs[option.dest] = value
    with make_client(args) as client:
        method = getattr(client.inference, command.method)
        try:
            answer = method(**kwargs)
        except (TypeError, ValueError) as exc:  # raised before any I/O
            raise UsageError(str(exc)) from None
        if not command.streaming:
            if answer.body is not None:
                _print_json(answer.body)
            return ExitCode.OK
        return _print_stream(answer, text_only=bool(getattr(args, "cli.text", False)))


def _print_stream(stream: Any, *, text_only: bool) -> int:
    from ..streaming import _text_of

    with stream:
        for chunk in stream:
            if text_only:
                sys.stdout.write(_text_of(chunk))
            else:
                sys.stdout.write(json.dumps(chunk, ensure_ascii=False) + "\n")
            sys.stdout.flush()
    if text_only:
        sys.stdout.write("\n")
    return ExitCode.OK
