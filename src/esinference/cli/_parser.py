"""The argparse parser: global options, one subcommand per endpoint, ``embed`` and ``server``.

Global options (connection, output) are accepted before or after the subcommand: each
subcommand's parser has them too, with no default of its own, so a value given on either side
counts (after wins). ``server`` is the exception: everything after it is the server's.
Values internal to the command line are stored under dotted names (``cli.url``) so they can
never clash with an endpoint's arguments. The subcommands and their options come from the
generated table ``_gen/cli.py``; a subcommand's parser gets its options only when it runs.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Callable
from functools import partial
from typing import Any, NoReturn

from .._gen import __es_specification_commit__
from .._gen.cli import COMMANDS
from .._spec_types import CliCommand, CliOption
from .._version import __version__
from ._exits import EXIT_CODES
from ._values import Collect, StdinUsed, metavar, reader

DEFAULT_URL = "http://localhost:9200"
VERSION = (
    f"esinference {__version__} (Elasticsearch specification {__es_specification_commit__[:12]})"
)
GLOBAL = "connection and output (before or after the command)"
RENAMED_TIMEOUT = (
    "--timeout before a command was the client's limit in seconds: it is now --request-timeout"
    " (after a command, --timeout is that API's own timeout parameter, e.g. 30s)"
)


class _Formatter(argparse.RawDescriptionHelpFormatter):
    """Descriptions are wrapped by the generator; option help is wrapped by argparse."""

    def __init__(self, prog: str) -> None:
        super().__init__(prog, max_help_position=32, width=min(100, _terminal_width()))


def _terminal_width() -> int:
    try:
        return os.get_terminal_size().columns
    except OSError:
        return 100


class _CommandParser(argparse.ArgumentParser):
    """A subcommand's parser that fills itself in (``fill``) the first time it parses."""

    def __init__(
        self, *args: Any, fill: Callable[[argparse.ArgumentParser], None] | None = None, **kw: Any
    ) -> None:
        super().__init__(*args, **kw)
        self._fill = fill

    def parse_known_args(  # type: ignore[override]  # typeshed's overloads; same behaviour
        self, args: Any = None, namespace: Any = None
    ) -> tuple[argparse.Namespace, list[str]]:
        if self._fill is not None:
            fill, self._fill = self._fill, None
            fill(self)
        return super().parse_known_args(args, namespace)


class _RenamedTimeout(argparse.Action):
    """The old global --timeout: a usage error that says what it is called now."""

    def __call__(self, parser: argparse.ArgumentParser, *args: Any, **kw: Any) -> NoReturn:
        parser.error(RENAMED_TIMEOUT)


def build_parser(stdin: StdinUsed) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="esinference",
        description="Call the Elasticsearch Inference API from the command line.",
        epilog=EXIT_CODES,
        formatter_class=_Formatter,
    )
    add_global_options(parser, top=True)
    parser.add_argument("--version", action="version", version=VERSION)
    parser.add_argument("--timeout", action=_RenamedTimeout, help=argparse.SUPPRESS)
    subcommands = parser.add_subparsers(
        dest="cli.command", metavar="COMMAND", required=True, parser_class=_CommandParser
    )
    for name, command in COMMANDS.items():
        subcommands.add_parser(
            name,
            help=command.summary,
            formatter_class=_Formatter,
            epilog="JSON values may also be given as @FILE, or - to read standard input.",
            fill=partial(_fill_endpoint_command, command=command, stdin=stdin),
        )
    from ._embed import add_embed_command

    add_embed_command(subcommands, partial(add_global_options, top=False))
    server = subcommands.add_parser(
        "server",
        help="Start the local Inference API server (fake models, for tests and demos).",
        add_help=False,
        prefix_chars="\0",  # every argument, --help included, is the server's
    )
    server.add_argument("cli.server_args", nargs=argparse.REMAINDER)
    return parser


def add_global_options(parser: argparse.ArgumentParser, *, top: bool) -> None:
    """The connection and output options; ``top``: the main parser's, with their defaults
    (a subcommand's have none, so that they never undo a value given before the command)."""
    group = parser.add_argument_group(GLOBAL)

    def add(*flags: str, default: Any = None, **kw: Any) -> None:
        group.add_argument(*flags, default=default if top else argparse.SUPPRESS, **kw)

    add(
        "--url",
        dest="cli.url",
        metavar="URL",
        default=os.environ.get("ELASTICSEARCH_URL") or DEFAULT_URL,
        help="Elasticsearch URL, or several separated by commas (default: $ELASTICSEARCH_URL,"
        f" else {DEFAULT_URL})",
    )
    add(
        "--api-key",
        dest="cli.api_key",
        metavar="KEY",
        default=os.environ.get("ELASTICSEARCH_API_KEY") or None,
        help="API key, base64-encoded (default: $ELASTICSEARCH_API_KEY)",
    )
    add("--basic-auth", dest="cli.basic_auth", metavar="USER:PASSWORD")
    add("--ca-certs", dest="cli.ca_certs", metavar="FILE", help="CA bundle to verify TLS with")
    add("--insecure", dest="cli.insecure", default=False, action="store_true",
        help="do not verify TLS certificates")  # fmt: skip
    add(
        "--request-timeout",
        dest="cli.request_timeout",
        type=_seconds,
        metavar="SECONDS",
        help="how long the client waits for an answer (default: 10)",
    )
    add(
        "--pretty",
        dest="cli.pretty",
        action=argparse.BooleanOptionalAction,
        help="indent JSON answers (default: when standard output is a terminal)",
    )


def _seconds(text: str) -> float:
    try:
        seconds = float(text)
    except ValueError:
        seconds = -1.0
    if not seconds > 0:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of seconds above 0")
    return seconds


def _fill_endpoint_command(
    sub: argparse.ArgumentParser, command: CliCommand, stdin: StdinUsed
) -> None:
    """Describe the subcommand and add its options, then the global ones."""
    sub.description = command.description
    sub.set_defaults(**{"cli.command_spec": command})
    for option in command.options:
        sub.add_argument(option.flag, **_argument(option, stdin))
    if command.streaming:
        sub.add_argument(
            "--text",
            dest="cli.text",
            action="store_true",
            help="print only the generated text as it arrives (default: one JSON chunk a line)",
        )
    add_global_options(sub, top=False)


def _argument(option: CliOption, stdin: StdinUsed) -> dict[str, Any]:
    """add_argument's keyword arguments for one option of a subcommand."""
    notes = []
    if len(option.choices) > 1:  # listed in the help: a usage line of them would be too wide
        notes.append(f"one of: {', '.join(option.choices)}")
    elif option.default is not None:
        notes.append(f"default: {option.default}")
    if option.collects != "one":
        notes.append("repeatable")
    text = " ".join([option.help, *(f"({note})" for note in notes)]).strip()
    kwargs: dict[str, Any] = {
        "dest": option.dest,
        "help": text.replace("%", "%%") or None,
        "default": option.default,
    }
    if option.required:
        kwargs["required"] = True
    if option.reads == "flag":
        kwargs["action"] = argparse.BooleanOptionalAction
        return kwargs
    if option.collects != "one":
        kwargs["action"] = Collect
    if option.choices:
        kwargs["choices"] = option.choices
    convert = reader(option.reads, option.collects, option.flag, stdin)
    if convert is not None:
        kwargs["type"] = convert
    kwargs["metavar"] = metavar(option.reads) or option.dest.upper()
    return kwargs
